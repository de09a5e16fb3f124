package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemac migrate} and {@code generate} over a history, as a user runs them: what
 * is written, what is refused, and that a refused run writes nothing and no run rewrites a
 * migration.
 */
class MigrateCommandTest {
    @TempDir Path dir;
    Path model;
    Path out;

    record Run(int code, String out, String err) {}

    static final String V1 = """
            schema shop {
              dialect = sqlite
              timestamps = false
            }

            entity Customer {
              name  string(100)
              email string(200) @unique @pii
              note  text?
            }
            """;

    @BeforeEach
    void init() throws IOException {
        model = dir.resolve("shop.schema");
        out = dir.resolve("out");
        Files.writeString(model, V1);
        assertThat(migrate("--name", "init", "--timestamp", "20260101000000").code()).isZero();
    }

    Run run(String... args) {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    Run migrate(String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("migrate", model.toString(), "--out", out.toString()));
        args.addAll(java.util.List.of(more));
        return run(args.toArray(String[]::new));
    }

    TreeMap<String, String> tree() throws IOException {
        var m = new TreeMap<String, String>();
        try (var w = Files.walk(out)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) m.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        return m;
    }

    /** A diagnostic's first line and where it points, as the human report prints them. */
    String at(int line, int column, String first) {
        return first + "\n  --> " + model + ":" + line + ":" + column;
    }

    void edit(String from, String to) throws IOException {
        String s = Files.readString(model);
        assertThat(s).contains(from);
        Files.writeString(model, s.replace(from, to));
    }

    @Test
    void theFirstMigrateWritesTheInitialMigrationAndASecondFindsNoChanges() throws IOException {
        assertThat(tree()).containsKeys("migrations/sql/sqlite/20260101000000_init.up.sql",
                "migrations/snapshots/20260101000000_init.json", "migrations/alembic/versions/20260101000000_init.py",
                "migrations/prisma/20260101000000_init/migration.sql", "sql/sqlite/schema.sql");
        assertThat(tree().get("migrations/sql/sqlite/20260101000000_init.up.sql")).isEqualTo(tree().get("sql/sqlite/schema.sql"));
        var before = tree();
        var r = migrate("--name", "again", "--timestamp", "20260102000000");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("no changes");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void aChangeBecomesTheNextMigrationAndNothingWrittenBeforeChanges() throws IOException {
        var before = tree();
        edit("note  text?", "note  text?\n  phone string(30)?");
        var r = migrate("--name", "add_phone", "--timestamp", "20260102000000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Adds column `customers.phone`.");
        var after = tree();
        before.forEach((p, t) -> {
            if (p.startsWith("migrations/")) assertThat(after.get(p)).as("%s is never rewritten", p).isEqualTo(t);
        });
        assertThat(after.get("migrations/sql/sqlite/20260102000000_add_phone.up.sql"))
                .contains("ALTER TABLE customers ADD COLUMN phone VARCHAR(30);");
        assertThat(after.get("migrations/sql/postgres/20260102000000_add_phone.down.sql"))
                .contains("ALTER TABLE customers DROP COLUMN phone;");
        assertThat(after.get("migrations/alembic/versions/20260102000000_add_phone.py"))
                .contains("down_revision = \"20260101000000\"");
        assertThat(migrate("--check").code()).isZero();
    }

    /**
     * A model of another database that indexes unbounded text gets no MySQL scripts (SC504 is a
     * warning for it); a history that left them out stays without them, even once MySQL could
     * hold the model, since MySQL's chain would start in the middle; {@code --check} accepts it.
     */
    @Test
    void aHistoryWithoutMysqlScriptsStaysWithoutThem() throws IOException {
        Path pg = dir.resolve("notes.schema");
        Files.writeString(pg, """
                schema notes {
                  dialect = postgres
                  timestamps = false
                }

                entity Note {
                  body text @unique
                }
                """);
        Path pgOut = dir.resolve("pg");
        var first = run("migrate", pg.toString(), "--out", pgOut.toString(), "--name", "init", "--timestamp", "20260101000000",
                "--color", "never");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("warning[SC504]: MySQL cannot represent a key, unique constraint or index on an "
                + "unbounded text of `Note.body`");
        assertThat(pgOut.resolve("migrations/sql/postgres/20260101000000_init.up.sql")).exists();
        assertThat(pgOut.resolve("migrations/sql/sqlite/20260101000000_init.up.sql")).exists();
        assertThat(pgOut.resolve("migrations/sql/mysql")).doesNotExist();
        assertThat(pgOut.resolve("sql/mysql")).doesNotExist();
        // Alembic runs one revision on every database: on MySQL it stops at once instead of failing half way.
        assertThat(Files.readString(pgOut.resolve("migrations/alembic/versions/20260101000000_init.py")))
                .contains("    if _dialect() == \"mysql\":\n        raise RuntimeError(\"MySQL cannot hold this model as it is "
                        + "(schemac's warnings for MySQL say why): this history has no MySQL migrations from this revision on\")\n");
        Files.writeString(pg, Files.readString(pg).replace("body text @unique", "body string(200) @unique"));
        var second = run("migrate", pg.toString(), "--out", pgOut.toString(), "--name", "bounded", "--timestamp", "20260102000000",
                "--allow-destructive", "--color", "never");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("SC504");
        assertThat(pgOut.resolve("migrations/sql/postgres/20260102000000_bounded.up.sql")).exists();
        assertThat(pgOut.resolve("migrations/sql/mysql")).doesNotExist();
        // The DDL target is no history: MySQL's schema is written again once MySQL can hold the model.
        assertThat(pgOut.resolve("sql/mysql/schema.sql")).exists();
        var check = run("migrate", pg.toString(), "--out", pgOut.toString(), "--check");
        assertThat(check.code()).as(check.err()).isZero();
    }

    @Test
    void generateLeavesTheHistoryAloneAndWarnsOfUncoveredChanges() throws IOException {
        edit("note  text?", "note  text?\n  phone string(30)?");
        var before = tree();
        var g = run("generate", model.toString(), "--out", out.toString());
        assertThat(g.code()).isZero();
        assertThat(g.err()).contains("warning[SC550]").contains("shop.schema:1:");
        var after = tree();
        before.forEach((p, t) -> {
            if (p.startsWith("migrations/")) assertThat(after.get(p)).as(p).isEqualTo(t);
        });
        assertThat(after.keySet().stream().filter(p -> p.startsWith("migrations/sql/"))).hasSize(6);
        assertThat(run("generate", model.toString(), "--out", out.toString(), "--check").code()).isEqualTo(1);
        var check = migrate("--check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("SC550").contains("Adds column `customers.phone`.");
        assertThat(tree()).isEqualTo(after);
    }

    /**
     * SC550 counts the changes it lists, as {@code diff} counts its lines: a check dropped and added again under its name
     * is one change ({@code Changes check ...}), not the two steps the scripts take.
     */
    @Test
    void theUncoveredChangesCountedAreTheOnesListed() throws IOException {
        edit("name  string(100)", "name  string(100) @check(!= \"x\")");
        assertThat(migrate("--name", "name_check", "--timestamp", "20260102000000", "--allow-destructive").code()).isZero();
        edit("@check(!= \"x\")", "@check(!= \"y\")");
        var check = migrate("--check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("(1 change after migration `20260102000000_name_check`)")
                .contains("\n  Changes check `ck_customers_name` on `customers`.\n");
        assertThat(check.err().lines().filter(l -> l.startsWith("  Changes ") || l.startsWith("  Adds ") || l.startsWith("  Drops ")))
                .hasSize(1);
        var g = run("generate", model.toString(), "--out", out.toString());
        assertThat(g.err()).contains("(1 change after migration `20260102000000_name_check`)");
        // The design document counts them alike.
        var said = tree().values().stream().filter(t -> t.contains("that no migration in `migrations/` covers yet")).toList();
        assertThat(said).isNotEmpty().allSatisfy(t -> assertThat(t).contains("The model has 1 change that no migration"));
    }

    @Test
    void destructiveChangesAreRefusedAtTheirLineUnlessAllowed() throws IOException {
        edit("  note  text?\n", "");
        var before = tree();
        var r = migrate("--name", "drop_note", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC557]: the migration drops column `customers.note` and its values")
                .contains("--allow-destructive");
        assertThat(tree()).isEqualTo(before);
        var ok = migrate("--name", "drop_note", "--timestamp", "20260102000000", "--allow-destructive");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("warning[SC557]");
        assertThat(tree().get("migrations/sql/postgres/20260102000000_drop_note.up.sql"))
                .contains("-- Destructive: the migration drops column `customers.note` and its values.\n"
                        + "ALTER TABLE customers DROP COLUMN note;");
    }

    @Test
    void narrowingAndRequiredAreReportedAtTheField() throws IOException {
        edit("name  string(100)", "name  string(50)");
        edit("note  text?", "note  text");
        var r = migrate("--name", "narrow", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC558]").contains("shop.schema:7:3").contains("length 100 to 50");
        assertThat(r.err()).contains("error[SC559]").contains("shop.schema:9:3")
                .contains("help: fill the NULLs first (`UPDATE customers SET note = ... WHERE note IS NULL`)");
        // A default given with the change fills no row: the help's UPDATE writes it into the NULLs.
        edit("note  text", "note  text = \"none\"");
        var d = migrate("--name", "narrow", "--timestamp", "20260102000000");
        assertThat(d.err()).contains("help: fill the NULLs first (`UPDATE customers SET note = 'none' WHERE note IS NULL`, the field's default)");
    }

    @Test
    void renameHintsRenameAndBadHintsAreErrors() throws IOException {
        edit("email string(200) @unique @pii", "mail string(200) @unique @pii @renamed_from(\"email\")");
        var r = migrate("--name", "rename_email", "--timestamp", "20260102000000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(tree().get("migrations/sql/postgres/20260102000000_rename_email.up.sql"))
                .contains("ALTER TABLE customers RENAME COLUMN email TO mail;");
        // On SQLite the unique constraint's new name needs a rebuild, and the copy reads the old column.
        assertThat(tree().get("migrations/sql/sqlite/20260102000000_rename_email.up.sql"))
                .contains("INSERT INTO _schemac_new_customers (id, name, mail, note) SELECT id, name, email, note FROM customers;");
        // The hint stays in the model: it was applied, so it is only a warning now.
        edit("note  text?", "note  text?\n  phone string(30)?");
        var again = migrate("--name", "add_phone", "--timestamp", "20260103000000");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("warning[SC553]");

        edit("@renamed_from(\"email\")", "@renamed_from(\"e_mail\")");
        var before = tree();
        var bad = migrate("--name", "x", "--timestamp", "20260104000000");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("error[SC552]: rename hint: no field `Customer.e_mail` in the migration history")
                .contains("shop.schema:8:");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void twoHintsToOneNameAreAnError() throws IOException {
        edit("name  string(100)", "full_name string(100) @renamed_from(\"name\")\n  nick string(100) @renamed_from(\"name\")");
        var before = tree();
        var r = migrate("--name", "x", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC554]").contains("shop.schema:8:");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void aProbableRenameIsReportedWithTheAttributeToPaste() throws IOException {
        edit("name  string(100)", "full_name string(100)");
        var r = migrate("--name", "x", "--timestamp", "20260102000000");
        assertThat(r.err()).contains("warning[SC555]").contains("@renamed_from(\"name\")");
    }

    @Test
    void badTimestampsAndNamesAreUsageErrorsAndWriteNothing() throws IOException {
        edit("note  text?", "note  text?\n  phone string(30)?");
        var before = tree();
        assertThat(migrate("--name", "x", "--timestamp", "20260101000000").code()).isEqualTo(2);
        assertThat(migrate("--name", "x", "--timestamp", "20251231000000").code()).isEqualTo(2);
        assertThat(migrate("--name", "x", "--timestamp", "20261399000000").code()).isEqualTo(2);
        for (String name : new String[] {"../evil", "Add Phone", "x;rm", "", "a/b", "UPPER", "_lead"}) {
            var r = migrate("--name", name, "--timestamp", "20260105000000");
            assertThat(r.code()).as("--name %s", name).isEqualTo(2);
        }
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void aHistoryEditedByHandIsFound() throws IOException {
        edit("note  text?", "note  text?\n  phone string(30)?");
        Path up = out.resolve("migrations/sql/postgres/20260101000000_init.up.sql");
        Files.writeString(up, Files.readString(up) + "-- tweaked\n");
        var before = tree();
        var r = migrate("--name", "x", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC551]").contains("20260101000000_init.up.sql")
                .contains("the file was changed after migration 20260101000000_init was written");
        assertThat(migrate("--check").code()).isEqualTo(1);
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void twoBranchesMergedWithAMigrationEachAreAForkTheHelpMends() throws IOException {
        // Branch b copies the history as it was at init and writes its own migration there.
        Path branch = branchOf("branch");
        edit("note  text?", "note  text?\n  phone string(30)?");
        assertThat(migrate("--name", "add_phone", "--timestamp", "20260102000000").code()).isZero();
        migrateOn(branch, "  born  date?", "add_born", "20260103000000");
        // The merge: both migrations in one folder, the model with both fields.
        var added = merge(branch, "20260103000000_add_born");
        edit("note  text?", "note  text?\n  born  date?");
        var before = tree();
        var r = migrate("--name", "after_merge", "--timestamp", "20260104000000");
        assertThat(r.code()).isEqualTo(1);
        Path snapshot = out.resolve("migrations/snapshots/20260103000000_add_born.json");
        assertThat(r.err()).contains("error[SC572]: the migration history forked: migrations 20260102000000_add_phone and "
                        + "20260103000000_add_born both follow 20260101000000_init, as when two branches each wrote a migration and were merged\n  --> "
                        + snapshot + ":1:1")
                .contains("help: keep 20260102000000_add_phone (the earlier branch) and write the later branch's changes again "
                        + "after it: on each database that applied 20260103000000_add_born, run its down script; delete its files")
                .doesNotContain("SC551");
        assertThat(tree()).isEqualTo(before);
        assertThat(migrate("--check").code()).isEqualTo(1);
        var gen = run("generate", model.toString(), "--out", out.toString(), "--check");
        assertThat(gen.code()).isEqualTo(1);
        assertThat(gen.err()).contains("warning[SC572]");
        // Doing what the help says: the later branch's migration goes, and is written again after the other.
        for (Path p : added) Files.delete(p);
        var again = migrate("--name", "add_born", "--timestamp", "20260104000000");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readString(out.resolve("migrations/sql/sqlite/20260104000000_add_born.up.sql"))).contains("born").doesNotContain("phone");
        assertThat(migrate("--check").code()).isZero();
    }

    static final String INIT = "20260101000000_init";

    /** A copy of the output folder as it is now: another branch's checkout, which migrates from this history on its own. */
    Path branchOf(String name) throws IOException {
        Path branch = dir.resolve(name);
        try (var w = Files.walk(out)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                Path to = branch.resolve(out.relativize(p));
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return branch;
    }

    /** {@code schemac migrate} on the branch, its model {@code V1} with {@code fields} after {@code note}. */
    void migrateOn(Path branch, String fields, String name, String timestamp) throws IOException {
        Path m = dir.resolve(branch.getFileName() + ".schema");
        Files.writeString(m, V1.replace("note  text?", "note  text?\n" + fields));
        var r = run("migrate", m.toString(), "--out", branch.toString(), "--name", name, "--timestamp", timestamp);
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** The merge: the files of the branch's migration {@code id} copied into the output folder. */
    java.util.List<Path> merge(Path branch, String id) throws IOException {
        var added = new java.util.ArrayList<Path>();
        try (var w = Files.walk(branch.resolve("migrations"))) {
            for (Path p : w.filter(Files::isRegularFile).filter(p -> p.toString().contains(id)).sorted().toList()) {
                Path to = out.resolve(branch.relativize(p));
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                added.add(to);
            }
        }
        assertThat(added).as(id).hasSize(9);
        return added;
    }

    /**
     * The two branches of the fork tests, from init: branch X (this output folder) writes X1 (add_phone, 02) and X2
     * (add_fax, 04); branch Y, returned, writes Y1 (add_born, 03) from init, between them.
     */
    Path branchesXAndY() throws IOException {
        Path y = branchOf("y");
        edit("note  text?", "note  text?\n  phone string(30)?");
        assertThat(migrate("--name", "add_phone", "--timestamp", "20260102000000").code()).isZero();
        edit("phone string(30)?", "phone string(30)?\n  fax   string(30)?");
        assertThat(migrate("--name", "add_fax", "--timestamp", "20260104000000").code()).isZero();
        migrateOn(y, "  born  date?", "add_born", "20260103000000");
        return y;
    }

    /** The line of the report after {@code start}. */
    static String line(String err, String start) {
        int i = err.indexOf(start);
        assertThat(i).as("%s in\n%s", start, err).isNotNegative();
        int end = err.indexOf('\n', i);
        return err.substring(i, end < 0 ? err.length() : end);
    }

    /**
     * Does what SC572's help says, to the letter: on a database of {@code kind} that applied the history up to the
     * fork ({@code common}) and the later branch's migrations, runs the down scripts it names in its order (the
     * database is then the history's before the fork), and deletes the files it names (exactly what the merge
     * added). Returns the database.
     */
    dev.schemac.gen.sql.LiveDb followTheHelp(String help, java.util.List<String> laterBranch, Path branch,
                                             java.util.List<Path> merged) throws Exception {
        return followTheHelp(help, java.util.List.of(INIT), laterBranch, branch, merged, dev.schemac.gen.sql.Introspector.Kind.SQLITE);
    }

    dev.schemac.gen.sql.LiveDb followTheHelp(String help, java.util.List<String> common, java.util.List<String> laterBranch,
                                             Path branch, java.util.List<Path> merged, dev.schemac.gen.sql.Introspector.Kind kind)
            throws Exception {
        var applied = java.util.regex.Pattern.compile("on each database that applied (?:any of )?(.+?), run "
                + "(?:its down script|their down scripts in this order: (.+?))(?: \\(which leaves it empty[^)]*\\))?;").matcher(help);
        assertThat(applied.find()).as(help).isTrue();
        var downs = java.util.List.of((applied.group(2) != null ? applied.group(2) : applied.group(1)).split(", "));
        var reversed = new java.util.ArrayList<>(laterBranch);
        java.util.Collections.reverse(reversed);
        assertThat(downs).isEqualTo(reversed);
        var dialect = kind == dev.schemac.gen.sql.Introspector.Kind.SQLITE ? dev.schemac.model.Dialect.SQLITE
                : kind == dev.schemac.gen.sql.Introspector.Kind.POSTGRES ? dev.schemac.model.Dialect.POSTGRES : dev.schemac.model.Dialect.MYSQL;
        String sql = "migrations/" + dev.schemac.evolve.HistoryLayout.sql(dialect, "<id>", "<way>");
        var db = dev.schemac.gen.sql.LiveDb.fresh(kind, "fork");
        try (var before = dev.schemac.gen.sql.LiveDb.fresh(kind, "fork_before")) {
            for (String id : common) {
                before.run(Files.readString(out.resolve(sql.replace("<id>", id).replace("<way>", "up"))));
                db.run(Files.readString(out.resolve(sql.replace("<id>", id).replace("<way>", "up"))));
            }
            for (String id : laterBranch) db.run(Files.readString(branch.resolve(sql.replace("<id>", id).replace("<way>", "up"))));
            for (String id : downs) db.run(Files.readString(out.resolve(sql.replace("<id>", id).replace("<way>", "down"))));
            assertThat(db.shape()).isEqualTo(before.shape());
        }
        var named = java.util.regex.Pattern.compile("delete (?:its|their) files \\((.+?)\\);").matcher(help);
        assertThat(named.find()).as(help).isTrue();
        Path root = out.resolve("migrations");
        var deleted = new java.util.ArrayList<Path>();
        for (String f : named.group(1).split(", ")) {
            var glob = root.getFileSystem().getPathMatcher("glob:" + f);
            try (var w = Files.walk(root)) {
                for (Path p : w.filter(Files::isRegularFile).sorted().toList()) {
                    Path rel = root.relativize(p);
                    if (f.endsWith("/") ? rel.toString().startsWith(f) : glob.matches(rel)) deleted.add(p);
                }
            }
        }
        assertThat(deleted).containsExactlyInAnyOrderElementsOf(merged);
        for (Path p : deleted) Files.delete(p);
        return db;
    }

    @Test
    void aMigrationAfterItsOwnBranchsFirstIsNoForkOfItsOwnWhereTheOtherBranchCameBetween() throws Exception {
        // Merged: init, X1 (phone), Y1 (born), X2 (fax).
        Path y = branchesXAndY();
        var merged = merge(y, "20260103000000_add_born");
        edit("fax   string(30)?", "fax   string(30)?\n  born  date?");
        var before = tree();
        var r = migrate("--name", "after_merge", "--timestamp", "20260105000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().split("error\\[SC572]", -1)).as(r.err()).hasSize(2);
        assertThat(r.err()).contains("error[SC572]: the migration history forked: migrations 20260102000000_add_phone and "
                        + "20260103000000_add_born both follow " + INIT + ", as when two branches each wrote a migration and were merged\n  --> "
                        + out.resolve("migrations/snapshots/20260103000000_add_born.json") + ":1:1")
                .doesNotContain("both follow 20260102000000_add_phone").doesNotContain("SC551");
        String help = line(r.err(), "help: keep ");
        assertThat(help).isEqualTo("help: keep 20260102000000_add_phone and 20260104000000_add_fax (the earlier branch) and write the "
                + "later branch's changes again after them: on each database that applied 20260103000000_add_born, run its down "
                + "script; delete its files (sql/*/20260103000000_add_born.*.sql, alembic/versions/20260103000000_add_born.py, "
                + "prisma/20260103000000_add_born/, snapshots/20260103000000_add_born.json); then run `schemac migrate` on the merged model");
        assertThat(tree()).isEqualTo(before);
        try (var db = followTheHelp(help, java.util.List.of("20260103000000_add_born"), y, merged)) {
            var again = migrate("--name", "add_born", "--timestamp", "20260105000000");
            assertThat(again.code()).as(again.err()).isZero();
            String up = Files.readString(out.resolve("migrations/sql/sqlite/20260105000000_add_born.up.sql"));
            assertThat(up).contains("born").doesNotContain("phone").doesNotContain("fax");
            // Branch Y's database goes on with the history that remains.
            for (String id : java.util.List.of("20260102000000_add_phone", "20260104000000_add_fax", "20260105000000_add_born")) {
                db.run(Files.readString(out.resolve("migrations/sql/sqlite/" + id + ".up.sql")));
            }
            assertThat(db.shape().tables().get("customers").columns()).extracting(c -> c.name()).contains("phone", "fax", "born");
        }
        assertThat(migrate("--check").code()).isZero();
    }

    @Test
    void twoMigrationsOnEachBranchAreOneForkWhoseHelpUndoesTheLaterBranchLastFirst() throws Exception {
        // Merged: init, X1 (phone), Y1 (born), X2 (fax), Y2 (nick, after Y1).
        Path y = branchesXAndY();
        migrateOn(y, "  born  date?\n  nick  string(30)?", "add_nick", "20260105000000");
        var merged = new java.util.ArrayList<>(merge(y, "20260103000000_add_born"));
        merged.addAll(merge(y, "20260105000000_add_nick"));
        edit("fax   string(30)?", "fax   string(30)?\n  born  date?\n  nick  string(30)?");
        var before = tree();
        var r = migrate("--name", "after_merge", "--timestamp", "20260106000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().split("error\\[SC572]", -1)).as(r.err()).hasSize(2);
        assertThat(r.err()).contains("error[SC572]: the migration history forked: migrations 20260102000000_add_phone and "
                        + "20260103000000_add_born both follow " + INIT + ", as when two branches each wrote a migration and were merged\n  --> "
                        + out.resolve("migrations/snapshots/20260103000000_add_born.json") + ":1:1")
                .doesNotContain("SC551");
        String help = line(r.err(), "help: keep ");
        assertThat(help).isEqualTo("help: keep 20260102000000_add_phone and 20260104000000_add_fax (the earlier branch) and write the "
                + "later branch's changes again after them: on each database that applied any of 20260103000000_add_born and "
                + "20260105000000_add_nick, run their down scripts in this order: 20260105000000_add_nick, 20260103000000_add_born; "
                + "delete their files (sql/*/20260103000000_add_born.*.sql, alembic/versions/20260103000000_add_born.py, "
                + "prisma/20260103000000_add_born/, snapshots/20260103000000_add_born.json, sql/*/20260105000000_add_nick.*.sql, "
                + "alembic/versions/20260105000000_add_nick.py, prisma/20260105000000_add_nick/, snapshots/20260105000000_add_nick.json); "
                + "then run `schemac migrate` on the merged model");
        assertThat(tree()).isEqualTo(before);
        assertThat(run("generate", model.toString(), "--out", out.toString(), "--check").err().split("warning\\[SC572]", -1)).hasSize(2);
        try (var db = followTheHelp(help, java.util.List.of("20260103000000_add_born", "20260105000000_add_nick"), y, merged)) {
            var again = migrate("--name", "add_born_nick", "--timestamp", "20260106000000");
            assertThat(again.code()).as(again.err()).isZero();
            String up = Files.readString(out.resolve("migrations/sql/sqlite/20260106000000_add_born_nick.up.sql"));
            assertThat(up).contains("born").contains("nick").doesNotContain("phone").doesNotContain("fax");
            for (String id : java.util.List.of("20260102000000_add_phone", "20260104000000_add_fax", "20260106000000_add_born_nick")) {
                db.run(Files.readString(out.resolve("migrations/sql/sqlite/" + id + ".up.sql")));
            }
            assertThat(db.shape().tables().get("customers").columns()).extracting(c -> c.name()).contains("phone", "fax", "born", "nick");
        }
        assertThat(migrate("--check").code()).isZero();
    }

    @Test
    void twoInitialMigrationsMergedAreAForkTheHelpMendsOnRealEngines() throws Exception {
        // Branch Y started the history on its own, from an empty folder, a day after init; the merge holds both.
        Path y = dir.resolve("y");
        migrateOn(y, "  born  date?", "start", "20260102000000");
        var merged = merge(y, "20260102000000_start");
        edit("note  text?", "note  text?\n  born  date?");
        var before = tree();
        var r = migrate("--name", "after_merge", "--timestamp", "20260103000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().split("error\\[SC572]", -1)).as(r.err()).hasSize(2);
        assertThat(r.err()).contains("error[SC572]: the migration history forked: migrations " + INIT + " and 20260102000000_start "
                        + "are both initial migrations (each follows none), as when two branches each started the history and were "
                        + "merged, or when 20260102000000_start's snapshot was edited\n  --> " + out.resolve("migrations/snapshots/20260102000000_start.json") + ":1:1")
                .doesNotContain("SC551");
        String help = line(r.err(), "help: if ");
        // What an edited snapshot's remedy would be comes first; these two branches were merged, so the rest is theirs.
        assertThat(help).isEqualTo("help: if 20260102000000_start was not merged from another branch, its snapshot was edited: "
                + "restore the snapshot's \"previous\" from version control and change nothing else; if it was, "
                + "keep " + INIT + " (the earlier branch) and write the later branch's changes again after it: "
                + "on each database that applied 20260102000000_start, run its down script (which leaves it empty, rows and all: copy "
                + "out the rows you need first); delete its files (sql/*/20260102000000_start.*.sql, alembic/versions/20260102000000_start.py, "
                + "prisma/20260102000000_start/, snapshots/20260102000000_start.json); then run `schemac migrate` on the merged model");
        assertThat(tree()).isEqualTo(before);
        assertThat(migrate("--check").code()).isEqualTo(1);
        var gen = run("generate", model.toString(), "--out", out.toString(), "--check");
        assertThat(gen.code()).isEqualTo(1);
        assertThat(gen.err()).contains("warning[SC572]").doesNotContain("SC551");
        // Each engine's database that applied Y's start: its down empties it; init and the new migration build it anew.
        var kinds = java.util.List.of(dev.schemac.gen.sql.Introspector.Kind.SQLITE, dev.schemac.gen.sql.Introspector.Kind.POSTGRES,
                dev.schemac.gen.sql.Introspector.Kind.MYSQL);
        var dbs = new java.util.ArrayList<dev.schemac.gen.sql.LiveDb>();
        try {
            for (var kind : kinds) {
                dbs.add(followTheHelp(help, java.util.List.of(), java.util.List.of("20260102000000_start"), y, merged, kind));
                // Deleting once is enough: the later engines find the files gone and the help still names them.
                if (dbs.size() < kinds.size()) for (Path p : merged) Files.writeString(p, Files.readString(y.resolve(out.relativize(p))));
            }
            assertThat(dbs.get(0).shape().tables()).isEmpty();
            var again = migrate("--name", "add_born", "--timestamp", "20260103000000");
            assertThat(again.code()).as(again.err()).isZero();
            for (var db : dbs) {
                String dialect = db.kind() == dev.schemac.gen.sql.Introspector.Kind.SQLITE ? "sqlite"
                        : db.kind() == dev.schemac.gen.sql.Introspector.Kind.POSTGRES ? "postgres" : "mysql";
                String up = Files.readString(out.resolve("migrations/sql/" + dialect + "/20260103000000_add_born.up.sql"));
                assertThat(up).as(dialect).contains("born").doesNotContain("CREATE TABLE");
                for (String id : java.util.List.of(INIT, "20260103000000_add_born")) {
                    db.run(Files.readString(out.resolve("migrations/sql/" + dialect + "/" + id + ".up.sql")));
                }
                assertThat(db.shape().tables().get("customers").columns()).as(dialect).extracting(c -> c.name())
                        .contains("name", "email", "note", "born");
            }
        } finally {
            for (var db : dbs) db.close();
        }
        assertThat(migrate("--check").code()).isZero();
    }

    @Test
    void aFileNoSnapshotListsIsRefusedByMigrateAndFailsGenerateCheck() throws IOException {
        // A migration added by hand beside schemac's, in each of the history's folders.
        for (String stray : java.util.List.of("sql/sqlite/20260101000001_evil.up.sql", "alembic/versions/3f2a_evil.py",
                "prisma/20260101000001_evil/migration.sql", "snapshots/notes.txt")) {
            Path p = out.resolve("migrations").resolve(stray);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "DROP TABLE customers;\n");
            var before = tree();
            var check = migrate("--check");
            assertThat(check.code()).as(stray).isEqualTo(1);
            assertThat(check.err()).as(stray).contains("error[SC551]: the migration history was changed by hand: no migration's "
                    + "snapshot lists this file (written by hand, or left by a migration whose snapshot is gone)")
                    .contains(p + ":1:1");
            assertThat(migrate("--name", "next", "--timestamp", "20260102000000").code()).as(stray).isEqualTo(1);
            var gen = run("generate", model.toString(), "--out", out.toString(), "--check");
            assertThat(gen.code()).as(stray).isEqualTo(1);
            assertThat(gen.err()).as(stray).contains("warning[SC551]").contains(p + ":1:1");
            assertThat(tree()).as(stray).isEqualTo(before);
            Files.delete(p);
        }
        // The environment's own files are no migration's.
        assertThat(migrate("--check").code()).isZero();
    }

    @Test
    void aHistoryFileThatIsNotUtf8IsAnInputErrorAtThatFile() throws IOException {
        var before = tree();
        Path bad = out.resolve("migrations/sql/sqlite/notes.sql");
        Files.write(bad, new byte[] {'-', '-', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        for (var r : java.util.List.of(migrate("--check"), migrate("--name", "next", "--timestamp", "20260102000000"),
                run("generate", model.toString(), "--out", out.toString()))) {
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC105]: file is not UTF-8 text: a file of the migration history")
                    .contains("--> " + bad + ":1:1").doesNotContain("Usage:");
        }
        Files.delete(bad);
        assertThat(tree()).as("nothing written").isEqualTo(before);
    }

    @Test
    void anOrphanedFirstMigrationIsNeverJoinedByASecondInitialOne() throws IOException {
        Files.delete(out.resolve("migrations/snapshots/20260101000000_init.json"));
        edit("note  text?", "note  text?\n  phone string(30)?");
        var before = tree();
        var r = migrate("--name", "next", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC551]").contains("sql/sqlite/20260101000000_init.up.sql:1:1")
                .contains("alembic/versions/20260101000000_init.py:1:1").contains("no migration's snapshot lists this file");
        assertThat(migrate("--check").code()).isEqualTo(1);
        var gen = run("generate", model.toString(), "--out", out.toString(), "--timestamp", "20260105000000");
        assertThat(gen.code()).isEqualTo(1);
        assertThat(gen.err()).contains("error[SC551]").contains("20260101000000_init.up.sql:1:1");
        assertThat(run("check", model.toString(), "--out", out.toString()).code()).isEqualTo(1);
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void aSnapshotEditedByHandIsFound() throws IOException {
        Path snap = out.resolve("migrations/snapshots/20260101000000_init.json");
        Files.writeString(snap, Files.readString(snap).replace("\"length\" : 100", "\"length\" : 120"));
        var r = migrate("--check");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC551]").contains("the snapshot's catalog was changed by hand");
        Files.writeString(snap, "{ not json");
        var bad = migrate("--name", "x", "--timestamp", "20260102000000");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("error[SC551]").contains("cannot be read");
    }

    /**
     * A model without a schema header still places what it no longer has: a dropped table's
     * SC556 points at the start of the model's file (as an error, and as the warning
     * --allow-destructive makes of it), never nowhere.
     */
    @Test
    void aDroppedTableOfAHeaderlessModelIsPlacedAtTheStartOfItsFile() throws IOException {
        out = dir.resolve("headerless");
        Files.writeString(model, "entity Plan {\n  title string(40)\n}\n\nentity Customer {\n  name string(100)\n}\n");
        var init = migrate("--name", "init", "--timestamp", "20260102000000");
        assertThat(init.code()).as(init.err()).isZero();
        edit("entity Plan {\n  title string(40)\n}\n\n", "");
        var r = migrate("--name", "no_plans", "--timestamp", "20260103000000");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(at(1, 1, "error[SC556]: the migration drops table `plans` and its rows"));
        var allowed = migrate("--name", "no_plans", "--timestamp", "20260103000000", "--allow-destructive");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains(at(1, 1, "warning[SC556]: the migration drops table `plans` and its rows"));
    }

    @Test
    void everyOtherDestructiveChangeIsReportedAndAFileInTheWayIsRefused() throws IOException {
        edit("entity Customer {", "enum Tier {\n  BASIC\n  GOLD\n}\n\nentity Plan {\n  title string(40)\n}\n\nentity Customer {\n  tier Tier = BASIC");
        assertThat(migrate("--name", "plans", "--timestamp", "20260102000000").code()).isZero();
        edit("entity Plan {\n  title string(40)\n}\n\n", "");
        edit("  GOLD\n", "");
        edit("note  text?", "note  text?\n  code string(10) @unique\n  level int @min(1)");
        edit("name  string(100)", "name  string(100) @unique");
        var r = migrate("--name", "shrink", "--timestamp", "20260103000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC556]: the migration drops table `plans` and its rows")
                .contains("error[SC560]: the migration adds required column `customers.code` without a default")
                .contains("error[SC561]: the migration adds unique `uq_customers_name` to `customers`")
                .contains("error[SC562]: the migration drops value `GOLD` of enum `Tier`");
        // At the lines that cause them: the unique's field, the added field, the enum.
        assertThat(r.err()).contains("shop.schema:12:3").contains("shop.schema:15:3").contains("shop.schema:6:1");
        // A file of the migration's name no snapshot lists is SC551; a folder of that name is in the way, SC563.
        Path mine = out.resolve("migrations/sql/sqlite/20260103000000_shrink.up.sql");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "-- mine\n");
        var before = tree();
        var stray = migrate("--name", "shrink", "--timestamp", "20260103000000", "--allow-destructive");
        assertThat(stray.code()).isEqualTo(1);
        assertThat(stray.err()).contains("error[SC551]").contains(mine + ":1:1");
        assertThat(tree()).isEqualTo(before);
        Files.delete(mine);
        Files.createDirectories(mine);
        before = tree();
        var refused = migrate("--name", "shrink", "--timestamp", "20260103000000", "--allow-destructive");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("error[SC563]").contains("20260103000000_shrink.up.sql");
        assertThat(tree()).isEqualTo(before);
    }
    /** A run that finds another holding the history's lock stops with SC568 and writes nothing; once it is free, migrate runs. */
    @Test
    void aRunThatFindsTheHistoryLockedWritesNothing() throws Exception {
        edit("note  text?", "note  text?\n  phone string(30)?");
        Path lockFile = out.resolve("migrations/.lock");
        try (var ch = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            var before = tree();
            var r = migrate("--name", "phone", "--timestamp", "20260102000000");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("error[SC568]: another `schemac migrate` or `generate` is writing this migration history "
                    + "(it holds `migrations/.lock`)\n  --> " + lockFile + ":1:1").contains("let it finish, then run this command again");
            // What the model says besides is not dropped for the lock.
            assertThat(r.err()).contains(at(10, 3, "info[SC709]: `Customer.phone` looks like personal data but is not marked `@pii`"));
            assertThat(tree()).isEqualTo(before);
            var check = migrate("--check");
            assertThat(check.err()).as("--check writes nothing and takes no lock").contains("[SC550]: the model has changes no migration covers").doesNotContain("SC568");
        }
        assertThat(migrate("--name", "phone", "--timestamp", "20260102000000").code()).isZero();
        assertThat(migrate("--check").code()).isZero();
    }

    /** Two runs at once: one writes the migration, the other is refused or finds nothing left; the history never forks. */
    @Test
    void twoRunsAtOnceDoNotForkTheHistory() throws Exception {
        edit("note  text?", "note  text?\n  phone string(30)?");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> { start.await(); return migrate("--name", "a", "--timestamp", "20260102000000"); });
            var b = pool.submit(() -> { start.await(); return migrate("--name", "b", "--timestamp", "20260103000000"); });
            start.countDown();
            var runs = java.util.List.of(a.get(), b.get());
            assertThat(runs.stream().filter(x -> x.out().contains("migration 2026")).count()).as("%s", runs).isEqualTo(1);
            for (var x : runs) {
                if (!x.out().contains("migration 2026")) {
                    // Refused at the output folder's lock (SC136, taken first) or the history's (SC568), or run after the other.
                    assertThat(x.err() + x.out()).as("%s", x).containsAnyOf("error[SC136]", "error[SC568]", "no changes");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        var check = migrate("--check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(out.resolve("migrations/.lock")).doesNotExist();
    }

    /**
     * A member that keeps its name and changes its stored string (its {@code @map}) is renamed in
     * place, rows and all; a change of case only, or a member renamed and relabelled at once, is
     * a value dropped and one added, and SC562 says how to carry the rows across (the two-step
     * way it describes runs).
     */
    @Test
    void anEnumValueWhoseStoredStringChangesIsRenamedInPlaceOrToldHowToMoveItsRows() throws IOException {
        edit("entity Customer {", "enum St {\n  NEW\n  PAID @map(\"paid\")\n}\n\nentity Customer {\n  st St = NEW");
        assertThat(migrate("--name", "st", "--timestamp", "20260102000000").code()).isZero();
        edit("  PAID @map(\"paid\")", "  PAID @map(\"PAID\")");
        var r = migrate("--name", "remap", "--timestamp", "20260103000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(at(6, 1, "error[SC562]: the migration drops value `paid` of enum `St`"))
                .contains("help: if a value was renamed, keep its member's name and change only its `@map`: `migrate` then renames "
                        + "the stored value in place, rows and all; or keep the old stored value under another member beside the new "
                        + "one, move the rows (UPDATE ... SET column = `PAID` WHERE column = `paid`), then remove the old member in a "
                        + "later migration (a change of case only goes through a third string: MySQL compares the two as equal); "
                        + "otherwise move the rows that hold it to another value first");
        edit("  PAID @map(\"PAID\")", "  PAID @map(\"settled\")");
        var renamed = migrate("--name", "remap", "--timestamp", "20260103000000");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(renamed.err()).doesNotContain("SC562");
        assertThat(tree().get("migrations/sql/sqlite/20260103000000_remap.up.sql"))
                .contains("SELECT id, CASE st WHEN 'paid' THEN 'settled' ELSE st END, name, email, note FROM customers;");
        assertThat(tree().get("migrations/sql/sqlite/20260103000000_remap.down.sql"))
                .contains("SELECT id, CASE st WHEN 'settled' THEN 'paid' ELSE st END, name, email, note FROM customers;");
        edit("  PAID @map(\"settled\")", "  DONE @map(\"done\")");
        var other = migrate("--name", "done", "--timestamp", "20260104000000");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains(at(6, 1, "error[SC562]: the migration drops value `settled` of enum `St`"))
                .contains("move the rows (UPDATE ... SET column = `done` WHERE column = `settled`)");
        edit("  DONE @map(\"done\")", "  DONE @map(\"done\")\n  PAID @map(\"settled\")");
        var both = migrate("--name", "both", "--timestamp", "20260104000000");
        assertThat(both.code()).as("the new value beside the old one: %s", both.err()).isZero();
        edit("\n  PAID @map(\"settled\")", "");
        assertThat(migrate("--name", "old_gone", "--timestamp", "20260105000000", "--allow-destructive").code()).isZero();
    }

    /**
     * A down script is never linted before it runs: a statement of it that can lose rows or
     * fail on them carries the destructive note an accepted up carries (here the down adds the
     * dropped required column back without a default, which fails while the table has a row).
     */
    @Test
    void aDownThatCannotRunOnRowsSaysSo() throws IOException {
        edit("  name  string(100)\n", "");
        assertThat(migrate("--name", "no_name", "--timestamp", "20260102000000", "--allow-destructive").code()).isZero();
        String down = Files.readString(out.resolve("migrations/sql/postgres/20260102000000_no_name.down.sql"));
        assertThat(down).contains("-- Destructive: the migration adds required column `customers.name` without a default; it fails "
                + "once the table has a row.\nALTER TABLE customers ADD COLUMN name varchar(100) NOT NULL;");
        String up = Files.readString(out.resolve("migrations/sql/postgres/20260102000000_no_name.up.sql"));
        assertThat(up).contains("-- Destructive: the migration drops column `customers.name` and its values.\n");
        assertThat(Files.readString(out.resolve("migrations/alembic/versions/20260102000000_no_name.py")))
                .contains("# Destructive: the migration adds required column `customers.name` without a default");
    }

    /** A relation field takes no default, so SC560's help for its key column says how to add it in steps. */
    @Test
    void aRequiredRelationAddedLaterIsToldToComeOptionalFirst() throws IOException {
        edit("entity Customer {", "entity Shop {\n  title string(40)\n}\n\nentity Customer {\n  shop Shop");
        var r = migrate("--name", "shops", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(at(11, 3, "error[SC560]: the migration adds required column `customers.shop_id` without a default; it fails once the table has a row"))
                .contains("add the relation as optional first, fill it, then make it required in a later migration")
                .doesNotContain("give the field a default");
    }

    /**
     * SC558 is about values a new type cannot hold: a type that holds every value of the old
     * one (the engines prove it with rows, sequence {@code lossless}) is no finding, and one
     * too short for some values still is, at the field, saying which.
     */
    @Test
    void onlyTypeChangesThatLoseValuesNarrow() throws IOException {
        edit("entity Customer {", "enum Tier {\n  BASIC\n  GOLD\n}\n\nenum Level {\n  BASIC\n}\n\nentity Customer {\n"
                + "  tier Tier?\n  rank Tier?\n  n int?\n  m int?\n  day date?\n  flag bool?\n  data json?\n  ref uuid?\n  blob bytes?");
        assertThat(migrate("--name", "more", "--timestamp", "20260102000000").code()).isZero();
        edit("  n int?", "  n string(11)?");
        edit("  day date?", "  day datetime?");
        edit("  flag bool?", "  flag bigint?");
        edit("  data json?", "  data text?");
        edit("  ref uuid?", "  ref string(36)?");
        edit("enum Level {\n  BASIC\n}", "enum Level {\n  BASIC\n  GOLD\n  PLATINUM\n}");
        edit("  tier Tier?", "  tier Level?");
        var lossless = migrate("--name", "wider", "--timestamp", "20260103000000", "--dry-run");
        assertThat(lossless.code()).as(lossless.err()).isZero();
        assertThat(lossless.err()).doesNotContain("SC558");
        edit("  m int?", "  m string(10)?");
        edit("  rank Tier?", "  rank Level?");
        edit("  blob bytes?", "  blob text?");
        edit("enum Level {\n  BASIC\n  GOLD\n  PLATINUM\n}", "enum Level {\n  BASIC\n  PLATINUM\n}");
        var narrow = migrate("--name", "narrower", "--timestamp", "20260103000000");
        assertThat(narrow.code()).isEqualTo(1);
        assertThat(narrow.err())
                .contains(at(17, 3, "error[SC558]: the migration narrows `customers.tier`: enum `Tier` to `Level`, which has no value `GOLD`"))
                .contains(at(18, 3, "error[SC558]: the migration narrows `customers.rank`: enum `Tier` to `Level`, which has no value `GOLD`"))
                .contains(at(20, 3, "error[SC558]: the migration narrows `customers.m`: int to string(10)"))
                .contains(at(25, 3, "error[SC558]: the migration narrows `customers.blob`: bytes to text"));
    }

    @Test
    void aFailedWriteLeavesNoMigrationBehind() throws IOException {
        edit("note  text?", "note  text?\n  phone string(30)?");
        // Another target's file cannot be written (a folder is in its way): the migration's files must not be either.
        Path blocked = out.resolve("sql/sqlite/schema.sql");
        Files.delete(blocked);
        Files.createDirectories(blocked.resolve("in_the_way"));
        Files.writeString(blocked.resolve("in_the_way/keep.txt"), "mine\n");
        var before = tree();
        var r = migrate("--name", "add_phone", "--timestamp", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC133]").contains("a folder of that name is in the way").contains("rolled back");
        assertThat(tree()).as("all or nothing: no file of the migration, no refreshed target").isEqualTo(before);
        assertThat(migrate("--check").code()).as("the migration is still missing").isEqualTo(1);
    }
    @Test
    void aModelFromStandardInputCarriesItsRenameHints() throws IOException {
        String renamed = Files.readString(model).replace("email string(200) @unique @pii",
                "mail string(200) @unique @pii @renamed_from(\"email\")");
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new java.io.ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), new PrintWriter(o),
                new PrintWriter(e), "migrate", "-", "--out", out.toString(), "--name", "rename_email", "--timestamp", "20260102000000");
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).contains("Renames column `customers.email` to `mail`.");
        assertThat(tree().get("migrations/sql/postgres/20260102000000_rename_email.up.sql"))
                .contains("ALTER TABLE customers RENAME COLUMN email TO mail;").doesNotContain("DROP COLUMN");
        var noOut = new StringWriter();
        int usage = Main.run(new java.io.ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), new PrintWriter(o),
                new PrintWriter(noOut), "migrate", "-", "--name", "x");
        assertThat(usage).isEqualTo(2);
        assertThat(noOut.toString()).contains("give --out");
    }
}
