package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history an earlier release wrote (examples/booking's, kept in test resources as it was),
 * whose snapshot lists an enum's stored values and not its members' names: it still reads,
 * finds the model unchanged, and a member whose {@code @map} changes is a value dropped and
 * one added as before (SC562, with the help saying why). The migration written then names
 * the members, so the next such change is a rename in place.
 */
class OldSnapshotEnumTest {
    @TempDir
    Path dir;

    private Path model;
    private Path out;

    private void copyHistory() throws IOException {
        Path from = TestPaths.testResources().resolve("old-history/booking");
        out = dir.resolve("out");
        try (Stream<Path> files = Files.walk(from.resolve("migrations"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = out.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        model = Files.copy(from.resolve("booking.schema"), dir.resolve("booking.schema"));
    }

    private Cli.Run migrate(String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("migrate", model.toString(), "--out", out.toString(), "--color", "never"));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private void edit(String from, String to) throws IOException {
        String s = Files.readString(model);
        assertThat(s).contains(from);
        Files.writeString(model, s.replace(from, to));
    }

    private String file(String path) throws IOException {
        return Files.readString(out.resolve("migrations").resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aSnapshotWithoutMemberNamesKeepsTodaysDiffAndTheNextOneRenamesInPlace() throws IOException {
        copyHistory();
        assertThat(file("snapshots/20250101000000_init.json")).contains("\"values\" : [\n          \"FREE\",\n          \"pro\"\n        ]\n      }")
                .doesNotContain("\"members\" : [\n          \"FREE\"");
        var same = migrate("--name", "same", "--timestamp", "20250102000000");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("no changes");

        edit("PRO @map(\"pro\")", "PRO @map(\"premium\")");
        var refused = migrate("--name", "premium", "--timestamp", "20250102000000");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("error[SC562]: the migration drops value `pro` of enum `Plan`\n  --> " + model + ":7:1")
                .contains("help: if a value was renamed (its `@map` changed): this history's last snapshot does not name the enum's "
                        + "members (an earlier release's, or a baseline whose database values are not all the model's), so the rename reads as a value dropped and one added; keep the old "
                        + "stored value under another member beside the new one, move the rows (UPDATE ... SET column = `premium` "
                        + "WHERE column = `pro`), then remove the old member in a later migration; otherwise move the rows that hold "
                        + "it to another value first");
        assertThat(Files.exists(out.resolve("migrations/snapshots/20250102000000_premium.json"))).isFalse();

        // Allowed, it is the drop and add it always was: PostgreSQL makes the type again, SQLite and MySQL only respell it.
        var allowed = migrate("--name", "premium", "--timestamp", "20250102000000", "--allow-destructive");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        String pg = file("sql/postgres/20250102000000_premium.up.sql");
        assertThat(pg).contains("CREATE TYPE plan AS ENUM ('FREE', 'premium');").doesNotContain("RENAME VALUE");
        assertThat(file("sql/sqlite/20250102000000_premium.up.sql")).contains("SELECT id, name, plan, created_at, updated_at FROM tenants;").doesNotContain("CASE plan");
        assertThat(file("sql/mysql/20250102000000_premium.up.sql")).doesNotContain("UPDATE");
        assertThat(file("snapshots/20250102000000_premium.json")).contains("\"members\" : [\n          \"FREE\",\n          \"PRO\"\n        ]");

        edit("PRO @map(\"premium\")", "PRO @map(\"pro_plan\")");
        var renamed = migrate("--name", "pro_plan", "--timestamp", "20250103000000");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(renamed.err()).doesNotContain("SC562");
        assertThat(file("sql/postgres/20250103000000_pro_plan.up.sql")).contains("ALTER TYPE plan RENAME VALUE 'premium' TO 'pro_plan';")
                .doesNotContain("CREATE TYPE");
        assertThat(file("sql/postgres/20250103000000_pro_plan.down.sql")).contains("ALTER TYPE plan RENAME VALUE 'pro_plan' TO 'premium';");
        assertThat(file("sql/sqlite/20250103000000_pro_plan.up.sql")).contains("CASE plan WHEN 'premium' THEN 'pro_plan' ELSE plan END");
        assertThat(file("sql/mysql/20250103000000_pro_plan.up.sql")).contains(
                "UPDATE tenants SET plan = CASE plan WHEN 'premium' THEN 'pro_plan' ELSE plan END");
    }
}
