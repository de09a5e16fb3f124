package dev.schemac.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of {@code generate} wrote into an output folder, kept in that folder as
 * {@value #NAME}: per file its path, the target that wrote it and a hash of the content.
 * The next run removes a file only if this list names it, its target ran again and no
 * longer writes it, and its content is still what schemac wrote (a file someone edited is
 * kept). Deterministic text, sorted by path, so it can be checked in with the outputs.
 */
public record Manifest(Map<String, Entry> entries, List<String> ignored) {
    public static final String NAME = ".schemac-manifest";
    static final String HEADER = "# schemac manifest v1: the files `schemac generate` wrote here; it removes only these. Do not edit.";

    public record Entry(String path, String target, String sha256) {}

    public Manifest {
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
        ignored = List.copyOf(ignored);
    }

    public static final Manifest EMPTY = new Manifest(Map.of(), List.of());

    /** Reads a manifest; lines that are not well-formed or name a path outside the folder are ignored and listed. */
    public static Manifest parse(String text) {
        var entries = new TreeMap<String, Entry>();
        var ignored = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[a-z][a-z0-9_-]*")
                    || !isSafe(parts[2])) {
                ignored.add(line);
                continue;
            }
            entries.put(parts[2], new Entry(parts[2], parts[1], parts[0]));
        }
        return new Manifest(entries, ignored);
    }

    public String render() {
        var b = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries.values()) b.append(e.sha256()).append(' ').append(e.target()).append(' ').append(e.path()).append('\n');
        return b.toString();
    }

    /**
     * A path that can only mean a file inside the folder: relative, with {@code /}, no
     * {@code .} or {@code ..} part, no empty part, no control characters, not the manifest.
     */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.equals(NAME)) return false;
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    static String sha256(byte[] bytes) {
        return TextHash.hex(TextHash.digest().digest(bytes));
    }
}
