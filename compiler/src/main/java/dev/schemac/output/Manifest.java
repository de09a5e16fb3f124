package dev.schemac.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the runs of one model wrote into an output folder, kept in that folder as {@value #NAME}:
 * the model's name (the folder is that model's: another model's run is refused, SC138) and per
 * file its path, the target that wrote it and a hash of the content. A run replaces a file only
 * if this list names it or it holds what the run writes (SC137), and removes one only if this
 * list names it, its target ran again and no longer writes it, and its content is still what
 * schemac wrote (a file someone edited is kept). Deterministic text, sorted by path, so it can
 * be checked in with the outputs. {@code model} is null in a manifest of a release that did not
 * record it.
 */
public record Manifest(String model, Map<String, Entry> entries, List<String> ignored) {
    public static final String NAME = ".schemac-manifest";
    static final String HEADER = "# schemac manifest v2: the model that owns this folder and the files schemac wrote here; "
            + "it replaces or removes only these. Do not edit.";
    private static final String MODEL = "model ";

    public record Entry(String path, String target, String sha256) {}

    public Manifest {
        model = model == null ? null : shown(model);
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
        ignored = List.copyOf(ignored);
    }

    public static final Manifest EMPTY = new Manifest(null, Map.of(), List.of());

    /** Reads a manifest; lines that are not well-formed or name a path outside the folder are ignored and listed. */
    public static Manifest parse(String text) {
        var entries = new TreeMap<String, Entry>();
        var ignored = new ArrayList<String>();
        int modelAt = modelLine(text);
        String model = null;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int start = at;
            at += line.length() + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (start == modelAt) {
                model = line.substring(MODEL.length());
                continue;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[a-z][a-z0-9_-]*")
                    || !isSafe(parts[2])) {
                ignored.add(line);
                continue;
            }
            entries.put(parts[2], new Entry(parts[2], parts[1], parts[0]));
        }
        return new Manifest(model, entries, ignored);
    }

    /** Where in {@code text} the line naming the model starts (the first {@code model} line), or -1 if none does. */
    static int modelLine(String text) {
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(MODEL) && line.length() > MODEL.length()) return at;
            at += line.length() + 1;
        }
        return -1;
    }

    public String render() {
        var b = new StringBuilder(HEADER).append('\n');
        if (model != null) b.append(MODEL).append(model).append('\n');
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

    /** A model's name as one line of the manifest holds it: a control character (never in a name the compiler accepts) as {@code ?}. */
    static String shown(String name) {
        var b = new StringBuilder();
        name.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
        return b.toString();
    }
}
