package dev.schemac.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What in the Java source a syntax node stands for: an element, optionally one of its
 * annotations, optionally one value of that annotation. Messager takes exactly these three,
 * and javac turns them into the line and column of what the user wrote.
 */
record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

    static Origin of(Element e) { return new Origin(e, null, null); }

    Origin with(AnnotationMirror a) { return new Origin(element, a, null); }

    Origin with(AnnotationMirror a, AnnotationValue v) { return new Origin(element, a, v); }

    /** A short description for notes: {@code User.email}, {@code @Index on User}. */
    String describe() {
        String where = ElementNames.path(element);
        return annotation == null ? where
                : "@" + annotation.getAnnotationType().asElement().getSimpleName() + " on " + where;
    }
}
