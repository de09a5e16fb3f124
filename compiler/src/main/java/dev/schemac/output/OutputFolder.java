package dev.schemac.output;

import dev.schemac.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A folder that {@code generate} owns files in. {@link #plan} compares what a run produces
 * with what is on disk and with the folder's {@link Manifest}: which files change, which are
 * already current, and which files an earlier run wrote that this run no longer writes
 * (stale). Only a stale file the manifest names, of a target that ran again, whose content is
 * still what schemac wrote, is ever removed; anything else in the folder is never touched.
 */
public final class OutputFolder {
    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    /**
     * What writing {@code files} (path → content, each written by the target {@code owners}
     * names) would change, for a run of the targets {@code targetsRun}.
     */
    public Plan plan(Map<String, String> files, Map<String, String> owners, Set<String> targetsRun) {
        var contents = new LinkedHashMap<String, Content>();
        files.forEach((path, text) -> contents.put(path, new Content.Text(text)));
        return planContents(contents, owners, targetsRun);
    }

    /** {@link #plan} of contents that may be staged on disk already (see {@link Staging}). */
    public Plan planContents(Map<String, ? extends Content> files, Map<String, String> owners, Set<String> targetsRun) {
        if (files.containsKey(Manifest.NAME)) throw new IllegalArgumentException("no target may write " + Manifest.NAME);
        if (Files.exists(root) && !Files.isDirectory(root)) {
            return Plan.failed(root, Map.copyOf(files), Failures.notAFolder(root));
        }
        var changed = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        for (var e : new TreeMap<String, Content>(files).entrySet()) {
            if (e.getValue().matches(root.resolve(e.getKey()))) unchanged.add(e.getKey());
            else changed.add(e.getKey());
        }
        Manifest previous = readManifest();
        var next = new TreeMap<String, Manifest.Entry>();
        var stale = new ArrayList<String>();
        var kept = new ArrayList<String>();
        for (Manifest.Entry e : previous.entries().values()) {
            if (files.containsKey(e.path())) continue;
            Path p = root.resolve(e.path()).normalize();
            if (!p.startsWith(root) || !insideWithoutLinks(p) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!targetsRun.contains(e.target())) {
                next.put(e.path(), e); // another target's file: not this run's to judge
            } else if (e.sha256().equals(hash(p))) {
                stale.add(e.path());
            } else {
                kept.add(e.path()); // edited since schemac wrote it: no longer ours
            }
        }
        for (var e : files.entrySet()) {
            next.put(e.getKey(), new Manifest.Entry(e.getKey(), owners.getOrDefault(e.getKey(), "unknown"),
                    e.getValue().sha256()));
        }
        var manifest = new Manifest(next, List.of());
        String manifestText = next.isEmpty() && previous.entries().isEmpty() ? null : manifest.render();
        String oldManifestText = readIfText(root.resolve(Manifest.NAME));
        boolean manifestChanged = manifestText != null && !manifestText.equals(oldManifestText);
        return new Plan(root, Map.copyOf(files), List.copyOf(changed), List.copyOf(unchanged), List.copyOf(stale),
                List.copyOf(kept), previous.ignored(), manifestChanged ? manifestText : null, oldManifestText != null, null);
    }

    /**
     * The result of {@link #plan}: the changed files (missing or different on disk) and the
     * unchanged ones; {@code manifestText} is the manifest to write, or null when it is unchanged;
     * {@code hadManifest}: whether the folder has one.
     */
    public record Plan(Path root, Map<String, Content> files, List<String> changed, List<String> unchanged,
                       List<String> stale, List<String> keptEdited,
                       List<String> ignoredEntries, String manifestText, boolean hadManifest, Diagnostic problem) {

        static Plan failed(Path root, Map<String, Content> files, Diagnostic problem) {
            return new Plan(root, files, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, problem);
        }

        /**
         * Whether a run would write the manifest the folder has (one checked in with the outputs and
         * since edited or left behind). A folder without one is not out of date for that: many
         * projects keep the outputs under version control and the manifest out of it.
         */
        public boolean manifestOutOfDate() { return hadManifest && manifestText != null; }

        public boolean isCurrent() { return changed.isEmpty() && stale.isEmpty() && !manifestOutOfDate(); }

        /** Adds this plan's writes and removals to a transaction. */
        public void addTo(FileTransaction tx) {
            for (String rel : changed) tx.write(root.resolve(rel), files.get(rel));
            for (String rel : stale) tx.delete(root.resolve(rel));
            if (manifestText != null) tx.write(root.resolve(Manifest.NAME), manifestText);
        }

        /**
         * A unified diff of every changed file, old on disk against new. The old text is read
         * now, so call it before the plan is carried out.
         */
        public String diff() {
            var b = new StringBuilder();
            for (String rel : changed) b.append(UnifiedDiff.of(rel, readIfText(root.resolve(rel)), files.get(rel).text()));
            return b.toString();
        }
    }

    private Manifest readManifest() {
        String text = readIfText(root.resolve(Manifest.NAME));
        return text == null ? Manifest.EMPTY : Manifest.parse(text);
    }

    /** Whether no folder between the root and {@code p} is a link (which could lead outside the root). */
    private boolean insideWithoutLinks(Path p) {
        for (Path dir = p.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir)) return false;
        }
        return true;
    }

    /** A file's content as UTF-8 text, or null when there is no readable regular file. */
    private static String readIfText(Path p) {
        try {
            if (!Files.isRegularFile(p)) return null;
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String hash(Path p) {
        try {
            return Sha256.hex(Files.readAllBytes(p));
        } catch (IOException e) {
            return "";
        }
    }
}
