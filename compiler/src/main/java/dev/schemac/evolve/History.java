package dev.schemac.evolve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.output.Sha256;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The migrations already written, read from the files of an output's {@code migrations/}
 * folder (paths relative to it; reading the disk is the caller's job, so this stays pure).
 * Each migration has a snapshot, {@code snapshots/<ts>_<name>.json}: the Catalog it leads
 * to, the renames it applied, the SHA-256 of each file it wrote and of the snapshot before
 * it. So the next diff needs no database, and a file changed by hand is found.
 */
public record History(List<Entry> entries, List<Problem> problems) {

    public static final String FORMAT = "schemac-snapshot/1";
    private static final String SNAPSHOTS = HistoryLayout.SNAPSHOTS;
    public static final History EMPTY = new History(List.of(), List.of());

    /** A migration's id: its timestamp and name, which every file of it carries. */
    public static final Pattern ID = Pattern.compile("(\\d{14})_([a-z0-9][a-z0-9_]{0,62})");

    /** One migration: its id, the Catalog it leads to, the renames it applied, the files it wrote. */
    public record Entry(String id, Catalog catalog, Map<String, String> entityRenames,
                        Map<String, Map<String, String>> fieldRenames, Map<String, String> fileHashes, String snapshotText) {
        public String timestamp() { return id.substring(0, 14); }

        public String name() { return id.substring(15); }

        public String snapshotPath() { return HistoryLayout.snapshot(id); }

        /** Whether the migration has scripts for the dialect; a snapshot that records no files says nothing of them. */
        public boolean writes(dev.schemac.model.Dialect d) {
            return fileHashes.isEmpty() || fileHashes.containsKey(HistoryLayout.sql(d, id, "up"));
        }

        /** The hints this migration applied, as the diff takes them. */
        public RenameHints hints() {
            var es = new LinkedHashMap<String, RenameHints.Hint>();
            entityRenames.forEach((n, o) -> es.put(n, new RenameHints.Hint(o, null)));
            var fs = new LinkedHashMap<String, Map<String, RenameHints.Hint>>();
            fieldRenames.forEach((e, m) -> {
                var x = new LinkedHashMap<String, RenameHints.Hint>();
                m.forEach((n, o) -> x.put(n, new RenameHints.Hint(o, null)));
                fs.put(e, x);
            });
            return new RenameHints(es, fs);
        }
    }

    /**
     * What is wrong with one file of the history; {@code help} says how to mend it, when restoring the file would not.
     * {@code forked}: no file was changed, two branches each wrote a migration after the same one and were merged.
     */
    public record Problem(String path, String message, String help, boolean forked) {
        public Problem(String path, String message, String help) {
            this(path, message, help, false);
        }

        public Problem(String path, String message) {
            this(path, message, null, false);
        }
    }

    public History {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() { return entries.isEmpty(); }

    /**
     * Whether the history's last migration has no scripts for the dialect (a limit of the model left them
     * out): its chain for that database has a gap, so no later migration is written for it either.
     */
    public boolean leavesOut(dev.schemac.model.Dialect d) {
        return !isEmpty() && !last().writes(d);
    }

    public Entry last() { return entries.isEmpty() ? null : entries.get(entries.size() - 1); }

    /** The Catalog at the end of the history (empty before the first migration). */
    public Catalog head() { return entries.isEmpty() ? CatalogDiff.EMPTY : last().catalog(); }

    /** The Catalog before the given migration. */
    public Catalog before(Entry e) {
        int i = entries.indexOf(e);
        return i <= 0 ? CatalogDiff.EMPTY : entries.get(i - 1).catalog();
    }

    /**
     * Reads the history from the files under migrations/ and verifies it: each snapshot's
     * own Catalog hash, the chain of previous snapshots, and every migration file's hash.
     */
    public static History read(Map<String, String> files) {
        var snapshots = new TreeMap<String, String>();
        files.forEach((path, text) -> {
            if (path.startsWith(SNAPSHOTS) && path.endsWith(".json")) snapshots.put(path, text);
        });
        // Every snapshot is read before any is verified: a fork's help names the migrations its later branch wrote after it.
        var read = new ArrayList<Read>();
        for (var s : snapshots.entrySet()) read.add(Read.of(s.getKey(), s.getValue()));
        var forks = Fork.find(read);
        var entries = new ArrayList<Entry>();
        var problems = new ArrayList<Problem>();
        var earlier = new java.util.HashMap<String, Entry>();
        Entry previous = null;
        for (Read r : read) {
            if (r.problem() != null) {
                problems.add(r.problem());
                continue;
            }
            Entry e = r.entry();
            String id = e.id();
            String prevId = r.previous();
            Entry declared = prevId == null ? null : earlier.get(prevId);
            Fork fork = forks.get(id);
            if (fork != null) {
                problems.add(fork.problem(r.path()));
            } else if (declared == null && (prevId != null || previous != null)) {
                // Following any migration read before it is the chain as written, even across a fork's other branch.
                problems.add(new Problem(r.path(), "the snapshot follows " + (prevId == null ? "nothing" : prevId)
                        + " but the migration before it is " + (previous == null ? "none" : previous.id())));
            } else if (declared != null && !Sha256.hex(declared.snapshotText()).equals(r.root().path("previous_sha256").asText())) {
                problems.add(new Problem(declared.snapshotPath(), "the snapshot was changed after the next migration was written"));
            }
            // The catalog as the file holds it, not as read: reading puts an earlier release's values in today's form
            // (TemporalText.held, PlainNumber), which its hash never covered.
            if (!SnapshotJson.sha256(r.root().path("catalog")).equals(r.root().path("catalog_sha256").asText())) {
                problems.add(new Problem(r.path(), "the snapshot's catalog was changed by hand"));
            }
            for (var f : e.fileHashes().entrySet()) {
                String text = files.get(f.getKey());
                if (text == null) problems.add(new Problem(f.getKey(), "a file of migration " + id + " is missing"));
                else if (!Sha256.hex(text).equals(f.getValue())) {
                    problems.add(new Problem(f.getKey(), "the file was changed after migration " + id + " was written"));
                }
            }
            entries.add(e);
            earlier.put(id, e);
            previous = e;
        }
        unlisted(files, entries, problems);
        return new History(entries, problems);
    }

    /** One snapshot file as read: its migration and the one it declares it follows, or why it cannot be read. */
    private record Read(String path, Entry entry, JsonNode root, String previous, Problem problem) {
        static Read of(String path, String text) {
            String id = path.substring(SNAPSHOTS.length(), path.length() - ".json".length());
            if (!ID.matcher(id).matches()) {
                return new Read(path, null, null, null, new Problem(path, "the snapshot's file name is not <yyyyMMddHHmmss>_<name>.json"));
            }
            try {
                Entry e = parse(id, text);
                JsonNode root = readTree(text);
                JsonNode prev = root.path("previous");
                return new Read(path, e, root, prev.isNull() || prev.isMissingNode() ? null : prev.asText(), null);
            } catch (RuntimeException ex) {
                return new Read(path, null, null, null, new Problem(path, "the snapshot cannot be read: " + ex.getMessage()));
            }
        }
    }

    /**
     * Two migrations after one: each branch of a team wrote its feature's migrations from the same last
     * snapshot, and the merge put both in the folder. {@code later}: the first migration of the branch that
     * forked later (by timestamp), {@code kept}: the first of the earlier one, both after {@code parent}
     * ({@link #START} when each branch started the history with an initial migration of its own).
     * {@code undone}: the later branch's migrations in order, {@code later} and every one that follows it;
     * {@code keep}: the earlier branch's, less those another fork undoes.
     */
    private record Fork(String parent, String kept, String later, List<String> keep, List<String> undone) {

        /**
         * The forks of the history, by the later branch's first migration. A migration is a fork when the one
         * it declares it follows, read before it, is declared by an earlier migration too. The later branch's
         * migrations are the ones undone and written again, each branch's remedy the same wherever it is read; a
         * fork inside a branch another fork undoes is mended with that branch, so it is no problem of its own.
         */
        static Map<String, Fork> find(List<Read> read) {
            var previous = new LinkedHashMap<String, String>();
            for (Read r : read) if (r.entry() != null) previous.put(r.entry().id(), r.previous());
            var firstAfter = new java.util.HashMap<String, String>();
            // Nothing comes before every initial migration: two of them are two branches that each started the history.
            var seen = new java.util.HashSet<String>(java.util.Set.of(START));
            var forks = new ArrayList<String[]>();
            var undone = new java.util.HashSet<String>();
            previous.forEach((id, declared) -> {
                String prev = declared == null ? START : declared;
                if (seen.contains(prev)) {
                    String kept = firstAfter.putIfAbsent(prev, id);
                    if (kept != null && !undone.contains(id)) {
                        forks.add(new String[] {prev, kept, id});
                        undone.addAll(branch(previous, id));
                    }
                }
                seen.add(id);
            });
            var out = new LinkedHashMap<String, Fork>();
            for (String[] f : forks) {
                var keep = new ArrayList<>(branch(previous, f[1]));
                keep.removeAll(undone);
                out.put(f[2], new Fork(f[0], f[1], f[2], keep, branch(previous, f[2])));
            }
            return out;
        }

        /** What an initial migration follows; no migration's id, which {@link #ID} keeps to digits, letters and underscores. */
        private static final String START = "";

        /** {@code first} and every migration after it that follows one of these, in order. */
        private static List<String> branch(Map<String, String> previous, String first) {
            var out = new ArrayList<String>();
            previous.forEach((id, prev) -> {
                if (id.equals(first) || out.contains(prev)) out.add(id);
            });
            return out;
        }

        /**
         * Every file is as schemac wrote it, so "restore it" would not help; the later branch was diffed without the
         * earlier one's changes, so the history cannot go on from it either. It is undone where a database applied
         * it, last migration first, and its changes written again after the earlier branch.
         */
        Problem problem(String path) {
            boolean one = undone.size() == 1;
            var downs = new ArrayList<>(undone);
            java.util.Collections.reverse(downs);
            var deleted = new ArrayList<String>();
            for (String id : undone) deleted.addAll(HistoryLayout.files(id));
            boolean initial = parent.equals(START);
            // A snapshot whose "previous" was edited to null reads just as a second branch's initial migration.
            return new Problem(path, initial
                    ? "migrations " + kept + " and " + later + " are both initial migrations (each follows none), as when two "
                            + "branches each started the history and were merged, or when " + later + "'s snapshot was edited"
                    : "migrations " + kept + " and " + later + " both follow " + parent
                            + ", as when two branches each wrote a migration and were merged",
                    (initial ? "if " + later + " was not merged from another branch, its snapshot was edited: restore the "
                            + "snapshot's \"previous\" from version control and change nothing else; if it was, " : "")
                    + "keep " + and(keep) + " (the earlier branch) and write the later branch's changes again after "
                    + (keep.size() == 1 ? "it" : "them") + ": on each database that applied "
                    + (one ? later + ", run its down script" : "any of " + and(undone) + ", run their down scripts in this order: "
                            + String.join(", ", downs))
                    // Undoing a branch from the start empties the database, which the kept branch then builds from nothing.
                    + (initial ? " (which leaves it empty, rows and all: copy out the rows you need first)" : "")
                    + "; delete " + (one ? "its" : "their") + " files (" + String.join(", ", deleted)
                    + "); then run `schemac migrate` on the merged model", true);
        }

        private static String and(List<String> ids) {
            return ids.size() == 1 ? ids.get(0) : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        }
    }

    /**
     * The files of the history's folders that no snapshot lists: a migration written by hand
     * beside schemac's, or the files of one whose snapshot is gone. A database tool would run
     * them, and a history continued beside them would not be the one applied (a second initial
     * migration beside an orphaned first one), so they are problems as much as an edited file is.
     * Environment files ({@code alembic.ini}, {@code env.py}, ...) sit outside these folders
     * ({@link HistoryLayout#inMigrationFolder}).
     */
    private static void unlisted(Map<String, String> files, List<Entry> entries, List<Problem> problems) {
        var listed = new java.util.HashSet<String>();
        for (Entry e : entries) {
            listed.add(e.snapshotPath());
            listed.addAll(e.fileHashes().keySet());
        }
        for (String path : files.keySet()) {
            if (listed.contains(path) || !HistoryLayout.inMigrationFolder(path)) continue;
            // An unreadable or misnamed snapshot is reported as such already.
            if (path.startsWith(SNAPSHOTS) && path.endsWith(".json")) continue;
            problems.add(new Problem(path, "no migration's snapshot lists this file (written by hand, or left by a "
                    + "migration whose snapshot is gone)", "remove the file, or restore the snapshot that lists it from version "
                    + "control; write changes as a new migration with `schemac migrate`"));
        }
    }

    static JsonNode readTree(String text) {
        try {
            return SnapshotJson.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SnapshotJson.BadSnapshot("not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Entry parse(String id, String text) {
        JsonNode root = readTree(text);
        if (!FORMAT.equals(root.path("format").asText())) throw new SnapshotJson.BadSnapshot("\"format\" is not \"" + FORMAT + "\"");
        if (!id.equals(root.path("migration").asText())) throw new SnapshotJson.BadSnapshot("\"migration\" is not \"" + id + "\"");
        Catalog c = SnapshotJson.readCatalog(root.path("catalog"));
        var entityRenames = new LinkedHashMap<String, String>();
        root.path("renames").path("entities").fields().forEachRemaining(f -> entityRenames.put(f.getKey(), f.getValue().asText()));
        var fieldRenames = new LinkedHashMap<String, Map<String, String>>();
        root.path("renames").path("fields").fields().forEachRemaining(f -> {
            var m = new LinkedHashMap<String, String>();
            f.getValue().fields().forEachRemaining(x -> m.put(x.getKey(), x.getValue().asText()));
            fieldRenames.put(f.getKey(), m);
        });
        var hashes = new LinkedHashMap<String, String>();
        root.path("files").fields().forEachRemaining(f -> hashes.put(f.getKey(), f.getValue().asText()));
        return new Entry(id, c, entityRenames, fieldRenames, hashes, text);
    }

    /**
     * The snapshot file of a new migration: written once, never again. {@code hashes}: the
     * SHA-256 ({@link dev.schemac.output.TextHash#of}) of each of the migration's other files, by
     * its path relative to migrations/.
     */
    public static String snapshot(String id, Entry previous, Catalog catalog, RenameHints applied, Map<String, String> hashes) {
        var text = new java.io.StringWriter();
        try (JsonGenerator g = SnapshotJson.generator(text)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("migration", id);
            if (previous == null) g.writeNullField("previous");
            else {
                g.writeStringField("previous", previous.id());
                g.writeStringField("previous_sha256", Sha256.hex(previous.snapshotText()));
            }
            g.writeObjectFieldStart("renames");
            g.writeObjectFieldStart("entities");
            for (var h : applied.entities().entrySet()) g.writeStringField(h.getKey(), h.getValue().from());
            g.writeEndObject();
            g.writeObjectFieldStart("fields");
            for (var e : applied.fields().entrySet()) {
                if (e.getValue().isEmpty()) continue;
                g.writeObjectFieldStart(e.getKey());
                for (var h : e.getValue().entrySet()) g.writeStringField(h.getKey(), h.getValue().from());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("files");
            for (var f : new TreeMap<>(hashes).entrySet()) g.writeStringField(f.getKey(), f.getValue());
            g.writeEndObject();
            g.writeStringField("catalog_sha256", SnapshotJson.sha256(catalog));
            g.writeFieldName("catalog");
            SnapshotJson.catalog(g, catalog);
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.append('\n').toString();
    }
}
