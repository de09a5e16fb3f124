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
 * engine, names and values a model cannot take as they are (odd_names). For each: the pulled model and its
 * warnings match the files beside the SQL ({@code -Dschemac.update=true} rewrites them);
 * generating the pulled model builds the same tables, columns, keys, indexes and
 * constraints under the same names (the tests' own introspection judges), except exactly
 * the objects pull reported it could not keep; and pulling the rebuilt database gives the
 * same model without those comments.
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

            rebuilt.run(PullFixtures.ddl(PullFixtures.compile(pulled.text()), kind));
            var reported = new Reported(pulled, live);
            var before = reported.expected(original.shape());
            var after = reported.rebuilt(rebuilt.shape());
            assertThat(ShapeDiff.between(before, after))
                    .as("generating the pulled model rebuilds the database, but for what pull reported; model:\n%s", model)
                    .isEmpty();

            var again = Puller.model(PullFixtures.read(rebuilt), null, stem + ".schema");
            assertThat(code(PullFixtures.withoutSchemaName(again.text())))
                    .as("pulling the rebuilt database gives the same model (comments aside)").isEqualTo(code(model));
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

    /**
     * What pull reported, as the shape comparison must forgive it: objects that were not
     * pulled are left out of the original; columns whose type or default changes compare
     * without them; objects whose name changes compare without names.
     */
    private static final class Reported {
        final Set<String> tables = new HashSet<>();
        final Set<String> droppedColumns = new HashSet<>();
        final Set<String> typeChanged = new HashSet<>();
        final Set<String> defaultChanged = new HashSet<>();
        final Set<String> nullChanged = new HashSet<>();
        final Set<String> droppedObjects = new HashSet<>();
        final Set<String> renamedIn = new HashSet<>();
        /** table:live name → the name generate gives instead. */
        final java.util.Map<String, String> renamed = new java.util.HashMap<>();

        /** table → column lists of unique indexes that generate makes unique constraints (SQLite names neither). */
        final java.util.Map<String, Set<List<String>>> uniqueIndexes = new java.util.HashMap<>();
        /** table:name of checks the database leaves unnamed (SQLite), which generate names. */
        final Set<String> namedByGenerate = new HashSet<>();

        Reported(dev.schemac.pull.lift.PulledModel pulled, LiveSchema live) {
            for (Leftover l : pulled.leftovers()) {
                if (l.kind() == Leftover.Kind.NAME && l.definition() != null) renamed.put(l.table() + ":" + l.name(), l.definition());
                else add(l.kind(), l.table(), l.column(), l.name());
            }
            for (var t : live.catalog().tables()) {
                var info = live.info(t.name());
                for (var u : t.uniques()) {
                    if (info != null && info.uniqueIndexes().contains(u.name())) {
                        uniqueIndexes.computeIfAbsent(t.name(), k -> new HashSet<>()).add(u.columns());
                    }
                }
                var model = pulled.catalog().table(t.name()).orElse(null);
                for (var c : t.checks()) {
                    if (c.name() != null || model == null) continue;
                    for (var m : model.checks()) if (m.terms().equals(c.terms())) namedByGenerate.add(t.name() + ":" + m.name());
                }
            }
        }

        private void add(Leftover.Kind kind, String table, String column, String name) {
            switch (kind) {
                case TABLE -> tables.add(table);
                case COLUMN -> droppedColumns.add(table + "." + column);
                case TYPE -> typeChanged.add(table + "." + column);
                case DEFAULT -> defaultChanged.add(table + "." + column);
                case CHECK, INDEX, FOREIGN_KEY -> droppedObjects.add(table + ":" + name);
                case NAME -> renamedIn.add(table);
                case DIFFERENCE -> {
                    // A column's difference names the column (first word of "col type"); others name the object.
                    String col = column != null ? column : name != null && name.contains(" ") ? name.split(" ")[0] : null;
                    if (col != null) {
                        typeChanged.add(table + "." + col);
                        defaultChanged.add(table + "." + col);
                        nullChanged.add(table + "." + col);
                    } else if (name != null) {
                        droppedObjects.add(table + ":" + name);
                    }
                }
                default -> { }
            }
        }

        DbShape expected(DbShape original) {
            var out = new TreeMap<String, TableShape>();
            original.tables().forEach((t, s) -> {
                if (!tables.contains(t)) out.put(t, forgive(t, s, true));
            });
            return new DbShape(out);
        }

        DbShape rebuilt(DbShape rebuilt) {
            var out = new TreeMap<String, TableShape>();
            rebuilt.tables().forEach((t, s) -> out.put(t, forgive(t, s, false)));
            return new DbShape(out);
        }

        private TableShape forgive(String t, TableShape s, boolean original) {
            var dropped = new HashSet<String>();
            for (ColumnShape c : s.columns()) if (droppedColumns.contains(t + "." + c.name())) dropped.add(c.name());
            var cols = new ArrayList<ColumnShape>();
            for (ColumnShape c : s.columns()) {
                if (dropped.contains(c.name())) continue;
                String key = t + "." + c.name();
                cols.add(new ColumnShape(c.name(), typeChanged.contains(key) ? "*" : c.type(), nullChanged.contains(key) || c.nullable(),
                        defaultChanged.contains(key) || c.hasDefault()));
            }
            boolean names = !renamedIn.contains(t);
            // A renamed object keeps its kind: the derived name's prefix says which (idx_, uq_, fk_, ck_, pk_).
            java.util.function.BiFunction<String, String, String> rename = (prefix, n) -> {
                String to = original ? renamed.get(t + ":" + n) : null;
                return to != null && to.startsWith(prefix) ? to : n;
            };
            var fks = new ArrayList<ForeignKeyShape>();
            for (var fk : s.foreignKeys()) {
                if (gone(t, fk.name(), fk.columns(), dropped)) continue;
                fks.add(new ForeignKeyShape(names ? rename.apply("fk_", fk.name()) : null, fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate()));
            }
            var uniques = keys(t, s.uniques(), dropped, names, n -> rename.apply("uq_", n));
            var indexes = keys(t, s.indexes(), dropped, names, n -> rename.apply("idx_", n));
            var checks = new ArrayList<String>();
            for (String c : s.checks()) {
                if (droppedObjects.contains(t + ":" + c) || namedByGenerate.contains(t + ":" + c)) continue;
                checks.add(names ? rename.apply("ck_", c) : "*");
            }
            KeyShape pk = s.primaryKey() == null ? null
                    : new KeyShape(names ? rename.apply("pk_", s.primaryKey().name()) : null, s.primaryKey().columns());
            fks.sort(java.util.Comparator.comparing((ForeignKeyShape k) -> String.valueOf(k.name())).thenComparing(k -> k.columns().toString()));
            checks.sort(null);
            return new TableShape(cols, pk, fks, uniques, indexes, checks);
        }

        private List<KeyShape> keys(String t, List<KeyShape> keys, Set<String> dropped, boolean names,
                                    java.util.function.UnaryOperator<String> name) {
            var out = new ArrayList<KeyShape>();
            for (KeyShape k : keys) {
                if (gone(t, k.name(), k.columns(), dropped)) continue;
                out.add(new KeyShape(names ? name.apply(k.name()) : null, k.columns()));
            }
            out.sort(java.util.Comparator.comparing((KeyShape k) -> String.valueOf(k.name())).thenComparing(k -> k.columns().toString()));
            return out;
        }

        private boolean gone(String t, String name, List<String> cols, Set<String> dropped) {
            return droppedObjects.contains(t + ":" + name) || cols.stream().anyMatch(dropped::contains)
                    || uniqueIndexes.getOrDefault(t, Set.of()).contains(cols);
        }
    }
}
