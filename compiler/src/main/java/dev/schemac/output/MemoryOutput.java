package dev.schemac.output;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Collects files in memory, sorted by path; writing one path twice is a generator bug. */
public final class MemoryOutput implements Output {
    private final Map<String, String> files = new TreeMap<>();

    @Override
    public void write(String path, String content) {
        checkPath(path);
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    /** Output paths are relative, with {@code /}, and never climb out of the folder. */
    static void checkPath(String path) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output paths are relative and normalized: " + path);
        }
    }

    public Map<String, String> files() { return Collections.unmodifiableMap(files); }

    public String get(String path) {
        String s = files.get(path);
        if (s == null) throw new IllegalArgumentException("not generated: " + path + "; have " + files.keySet());
        return s;
    }
}
