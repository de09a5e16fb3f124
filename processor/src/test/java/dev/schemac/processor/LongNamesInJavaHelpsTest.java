package dev.schemac.processor;

import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A help spelled for Java cuts a long name as the {@code .schema} help does (one rule,
 * Messages.windowed, for both front ends): javac prints the processor's help whole, so a field
 * name of thousands of characters would otherwise fill the build log.
 */
class LongNamesInJavaHelpsTest {
    /** A class name: a column name that long would be refused by every database before the design checks run. */
    private static final String LONG = "Stock" + "a".repeat(300) + "End";

    @Test
    void aLongJavaNameIsCutInASpelledHelp() {
        var c = Sources.compile(
                java("test.Warehouse", "import dev.schemac.annotations.*;", "@Entity public class Warehouse { String name; }"),
                java("test.Product", "import dev.schemac.annotations.*;", "@Entity public class Product { String name; }"),
                java("test.Stock", "import dev.schemac.annotations.*;", "@Entity public class Stock { String name; }",
                        "@Entity(table = \"stock_levels\") class " + LONG + " { Warehouse warehouse; Product product; }"));
        var sc701 = c.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[SC701]")).toList();
        assertThat(sc701).as("%s", c.diagnostics()).singleElement().satisfies(m -> {
            assertThat(m).contains("\n    help: ").contains("…").doesNotContain(LONG);
            assertThat(m.substring(m.indexOf("\n    help: "))).contains("`Stockaaaa").contains("aaEnd`")
                    .contains("`@Unique({\"warehouse\", \"product\"})`").hasSizeLessThan(600);
        });
    }
}
