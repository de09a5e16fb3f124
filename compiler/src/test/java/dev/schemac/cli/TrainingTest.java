package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The start script's training run, which it runs with its output thrown away: it must pass on its own. */
class TrainingTest {
    @Test
    void theBundledModelIsTheShopExampleAndBothCommandsPassOnIt() throws IOException {
        try (var in = Training.class.getResourceAsStream(Training.MODEL)) {
            assertThat(in).as("the jar's training model").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(TestPaths.examples().resolve("shop/shop.schema")));
        }
        assertThat(Training.train()).isEqualTo(Main.OK);
    }
}
