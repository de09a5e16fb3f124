package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.source.Span;
import java.util.List;

/**
 * What only the Jakarta Persistence reading can find: JPA that the language cannot say. A
 * difference of names or of what the database enforces is a warning (SC916, SC917): the
 * tables are still Hibernate's. A mapping that would give other tables, columns or keys than
 * Hibernate's (a lost column, a foreign key to another column) is an error (SC924), with what
 * to write instead: outputs describing another database than the application's are worse
 * than none.
 */
final class JpaProblems {
    private JpaProblems() {}

    static Diagnostic notExpressible(Span at, String element, String what, String consequence) {
        return new Diagnostic("SC916", Severity.WARNING, at, what + " on " + Quoted.name(element) + " cannot be said in the language: "
                + consequence, "if the difference matters, say it with schemac's own annotations, or map it the language's way",
                List.of());
    }

    /**
     * A {@code @Nullable} (of any package) on a member whose JPA mapping Hibernate creates NOT NULL: Hibernate reads no
     * {@code @Nullable}, so the column is NOT NULL, and so is the model's field.
     */
    static Diagnostic nullableNotNullColumn(Span at, String field) {
        return nullableNotNullColumn(at, field, null);
    }

    /**
     * {@code primitive}: the field's primitive type, whose column Hibernate makes NOT NULL by itself (without a
     * {@code @Column}, outside an embeddable), or null.
     */
    static Diagnostic nullableNotNullColumn(Span at, String field, String primitive) {
        return new Diagnostic("SC916", Severity.WARNING, at, "@Nullable on " + Quoted.name(field) + " cannot be said in the language: "
                + "Hibernate reads no @Nullable, and its JPA mapping makes the column NOT NULL, so the outputs' column is NOT NULL too",
                primitive != null
                        ? "remove @Nullable; for a nullable column declare the boxed type (`" + boxed(primitive) + "`), whose "
                                + "column Hibernate creates nullable"
                        : "remove @Nullable, or what makes the column NOT NULL (`nullable = false`, `optional = false`, @NotNull, "
                                + "@NotBlank, @NotEmpty, @Version, @CreationTimestamp, @UpdateTimestamp)", List.of());
    }

    private static String boxed(String primitive) {
        return switch (primitive) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
    }

    /**
     * {@code last}: the last ordinal, the column's largest value; -1 for an enum without constants, whose column
     * Hibernate checks to lie between 0 and -1, which only NULL passes.
     */
    static Diagnostic ordinalEnum(Span at, String field, long last, boolean required) {
        // Hibernate's ordinal is a TINYINT for up to 128 constants (a smallint on PostgreSQL, which has no tinyint), else
        // a SMALLINT; the outputs' smallint holds the same values on every engine.
        boolean tiny = last + 1 <= TINYINT_CONSTANTS;
        String engines = tiny ? " on PostgreSQL and a tinyint on MySQL and MariaDB" : "";
        String column = last >= 0 ? "its column is a smallint from 0 to " + last + engines + ", as Hibernate creates it"
                        + (tiny ? " (the outputs' smallint holds the same values)" : "")
                : "its enum has no constants, so Hibernate's column, a smallint" + engines + ", checked to lie between 0 and -1, holds "
                        + (required ? "no value, and the table no row" : "only NULL");
        return new Diagnostic("SC917", Severity.WARNING, at, "enum field " + Quoted.name(field)
                + " is stored by ordinal (JPA's default): " + column + ", and the outputs know nothing of the enum's names",
                "write @Enumerated(EnumType.STRING) to store the names, which the outputs then describe as the enum",
                List.of());
    }

    /** Hibernate's {@code EnumJavaType}: an ordinal column is a TINYINT up to this many constants, a SMALLINT beyond. */
    static final int TINYINT_CONSTANTS = 128;

    static Diagnostic classLevel(Span at, String type, String what, String consequence) {
        return new Diagnostic("SC916", Severity.WARNING, at, what + " on " + Quoted.name(type) + " cannot be said in the language: "
                + consequence, "if the difference matters, say it with schemac's own annotations, or map it the language's way",
                List.of());
    }

    static Diagnostic refused(Span at, String element, String what, String consequence, String help) {
        return new Diagnostic("SC924", Severity.ERROR, at, what + " on " + Quoted.name(element) + " cannot be said in the language: "
                + consequence, help, List.of());
    }

    /** A raw field on a relation's foreign key column that Hibernate would not map as the relation's (SC501, two fields of one column). */
    static Diagnostic foreignKeyTwin(Span at, String field, String relation, String column, String why, String help) {
        return new Diagnostic("SC501", Severity.ERROR, at, "field " + Quoted.name(field) + " and relation " + Quoted.name(relation)
                + " map to one column " + Quoted.name(column) + ", " + why, help, List.of());
    }
}
