package dev.schemac.gen.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sample data is a function of the options: same seed, same bytes; another seed, other rows. */
class SeedDeterminismTest {

    static String seed(long seed, int rows) {
        var c = Compiler.compile(List.of(TestPaths.examples().resolve("shop/shop.schema")));
        return Targets.run(c, List.of(Targets.byName("seed").orElseThrow()),
                new TargetOptions("20250101000000", seed, rows, Map.of())).files().get(SeedTarget.path(Dialect.POSTGRES));
    }

    @Test
    void sameOptionsSameBytesOtherSeedOtherRows() {
        assertThat(seed(3, 5)).isEqualTo(seed(3, 5));
        assertThat(seed(3, 5)).isNotEqualTo(seed(4, 5));
        assertThat(seed(3, 5)).contains("--seed 3 --rows 5");
    }

    @Test
    void patternsGetMatchingValues() {
        var random = new java.util.Random(1);
        for (String re : List.of("[a-z0-9_]+", "[A-Z]{3}-[0-9]{4}", "(ab|cd)+x?", "[a-f0-9]{2,5}\\.json", "[^a]+", "^(?:x|y.)*?z$")) {
            for (int i = 0; i < 50; i++) assertThat(RegexSample.sample(re, random, 100)).matches(re);
        }
        assertThat(RegexSample.sample("\\d", random, 100)).as("escapes outside the portable dialect are not generated").isNull();
        assertThat(RegexSample.sample("x{255}", random, 100)).as("longer than asked for").isNull();
    }
}
