package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enum members that keep their names and change their stored values (the {@code relabel}
 * sequence: two relabels beside a value added, then one back while its table and column are
 * renamed), migrated on each engine with rows: by the SQL scripts and by real Alembic, one
 * step at a time up and back down. After every step {@code schemac diff --url} finds the
 * database equal to that step's model, and the rows hold the new stored values (the
 * sequence's keep queries ask by value, so a row left with an old one, or lost, shows).
 */
class EnumRelabelOnRealEnginesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theScriptsRenameTheValuesInPlaceUpAndDown(Kind kind, @TempDir Path tmp) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("relabel"));
        var b = Sequences.build(s);
        Dialect d = EvolutionSequencesOnRealEnginesTest.dialect(kind);
        try (var db = LiveDb.fresh(kind, "relabel")) {
            db.run(Sequences.sql(b, s, d, 1, "up"));
            db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
            var kept = Sequences.rows(db, s.keep(1));
            assertThat(kept).hasSize(1);
            for (int v = 2; v <= s.versions().size(); v++) {
                db.run(Sequences.sql(b, s, d, v, "up"));
                step(kind, db, s, v, kept, tmp, "after up v" + v);
            }
            for (int v = s.versions().size(); v >= 2; v--) {
                db.run(Sequences.sql(b, s, d, v, "down"));
                step(kind, db, s, v - 1, kept, tmp, "after down v" + v);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void alembicRenamesTheValuesInPlaceUpAndDown(Kind kind, @TempDir Path tmp) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("relabel"));
        var b = Sequences.build(s);
        int n = s.versions().size();
        try (var db = LiveDb.fresh(kind, "relabel_alembic")) {
            Path dir = Files.createDirectories(tmp.resolve("history"));
            var files = new LinkedHashMap<String, String>(MigrationFiles.environment(b.compilation(n).model(),
                    EvolutionSequencesOnRealEnginesTest.dialect(kind)));
            files.putAll(b.files());
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
                Path p = dir.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            Path scripts = dir.resolve("alembic");
            String url = AlembicJudgesEvolutionTest.url(kind, db);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", revision(s, 1), "relabel on " + kind);
            db.run(Sequences.quoted(kind, String.join("\n", s.rows())));
            var kept = Sequences.rows(db, s.keep(1));
            for (int v = 2; v <= n; v++) {
                AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", revision(s, v), "relabel on " + kind);
                step(kind, db, s, v, kept, tmp, "after alembic upgrade to v" + v);
            }
            for (int v = n - 1; v >= 1; v--) {
                AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", revision(s, v), "relabel on " + kind);
                step(kind, db, s, v, kept, tmp, "after alembic downgrade to v" + v);
            }
        }
    }

    private static String revision(Sequences.Sequence s, int v) {
        return s.id(v).substring(0, 14);
    }

    /** The rows by the stored values of version {@code v}, and {@code diff --url} against its model finds nothing. */
    private static void step(Kind kind, LiveDb db, Sequences.Sequence s, int v, List<String> kept, Path tmp, String where)
            throws Exception {
        assertThat(Sequences.rows(db, s.keep(v))).as("rows %s on %s", where, kind).isEqualTo(kept);
        Path model = tmp.resolve("v" + v + ".schema");
        Files.writeString(model, s.versions().get(v - 1), StandardCharsets.UTF_8);
        var diff = Cli.run("diff", "--url", url(db), "--color", "never", model.toString());
        assertThat(diff.code()).as("diff --url %s on %s:\n%s%s", where, kind, diff.out(), diff.err()).isZero();
    }

    /** The URL a user gives schemac: a file, or a DATABASE_URL with the password in it. */
    private static String url(LiveDb db) {
        return switch (db.kind()) {
            case SQLITE -> db.sqliteFile().toString();
            case POSTGRES -> db.server().url("postgresql");
            case MARIADB -> db.server().url("mariadb");
            case MYSQL -> db.server().url("mysql");
        };
    }
}
