package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * schemac's field annotations count only where the processor reads fields: a record's
 * components, an interface mixin's abstract accessors, a class's fields, or its getters
 * when JPA reads the class by property access. One anywhere else (a getter of a class read
 * by its fields, a field of a class read by its getters, a static or transient member, a
 * supertype that is no mixin) would change nothing, so it is an error (SC923) that says
 * where it belongs, never accepted and ignored. So is a {@code @Nullable} on an unread
 * getter that says more than its field.
 */
final class Placement {
    private final Consumer<Diagnostic> report;
    private final SourceFacts facts;

    Placement(Consumer<Diagnostic> report, SourceFacts facts) {
        this.report = report;
        this.facts = facts;
    }

    /** Checks the members of {@code type} that are not among {@code read}. */
    void check(TypeElement type, List<JavaMember> read, Set<String> inherited, Nodes nodes) {
        var readElements = new HashSet<Element>();
        var readByJavaName = new HashMap<String, JavaMember>();
        for (JavaMember m : read) {
            readElements.add(m.element());
            readByJavaName.put(m.javaName(), m);
        }
        boolean property = type.getKind() == ElementKind.CLASS && MemberScanner.propertyAccess(type);
        for (Element e : type.getEnclosedElements()) {
            var kind = e.getKind();
            if (kind != ElementKind.FIELD && kind != ElementKind.METHOD && kind != ElementKind.RECORD_COMPONENT
                    || readElements.contains(e)) {
                continue;
            }
            var own = schemacAnnotations(e);
            if (type.getKind() == ElementKind.RECORD && kind != ElementKind.RECORD_COMPONENT) {
                // javac copies a component's annotations to its field and accessor: only others are written there.
                Element component = component(type, e);
                if (component != null) {
                    var copied = Mirrors.all(component).stream().map(Mirrors::typeName).toList();
                    own.removeIf(a -> copied.contains(Mirrors.typeName(a)));
                }
            }
            if (!own.isEmpty()) {
                String[] why = why(type, e, property, inherited, readByJavaName);
                for (AnnotationMirror a : own) {
                    report.accept(Problems.notRead(nodes.at(Origin.of(e).with(a)), annotation(a), ElementNames.path(e),
                            why[0], why[1]));
                }
            }
            nullableGetter(type, e, property, readByJavaName, nodes);
        }
    }

    /** A supertype that is neither mixin nor entity adds nothing: annotations on its members would be ignored. */
    void notAMixin(TypeElement supertype, Nodes nodes) {
        for (Element e : supertype.getEnclosedElements()) {
            for (AnnotationMirror a : schemacAnnotations(e)) {
                String name = supertype.getSimpleName().toString();
                report.accept(Problems.notRead(nodes.at(Origin.of(e).with(a)), annotation(a), ElementNames.path(e),
                        "`" + name + "` is not a mixin, so its members are no fields of the entities that extend it",
                        "annotate `" + name + "` with @Mixin (or Jakarta's @MappedSuperclass)"));
            }
        }
    }

    /** {@code @Nullable} on the getter of a field that is read and required: the getter says what the field does not. */
    private void nullableGetter(TypeElement type, Element e, boolean property, Map<String, JavaMember> readByJavaName,
                                Nodes nodes) {
        if (property || type.getKind() != ElementKind.CLASS || !(e instanceof ExecutableElement m) || !MemberScanner.isGetter(m)) {
            return;
        }
        JavaMember field = readByJavaName.get(ElementNames.javaName(m));
        if (field == null || !Nullability.marked(m, m.getReturnType(), facts)) return;
        if (Nullability.marked(field.element(), field.type(), facts) || field.type().getKind().isPrimitive()
                || isOptional(field.type())) {
            return;
        }
        report.accept(Problems.nullableGetter(nodes.at(Origin.of(m)), ElementNames.path(m), field.element().getSimpleName().toString(),
                type.getSimpleName().toString()));
    }

    private static boolean isOptional(TypeMirror t) {
        return t instanceof javax.lang.model.type.DeclaredType d
                && ((TypeElement) d.asElement()).getQualifiedName().toString().startsWith("java.util.Optional");
    }

    /** Why the member is not read, and where the annotation belongs. */
    private static String[] why(TypeElement type, Element e, boolean property, Set<String> inherited,
                                Map<String, JavaMember> readByJavaName) {
        String name = type.getSimpleName().toString();
        if (e.getModifiers().contains(Modifier.STATIC)) {
            return new String[] {"a static member is no field of the model", "remove the annotation"};
        }
        if (e.getModifiers().contains(Modifier.TRANSIENT)) {
            return new String[] {"a transient field is not stored", "remove the annotation, or the `transient`"};
        }
        if (Jpa.isTransient(e)) {
            String why = Mirrors.has(e, Jpa.FORMULA) ? "@Formula" : "@Transient";
            return new String[] {"the member is not part of the model (" + why + ")", "remove the annotation"};
        }
        TypeElement embeddable = MemberScanner.embedded(e);
        if (embeddable != null && type.getKind() == ElementKind.CLASS) {
            return new String[] {"an embedded member stands for the fields of `" + embeddable.getSimpleName() + "`",
                    "put it on the fields of `" + embeddable.getSimpleName() + "`"};
        }
        if (inherited.contains(ElementNames.field(e))) {
            return new String[] {"it implements the accessor of a mixin interface, which is read instead",
                    "put it on the accessor in the mixin"};
        }
        boolean getter = e instanceof ExecutableElement m && MemberScanner.isGetter(m);
        if (type.getKind() == ElementKind.RECORD) {
            Element component = component(type, e);
            return new String[] {"a record is read by its components", component != null
                    ? "put it on the component `" + component.getSimpleName() + "`" : "put it on a component"};
        }
        if (type.getKind().isInterface()) {
            return new String[] {"an interface mixin is read by its abstract accessors",
                    "make it an abstract accessor, or remove the annotation"};
        }
        if (e.getKind() == ElementKind.METHOD && !getter) {
            return new String[] {"a method with parameters or without a result is no field", "put it on a field"};
        }
        if (property) {
            String getterName = getterOf(type, e.getSimpleName().toString());
            return new String[] {"`" + name + "` is read by its getters (JPA's property access)",
                    getterName != null ? "put it on the getter `" + getterName + "()`" : "put it on a getter"};
        }
        JavaMember field = readByJavaName.get(ElementNames.javaName(e));
        String help = field != null ? "put it on the field `" + field.element().getSimpleName() + "`" : "put it on a field";
        if (Jpa.isJpaType(type)) help += ", or read `" + name + "` by its getters with @Access(AccessType.PROPERTY)";
        return new String[] {"`" + name + "` is read by its fields, not its getters", help};
    }

    /** The record component a field or accessor of a record stands for. */
    private static Element component(TypeElement record, Element e) {
        if (e.getModifiers().contains(Modifier.STATIC)) return null;
        if (e instanceof ExecutableElement m && !m.getParameters().isEmpty()) return null;
        for (Element c : record.getRecordComponents()) if (c.getSimpleName().equals(e.getSimpleName())) return c;
        return null;
    }

    private static String getterOf(TypeElement type, String field) {
        for (Element e : type.getEnclosedElements()) {
            if (e instanceof ExecutableElement m && MemberScanner.isGetter(m) && ElementNames.javaName(m).equals(field)) {
                return m.getSimpleName().toString();
            }
        }
        return null;
    }

    /** schemac's annotations that belong on a field (all but {@code @Transient}), repeated ones unwrapped. */
    private static List<AnnotationMirror> schemacAnnotations(Element e) {
        var out = new ArrayList<AnnotationMirror>();
        for (AnnotationMirror a : Mirrors.all(e)) {
            String name = Mirrors.typeName(a);
            if (name.startsWith(Annotations.PACKAGE) && !name.equals(Annotations.TRANSIENT)) out.add(a);
        }
        return out;
    }

    private static String annotation(AnnotationMirror a) {
        return "@" + a.getAnnotationType().asElement().getSimpleName();
    }
}
