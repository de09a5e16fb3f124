package dev.schemac.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Which file a path names, for telling files apart: the real path (links and {@code ..}
 * resolved), so a file reached through a symbolic link or by two spellings counts once.
 * A path that is not on disk (a missing import, a test's in-memory file, standard input)
 * is identified by its normalized absolute spelling. Diagnostics keep the spelling the user
 * wrote; this is only a key.
 */
public final class FileIdentity {
    private FileIdentity() {}

    public static Path of(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException notOnDisk) {
            return path.toAbsolutePath().normalize();
        }
    }
}
