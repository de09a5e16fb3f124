package dev.schemac.diag;

import com.google.auto.service.AutoService;
import java.util.List;

/**
 * The codes of the Java front end (the annotation processor, SC900-SC949), documented here so
 * that {@code schemac explain} and docs/diagnostics.md know them; the processor reports them
 * with these codes. docs/annotations.md has the examples.
 */
@AutoService(CodeDoc.Provider.class)
public final class JavaFrontEndCodes implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        return List.of(
                error("SC914", "Model type added after the Java sources were written",
                        "Another annotation processor generated an entity, mixin or schema header after schemac had "
                        + "written the `java` target's sources, and the sources would now differ. Refer to the generated "
                        + "type from a field of the model (schemac then waits for it), or generate it in an earlier "
                        + "compilation."),
                error("SC915", "Generated source would replace a class",
                        "The `java` target would write a type that is a class of the compilation itself (the package of "
                        + "the generated sources is the model's own). Choose another package with "
                        + "`-Aschemac.java.package`; by default it is `db` below the model's package."),
                warning("SC916", "JPA mapping the language cannot say",
                        "A Jakarta Persistence or Hibernate mapping has no equivalent in the language: an inheritance "
                        + "strategy, `@Convert`, `@Formula`, a sequence or table generator with an allocation size, "
                        + "`@Table(schema)`, `columnDefinition`, `@JoinTable` names, `@OrderColumn`. The message names "
                        + "the element and what the outputs describe instead."),
                warning("SC917", "Enum stored by ordinal",
                        "A JPA enum field without `@Enumerated(EnumType.STRING)` is stored by its ordinal, but the "
                        + "language stores enums by name. Write `@Enumerated(EnumType.STRING)`."),
                error("SC918", "Bound is not a number",
                        "A Bean Validation bound given as text (`@DecimalMin`, `@DecimalMax`) is not a number the "
                        + "language can write. Write a decimal number such as \"0.50\", \"-3\" or \"1e3\"."));
    }

    private static CodeDoc error(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.ERROR, text);
    }

    private static CodeDoc warning(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.WARNING, text);
    }
}
