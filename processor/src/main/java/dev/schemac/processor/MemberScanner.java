package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
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
    private final SourceFacts facts;

    MemberScanner(SourceFacts facts) { this.facts = facts; }

    /**
     * The type's own model fields. {@code inherited} names fields that interface mixins
     * declare: a record or class must redeclare those to implement the accessors, and the
     * redeclaration belongs to the mixin, not to the entity.
     */
    List<JavaMember> members(TypeElement type, Set<String> inherited) {
        var out = new ArrayList<JavaMember>();
        if (type.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement c : type.getRecordComponents()) {
                add(out, c, ElementNames.field(c), c.asType(), facts.doc(c), inherited);
            }
        } else if (type.getKind().isInterface()) {
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (!isAccessor(m)) continue;
                add(out, m, ElementNames.field(m), m.getReturnType(), facts.doc(m), inherited);
            }
        } else if (propertyAccess(type)) {
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (!isGetter(m) || embedded(m) != null) continue;
                add(out, m, ElementNames.field(m), m.getReturnType(), getterDoc(type, m), inherited);
            }
        } else {
            for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (f.getModifiers().contains(Modifier.STATIC) || f.getModifiers().contains(Modifier.TRANSIENT)) continue;
                if (embedded(f) != null) continue;
                add(out, f, ElementNames.field(f), f.asType(), facts.doc(f), inherited);
            }
        }
        return out;
    }

    /**
     * A getter's doc comment: its own Javadoc, else that of the field it reads (the field of its
     * property's name in the same class), where a class read by its getters is commonly documented.
     */
    private String getterDoc(TypeElement type, ExecutableElement getter) {
        String own = facts.doc(getter);
        if (own != null) return own;
        String property = ElementNames.javaName(getter);
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!f.getModifiers().contains(Modifier.STATIC) && f.getSimpleName().contentEquals(property)) return facts.doc(f);
        }
        return null;
    }

    /**
     * JPA's property access: the getters are the persistent members, when the class says
     * {@code @Access(PROPERTY)} or puts {@code @Id} on a getter (here or in a superclass), as
     * JPA decides it. Otherwise, and for every class that is not a JPA type, the fields are.
     */
    static boolean propertyAccess(TypeElement type) {
        if (!Jpa.isJpaType(type)) return false;
        String access = Jpa.constant(Mirrors.find(type, Jpa.ACCESS), "value");
        if (access != null) return access.equals("PROPERTY");
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) if (Mirrors.has(m, Jpa.ID)) return true;
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) if (Mirrors.has(f, Jpa.ID)) return false;
        }
        return false;
    }

    /**
     * Whether JPA finds the entity's key: an {@code @Id} or {@code @EmbeddedId} member, its own or
     * a superclass's (a mapped superclass's, or an entity's it extends). A plain superclass's
     * {@code @Id} is no key: JPA maps no state of a class that is neither.
     */
    static boolean declaresJpaKey(TypeElement type) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            if (t != type && !Mirrors.has(t, Jpa.MAPPED_SUPERCLASS) && !Mirrors.has(t, Jpa.ENTITY)) continue;
            for (Element m : t.getEnclosedElements()) {
                if (Mirrors.has(m, Jpa.ID) || Mirrors.has(m, Jpa.EMBEDDED_ID)) return true;
            }
        }
        return false;
    }

    /** The members that embed an {@code @Embeddable} type, in declaration order: their types are its mixins. */
    List<Element> embedding(TypeElement type) {
        var out = new ArrayList<Element>();
        if (type.getKind() == ElementKind.RECORD || type.getKind().isInterface()) return out;
        var members = new ArrayList<Element>();
        if (propertyAccess(type)) members.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
        else members.addAll(ElementFilter.fieldsIn(type.getEnclosedElements()));
        for (Element e : members) {
            if (e.getModifiers().contains(Modifier.STATIC) || Jpa.isTransient(e)) continue;
            if (embedded(e) != null) out.add(e);
        }
        return out;
    }

    /** The embeddable type of a member that is {@code @Embedded} or {@code @EmbeddedId} (or whose type is {@code @Embeddable}), else null. */
    static TypeElement embedded(Element e) {
        var type = e instanceof ExecutableElement x ? x.getReturnType() : e.asType();
        if (type.getKind() != TypeKind.DECLARED) return null;
        var t = (TypeElement) ((javax.lang.model.type.DeclaredType) type).asElement();
        return Mirrors.has(e, Jpa.EMBEDDED) || Mirrors.has(e, Jpa.EMBEDDED_ID) || Mirrors.has(t, Jpa.EMBEDDABLE) ? t : null;
    }

    /** Whether a member's type names a type variable ({@code ID}, {@code List<T>}): its type is its subtype's to say. */
    static boolean generic(javax.lang.model.type.TypeMirror t) {
        return switch (t.getKind()) {
            case TYPEVAR -> true;
            case ARRAY -> generic(((javax.lang.model.type.ArrayType) t).getComponentType());
            case DECLARED -> ((javax.lang.model.type.DeclaredType) t).getTypeArguments().stream().anyMatch(MemberScanner::generic);
            case WILDCARD -> {
                var w = (javax.lang.model.type.WildcardType) t;
                yield w.getExtendsBound() != null && generic(w.getExtendsBound())
                        || w.getSuperBound() != null && generic(w.getSuperBound());
            }
            default -> false;
        };
    }

    static boolean isGetter(ExecutableElement m) {
        String n = m.getSimpleName().toString();
        return !m.getModifiers().contains(Modifier.STATIC) && m.getParameters().isEmpty() && m.getTypeParameters().isEmpty()
                && m.getReturnType().getKind() != TypeKind.VOID && !n.equals("getClass")
                && !ElementNames.accessorProperty(n).equals(n);
    }

    private static TypeElement superclass(TypeElement t) {
        var s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED && ((javax.lang.model.type.DeclaredType) s).asElement() instanceof TypeElement te
                && !te.getQualifiedName().contentEquals("java.lang.Object") ? te : null;
    }

    private static void add(List<JavaMember> out, Element e, String name, javax.lang.model.type.TypeMirror type, String doc,
                            Set<String> inherited) {
        if (Jpa.isTransient(e) || inherited.contains(name)) return;
        out.add(new JavaMember(e, name, type, doc));
    }

    private static boolean isAccessor(ExecutableElement m) {
        var mods = m.getModifiers();
        return mods.contains(Modifier.ABSTRACT) && !mods.contains(Modifier.STATIC) && m.getParameters().isEmpty()
                && m.getTypeParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID;
    }
}
