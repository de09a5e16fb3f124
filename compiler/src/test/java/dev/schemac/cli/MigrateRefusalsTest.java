package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes {@code schemac migrate} cannot make safely, found when the migration is
 * written rather than when it is applied: each a coded diagnostic at the model line that
 * causes it, saying what to do, with nothing written (SC561 for a stricter replacement and a
 * new primary key, SC564, SC565, SC566).
 */
class MigrateRefusalsTest {
    @TempDir Path dir;

    record Run(int code, String err) {}

    Run migrate(Path model, Path out, String name, String ts, String... more) {
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--out", out.toString(), "--color", "never",
                "--name", name, "--timestamp", ts));
        if (!List.of(more).contains("--settings")) args.add("--no-settings");
        args.addAll(List.of(more));
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
        return new Run(code, e.toString());
    }

    TreeMap<String, String> tree(Path out) throws IOException {
        var m = new TreeMap<String, String>();
        try (var w = Files.walk(out)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) m.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        return m;
    }

    /** v1 migrated, then v2 refused with nothing written; returns the refusal. */
    Run refused(String v1, String v2, String... more) throws IOException {
        Path model = dir.resolve("app.schema");
        Path out = dir.resolve("out");
        Files.writeString(model, v1);
        assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
        var before = tree(out);
        Files.writeString(model, v2);
        var r = migrate(model, out, "change", "20260102000000", more);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(tree(out)).as("a refused migration writes nothing").isEqualTo(before);
        return r;
    }

    static final String HEADER = "schema app {\n  dialect    = postgres\n  timestamps = false\n}\n\n";

    @Test
    void aKeyThatGainsAColumnUnderARelationToItsOwnTableIsFilledNotRefused() throws IOException {
        // The referenced row is in the table the fill writes: PostgreSQL reads it under an alias (MySQL and MariaDB, which
        // refuse a subquery on the table they update, join the table to itself; GrownKeyUnderReferenceOnRealEnginesTest).
        Path model = dir.resolve("self/app.schema");
        Path out = dir.resolve("self/out");
        Files.createDirectories(model.getParent());
        String v1 = HEADER + "entity Room {\n  building string(10)\n  no       int\n  next     Room? @relation(\"chain\")\n"
                + "  prev     Room[] @relation(\"chain\")\n  @@id(building, no)\n}\n";
        String v2 = v1.replace("  no       int\n  next", "  wing     string(4) = \"main\"\n  no       int\n  next")
                .replace("@@id(building, no)", "@@id(building, wing, no)");
        Files.writeString(model, v1);
        assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
        Files.writeString(model, v2);
        var r = migrate(model, out, "change", "20260102000000", "--allow-destructive");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("SC564").doesNotContain("SC560");
        String up = Files.readString(out.resolve("migrations/sql/postgres/20260102000000_change.up.sql"), StandardCharsets.UTF_8);
        assertThat(up).contains("UPDATE rooms SET next_wing = (SELECT ");
    }

    @Test
    void aKeyThatGainsAColumnUnderARelationToAnotherTableIsFilledNotRefused() throws IOException {
        for (String room : List.of("Room?", "Room")) {
            Path model = dir.resolve(room.length() + "/app.schema");
            Path out = dir.resolve(room.length() + "/out");
            Files.createDirectories(model.getParent());
            String v1 = HEADER + "entity Room {\n  building string(10)\n  no       int\n  @@id(building, no)\n}\n\n"
                    + "entity Booking {\n  room " + room + "\n  who  string(20)\n}\n";
            String v2 = v1.replace("  no       int\n  @@id(building, no)", "  wing     string(4) = \"main\"\n  no       int\n  @@id(building, wing, no)");
            Files.writeString(model, v1);
            assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
            Files.writeString(model, v2);
            var r = migrate(model, out, "change", "20260102000000", "--allow-destructive");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).as(room).doesNotContain("SC564").doesNotContain("SC560").doesNotContain("SC559");
            String up = Files.readString(out.resolve("migrations/sql/postgres/20260102000000_change.up.sql"), StandardCharsets.UTF_8);
            assertThat(up).as(room).contains("UPDATE bookings SET room_wing = (SELECT rooms.wing FROM rooms WHERE rooms.building = "
                    + "bookings.room_building AND rooms.no = bookings.room_no);");
        }
    }

    @Test
    void aPrimaryKeyChangeUnderARelationIsRefusedAtTheRelation() throws IOException {
        String v1 = HEADER + "entity Country {\n  code char(2) @unique\n  name string(40)\n}\n\nentity City {\n  country Country\n  name    string(40)\n}\n";
        String v2 = v1.replace("code char(2) @unique", "code char(2) @id");
        var r = refused(v1, v2);
        assertThat(r.err()).contains("error[SC564]: `cities.country_code` keeps its values, which are keys of `countries.id`, "
                + "but now refers to `countries.code`; the foreign key fails once the table has rows")
                .contains("app.schema:12:3")
                .contains("help: migrate in steps: add the new relation beside the old one, fill it (`UPDATE cities SET ... = "
                        + "(SELECT code FROM countries WHERE ...)`), then drop the old relation in a later migration");
    }

    @Test
    void aTypeNoValueConvertsToIsRefusedAtTheField() throws IOException {
        String v1 = HEADER + "entity Badge {\n  serial int\n  label  string(20)\n}\n";
        var r = refused(v1, v1.replace("serial int", "serial uuid"));
        assertThat(r.err()).contains("error[SC565]: the migration changes `badges.serial` from int to uuid, which none of its values "
                + "converts to; it fails once the table has a row").contains("app.schema:7:3");
    }

    @Test
    void aStricterCheckOrUniqueReplacingOneUnderItsNameIsANewConstraint() throws IOException {
        String v1 = HEADER + "entity Product {\n  price int        @min(0)\n  sku   string(20) @pattern(\"[A-Z]+[0-9]*\")\n"
                + "  shelf string(10)\n  slot  int\n  @@unique(shelf, slot)\n}\n";
        String v2 = v1.replace("@min(0)", "@min(1)").replace("[A-Z]+[0-9]*", "[A-Z][0-9]*");
        var r = refused(v1, v2);
        assertThat(r.err()).contains("error[SC561]: the migration adds check `ck_products_price` to `products`")
                .contains("error[SC561]: the migration adds check `ck_products_sku` to `products`");
        // Looser replacements are not findings.
        Path model = dir.resolve("app.schema");
        Files.writeString(model, v1.replace("@min(0)", "@min(-5)"));
        var looser = migrate(model, dir.resolve("out"), "looser", "20260103000000");
        assertThat(looser.code()).as(looser.err()).isZero();
        assertThat(looser.err()).doesNotContain("SC561");
    }

    /**
     * A renamed table or column renames the checks and uniques derived from it, so one that also
     * changes is dropped under one name and added under another: it is judged against what the
     * table dropped, its columns named as after the renames, not by its name.
     */
    @Test
    void aConstraintChangedWhileItsTableOrColumnIsRenamedIsJudgedAgainstTheOneItReplaces() throws IOException {
        String v1 = HEADER + "entity Product {\n  price int        @min(0)\n  shelf string(10)\n  slot  int\n  bay   int\n"
                + "  @@unique(shelf, slot)\n}\n";
        String renamed = v1.replace("entity Product {\n", "entity Item {\n  @@renamed_from(\"Product\")\n")
                .replace("  price int        @min(0)", "  cost  int        @min(0) @renamed_from(\"price\")")
                .replace("  shelf string(10)", "  rack  string(10) @renamed_from(\"shelf\")");
        String looser = renamed.replace("@min(0)", "@min(-5)").replace("@@unique(shelf, slot)", "@@unique(rack, slot, bay)");
        Path model = dir.resolve("app.schema");
        Path out = dir.resolve("looser");
        Files.writeString(model, v1);
        assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
        Files.writeString(model, looser);
        var ok = migrate(model, out, "looser", "20260102000000");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("SC561");
        String up = Files.readString(out.resolve("migrations/sql/postgres/20260102000000_looser.up.sql"));
        assertThat(up).contains("ck_items_cost").contains("uq_items_rack_slot_bay").doesNotContain("DROP TABLE");

        var stricter = refused(v1, renamed.replace("@min(0)", "@min(1)").replace("@@unique(shelf, slot)", "@@unique(rack)"));
        assertThat(stricter.err()).contains("error[SC561]: the migration adds check `ck_items_cost` to `items`")
                .contains("error[SC561]: the migration adds unique `uq_items_rack` to `items`");
    }

    /** An enum column renamed while its enum relabels a stored value: the enum's check changes under a new name, and is no new constraint. */
    @Test
    void anEnumColumnRenamedWhileItsEnumRelabelsAValueIsNoNewConstraint() throws IOException {
        for (String dialect : List.of("sqlite", "postgres", "mysql")) {
            String v1 = HEADER.replace("postgres", dialect) + "enum Plan {\n  FREE\n  PRO @map(\"premium\")\n}\n\n"
                    + "entity Seat {\n  plan Plan?\n}\n";
            String v2 = v1.replace("@map(\"premium\")", "@map(\"pro\")")
                    .replace("entity Seat {\n  plan Plan?", "entity Place {\n  @@renamed_from(\"Seat\")\n  tier Plan? @renamed_from(\"plan\")");
            Path model = dir.resolve(dialect + ".schema");
            Path out = dir.resolve(dialect);
            Files.writeString(model, v1);
            assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
            Files.writeString(model, v2);
            var r = migrate(model, out, "relabel", "20260102000000");
            assertThat(r.code()).as("%s: %s", dialect, r.err()).isZero();
            assertThat(r.err()).as(dialect).doesNotContain("SC561", "SC562");
            // Dropping a value in the same migration is still the enum's finding, and only that.
            Files.writeString(model, v2.replace("  PRO @map(\"pro\")\n", "").replace("tier Plan? @renamed_from(\"plan\")", "seat Plan? @renamed_from(\"tier\")"));
            var dropped = migrate(model, out, "dropped", "20260103000000");
            assertThat(dropped.code()).as(dialect).isEqualTo(1);
            assertThat(dropped.err()).as(dialect).contains("SC562").doesNotContain("SC561");
        }
    }

    @Test
    void aNewPrimaryKeyOverColumnsThatHeldNoUniqueIsANewConstraint() throws IOException {
        String v1 = HEADER + "entity Seat {\n  row    int\n  number int\n}\n";
        Path model = dir.resolve("app.schema");
        Path out = dir.resolve("out");
        Files.writeString(model, v1);
        assertThat(migrate(model, out, "init", "20260101000000").code()).isZero();
        Files.writeString(model, v1.replace("  number int\n", "  number int\n  @@id(row, number)\n"));
        var r = migrate(model, out, "key", "20260102000000");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error[SC561]: the migration makes (`row`, `number`) the primary key of `seats`; duplicate rows make it fail")
                .contains("app.schema:7:3");
        var ok = migrate(model, out, "key", "20260102000000", "--allow-destructive");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("warning[SC561]");
    }

    @Test
    void aNewPrismaProviderUnderAHistoryIsRefusedAtTheHeader() throws IOException {
        String v1 = HEADER.replace("postgres", "sqlite") + "entity Item {\n  name string(40)\n}\n";
        var r = refused(v1, HEADER.replace("postgres", "mysql") + "entity Item {\n  name string(40)\n  qty  int = 0\n}\n");
        assertThat(r.err()).contains("error[SC566]: the Prisma Migrate folders of the history are for `sqlite` (from "
                + "`20260101000000_init`), but the Prisma side is now `mysql`").contains("app.schema:1:1")
                .contains("help: keep `prisma.provider = \"sqlite\"` in schemac.toml, or start a new history in another output folder");
        // Keeping the provider is the way on.
        Path model = dir.resolve("app.schema");
        Path settings = Files.writeString(dir.resolve("pinned.toml"), "[prisma]\nprovider = \"sqlite\"\n");
        var kept = migrate(model, dir.resolve("out"), "change", "20260102000000", "--settings", settings.toString());
        assertThat(kept.code()).as(kept.err()).isZero();
    }
}
