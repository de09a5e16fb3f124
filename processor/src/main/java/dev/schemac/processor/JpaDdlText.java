package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The elements of Jakarta's annotations that hand Hibernate's DDL something beside the column, key or index it
 * describes: a comment, a check, SQL options or a whole definition (JPA 3.2's {@code comment}, {@code check},
 * {@code options}, {@code secondPrecision}; {@code @ForeignKey(foreignKeyDefinition)}). The language has no words for
 * them, so each one written is a warning (SC916) at its value, never dropped in silence. Where the same annotation
 * is read otherwise ({@code @Column(length)}, {@code @Table(indexes)}), the reading is {@link JpaFields}'s and
 * {@link JpaTable}'s; this is the one list of what they leave.
 */
final class JpaDdlText {
    private JpaDdlText() {}

    /** Why each element cannot be said, by its name. */
    private static final Map<String, String> WHY = Map.of(
            "comment", "the outputs' comments are the doc comments; write the text as the Javadoc of the field or class",
            "check", "the constraint's SQL is not read; say it with schemac's @Check (field or class), which every target writes",
            "options", "its SQL is appended to Hibernate's DDL, and the outputs carry no SQL text of the model",
            "secondPrecision", "the outputs' datetime and time columns keep the database's own fraction of a second",
            "foreignKeyDefinition", "its SQL replaces the foreign key Hibernate writes; say an ON DELETE with @OnDelete");

    /** The elements read nowhere else, per annotation. */
    private static final Map<String, List<String>> UNREAD = Map.of(
            Jpa.COLUMN, List.of("comment", "check", "options", "secondPrecision"),
            Jpa.JOIN_COLUMN, List.of("comment", "check", "options"),
            Jpa.TABLE, List.of("comment", "check", "options"),
            Jpa.INDEX, List.of("options"),
            Jpa.UNIQUE_CONSTRAINT, List.of("options"),
            Jpa.FOREIGN_KEY, List.of("foreignKeyDefinition", "options"));

    /**
     * Reports each element of {@code a} (and of the {@code @Index}, {@code @UniqueConstraint} and {@code @ForeignKey}
     * it holds) that says something; {@code at} gives the place of a value of {@code a}, {@code element} names what is
     * spoken of (a field or an entity).
     */
    static void report(AnnotationMirror a, Function<AnnotationValue, Origin> at, String element, Nodes nodes,
                       Consumer<Diagnostic> report) {
        if (a == null) return;
        String type = Mirrors.typeName(a);
        for (String key : UNREAD.getOrDefault(type, List.of())) {
            AnnotationValue v = Jpa.value(a, key);
            if (says(v)) {
                report.accept(JpaProblems.notExpressible(nodes.at(at.apply(v)), element,
                        "@" + simple(type) + "(" + key + ")", WHY.get(key)));
            }
        }
        for (String holder : List.of("indexes", "uniqueConstraints", "foreignKey")) {
            AnnotationValue v = Jpa.value(a, holder);
            if (v == null) continue;
            for (AnnotationMirror inner : Jpa.annotations(a, holder)) report(inner, ignored -> at.apply(v), element, nodes, report);
        }
    }

    /** The same, for an annotation on {@code e}. */
    static void report(Element e, String annotation, String element, Nodes nodes, Consumer<Diagnostic> report) {
        AnnotationMirror a = Mirrors.find(e, annotation);
        report(a, v -> Origin.of(e).with(a, v), element, nodes, report);
    }

    /** Whether a value written says anything: a non-empty text or array, a fraction precision other than the default (-1). */
    private static boolean says(AnnotationValue v) {
        if (v == null) return false;
        Object o = v.getValue();
        if (o instanceof String s) return !s.isBlank();
        if (o instanceof List<?> items) return !items.isEmpty();
        if (o instanceof Number n) return n.longValue() >= 0;
        return true;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
