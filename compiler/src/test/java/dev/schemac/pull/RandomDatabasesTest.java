package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.gen.sql.ShapeDiff;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random databases (see {@link RandomDatabases}) on every engine: pull never fails on them,
 * its model compiles, every table and column is in it or named in a warning, pulling twice
 * gives the same model, generating it rebuilds the database but for exactly what pull reported,
 * and pulling the rebuild gives the same model (comments aside). CI runs a fixed sample of
 * seeds; {@code -Dschemac.pull.seeds=N} runs N per engine (a long run, on demand).
 */
class RandomDatabasesTest {

    static Stream<Arguments> cases() {
        int sample = Integer.getInteger("schemac.pull.seeds", 0);
        var out = new ArrayList<Arguments>();
        for (Kind k : Kind.values()) {
            int n = sample > 0 ? sample : k == Kind.SQLITE ? 12 : 4;
            for (long seed = 1; seed <= n; seed++) out.add(Arguments.of(k, seed));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seed {1} on {0}")
    @MethodSource("cases")
    void pullOfARandomDatabaseRebuildsIt(Kind kind, long seed) throws Exception {
        String ddl = RandomDatabases.ddl(seed, kind);
        try (var original = LiveDb.fresh(kind, "random" + seed); var rebuilt = LiveDb.fresh(kind, "random" + seed)) {
            original.run(ddl);
            var live = PullFixtures.read(original);
            var pulled = Puller.model(live, null, "random.schema");
            String model = pulled.text();
            var compiled = PullFixtures.compile(model);
            PullFixtures.assertNothingSilentlyDropped(live, pulled, compiled.catalog());
            assertThat(Puller.model(PullFixtures.read(original), null, "random.schema").text()).as("pull is deterministic")
                    .isEqualTo(model);
            rebuilt.run(PullFixtures.ddl(compiled, kind));
            var reported = new ReportedDifferences(pulled, live);
            assertThat(ShapeDiff.between(reported.expected(original.shape()), reported.rebuilt(rebuilt.shape())))
                    .as("the rebuild differs only in what pull reported; database:\n%s\nmodel:\n%s", ddl, model).isEmpty();
            if (compiled.catalog().tables().isEmpty()) {
                // A model cannot hold any of the tables (each is named in a warning): the rebuild has none to pull.
                assertThatThrownBy(() -> Puller.model(PullFixtures.read(rebuilt), null, "random.schema"))
                        .isInstanceOf(PullFailure.class).hasMessageContaining("has no tables");
                return;
            }
            var again = Puller.model(PullFixtures.read(rebuilt), null, "random.schema");
            assertThat(code(PullFixtures.withoutSchemaName(again.text())))
                    .as("pulling the rebuilt database gives the same model; database:\n%s", ddl)
                    .isEqualTo(code(PullFixtures.withoutSchemaName(model)));
        }
    }

    private static String code(String model) {
        return model.lines().filter(l -> !l.strip().startsWith("//") && !l.isBlank() && !l.contains("severity"))
                .map(l -> l.replaceAll("\\s+", " ").strip()).collect(Collectors.joining("\n"));
    }
}
