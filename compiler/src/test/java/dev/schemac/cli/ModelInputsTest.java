package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads a model reads its FILE words alike: `diff` as `check` does. */
class ModelInputsTest {
    @TempDir
    Path tmp;

    static final String MODEL = "entity Item {\n  id int @id\n  label string(80)\n}\n";

    /** A SQLite database with one table the model does not have. */
    Path database() throws Exception {
        Path db = tmp.resolve("live.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("create table notes (id integer primary key, body text not null)");
        }
        return db;
    }

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void diffRefusesAnInputAsCheckDoes() throws Exception {
        String db = database().toString();
        Files.createDirectories(tmp.resolve("folder"));
        for (String input : List.of(tmp.resolve("missing.schema").toString(), tmp.resolve("folder").toString(), "/dev/zero")) {
            var check = run("check", "--color", "never", input);
            var diff = run("diff", "--url", db, "--color", "never", input);
            assertThat(check.code()).as(check.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(diff.code()).as(input).isEqualTo(check.code());
            assertThat(diff.err()).as(input).isEqualTo(check.err()).startsWith("error[SC1");
            assertThat(diff.out()).isEmpty();
        }
        for (String[] command : List.of(new String[] {"check"}, new String[] {"diff", "--url", db})) {
            var args = new ArrayList<>(List.of(command));
            args.addAll(List.of("-", "-"));
            var twice = run(args.toArray(String[]::new));
            assertThat(twice.code()).isEqualTo(Main.USAGE);
            assertThat(twice.err()).startsWith("standard input (`-`) can be read once only\n");
        }
    }

    @Test
    void diffReadsTheModelFromStandardInputLikeAFile() throws Exception {
        String db = database().toString();
        Path file = tmp.resolve("m.schema");
        Files.writeString(file, MODEL);
        var fromFile = run("diff", "--url", db, file.toString());
        var fromStdin = Cli.withInput(MODEL, "diff", "--url", db, "-");
        assertThat(fromFile.code()).as(fromFile.err()).isEqualTo(Main.INPUT_ERRORS);
        assertThat(fromFile.out()).contains("items").contains("notes");
        assertThat(fromStdin.code()).as(fromStdin.err()).isEqualTo(fromFile.code());
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        assertThat(fromStdin.err()).isEqualTo(fromFile.err());
        assertThat(run("diff", "--help").out()).contains("`-` reads\n").contains("standard input.");
    }

    @Test
    void aHistoryFileThatCannotBeReadIsTheSameInputErrorForGenerateCheckAndMigrate() throws IOException {
        Path model = tmp.resolve("m.schema");
        Files.writeString(model, MODEL);
        Path history = tmp.resolve("generated/migrations");
        Files.createDirectories(history);
        Path bad = history.resolve("20260101000000_init.sql");
        Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28});
        for (String[] args : List.of(new String[] {"check", model.toString()}, new String[] {"generate", model.toString()},
                new String[] {"migrate", "--name", "next", model.toString()})) {
            var r = run(args);
            assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERRORS);
            assertThat(r.err()).as(args[0]).contains("error[SC105]: file is not UTF-8 text: a file of the migration history\n")
                    .contains("--> " + bad + ":1:1");
        }
        assertThat(tmp.resolve("generated/sql")).doesNotExist();
    }
}
