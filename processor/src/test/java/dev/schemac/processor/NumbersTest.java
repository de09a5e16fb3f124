package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import org.junit.jupiter.api.Test;

/**
 * Numbers reach the model as written, as the {@code .schema} twin's literals do: the
 * spelling of {@code @Min}/{@code @Max}'s Java literal ({@code 0.50}, {@code 1e3}, a long
 * beyond a double's 53 bits), or the {@code exact} text form; a number the class file
 * cannot hold is a warning on its line.
 */
class NumbersTest {

    @Test
    void boundsKeepTheirLiteralForEveryTarget() {
        Equivalence.assertSame("""
                entity Price {
                  a decimal(20, 2) @min(0.50) @max(1e3)
                  b bigint         @min(-9007199254740993) @max(9007199254740993)
                  c double         @min(2.5E-3) @max(0.1)
                  d int            @min(0) @max(10_000)
                  e decimal(10, 2) @min(0.50) @max(99.90)
                  f int            @min(8) @max(16)
                  g double         @min(0.5) @max(2.5)
                  h double         @min(-1.0) @max(5)
                }
                """,
                java("test.Limits", "public final class Limits { public static final double LOW = 2.5; }"),
                java("test.Price",
                        "import dev.schemac.annotations.*;",
                        "import java.math.BigDecimal;",
                        "@Entity public record Price(",
                        "  @Column(precision = 20, scale = 2) @Min(0.50) @Max(1e3) BigDecimal a,",
                        "  @Min(-9007199254740993L) @Max(exact = \"9007199254740993\") long b,",
                        "  @Min(2.5E-3d) @Max(0.1) double c,",
                        "  @Min(0) @Max(10_000) int d,",
                        "  @Column(precision = 10, scale = 2) @Min(exact = \"0.50\") @Max(exact = \" 99.90 \") BigDecimal e,",
                        "  @Min(010) @Max(0x10) int f,",
                        "  @Min(.5) @Max(Limits.LOW) double g,",
                        "  @Min(-(1.0)) @Max(5.) double h) {}"));
    }

    @Test
    void whatAJavaDoubleCannotHoldIsAWarningAndBadBoundsAreErrors() {
        var t = java("test.T",
                "import dev.schemac.annotations.*;",
                "@Entity public record T(",
                "  @Min(9007199254740993L) long big,",
                "  @Max(0.1f) float tenth,",
                "  @Max(exact = \"lots\") int lots,",
                "  @Min int none,",
                "  @Min(value = 1, exact = \"1\") int twice) {}");
        var c = Sources.compile(t);
        assertThat(c).failed();
        assertThat(c).hadWarningContaining("[SC921] @Min(9007199254740993) on `big`: a Java double cannot hold 9007199254740993 "
                + "(the class file keeps 9007199254740992); the model keeps the number as written")
                .inFile(t).onLineContaining("9007199254740993L");
        assertThat(c).hadWarningContaining("help: write @Min(exact = \"9007199254740993\"), which the class file keeps exactly");
        assertThat(c).hadWarningContaining("[SC921] @Max(0.1) on `tenth`: a Java double cannot hold 0.1 (the class file keeps "
                + "0.10000000149011612)").inFile(t).onLineContaining("0.1f");
        assertThat(c).hadWarningCount(2);
        assertThat(c).hadErrorContaining("[SC918] the bound `lots` on `lots` is not a number").inFile(t).onLineContaining("\"lots\"");
        assertThat(c).hadErrorContaining("[SC920] @Min on `none` gives neither `value` nor `exact`").inFile(t)
                .onLineContaining("@Min int none");
        assertThat(c).hadErrorContaining("[SC920] @Min on `twice` gives both `value` and `exact`").inFile(t)
                .onLineContaining("int twice");
        assertThat(c).hadErrorCount(3);
    }
}
