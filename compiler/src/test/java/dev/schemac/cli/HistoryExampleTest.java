package dev.schemac.cli;

import dev.schemac.testing.SqliteKeyCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/library: three versions of a model migrated in turn by {@code schemac migrate}
 * with fixed timestamps, and the migration the current release adds to that history (its
 * text columns widened on MySQL and MariaDB), give exactly the checked-in {@code generated/}
 * folder (history, snapshots and every other target). The three recorded migrations were
 * written by earlier releases and stand as they are, as a team's applied history does: the
 * fourth is written after them. {@code ./scripts/update-golden.sh} rewrites the folder.
 */
class HistoryExampleTest {
    /** The versions, their migration names and timestamps, as examples/library/README.md lists them. */
    static final List<String[]> STEPS = List.of(
            new String[] {"v1", "init", "20250101000000"},
            new String[] {"v2", "loans_and_readers", "20250102000000"},
            new String[] {"v3", "shelves_and_tags", "20250103000000"});

    /**
     * The migration the current release writes after the recorded ones from the unchanged v3 model: a {@code text}
     * column the earlier release declared TEXT on MySQL and MariaDB is widened to LONGTEXT there.
     */
    static final String[] LATER = {"v3", "text_to_longtext", "20250104000000"};

    static Path example() { return TestPaths.examples().resolve("library"); }

    /** Runs the three migrations into {@code out}, with the current release. */
    static void build(Path out) {
        for (String[] s : STEPS) migrate(out, s);
    }

    /**
     * The recorded history (the three migrations' files and the migrations folder's own, as checked in) copied
     * into {@code out}, and the migration the current release adds to it written after them.
     */
    static void buildOnRecordedHistory(Path out) throws IOException {
        Path recorded = example().resolve("generated/migrations");
        try (var w = Files.walk(recorded)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                String rel = recorded.relativize(p).toString().replace('\\', '/');
                if (rel.contains(LATER[2])) continue;
                Path to = out.resolve("migrations").resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        migrate(out, LATER);
    }

    private static void migrate(Path out, String[] s) {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "migrate",
                example().resolve(s[0]).resolve("library.schema").toString(), "--out", out.toString(), "--name", s[1],
                "--timestamp", s[2]);
        assertThat(code).as("migrate %s: %s", s[0], e).isZero();
        assertThat(o.toString()).startsWith("migration " + s[2] + "_" + s[1] + ":");
    }

    static TreeMap<String, String> tree(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) return m;
        try (var w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                // The folder's bookkeeping of what schemac wrote there, not an output (.gitignore leaves it out of the examples).
                if (p.getFileName().toString().equals(dev.schemac.output.Manifest.NAME)) continue;
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @Test
    void theHistoryIsReproducedByteForByte(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("generated");
        buildOnRecordedHistory(out);
        var built = tree(out);
        Path golden = example().resolve("generated");
        if (TestPaths.updating()) {
            if (Files.isDirectory(golden)) {
                try (var w = Files.walk(golden)) {
                    for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            for (var e : built.entrySet()) {
                Path p = golden.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        var expected = tree(golden);
        assertThat(built.keySet()).as("files under %s (regenerate with ./scripts/update-golden.sh)", golden)
                .containsExactlyElementsOf(expected.keySet());
        for (var e : built.entrySet()) assertThat(e.getValue()).as("%s", e.getKey()).isEqualTo(expected.get(e.getKey()));
        assertThat(built.keySet().stream().filter(p -> p.startsWith("migrations/snapshots/"))).hasSize(4);
    }

    /**
     * The recorded migrations are what the three versions give today on the engines whose types did not change since:
     * replayed from nothing, SQLite's and PostgreSQL's scripts are the checked-in ones, byte for byte, but for SQLite's
     * check of the foreign keys before COMMIT, which today names the table and key a failure is about (a CHECK per key)
     * where the recorded ones have one CHECK (they stand as written: a migration that was applied is not rewritten); the
     * widening migration has no statement for either.
     */
    static final String SEQUENCE_RENAME = "-- PostgreSQL keeps an identity column's sequence under the name it had";

    @Test
    void theRecordedMigrationsAreTodaysOnSqliteAndPostgres(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("generated");
        build(out);
        var replayed = tree(out);
        var expected = tree(example().resolve("generated"));
        var scripts = replayed.keySet().stream().filter(p -> p.startsWith("migrations/sql/sqlite/") || p.startsWith("migrations/sql/postgres/"))
                .toList();
        assertThat(scripts).hasSize(12);
        for (String p : scripts) {
            String today = replayed.get(p);
            // Since the history was recorded, a PostgreSQL migration that renames a table with an @auto column renames its
            // sequence too (members_id_seq to readers_id_seq, and back down): that statement aside, the script is the same.
            if (p.startsWith("migrations/sql/postgres/" + STEPS.get(1)[2] + "_")) {
                assertThat(today).as("%s", p).contains(SEQUENCE_RENAME);
                today = today.replaceAll("(?s)" + java.util.regex.Pattern.quote(SEQUENCE_RENAME) + ".*?\\$\\$;\n", "");
            }
            assertThat(SqliteKeyCheck.without(today)).as("%s", p).isEqualTo(SqliteKeyCheck.without(expected.get(p)));
        }
        assertThat(scripts.stream().filter(p -> p.startsWith("migrations/sql/sqlite/") && !p.contains(LATER[2])).map(expected::get)
                .filter(x -> x.contains("_schemac_foreign_key_check"))).hasSize(4)
                .allSatisfy(x -> assertThat(x).contains("CHECK (violations = 0)"));
        for (String d : List.of("sqlite", "postgres")) {
            for (String way : List.of("up", "down")) {
                assertThat(SqliteKeyCheck.without(expected.get("migrations/sql/" + d + "/" + LATER[2] + "_" + LATER[1] + "." + way + ".sql")))
                        .doesNotContainPattern("(?m)^(?!--).*\\b(ALTER|loans)\\b");
            }
        }
        assertThat(expected.get("migrations/sql/mysql/" + LATER[2] + "_" + LATER[1] + ".up.sql")).contains("LONGTEXT");
    }

    @Test
    void theCurrentModelIsCoveredAndTheHistoryIsIntact() {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "migrate", "--check",
                example().resolve("v3/library.schema").toString(), "--out", example().resolve("generated").toString());
        assertThat(code).as("%s", e).isZero();
        assertThat(o.toString()).contains("no changes");
    }
}
