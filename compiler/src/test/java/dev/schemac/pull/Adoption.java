package dev.schemac.pull;

import static dev.schemac.pull.AdoptLeftOutObjectsTest.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.cli.Cli;
import dev.schemac.gen.sql.LiveDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A live database adopted as a team starts a history from it: {@code pull --url} writes the model
 * ({@code app.schema}), then {@code migrate --from-url} the history's first migrations into {@code out},
 * both under one folder. Each call must succeed; what they reported is kept for the test to read.
 */
final class Adoption {
    private Adoption() {}

    /** The adoption's migration: its timestamp and name (the baseline comes the second before). */
    static final String TIMESTAMP = "20250301120000";
    static final String NAME = "adopt";

    /** The model and output folder the adoption wrote, and what each of its two commands reported. */
    record Adopted(Path model, Path out, Cli.Run pull, Cli.Run migrate) {}

    /** Pulls {@code db} and adopts it under {@code dir}; {@code more}: further options of the migrate command. */
    static Adopted of(LiveDb db, Path dir, String... more) {
        Path model = dir.resolve("app.schema");
        var pull = Cli.run("pull", "--url", url(db), "--out", model.toString(), "--color", "never");
        assertThat(pull.code()).as(pull.err()).isZero();
        Path out = dir.resolve("out");
        var args = new ArrayList<>(List.of("migrate", model.toString(), "--name", NAME, "--timestamp", TIMESTAMP, "-o", out.toString(),
                "--color", "never", "--from-url", url(db)));
        args.addAll(List.of(more));
        var migrate = Cli.run(args.toArray(String[]::new));
        assertThat(migrate.code()).as(migrate.out() + migrate.err()).isZero();
        return new Adopted(model, out, pull, migrate);
    }
}
