package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.diag.Severity;
import dev.schemac.source.Span;
import java.util.List;

/**
 * The catalogue of what only the Java front end can find wrong: Java types and Java
 * declarations the language has no spelling for. Everything a {@code .schema} file could
 * also get wrong is left to the compiler, which reports it exactly as it does for the DSL.
 * Codes SC900-SC949 belong to the processor.
 */
final class Problems {
    private Problems() {}

    private static Diagnostic error(String code, Span at, String message, String help) {
        return new Diagnostic(code, Severity.ERROR, at, message, help, List.of());
    }

    /** {@code help}: what to write for this very type, or null for the list of the types that have a logical type. */
    static Diagnostic unsupportedType(Span at, String field, String javaType, String why, String help) {
        return error("SC900", at, "field `" + field + "` has Java type `" + javaType + "`, which has no logical type: " + why,
                help != null ? help : "use String, BigDecimal, BigInteger, UUID, Instant, OffsetDateTime, ZonedDateTime, "
                        + "LocalDateTime, LocalDate, LocalTime, Duration, Year, java.util.Date, Calendar, ZoneId, Locale, "
                        + "Currency, TimeZone, URL, a primitive or its box, byte[], char[], an enum, an "
                        + "@Entity class, or a List or Set of an @Entity class; on a JPA entity, @Convert(converter = ...) with "
                        + "an AttributeConverter to one of these; mark the field @Transient if it is not stored");
    }

    /**
     * A field whose type is a type variable nothing gives a type: one of an entity's own, or a generic supertype's that
     * an entity extends raw ({@code extends Base}); {@code extends Base<Long>} gives it one (read in the entity).
     */
    static Diagnostic typeVariable(Span at, String field, String variable, String owner) {
        return error("SC900", at, "field `" + field + "` has Java type `" + variable + "`, a type variable of `" + owner
                + "` that no type argument gives a type: the variable of an entity, or of a supertype an entity extends "
                + "or implements raw, stands for no one type",
                "give the type argument where `" + owner + "` is extended (`extends " + owner + "<Long>`, not the raw `extends "
                        + owner + "`), or give the field its type (for a key, `Long " + field + "`)");
    }

    static Diagnostic nullablePrimitive(Span at, String field, String primitive) {
        return error("SC901", at, "field `" + field + "` is marked nullable but has primitive type `" + primitive + "`",
                "use the box type, e.g. Integer for int, or remove the @Nullable");
    }

    static Diagnostic columnTypeMismatch(Span at, String field, String type, String javaType) {
        return error("SC902", at, "@Column(type = " + type + ") on field `" + field + "` of Java type `" + javaType
                + "`: only a String can choose its logical type", "remove `type`, or make the field a String");
    }

    static Diagnostic defaultForm(Span at, String field, String problem) {
        return error("SC903", at, "@Default on field `" + field + "` " + problem,
                "write @Default(\"literal\") with a .schema literal (0, 1.5, true, PENDING, now(), uuid(), \"text\") "
                        + "or @Default(text = \"...\") for a string");
    }

    static Diagnostic entityKind(Span at, String type, String kind) {
        return error("SC904", at, "@Entity on " + kind + " `" + type + "`: an entity is a class or a record",
                "put @Entity on a class or record; use @Mixin for shared fields");
    }

    /**
     * Jakarta's {@code @Entity} on a record: JPA's entity class is not final, and a record is; Hibernate maps records
     * as embeddables only, so the tables the model would describe are none Hibernate creates.
     */
    static Diagnostic jpaEntityRecord(Span at, String type) {
        return error("SC904", at, "Jakarta's @Entity on record `" + type + "`: a JPA entity is a class that is not final, and "
                        + "Hibernate maps a record as an @Embeddable only",
                "make `" + type + "` a class with a no-argument constructor, or annotate the record with schemac's "
                        + "@dev.schemac.annotations.Entity instead (the model's, not Hibernate's)");
    }

    /** {@code annotation} is what was written: {@code @Mixin}, {@code @MappedSuperclass} or {@code @Embeddable}. */
    static Diagnostic mixinKind(Span at, String type, String kind, String annotation) {
        return switch (annotation) {
            case "@Embeddable" -> error("SC905", at, "@Embeddable on " + kind + " `" + type + "`: an embeddable is a class "
                    + "or a record whose fields entities embed", "put @Embeddable on a class or a record");
            case "@MappedSuperclass" -> error("SC905", at, "@MappedSuperclass on " + kind + " `" + type
                    + "`: a mapped superclass is a class that entities extend", "put @MappedSuperclass on an abstract class");
            default -> error("SC905", at, "@Mixin on " + kind + " `" + type + "`: a mixin is a class that entities extend "
                    + "or an interface that they implement", "put @Mixin on an abstract class or an interface");
        };
    }

    /** {@code jpa}: either is a Jakarta Persistence entity, whose inheritance strategies the help names. */
    static Diagnostic entityExtendsEntity(Span at, String type, String superType, boolean jpa) {
        return error("SC906", at, "entity `" + type + "` extends entity `" + superType
                        + "`: entities do not inherit from each other",
                jpa ? "JPA's entity inheritance (@Inheritance SINGLE_TABLE, JOINED, TABLE_PER_CLASS) has no equivalent: make `"
                        + superType + "` an abstract @MappedSuperclass, so that each entity is a table of its own with the "
                        + "shared columns (TABLE_PER_CLASS's tables); or one @Entity with an @Enumerated(EnumType.STRING) kind "
                        + "field (SINGLE_TABLE's table); or give `" + type + "` its own @Id and a @OneToOne(optional = false) "
                        + superType + " field (JOINED's tables)"
                        : "move the shared fields to a @Mixin class or interface that both use");
    }

    static Diagnostic notADeclaration(Span at, String type) {
        return error("SC907", at, "`" + type + "` is listed in @Schema(types) but is not an @Entity, a @Mixin or an enum",
                "list only entity classes, mixins and enums");
    }

    static Diagnostic notOneExpression(Span at, String annotation, String text, String expected) {
        return error("SC908", at, annotation + "(\"" + text + "\") is not " + expected,
                "write exactly " + expected + " in .schema syntax");
    }

    static Diagnostic enumConstantColumn(Span at, String constant) {
        return error("SC909", at, "@Column on enum constant `" + constant + "` can only give the stored value",
                "write @Column(name = \"stored value\") and nothing else");
    }

    static Diagnostic internal(Span at, String what, Throwable t) {
        return error("SC910", at, "schemac could not read " + what + ": " + t, "this is a bug in schemac; please report it "
                + "with the class that triggers it");
    }

    static Diagnostic badOption(String option, String problem) {
        return new Diagnostic("SC911", Severity.ERROR, null, "processor option -A" + option + " " + problem,
                "see docs/annotations.md for the processor options", List.of());
    }

    static Diagnostic unknownOption(String option, String best) {
        return new Diagnostic("SC912", Severity.WARNING, null, "unknown processor option `-A" + option + "`."
                + Messages.didYouMean(best == null ? null : "-A" + best),
                "see docs/annotations.md for the processor options", List.of());
    }

    static Diagnostic entityAndMixin(Span at, String type) {
        return error("SC913", at, "`" + type + "` is annotated both @Entity and @Mixin", "choose one");
    }

    // --- SC914-SC948: Jakarta Persistence, property access, partial builds and exact numbers

    static Diagnostic notANumber(Span at, String field, String text) {
        return error("SC918", at, "the bound `" + text + "` on `" + field + "` is not a number",
                "write a decimal number such as \"0.50\", \"-3\" or \"1e3\"");
    }

    static Diagnostic boundForm(Span at, String annotation, String field, String problem) {
        return error("SC920", at, annotation + " on `" + field + "` " + problem,
                "write " + annotation + "(n) with a Java number, or " + annotation + "(exact = \"n\") with its decimal text");
    }

    static Diagnostic inexactNumber(Span at, String annotation, String field, String written, double held) {
        return new Diagnostic("SC921", Severity.WARNING, at, annotation + "(" + written + ") on `" + field
                + "`: a Java double cannot hold " + written + " (the class file keeps "
                + new java.math.BigDecimal(Double.toString(held)).toPlainString() + "); the model keeps the number as written",
                "write " + annotation + "(exact = \"" + written + "\"), which the class file keeps exactly", List.of());
    }

    /** {@code type}: {@code `p.User`} or {@code package `p`}. */
    static Diagnostic fullBuildNeeded(String type, boolean stale) {
        return error("SC922", null, type + " was read from a class file " + (stale
                        ? "that was compiled again without the schemac processor since its record was written"
                        : "with no record of its source")
                        + ": class files keep no Javadoc, no type-use @Nullable and no spelling of numbers, so this build "
                        + "could describe another model than a build of all sources",
                "build from clean (a full build), or compile the module that holds " + type + " with the schemac "
                        + "processor, which records its source beside its classes (Type.schemac-record)");
    }

    static Diagnostic notRead(Span at, String annotation, String member, String why, String help) {
        return error("SC923", at, annotation + " on `" + member + "` is not read: " + why, help);
    }

    static Diagnostic nullableGetter(Span at, String getter, String field, String type) {
        return error("SC923", at, "@Nullable on `" + getter + "` is not read: `" + type + "` is read by its fields, and the "
                + "field `" + field + "` is required", "mark the field `" + field + "` @Nullable, or remove the @Nullable");
    }

    /** {@code kind} is what the second type would declare ("entity", "mixin", "enum"); {@code help} says how to part them. */
    static Diagnostic sharedModelName(Span at, String type, String kind, String name, String first, Span firstAt, String help) {
        return error("SC925", at, "`" + type + "` would declare " + kind + " `" + name + "`, a name `" + first
                + "` already takes in the model, which names each type by its simple class name or its annotation's name", help)
                .withNote(firstAt, "`" + first + "` takes the name here");
    }

    static Diagnostic notAName(Span at, String kind, String name, String help) {
        return error("SC919", at, kind + " name `" + name + "` is not a name of the language, which are ASCII letters, "
                + "digits and `_`, not starting with a digit", help);
    }

    static String lateModelType(java.util.Set<String> added) {
        return "[SC914] another annotation processor added model types after schemac had written the Java sources: "
                + dev.schemac.render.text.PlainText.visible(String.join(", ", added))
                + "\n  help: those types change the generated sources; let the processor that writes them run in an "
                + "earlier compilation, or refer to them from a field of the model so that schemac waits for them";
    }

    static Diagnostic generatedTypeClash(String type, String pkg) {
        return error("SC915", null, "the java target would write `" + type + "`, which is a class of this compilation",
                "give the generated sources another package with -Aschemac.java.package (now `" + pkg + "`)");
    }
}
