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
    public static final String SNAPSHOTS = "snapshots/";
    public static final History EMPTY = new History(List.of(), List.of());

    /** A migration's id: its timestamp and name, which every file of it carries. */
    public static final Pattern ID = Pattern.compile("(\\d{14})_([a-z0-9][a-z0-9_]{0,62})");

    /** One migration: its id, the Catalog it leads to, the renames it applied, the files it wrote. */
    public record Entry(String id, Catalog catalog, Map<String, String> entityRenames,
                        Map<String, Map<String, String>> fieldRenames, Map<String, String> fileHashes, String snapshotText) {
        public String timestamp() { return id.substring(0, 14); }

        public String name() { return id.substring(15); }

        public String snapshotPath() { return SNAPSHOTS + id + ".json"; }

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
        var entries = new ArrayList<Entry>();
        var problems = new ArrayList<Problem>();
        Entry previous = null;
        for (var s : snapshots.entrySet()) {
            String id = s.getKey().substring(SNAPSHOTS.length(), s.getKey().length() - ".json".length());
            if (!ID.matcher(id).matches()) {
                problems.add(new Problem(s.getKey(), "the snapshot's file name is not <yyyyMMddHHmmss>_<name>.json"));
                continue;
            }
            Entry e;
            try {
                e = parse(id, s.getValue());
            } catch (RuntimeException ex) {
                problems.add(new Problem(s.getKey(), "the snapshot cannot be read: " + ex.getMessage()));
                continue;
            }
            JsonNode root = readTree(s.getValue());
            String prevId = root.path("previous").isNull() || root.path("previous").isMissingNode() ? null : root.path("previous").asText();
            String expectedPrev = previous == null ? null : previous.id();
            Entry sibling = prevId == null || prevId.equals(expectedPrev) ? null : after(entries, prevId);
            if (sibling != null) {
                problems.add(forked(s.getKey(), id, prevId, sibling.id()));
            } else if (!java.util.Objects.equals(prevId, expectedPrev)) {
                problems.add(new Problem(s.getKey(), "the snapshot follows " + (prevId == null ? "nothing" : prevId)
                        + " but the migration before it is " + (expectedPrev == null ? "none" : expectedPrev)));
            } else if (previous != null && !Sha256.hex(previous.snapshotText()).equals(root.path("previous_sha256").asText())) {
                problems.add(new Problem(previous.snapshotPath(), "the snapshot was changed after the next migration was written"));
            }
            // The catalog as the file holds it, not as read: reading puts an earlier release's values in today's form
            // (TemporalText.held, PlainNumber), which its hash never covered.
            if (!SnapshotJson.sha256(root.path("catalog")).equals(root.path("catalog_sha256").asText())) {
                problems.add(new Problem(s.getKey(), "the snapshot's catalog was changed by hand"));
            }
            for (var f : e.fileHashes().entrySet()) {
                String text = files.get(f.getKey());
                if (text == null) problems.add(new Problem(f.getKey(), "a file of migration " + id + " is missing"));
                else if (!Sha256.hex(text).equals(f.getValue())) {
                    problems.add(new Problem(f.getKey(), "the file was changed after migration " + id + " was written"));
                }
            }
            entries.add(e);
            previous = e;
        }
        unlisted(files, entries, problems);
        return new History(entries, problems);
    }

    /** The migration read right after {@code id}, when {@code id} is one of {@code entries} but not the last. */
    private static Entry after(List<Entry> entries, String id) {
        for (int i = 0; i + 1 < entries.size(); i++) if (entries.get(i).id().equals(id)) return entries.get(i + 1);
        return null;
    }

    /**
     * Two migrations after one: each branch of a team wrote its feature's migration from the same last
     * snapshot, and the merge put both in the folder. Every file is as schemac wrote it, so "restore it"
     * would not help; the later one's Catalog lacks the earlier one's changes, so the history cannot go on
     * from it either. It is written again after the other, and undone first where a database applied it.
     */
    private static Problem forked(String path, String id, String parent, String sibling) {
        return new Problem(path, "migrations " + sibling + " and " + id + " both follow " + parent
                + ", as when two branches each wrote a migration and were merged", "keep " + sibling
                + " and write " + id + "'s changes again after it: on each database that applied " + id
                + " (and any later migration of its branch), run their down scripts; delete their files (sql/*/" + id
                + ".*.sql, alembic/versions/" + id + ".py, prisma/" + id + "/, snapshots/" + id
                + ".json); then run `schemac migrate` on the merged model", true);
    }

    /**
     * The files of the history's folders that no snapshot lists: a migration written by hand
     * beside schemac's, or the files of one whose snapshot is gone. A database tool would run
     * them, and a history continued beside them would not be the one applied (a second initial
     * migration beside an orphaned first one), so they are problems as much as an edited file is.
     * Environment files ({@code alembic.ini}, {@code env.py}, ...) sit outside these folders.
     */
    private static void unlisted(Map<String, String> files, List<Entry> entries, List<Problem> problems) {
        var listed = new java.util.HashSet<String>();
        for (Entry e : entries) {
            listed.add(e.snapshotPath());
            listed.addAll(e.fileHashes().keySet());
        }
        for (String path : files.keySet()) {
            if (listed.contains(path) || !inHistoryFolder(path)) continue;
            // An unreadable or misnamed snapshot is reported as such already.
            if (path.startsWith(SNAPSHOTS) && path.endsWith(".json")) continue;
            problems.add(new Problem(path, "no migration's snapshot lists this file (written by hand, or left by a "
                    + "migration whose snapshot is gone)", "remove the file, or restore the snapshot that lists it from version "
                    + "control; write changes as a new migration with `schemac migrate`"));
        }
    }

    /** The folders whose every file belongs to a migration. */
    private static final List<String> MIGRATION_FOLDERS = List.of("sql/", "alembic/versions/", SNAPSHOTS);

    private static boolean inHistoryFolder(String path) {
        for (String f : MIGRATION_FOLDERS) if (path.startsWith(f)) return true;
        // prisma/<ts>_<name>/migration.sql; the lock file beside the folders is the environment's.
        return path.startsWith(PRISMA) && path.indexOf('/', PRISMA.length()) >= 0;
    }

    private static final String PRISMA = "prisma/";

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
