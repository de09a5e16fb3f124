package dev.schemac.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where generators write. Paths are relative, with {@code /}. Tests use {@link MemoryOutput},
 * the command line a {@link Staging} folder that an atomic on-disk writer moves into place,
 * the annotation processor javac's Filer.
 */
public interface Output {
    /** Drops every file (a run that wants only what the targets report): writing cannot fail. */
    Output DISCARD = new Output() {
        @Override public void write(String path, String content) {}

        @Override public void write(String path, Rendering content) {
            try {
                content.writeTo(Writer.nullWriter());
            } catch (IOException e) {
                throw new UncheckedIOException("a null writer does not fail", e);
            }
        }
    };

    void write(String path, String content);

    /**
     * A file written piece by piece, for one too large to build as one string first (the JSON
     * model): an output that stages files on disk streams it there; any other gets the text.
     */
    default void write(String path, Rendering content) {
        var text = new StringWriter();
        try {
            content.writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        write(path, text.toString());
    }

    /** Content written into a character stream. */
    @FunctionalInterface
    interface Rendering {
        void writeTo(Writer out) throws IOException;
    }
}
