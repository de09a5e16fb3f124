package dev.schemac.output;

/**
 * Where generators write. Paths are relative, with {@code /}. Tests use {@link MemoryOutput},
 * the command line an atomic on-disk writer, the annotation processor javac's Filer.
 */
public interface Output {
    void write(String path, String content);
}
