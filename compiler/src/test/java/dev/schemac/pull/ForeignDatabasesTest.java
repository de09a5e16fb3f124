package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.DbShape.ColumnShape;
import dev.schemac.gen.sql.DbShape.ForeignKeyShape;
import dev.schemac.gen.sql.DbShape.KeyShape;
import dev.schemac.gen.sql.DbShape.TableShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import dev.schemac.support.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Databases schemac did not write ({@code resources/pull/databases}): schemas written by hand
 * for these tests in the styles of well-known sample databases (a media store, a DVD rental,
 * an order-management schema), each in its engine's own idiom, with composite keys, self
 * references, cycles, enums, checks, odd names, views, triggers and routines; and, per
 * engine, names and values a model cannot take as they are (odd_names) and names and enum
 * labels it cannot hold at all (hostile). For each: the pulled model and its
 * warnings match the files beside the SQL ({@code -Dschemac.update=true} rewrites them);
 * pulling twice gives the same model and warnings; every table and column is in the model or
 * named in a warning;
 * generating the pulled model builds the same tables, columns, keys, indexes and
 * constraints under the same names (the tests' own introspection judges), except exactly
 * the objects pull reported it could not keep; diff of the database against the pulled model
 * changes only tables pull reported on; and pulling the rebuilt database gives the same model
 * without those comments.
 */
class ForeignDatabasesTest {

    static Path dir() {
        return TestPaths.testResources().resolve("pull/databases");
    }

    /** {@code NAME.ENGINE.sql}: ENGINE is sqlite, postgres or mysql (run on MariaDB and on MySQL 8). */
    static Stream<Arguments> cases() throws Exception {
        var out = new ArrayList<Arguments>();
        try (var files = Files.list(dir())) {
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String[] parts = sql.getFileName().toString().split("\\.");
                switch (parts[1]) {
                    case "sqlite" -> out.add(Arguments.of(parts[0], Kind.SQLITE, sql));
                    case "postgres" -> out.add(Arguments.of(parts[0], Kind.POSTGRES, sql));
                    case "mysql" -> {
                        out.add(Arguments.of(parts[0], Kind.MARIADB, sql));
                        out.add(Arguments.of(parts[0], Kind.MYSQL, sql));
                    }
                    default -> throw new IllegalStateException("unknown engine in " + sql);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void pullThenGenerateRebuildsTheDatabase(String name, Kind kind, Path sql) throws Exception {
        String stem = name + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
        try (var original = LiveDb.fresh(kind, name); var rebuilt = LiveDb.fresh(kind, name)) {
            original.run(Files.readString(sql, StandardCharsets.UTF_8));
            var live = PullFixtures.read(original);
            var pulled = Puller.model(live, null, stem + ".schema");
            String model = PullFixtures.withoutSchemaName(pulled.text());
            golden(stem + ".schema", model);
            golden(stem + ".warnings", warnings(pulled.warnings()));

            var compiled = PullFixtures.compile(pulled.text());
            assertThat(PullFixtures.read(original).catalog()).as("the database reads the same twice").isEqualTo(live.catalog());
            var twice = Puller.model(PullFixtures.read(original), null, stem + ".schema");
            assertThat(twice.text()).as("pull is deterministic").isEqualTo(pulled.text());
            assertThat(warnings(twice.warnings())).as("pull is deterministic").isEqualTo(warnings(pulled.warnings()));
            PullFixtures.assertNothingSilentlyDropped(live, pulled, compiled.catalog());
            // diff of the database against its own pulled model changes only tables pull reported something on.
            var reportedTables = pulled.leftovers().stream().map(Leftover::table).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            var drift = dev.schemac.pull.compare.Drift.of(compiled.catalog(), live);
            assertThat(drift.changes()).as("diff of the database against its pulled model: %s",
                    dev.schemac.pull.compare.Drift.sentences(drift.changes()))
                    .allMatch(ch -> ch.table() == null || reportedTables.contains(ch.table()));
            rebuilt.run(PullFixtures.ddl(compiled, kind));
            var reported = new ReportedDifferences(pulled, live);
            var before = reported.expected(original.shape());
            var after = reported.rebuilt(rebuilt.shape());
            assertThat(ShapeDiff.between(before, after))
                    .as("generating the pulled model rebuilds the database, but for what pull reported; model:\n%s", model)
                    .isEmpty();

            var again = Puller.model(PullFixtures.read(rebuilt), null, stem + ".schema");
            String repulled = PullFixtures.withoutSchemaName(again.text());
            if (!code(repulled).equals(code(model))) {
                // A key pull wrote out for its note (`int unsigned`) is the header's implicit `id` once the note is gone:
                // the same model, which compiles to the same tables.
                assertThat(PullFixtures.compile(again.text()).catalog())
                        .as("pulling the rebuilt database gives the same model (comments aside):\n%s\nwas:\n%s", model, repulled)
                        .isEqualTo(compiled.catalog());
            }
        }
    }

    private static String warnings(List<Diagnostic> ds) {
        return ds.stream().map(d -> (d.span() == null ? "-" : d.span().line() + ":" + d.span().column()) + " " + d.code()
                + " " + d.severity().label() + ": " + d.message()).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The model without comments or blank lines: what it says, not what it notes. */
    private static String code(String model) {
        return model.lines().filter(l -> !l.strip().startsWith("//") && !l.isBlank())
                .map(l -> l.replaceAll("\\s+", " ").strip()).collect(Collectors.joining("\n"));
    }

    private static void golden(String file, String actual) throws Exception {
        Path expected = dir().resolve(file);
        if (TestPaths.updating()) Files.writeString(expected, actual, StandardCharsets.UTF_8);
        assertThat(expected).as("expected file " + file + " (run with -Dschemac.update=true to write it)").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

}
