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

}
