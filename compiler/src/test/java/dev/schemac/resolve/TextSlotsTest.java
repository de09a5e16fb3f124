package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Diagnostic;
import dev.schemac.support.Models;
import org.junit.jupiter.api.Test;

/**
 * The texts of a field that reach outputs are each checked, whatever else the field carries: its doc comment and the
 * constraint names of its attributes (`name =`, `map =`), beside fields with none; and an enum default is looked up
 * among its enum's values.
 */
class TextSlotsTest {
    private static final String MODEL = """
            enum Level {
              LOW
              HIGH
            }

            entity A {
              /// beeps \u0007 here
              code string(20) @unique(name = "a\u0007b")
              other string(20) @unique(map = "c\u001bd")
              plain string(20) @unique
              level Level = HIGH
              @@index(code, other, name = "i\u0007x")
            }

            entity B {
              level Level = HIGHER
            }
            """;

    @Test
    void everyTextOfAFieldIsCheckedAndNoOther() {
        var c = Models.compile(MODEL);
        assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SC109")).extracting(Diagnostic::message).containsExactly(
                "the doc comment of `A.code` holds U+0007 (BEL): a doc comment line becomes a line of a comment in every output"
                        + " and cannot show a control character",
                "the constraint name of `@unique` on `A.code` holds U+0007 (BEL): a name cannot show a control character",
                "the constraint name of `@unique` on `A.other` holds U+001B (ESCAPE): a name cannot show a control character",
                "the name of an `@@index` of `A` holds U+0007 (BEL): a name cannot show a control character");
    }

    @Test
    void anEnumDefaultIsOneOfItsValuesOrSaidWithTheClosest() {
        var c = Models.compile(MODEL);
        assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SC320")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("default of `level` is `HIGHER`, which is not a value of enum `Level`");
            assertThat(d.span().line()).isEqualTo(16);
            assertThat(d.help()).contains("HIGH");
        });
    }
}
