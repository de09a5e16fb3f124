package dev.schemac.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** Reading annotations through mirrors, which work for types that are not loaded (and not loadable) classes. */
final class Mirrors {
    private Mirrors() {}

    static String typeName(AnnotationMirror m) {
        return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /**
     * The annotations on an element in the order written, with repeated annotations taken
     * out of the container javac wraps them in, so {@code @Check @Check} reads as two.
     */
    static List<AnnotationMirror> all(Element e) {
        var out = new ArrayList<AnnotationMirror>();
        for (AnnotationMirror m : written(e)) {
            String name = typeName(m);
            if (name.startsWith(Annotations.PACKAGE) && name.endsWith(".List")) {
                AnnotationValue v = explicit(m).get("value");
                if (v != null && v.getValue() instanceof List<?> items) {
                    for (Object item : items) {
                        if (((AnnotationValue) item).getValue() instanceof AnnotationMirror inner) out.add(inner);
                    }
                }
            } else {
                out.add(m);
            }
        }
        return out;
    }

    static AnnotationMirror find(Element e, String qualifiedName) {
        for (AnnotationMirror m : written(e)) {
            // Compared in javac's own form: no String is made for each annotation of each member.
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) return m;
        }
        return null;
    }

    /**
     * The annotations written on {@code e}. Java puts an annotation written on a record
     * component on the component only where its target allows; Jakarta's (Persistence, Bean
     * Validation) allow fields and methods, so on a JPA record (an embeddable) they are on the
     * component's field, where Hibernate reads them, and count as the component's.
     */
    private static List<? extends AnnotationMirror> written(Element e) {
        List<? extends AnnotationMirror> own = e.getAnnotationMirrors();
        if (e.getKind() != ElementKind.RECORD_COMPONENT || !Jpa.isJpaType(e.getEnclosingElement())) return own;
        var out = new ArrayList<AnnotationMirror>(own);
        for (VariableElement f : ElementFilter.fieldsIn(e.getEnclosingElement().getEnclosedElements())) {
            if (!f.getSimpleName().contentEquals(e.getSimpleName())) continue;
            for (AnnotationMirror m : f.getAnnotationMirrors()) {
                if (own.stream().noneMatch(o -> o.getAnnotationType().equals(m.getAnnotationType()))) out.add(m);
            }
        }
        return out;
    }

    static boolean has(Element e, String qualifiedName) {
        return find(e, qualifiedName) != null;
    }

    /**
     * The values written in the annotation, by element name, in the order written. Defaults
     * are left out on purpose: what is not written is not said, as in a {@code .schema} file.
     */
    static Map<String, AnnotationValue> explicit(AnnotationMirror m) {
        var out = new LinkedHashMap<String, AnnotationValue>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            out.put(e.getKey().getSimpleName().toString(), e.getValue());
        }
        return out;
    }

    /** The items of an array value (a single value written without braces is one item). */
    static List<AnnotationValue> items(AnnotationValue v) {
        if (v.getValue() instanceof List<?> list) {
            var out = new ArrayList<AnnotationValue>();
            for (Object o : list) out.add((AnnotationValue) o);
            return out;
        }
        return List.of(v);
    }
}
