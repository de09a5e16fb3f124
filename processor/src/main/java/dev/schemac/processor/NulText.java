package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A NUL (U+0000) in the text the processor reads: a string value of an annotation of an API it
 * reads (schemac's, Jakarta Persistence's and Validation's, Hibernate's) on a unit of the model
 * or one of its members, or their Javadoc. A {@code .schema} file holding one is no text and is
 * not read (SC105); a Java string can hold one, so the Java front end says SC109 at each value
 * that holds one, and reads nothing else of the model: what a name, a column list or a number
 * holding a NUL would go on to say (no such field, no number) is beside the point.
 */
final class NulText {
    private NulText() {}

    /** The packages whose annotations the processor reads. */
    private static final List<String> READ = List.of(Annotations.PACKAGE, Jpa.PERSISTENCE, Jpa.VALIDATION, Jpa.HIBERNATE, Jpa.HIBERNATE_VALIDATOR);

    private static final char NUL = '\0';

    static List<Diagnostic> find(Collection<? extends Element> units, Origins origins, Elements elements) {
        var out = new ArrayList<Diagnostic>();
        for (Element unit : units) {
            // The unit's place is kept: what is said of it sorts among the units as the rest of the model would.
            SourceFile file = origins.file(unit, Origins.Unit.ENTITY);
            var declarations = new ArrayList<Element>(List.of(unit));
            if (unit.getKind() != ElementKind.PACKAGE) {
                for (Element m : unit.getEnclosedElements()) if (!(m instanceof TypeElement)) declarations.add(m);
            }
            for (Element e : declarations) {
                String doc = elements.getDocComment(e);
                if (doc != null && doc.indexOf(NUL) >= 0) {
                    out.add(Messages.nulInJava(origins.span(file, Origin.of(e)), "the Javadoc of " + ElementNames.path(e)));
                }
                for (AnnotationMirror a : e.getAnnotationMirrors()) {
                    String type = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
                    if (READ.stream().noneMatch(type::startsWith)) continue;
                    for (var v : a.getElementValues().entrySet()) {
                        if (!holdsNul(v.getValue())) continue;
                        Origin at = Origin.of(e).with(a, v.getValue());
                        out.add(Messages.nulInJava(origins.span(file, at), "`" + v.getKey().getSimpleName() + "` of " + at.describe()));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the value, or a value in it (an array's, a nested annotation's), is a string holding a NUL. */
    private static boolean holdsNul(AnnotationValue v) {
        Object o = v.getValue();
        if (o instanceof String s) return s.indexOf(NUL) >= 0;
        if (o instanceof List<?> list) {
            for (Object item : list) if (item instanceof AnnotationValue av && holdsNul(av)) return true;
            return false;
        }
        if (o instanceof AnnotationMirror nested) {
            for (AnnotationValue av : nested.getElementValues().values()) if (holdsNul(av)) return true;
        }
        return false;
    }
}
