package dev.schemac.output;

import java.nio.charset.StandardCharsets;

/**
 * The file system's limit on one name of a path (a folder or a file), in bytes of UTF-8: what
 * {@code check} holds a target's declared files to, and what writing holds every path to.
 */
public final class NameLimit {
    /** The longest name (one path component) in bytes that common file systems take. */
    public static final int MAX_BYTES = 255;

    private NameLimit() {}

    /** The first name of {@code path} (parts split at {@code /}) longer than {@link #MAX_BYTES}, or null. */
    public static String tooLong(String path) {
        for (String part : path.split("/", -1)) if (bytes(part) > MAX_BYTES) return part;
        return null;
    }

    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
