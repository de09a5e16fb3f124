package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rename hints travel in the Model: the resolver puts {@code @@renamed_from} on the
 * entity and {@code @renamed_from} on the field, with the attribute's span, and
 * {@link RenameHints#of} reads them from there, so a model from any front end (files,
 * standard input, the annotation processor) gives the diff the same hints.
 */
class RenameHintsTest {

    @Test
    void theModelCarriesEveryHintWithItsAttributesSpan() throws Exception {
        var v = EvolutionHarness.compile("""
                schema r {
                  dialect = postgres
                }
                mixin Audited {
                  changed_by string(40) @renamed_from("edited_by")
                }
                entity Client with Audited {
                  @@renamed_from("Customer")
                  full_name string(80) @renamed_from("name")
                  email     string(200)
                }
                entity Invoice with Audited {
                  total int
                }
                """);
        assertThat(v.compilation().hasErrors()).as("%s", v.compilation().diagnostics()).isFalse();
        var hints = RenameHints.of(v.compilation().model());
        assertThat(hints.entityFrom("Client")).isEqualTo("Customer");
        assertThat(hints.entityFrom("Invoice")).isNull();
        assertThat(hints.fieldFrom("Client", "full_name")).isEqualTo("name");
        assertThat(hints.fieldFrom("Client", "email")).isNull();
        // A hint in a mixin is on the field in every entity that uses it.
        assertThat(hints.fieldFrom("Client", "changed_by")).isEqualTo("edited_by");
        assertThat(hints.fieldFrom("Invoice", "changed_by")).isEqualTo("edited_by");
        var entity = hints.entities().get("Client").span();
        assertThat(entity.line()).isEqualTo(8);
        assertThat(entity.file().text().substring(entity.start(), entity.end())).isEqualTo("@@renamed_from(\"Customer\")");
        var field = hints.fields().get("Client").get("full_name").span();
        assertThat(field.file().text().substring(field.start(), field.end())).isEqualTo("@renamed_from(\"name\")");
        assertThat(hints.fields().get("Invoice").get("changed_by").span().line()).isEqualTo(5);
    }

    @Test
    void aModelWithoutHintsHasNone() throws Exception {
        var v = EvolutionHarness.compile("""
                schema r {
                  dialect = sqlite
                }
                entity A {
                  x int
                }
                """);
        assertThat(RenameHints.of(v.compilation().model()).isEmpty()).isTrue();
    }
}
