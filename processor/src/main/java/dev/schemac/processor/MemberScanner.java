package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Which members of a type are fields of the model, in declaration order: a record's
 * components; a class's instance fields that are neither {@code transient} nor
 * {@code @Transient}; an interface's abstract accessors (no parameters, a result).
 */
final class MemberScanner {
    private final Docs docs;

    MemberScanner(Docs docs) { this.docs = docs; }

    /**
     * The type's own model fields. {@code inherited} names fields that interface mixins
     * declare: a record or class must redeclare those to implement the accessors, and the
     * redeclaration belongs to the mixin, not to the entity.
     */
    List<JavaMember> members(TypeElement type, Set<String> inherited) {
        var out = new ArrayList<JavaMember>();
        if (type.getKind() == ElementKind.RECORD) {
            Map<String, String> params = docs.params(type);
            for (RecordComponentElement c : type.getRecordComponents()) {
                String javaName = c.getSimpleName().toString();
                add(out, c, ElementNames.field(javaName), c.asType(), params.get(javaName), inherited);
            }
        } else if (type.getKind().isInterface()) {
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (!isAccessor(m)) continue;
                String name = ElementNames.field(ElementNames.accessorProperty(m.getSimpleName().toString()));
                add(out, m, name, m.getReturnType(), docs.of(m), inherited);
            }
        } else {
            for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (f.getModifiers().contains(Modifier.STATIC) || f.getModifiers().contains(Modifier.TRANSIENT)) continue;
                add(out, f, ElementNames.field(f.getSimpleName().toString()), f.asType(), docs.of(f), inherited);
            }
        }
        return out;
    }

    private static void add(List<JavaMember> out, Element e, String name, javax.lang.model.type.TypeMirror type, String doc,
                            Set<String> inherited) {
        if (Mirrors.has(e, Annotations.TRANSIENT) || inherited.contains(name)) return;
        out.add(new JavaMember(e, name, type, doc));
    }

    private static boolean isAccessor(ExecutableElement m) {
        var mods = m.getModifiers();
        return mods.contains(Modifier.ABSTRACT) && !mods.contains(Modifier.STATIC) && m.getParameters().isEmpty()
                && m.getTypeParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID;
    }
}
