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
 * A folder that one model's runs own files in. {@link #plan} compares what a run produces
 * with what is on disk and with the folder's {@link Manifest}: which files change, which are
 * already current, and which files an earlier run wrote that this run no longer writes
 * (stale). A file the manifest does not name is never replaced (SC137) unless it holds what the
 * run writes already (then the manifest adopts it), and a folder another model's manifest owns
 * is not written at all (SC138); {@link Claim#force} overrides both. Only a stale file the
 * manifest names, of a target that ran again, whose content is still what schemac wrote, is ever
 * removed; anything else in the folder is never touched.
 */
public final class OutputFolder {
    private final Path root;
    private final Claim claim;

    /**
     * Who writes: the model (its schema name), whether {@code force} lets it replace files it did not
     * write and take over another model's folder, and the files the run reads (an output that is one
     * of them is the commit's to refuse, SC135, rather than a file schemac did not write).
     */
    /**
     * {@code forceOption} is how the user asks for {@code force} where this run comes from (named in
     * the refusals' help). {@code adoptOwnFolder}: a folder without a manifest whose every file is at
     * a path this run writes is taken as one only schemac wrote (by a release that kept no manifest),
     * its files replaced without SC137; the annotation processor's folders upgrade so.
     */
    public record Claim(String model, boolean force, java.util.Collection<Path> reads, String forceOption,
                        boolean adoptOwnFolder) {
        public Claim {
            reads = List.copyOf(reads);
        }

        /** A claim of the command line, whose option to override a refusal is {@code --force}. */
        public Claim(String model, boolean force, java.util.Collection<Path> reads) {
            this(model, force, reads, "--force", false);
        }
    }

    public OutputFolder(Path root, Claim claim) {
        this.root = root.toAbsolutePath().normalize();
        this.claim = claim;
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
        String previousText = readIfText(root.resolve(Manifest.NAME));
        Manifest previous = previousText == null ? Manifest.EMPTY : Manifest.parse(previousText);
        if (previous.model() != null && !previous.model().equals(Manifest.shown(claim.model())) && !claim.force()) {
            return Plan.failed(root, Map.copyOf(files), Failures.otherModel(root.resolve(Manifest.NAME), previousText,
                    previous.model(), Manifest.shown(claim.model()), claim.forceOption()));
        }
        var changed = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        var notOurs = new ArrayList<String>();
        for (var e : new TreeMap<String, Content>(files).entrySet()) {
            Path p = root.resolve(e.getKey());
            if (e.getValue().matches(p)) {
                unchanged.add(e.getKey());
                continue;
            }
            changed.add(e.getKey());
            if (!previous.entries().containsKey(e.getKey()) && Files.isRegularFile(p) && !isRead(p)) notOurs.add(e.getKey());
        }
        if (!notOurs.isEmpty() && !claim.force() && !(claim.adoptOwnFolder() && previousText == null && onlyAt(files.keySet()))) {
            return Plan.failed(root, Map.copyOf(files), Failures.notWrittenBySchemac(root.resolve(notOurs.get(0)),
                    notOurs.get(0), notOurs.size() - 1, claim.forceOption()));
        }
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
        var manifest = new Manifest(claim.model(), next, List.of());
        String manifestText = next.isEmpty() && previous.entries().isEmpty() && previous.model() == null ? null : manifest.render();
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
         * since edited or left behind). A folder without one is not out of date for that: outputs
         * checked in before schemac kept a manifest (or by a project that left it out) are judged
         * by their files alone.
         */
        public boolean manifestOutOfDate() { return hadManifest && manifestText != null; }

        public boolean isCurrent() { return changed.isEmpty() && stale.isEmpty() && !manifestOutOfDate(); }

        /**
         * Adds this plan's writes and removals to a transaction of a run that holds the folder's
         * lock: without it, another run's commit between this plan and its own would lose one of them.
         */
        public void addTo(FileTransaction tx, OutputLocks locks) {
            if (problem != null) throw new IllegalStateException("a refused plan is not written: " + problem.message());
            if (!locks.guards(root)) throw new IllegalStateException("written without the lock of " + root);
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

    /** Whether the run reads {@code p} (by any path or link). */
    private boolean isRead(Path p) {
        for (Path in : claim.reads()) {
            try {
                if (Files.exists(in) && Files.isSameFile(p, in)) return true;
            } catch (IOException e) {
                // unreadable: the commit reports it
            }
        }
        return false;
    }

    /**
     * Whether every file in the folder (schemac's own lock and staging files aside) is at one of
     * {@code paths}.
     */
    private boolean onlyAt(Set<String> paths) {
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(rel -> !rel.equals(FolderLock.OUTPUTS_FILE) && !rel.startsWith(".schemac-stage-"))
                    .allMatch(paths::contains);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
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
