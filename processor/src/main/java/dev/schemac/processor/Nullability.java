package dev.schemac.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * The nullability rule: a reference is required unless it is marked. Any annotation named
 * {@code Nullable}, from any package, marks it, whether it is a declaration annotation
 * (javax.annotation, jakarta.annotation, androidx, JetBrains) or a type-use annotation
 * (JSpecify, Checker Framework); so does {@code Optional}. Primitives cannot be null. A
 * type-use annotation of a type read from a class file is not visible to processors (before
 * JDK 22): {@link SourceFacts} has it from the record of the source.
 */
final class Nullability {
    private Nullability() {}

    static boolean marked(Element member, TypeMirror type, SourceFacts facts) {
        return named(member.getAnnotationMirrors()) || facts.typeNullable(member, type);
    }

    static boolean named(List<? extends AnnotationMirror> mirrors) {
        for (AnnotationMirror m : mirrors) {
            if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) return true;
        }
        return false;
    }
}
