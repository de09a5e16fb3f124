package dev.schemac.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is not a regular file is, said the one way every diagnostic about an input,
 * a settings file or an output folder says it, so a device or a pipe is never called a file.
 */
public final class FileKind {
    private FileKind() {}

    /** "a folder", "a character device", "a pipe", ...; "a file" for a regular file; null when nothing is there. */
    public static String of(Path p) {
        if (Files.isDirectory(p)) return "a folder";
        if (Files.isSymbolicLink(p) && !Files.exists(p)) return "a broken link";
        if (!Files.exists(p)) return null;
        if (Files.isRegularFile(p)) return "a file";
        try {
            Object type = Files.getAttribute(p, "unix:mode");
            int mode = type instanceof Integer m ? m : 0;
            return switch (mode & 0170000) {
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0010000 -> "a pipe";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
