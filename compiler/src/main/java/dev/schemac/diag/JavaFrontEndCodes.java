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
                        + "language can write. Write a decimal number such as \"0.50\", \"-3\" or \"1e3\"."),
                // SC900-SC913: reading the annotated classes (docs/annotations.md).
                error("SC900", "Java type with no logical type",
                        "A field's Java type has no type of the language: use String, BigDecimal, UUID, Instant, "
                        + "OffsetDateTime, LocalDateTime, LocalDate, LocalTime, a primitive or its box, byte[], an enum, an "
                        + "@Entity class, or a List or Set of one; mark the field @Transient if it is not stored."),
                error("SC901", "Nullable primitive",
                        "A field marked nullable has a primitive type, which cannot hold null. Use the box type "
                        + "(Integer for int), or remove the nullable mark."),
                error("SC902", "@Column(type) on a field that is not a String",
                        "Only a String field can choose its logical type with `@Column(type = ...)` (a fixed-length "
                        + "string, text, json); other Java types have one logical type already."),
                error("SC903", "Invalid @Default",
                        "`@Default` takes one literal of the .schema language (`0`, `1.5`, `true`, `PENDING`, `now()`, "
                        + "`uuid()`, `\"text\"`), or `@Default(text = \"...\")` for a string."),
                error("SC904", "@Entity on something that is not a class",
                        "An entity is a class or a record; an interface, enum or annotation cannot be one. Use @Mixin "
                        + "for fields that several entities share."),
                error("SC905", "@Mixin on something that is not a class or interface",
                        "A mixin is an abstract class that entities extend or an interface they implement."),
                error("SC906", "Entity extends an entity",
                        "Entities do not inherit from each other (each is one table). Move the shared fields to a "
                        + "@Mixin class or interface that both use."),
                error("SC907", "Listed type is not a declaration",
                        "`@Schema(types = ...)` lists the entities, mixins and enums of the model; a type listed there "
                        + "is none of these."),
                error("SC908", "Annotation text is not one expression",
                        "An annotation that holds .schema syntax as text (`@Check`, `@Default`) must hold exactly one "
                        + "expression of the expected kind."),
                error("SC909", "@Column on an enum constant",
                        "On an enum constant, `@Column(name = \"...\")` gives the stored value and nothing else."),
                error("SC910", "The processor failed",
                        "schemac's annotation processor hit a bug while reading a class (an unexpected exception, not a "
                        + "problem of the classes). Please report it with the class that triggers it."),
                error("SC911", "Invalid processor option",
                        "A `-Aschemac.*` option has a value of the wrong kind or outside its allowed set; "
                        + "docs/annotations.md lists the options."),
                warning("SC912", "Unknown processor option",
                        "A `-Aschemac.*` option the processor does not know, with the closest known one suggested."),
                error("SC913", "Both @Entity and @Mixin",
                        "A type is either an entity (a table) or a mixin (fields for entities): choose one annotation."));
    }

    private static CodeDoc error(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.ERROR, text);
    }

    private static CodeDoc warning(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.WARNING, text);
    }
}
