package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history an earlier release wrote with date and time defaults as the model spells them
 * ({@code 2030-06-15T12:00}, {@code 10:00}), kept in test resources as it was: read back, its
 * snapshot holds the values in today's one form, so the unchanged model has no changes, {@code
 * generate --check} passes, and only a real change of a value is a migration.
 */
class OldSnapshotTemporalDefaultTest {
    @TempDir
    Path dir;

    private Path model;
    private Path out;

    private void copyHistory() throws IOException {
        Path from = TestPaths.testResources().resolve("old-history/events");
        out = dir.resolve("out");
        try (Stream<Path> files = Files.walk(from.resolve("migrations"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = out.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        model = Files.copy(from.resolve("events.schema"), dir.resolve("events.schema"));
    }

    private Cli.Run run(String command, String... more) {
        var args = new ArrayList<>(List.of(command, model.toString(), "--out", out.toString(), "--color", "never"));
        args.addAll(List.of(more));
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
    void anOldSnapshotsDefaultsAsWrittenAreTheModelsValues() throws IOException {
        copyHistory();
        assertThat(file("snapshots/20250101000000_init.json")).contains("\"text\" : \"2030-06-15T12:00\"").contains("\"text\" : \"10:00\"");

        var same = run("migrate", "--name", "same", "--timestamp", "20250102000000");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("no changes");
        assertThat(Files.exists(out.resolve("migrations/snapshots/20250102000000_same.json"))).isFalse();

        var generate = run("generate");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(generate.err()).doesNotContain("error[");
        var check = run("generate", "--check");
        assertThat(check.code()).as(check.err()).isZero();

        // The same instant written another way is no change either.
        edit("\"2030-06-15T12:00\"", "\"2030-06-15T14:00+02:00\"");
        var respelled = run("migrate", "--name", "respelled", "--timestamp", "20250102000000");
        assertThat(respelled.code()).as(respelled.err()).isZero();
        assertThat(respelled.out()).contains("no changes");

        // Another value is a change, written in the one form.
        edit("\"10:00\"", "\"11:30\"");
        var changed = run("migrate", "--name", "opens", "--timestamp", "20250103000000");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).doesNotContain("no changes");
        assertThat(file("sql/postgres/20250103000000_opens.up.sql")).contains("'11:30:00'").doesNotContain("2030-06-15");
        assertThat(file("snapshots/20250103000000_opens.json")).contains("\"text\" : \"2030-06-15 12:00:00\"")
                .contains("\"text\" : \"11:30:00\"");
    }
}
