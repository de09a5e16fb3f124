package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.one;
import static dev.schemac.pull.AdoptedViewsTest.BASELINE;
import static dev.schemac.pull.AdoptedViewsTest.alembic;
import static dev.schemac.pull.AdoptedViewsTest.edited;
import static dev.schemac.pull.AdoptedViewsTest.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's dvd_rental sample gives the trigger of every table one name, {@code last_updated},
 * calling one function of that name. The adoption keeps the trigger's name, and the baseline made
 * the function once per table ("function last_updated already exists" on the second table): now
 * the tables whose function does the same share it, so the baseline builds a fresh database, up
 * and down, by the scripts and through Alembic, whose triggers stamp rows. The adoption's migration
 * then replaces each with generate's trigger and function, and the shared function goes with its
 * last trigger. Tables that share a trigger's name but stamp different columns share no function
 * body: the others get their own, {@code <trigger>_<table>}.
 */
class SharedUpdatedTriggerTest {
    @TempDir
    Path tmp;

    static void stamps(LiveDb db, String table, String key, String set, String after) throws Exception {
        db.run("UPDATE " + table + " SET last_update = '2000-01-01' WHERE " + key);
        db.run("UPDATE " + table + " SET " + set + " WHERE " + key);
        assertThat(one(db, "SELECT last_update > '2001-01-01' FROM " + table + " WHERE " + key)).as("%s: %s", after, table).isEqualTo("t");
    }

    @Test
    void aSharedTriggerFunctionBuildsAFreshDatabase() throws Exception {
        Kind k = Kind.POSTGRES;
        String sql = Files.readString(ForeignDatabasesTest.dir().resolve("dvd_rental.postgres.sql"), StandardCharsets.UTF_8);
        try (var db = LiveDb.fresh(k, "shared_trigger"); var fresh = LiveDb.fresh(k, "shared_trigger_fresh");
             var viaAlembic = LiveDb.fresh(k, "shared_trigger_alembic")) {
            db.run(sql);
            Path out = Adoption.of(db, tmp).out();
            String baseline = script(out, k, BASELINE + "_baseline", "up");
            assertThat(baseline).contains("CREATE OR REPLACE FUNCTION last_updated() RETURNS trigger",
                    "CREATE TRIGGER last_updated BEFORE UPDATE ON country FOR EACH ROW EXECUTE FUNCTION last_updated();");

            fresh.run(baseline);
            assertThat(one(fresh, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'last_updated%'")).isEqualTo("1");
            fresh.run("INSERT INTO country (country_id, country) VALUES (1, 'Aland')");
            fresh.run("INSERT INTO city (city_id, city, country_id) VALUES (1, 'Mariehamn', 1)");
            stamps(fresh, "country", "country_id = 1", "country = 'Åland'", "the baseline");
            stamps(fresh, "city", "city_id = 1", "city = 'Maarianhamina'", "the baseline");

            // The adoption's migration replaces the shared trigger with generate's, table by table, on a fresh database too.
            String adopt = script(out, k, Adoption.TIMESTAMP + "_" + Adoption.NAME, "up");
            assertThat(adopt).contains("CREATE TRIGGER trg_country_updated_at");
            fresh.run(adopt);
            assertThat(one(fresh, "SELECT count(*) FROM pg_proc WHERE proname = 'last_updated'")).as("gone with its last trigger")
                    .isEqualTo("0");
            stamps(fresh, "country", "country_id = 1", "country = 'Aland'", "the adoption's migration");
            fresh.run(script(out, k, Adoption.TIMESTAMP + "_" + Adoption.NAME, "down"));
            stamps(fresh, "city", "city_id = 1", "city = 'Maarianhamina'", "the adoption's down");
            fresh.run(script(out, k, BASELINE + "_baseline", "down"));
            assertThat(one(fresh, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'last_updated%'")).isEqualTo("0");

            alembic(out, viaAlembic, "upgrade", "head");
            viaAlembic.run("INSERT INTO country (country_id, country) VALUES (1, 'Aland')");
            stamps(viaAlembic, "country", "country_id = 1", "country = 'Åland'", "alembic upgrade head");
            alembic(out, viaAlembic, "downgrade", "base");
            assertThat(one(viaAlembic, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'last_updated%'")).isEqualTo("0");
        }
    }

    static dev.schemac.catalog.Column column(String name, dev.schemac.model.ScalarKind kind, boolean updated) {
        return new dev.schemac.catalog.Column(name, name, new dev.schemac.catalog.ColumnType(kind, null, null, null, null), !updated && !name.equals("id"),
                null, false, updated, null, false, false, null);
    }

    static dev.schemac.catalog.Table table(String name, String stamped) {
        return new dev.schemac.catalog.Table(name, name.toUpperCase(java.util.Locale.ROOT), null, java.util.List.of(
                column("id", dev.schemac.model.ScalarKind.INT, false), column("v", dev.schemac.model.ScalarKind.TEXT, false),
                column(stamped, dev.schemac.model.ScalarKind.DATETIME, true)), new dev.schemac.catalog.PrimaryKey(name + "_pkey",
                java.util.List.of("id")), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), "stamp", null);
    }

    /**
     * Tables that share a trigger's name but not what its function does (their {@code @updated}
     * columns differ): the most of them share the function, each other table has its own, so
     * that no table's function replaces another's; a fresh database built from the DDL stamps
     * each table's own column, and its drop script leaves no function behind.
     */
    @Test
    void tablesWhoseFunctionDiffersGetTheirOwn() throws Exception {
        var catalog = dev.schemac.catalog.Catalog.of(java.util.List.of(table("a", "last_update"), table("b", "last_update"),
                table("c", "changed_at")), java.util.List.of());
        String ddl = dev.schemac.render.sql.Sql.create(dev.schemac.model.Dialect.POSTGRES, catalog, "t");
        assertThat(ddl).contains("CREATE OR REPLACE FUNCTION stamp() RETURNS trigger", "CREATE FUNCTION stamp_c() RETURNS trigger",
                "CREATE TRIGGER stamp BEFORE UPDATE ON c FOR EACH ROW EXECUTE FUNCTION stamp_c();",
                "CREATE TRIGGER stamp BEFORE UPDATE ON b FOR EACH ROW EXECUTE FUNCTION stamp();");
        try (var fresh = LiveDb.fresh(Kind.POSTGRES, "differing_trigger")) {
            fresh.run(ddl);
            assertThat(one(fresh, "SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc WHERE proname LIKE 'stamp%'"))
                    .isEqualTo("stamp,stamp_c");
            for (String t : new String[] {"a", "b", "c"}) {
                String col = t.equals("c") ? "changed_at" : "last_update";
                fresh.run("INSERT INTO " + t + " (id, v, " + col + ") VALUES (1, 'x', '2000-01-01')");
                fresh.run("UPDATE " + t + " SET v = 'y' WHERE id = 1");
                assertThat(one(fresh, "SELECT " + col + " > '2001-01-01' FROM " + t)).as(t).isEqualTo("t");
            }
            fresh.run(dev.schemac.render.sql.Sql.drop(dev.schemac.model.Dialect.POSTGRES, catalog, "t"));
            assertThat(one(fresh, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'stamp%'")).isEqualTo("0");
        }
    }
    /**
     * A table's own function is named after the trigger and the table, a derived name like a constraint's, so
     * it is shortened the same way past PostgreSQL's 63 bytes: two long table names that share their first
     * bytes would otherwise make two functions PostgreSQL cuts to one name (the second CREATE FUNCTION fails,
     * or, made OR REPLACE, one table's function would replace the other's).
     */
    @Test
    void longTableNamesGiveTheirOwnFunctionsShortenedDistinctNames() throws Exception {
        String common = "stock_movements_" + "x".repeat(41);
        String first = common + "_a1";
        String second = common + "_b2";
        assertThat(("stamp_" + first).substring(0, 63)).isEqualTo(("stamp_" + second).substring(0, 63));
        var catalog = dev.schemac.catalog.Catalog.of(java.util.List.of(table("a", "last_update"), table("b", "last_update"),
                table(first, "changed_at"), table(second, "changed_at")), java.util.List.of());
        String ddl = dev.schemac.render.sql.Sql.create(dev.schemac.model.Dialect.POSTGRES, catalog, "t");
        String f1 = dev.schemac.render.sql.Sql.updatedFunction(catalog.table(first).orElseThrow(), catalog);
        String f2 = dev.schemac.render.sql.Sql.updatedFunction(catalog.table(second).orElseThrow(), catalog);
        assertThat(f1).isEqualTo(dev.schemac.naming.Names.shorten("stamp_" + first)).isNotEqualTo(f2);
        assertThat(java.util.List.of(f1, f2)).allSatisfy(f -> assertThat(f.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63));
        assertThat(ddl).contains("CREATE FUNCTION " + f1 + "() RETURNS trigger", "CREATE FUNCTION " + f2 + "() RETURNS trigger",
                "CREATE TRIGGER stamp BEFORE UPDATE ON " + first + " FOR EACH ROW EXECUTE FUNCTION " + f1 + "();",
                "CREATE TRIGGER stamp BEFORE UPDATE ON " + second + " FOR EACH ROW EXECUTE FUNCTION " + f2 + "();");
        try (var fresh = LiveDb.fresh(Kind.POSTGRES, "long_trigger")) {
            fresh.run(ddl);
            // Each name as PostgreSQL holds it is the name the DDL wrote: none was cut.
            assertThat(one(fresh, "SELECT string_agg(proname, ',' ORDER BY proname COLLATE \"C\") FROM pg_proc WHERE proname LIKE 'stamp%'"))
                    .isEqualTo(String.join(",", new java.util.TreeSet<>(java.util.List.of("stamp", f1, f2))));
            for (String t : new String[] {"a", first, second}) {
                String col = t.equals("a") ? "last_update" : "changed_at";
                fresh.run("INSERT INTO " + t + " (id, v, " + col + ") VALUES (1, 'x', '2000-01-01')");
                fresh.run("UPDATE " + t + " SET v = 'y' WHERE id = 1");
                assertThat(one(fresh, "SELECT " + col + " > '2001-01-01' FROM " + t)).as(t).isEqualTo("t");
            }
            fresh.run(dev.schemac.render.sql.Sql.drop(dev.schemac.model.Dialect.POSTGRES, catalog, "t"));
            assertThat(one(fresh, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'stamp%'")).isEqualTo("0");
        }
    }

    /**
     * An earlier release wrote a table's own function unshortened, and PostgreSQL cut the name to its first 63
     * bytes without a word: the drop script drops that name too, so no function is left behind (the shortened
     * name alone misses it). A migration drops a trigger's function by the one the trigger calls, whatever its name.
     */
    @Test
    void aFunctionNamedByAnEarlierReleaseGoesWithTheDropScript() throws Exception {
        String longName = "stock_movements_" + "x".repeat(41) + "_a1";
        var catalog = dev.schemac.catalog.Catalog.of(java.util.List.of(table("a", "last_update"), table("b", "last_update"),
                table(longName, "changed_at")), java.util.List.of());
        String shortened = dev.schemac.render.sql.Sql.updatedFunction(catalog.table(longName).orElseThrow(), catalog);
        String cut = ("stamp_" + longName).substring(0, 63);
        assertThat(shortened).isNotEqualTo(cut);
        // What the earlier release wrote: the function named after trigger and table in full.
        String earlier = dev.schemac.render.sql.Sql.create(dev.schemac.model.Dialect.POSTGRES, catalog, "t")
                .replace(shortened + "()", "stamp_" + longName + "()");
        assertThat(earlier).doesNotContain(shortened);
        try (var old = LiveDb.fresh(Kind.POSTGRES, "cut_trigger")) {
            old.run(earlier);
            assertThat(one(old, "SELECT count(*) FROM pg_proc WHERE proname = '" + cut + "'")).as("held under the cut name").isEqualTo("1");
            old.run(dev.schemac.render.sql.Sql.drop(dev.schemac.model.Dialect.POSTGRES, catalog, "t"));
            assertThat(one(old, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'stamp%'")).isEqualTo("0");
        }
        // PostgreSQL cuts at whole characters within 63 bytes: a two-byte character across the limit goes whole.
        assertThat(dev.schemac.naming.Names.truncated("a".repeat(62) + "\u00e9b")).isEqualTo("a".repeat(62));
        assertThat(dev.schemac.naming.Names.truncated("a".repeat(61) + "\u00e9b")).isEqualTo("a".repeat(61) + "\u00e9");
        // A name within the limit is held as written: nothing more to drop.
        assertThat(dev.schemac.render.sql.Sql.updatedFunctionNames(catalog.table("a").orElseThrow(), catalog)).containsExactly("stamp");
    }
}
