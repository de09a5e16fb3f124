package dev.schemac.processor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What the source says about an element, whether javac compiled its type from source in
 * this compilation or read it from a class file: its doc comment, whether its type carries a
 * type-use {@code @Nullable}, how a number in one of its annotations was written, and the
 * line it is on. From source these are read directly; from a class file, which keeps none
 * of them, they come from the {@link SourceRecord} the build that compiled the source wrote.
 * A model type read from a class file without a record that fits it is noted: the model
 * might not be the one a full build reads, so the processor stops and says so.
 */
final class SourceFacts {
    /** A unit read from a class file without a fitting record, and why. */
    record Missing(String unit, boolean stale) {}

    private static String describe(Element unit) {
        return (unit instanceof PackageElement ? "package `" : "`") + ElementNames.qualifiedName(unit) + "`";
    }

    private final Elements elements;
    private final Docs docs;
    private final SourceTrees trees;
    private final Filer filer;
    private final Set<String> sourceUnits;
    private final Map<Element, Boolean> fromSource = new HashMap<>();
    private final Map<Element, SourceRecord> records = new HashMap<>();
    private final Map<String, Missing> missing = new TreeMap<>();

    /** {@code sourceUnits}: the types and packages of this compilation, for compilers without javac's tree API. */
    SourceFacts(Elements elements, SourceTrees trees, Filer filer, Set<String> sourceUnits) {
        this.elements = elements;
        this.docs = new Docs(elements);
        this.trees = trees;
        this.filer = filer;
        this.sourceUnits = sourceUnits;
    }

    /** The doc comment: Javadoc's main description; a record component's {@code @param}. */
    String doc(Element e) {
        if (!fromSource(e)) return recorded(e, SourceRecord.DOC);
        if (e.getKind() == ElementKind.RECORD_COMPONENT) return docs.params(e.getEnclosingElement()).get(e.getSimpleName().toString());
        return docs.of(e, trees == null ? null : trees.comment(e));
    }

    /** Whether the member's type carries an annotation named {@code Nullable} (a type-use one: JSpecify, Checker Framework). */
    boolean typeNullable(Element member, TypeMirror type) {
        if (!fromSource(member)) return recorded(member, SourceRecord.NULLABLE) != null;
        return Nullability.named(type.getAnnotationMirrors());
    }

    /** How the value of a number in an annotation was written, as a literal of the language; null when not known. */
    String number(Origin o) {
        if (!fromSource(o.element())) return recorded(o.element(), SourceRecord.NUMBER + Mirrors.typeName(o.annotation()));
        String text = trees == null ? null : trees.text(o);
        return text == null ? null : Bounds.literal(text);
    }

    /** Where a declaration read from a class file was written, as the build that compiled it saw it: {@code p/User.java:12}. */
    String where(Element e) {
        if (fromSource(e)) return null;
        return recorded(e, SourceRecord.LINE);
    }

    /** Whether the element's type or package was compiled from source in this compilation. */
    boolean fromSource(Element e) {
        Element unit = unit(e);
        return fromSource.computeIfAbsent(unit, u -> trees != null ? trees.fromSource(u)
                : sourceUnits.contains(ElementNames.qualifiedName(outermost(u))));
    }

    /** The model types read from class files whose record is missing or describes another class. */
    List<Missing> missing() { return List.copyOf(missing.values()); }

    /**
     * Notes a model type or schema header read for the model: one from a class file must
     * have a record (a library enum needs none: no build of this model compiles it).
     */
    void require(Element unit) {
        if (fromSource(unit)) return;
        String name = describe(unit);
        if (record(unit) == null && unit.getKind() != ElementKind.ENUM) missing.putIfAbsent(name, new Missing(name, false));
    }

    private String recorded(Element e, String what) {
        SourceRecord r = record(unit(e));
        return r == null ? null : r.get(e, what);
    }

    /** The unit's record when it fits the class javac read; a stale one is noted and not used. */
    private SourceRecord record(Element unit) {
        if (records.containsKey(unit)) return records.get(unit);
        SourceRecord r = SourceRecord.read(filer, SourceRecord.place(unit, elements));
        if (r != null && !r.shape().equals(SourceRecord.shape(unit))) {
            missing.put(describe(unit), new Missing(describe(unit), true));
            r = null;
        }
        records.put(unit, r);
        return r;
    }

    private static Element outermost(Element unit) {
        Element u = unit;
        while (u.getEnclosingElement() instanceof TypeElement t) u = t;
        return u;
    }

    static Element unit(Element e) {
        Element u = e;
        while (!SourceRecord.isUnit(u)) u = u.getEnclosingElement();
        return u;
    }

    /**
     * The records to write for the units this compilation compiled from source, by path:
     * every fact a later build reading their class files needs.
     */
    Map<SourceRecord.Place, String> records(List<? extends Element> units) {
        var out = new LinkedHashMap<SourceRecord.Place, String>();
        for (Element unit : units) {
            if (!fromSource(unit)) continue;
            SourceRecord r = SourceRecord.empty(unit);
            r.put(unit, SourceRecord.DOC, doc(unit));
            if (unit instanceof TypeElement t) {
                for (Element e : t.getEnclosedElements()) {
                    if (!SourceRecord.member(e)) continue;
                    r.put(e, SourceRecord.DOC, doc(e));
                    TypeMirror type = e instanceof javax.lang.model.element.ExecutableElement x ? x.getReturnType() : e.asType();
                    if (typeNullable(e, type)) r.put(e, SourceRecord.NULLABLE, "true");
                    if (trees != null) r.put(e, SourceRecord.LINE, trees.where(e));
                    for (AnnotationMirror m : Mirrors.all(e)) {
                        var value = Mirrors.explicit(m).get("value");
                        if (value == null || !(value.getValue() instanceof Double)) continue;
                        r.put(e, SourceRecord.NUMBER + Mirrors.typeName(m), number(Origin.of(e).with(m, value)));
                    }
                }
            }
            if (trees != null && !(unit instanceof PackageElement)) r.put(unit, SourceRecord.LINE, trees.where(unit));
            out.put(SourceRecord.place(unit, elements), r.text());
        }
        return out;
    }
}
