package dev.schemac.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of one generated file: text in memory, or bytes already written to a staging
 * file (see {@link Staging}), so that a run's largest outputs need never be held whole.
 */
public sealed interface Content {
    /** The SHA-256 of the bytes, as lower-case hex (the manifest records it). */
    String sha256();

    /** Whether {@code file} is a regular file holding exactly these bytes. */
    boolean matches(Path file);

    /** The content as text (a diff shows it): read back from the staging file when it is there. */
    String text();

    /** Text held in memory, written as UTF-8. */
    record Text(String text) implements Content {
        @Override public String sha256() { return TextHash.of(text); }

        @Override public boolean matches(Path file) {
            try {
                if (!Files.isRegularFile(file)) return false;
                return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(text);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** Bytes in {@code file}, a staging file this run wrote, of {@code size} bytes and hash {@code sha256}. */
    record Staged(Path file, String sha256, long size) implements Content {
        @Override public boolean matches(Path other) {
            try {
                return Files.isRegularFile(other) && Files.size(other) == size && Files.mismatch(file, other) == -1;
            } catch (IOException e) {
                return false;
            }
        }

        @Override public String text() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read back the staged " + file, e);
            }
        }
    }
}
