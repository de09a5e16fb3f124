package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * JPA's {@code @Converter(autoApply = true)} classes of the compilation (and of the last full build's manifest): Hibernate
 * applies one to every basic attribute whose type it takes for its {@code X} (see {@link #assignable}; a primitive as its box), so the column
 * has the converter's {@code Y} type, as with {@code @Convert(converter = C.class)} written on the attribute. Not to what
 * JPA excepts (identifiers, versions, relations, {@code @Enumerated} and {@code @Temporal} attributes), nor where the
 * attribute's own {@code @Convert} decides.
 */
final class AutoConverters {
    /** One auto-applied converter: its class, the attribute type it converts, and the database type (null when not read). */
    record Converter(TypeElement type, TypeMirror attribute, TypeMirror database) {}

    /** What applies to one attribute: none, one converter, or several (which Hibernate refuses at boot). */
    record Match(List<Converter> converters) {
        boolean one() { return converters.size() == 1; }
    }

    private final List<Converter> converters = new ArrayList<>();
    private final Types types;
    private final Declared declared;

    AutoConverters(List<TypeElement> classes, Types types, Declared declared) {
        this.types = types;
        this.declared = declared;
        for (TypeElement c : classes) {
            if (!Boolean.TRUE.equals(Jpa.bool(Mirrors.find(c, Jpa.CONVERTER), "autoApply"))) continue;
            List<? extends TypeMirror> args = arguments(c.asType(), 0);
            // An X that is a type variable (a generic converter) names no attribute type: it applies to none here.
            if (args == null || args.size() != 2 || args.get(0).getKind() != TypeKind.DECLARED && args.get(0).getKind() != TypeKind.ARRAY) {
                continue;
            }
            TypeMirror y = args.get(1);
            // A type variable is a generic converter's: which type it stands for is not read here.
            converters.add(new Converter(c, args.get(0), y.getKind() == TypeKind.DECLARED || y.getKind() == TypeKind.ARRAY ? y : null));
        }
    }

    /** The auto-applied converters Hibernate would apply to the member, or null when none does. */
    Match find(JavaMember m) {
        if (converters.isEmpty() || excepted(m)) return null;
        TypeMirror t = m.type();
        if (t.getKind().isPrimitive()) t = types.boxedClass((javax.lang.model.type.PrimitiveType) t).asType();
        if (t.getKind() != TypeKind.DECLARED && t.getKind() != TypeKind.ARRAY) return null;
        var out = new ArrayList<Converter>();
        for (Converter c : converters) {
            if (assignable(t, c.attribute(), 0)) out.add(c);
        }
        return out.isEmpty() ? null : new Match(List.copyOf(out));
    }

    /**
     * Whether Hibernate 7 takes an attribute of type {@code from} for a converter of {@code to}, by its own rule, which is
     * not Java's: a type and its type arguments compared only when both are parameterized ({@code Tagged<Integer>} is not
     * a {@code Tagged<String>}), each argument as a type of its own (so covariantly: {@code Tagged<Integer>} is a
     * {@code Tagged<Number>}) or within a wildcard's bounds; the arguments of a subtype as its declaration writes them, so
     * one it passes on as a type variable ({@code class Ids<T> implements Tagged<T>}) matches none; a raw type or a class
     * without arguments by its class alone ({@code Tagged} is a {@code Tagged<String>}); an array by its component when
     * the converter's is generic, else by its class, which is covariant ({@code Integer[]} is a {@code Number[]}).
     */
    private boolean assignable(TypeMirror from, TypeMirror to, int depth) {
        if (depth > 16) return false;
        if (from.getKind().isPrimitive() || to.getKind().isPrimitive()) return types.isSameType(from, to);
        if (from.getKind() != TypeKind.WILDCARD && to.getKind() != TypeKind.WILDCARD && types.isSameType(from, to)) return true;
        if (to instanceof WildcardType w) return withinBounds(from, w, depth);
        if (to instanceof TypeVariable v) return assignable(from, v.getUpperBound(), depth + 1);
        if (to instanceof IntersectionType i) return i.getBounds().stream().allMatch(b -> assignable(from, b, depth + 1));
        if (to instanceof ArrayType a && generic(a)) {
            return from instanceof ArrayType f && assignable(f.getComponentType(), a.getComponentType(), depth + 1);
        }
        if (from instanceof WildcardType w) return w.getExtendsBound() != null ? assignable(w.getExtendsBound(), to, depth + 1) : object(to);
        if (parameterized(from) && parameterized(to)) return parameterized((DeclaredType) from, (DeclaredType) to, depth);
        if (!classLike(from) || !classLike(to)) return false;
        return types.isSubtype(types.erasure(from), types.erasure(to));
    }

    private boolean parameterized(DeclaredType from, DeclaredType to, int depth) {
        if (!types.isSubtype(types.erasure(from), types.erasure(to))) return false;
        TypeMirror s = supertype(from, (TypeElement) to.asElement(), depth);
        if (!(s instanceof DeclaredType d) || !parameterized(d)) return false;
        List<? extends TypeMirror> f = d.getTypeArguments(), t = to.getTypeArguments();
        if (f.size() != t.size()) return false;
        for (int i = 0; i < f.size(); i++) {
            if (!assignable(f.get(i), t.get(i), depth + 1)) return false;
        }
        return true;
    }

    /** {@code target} as {@code from} or its declaration's supertypes write it (their type variables left unbound, as Hibernate leaves them). */
    private TypeMirror supertype(DeclaredType from, TypeElement target, int depth) {
        if (depth > 16) return null;
        if (from.asElement().equals(target)) return from;
        for (TypeMirror s : types.directSupertypes(from.asElement().asType())) {
            if (s instanceof DeclaredType d) {
                TypeMirror found = supertype(d, target, depth + 1);
                if (found != null) return found;
            }
        }
        return null;
    }

    private boolean withinBounds(TypeMirror from, WildcardType w, int depth) {
        if (w.getSuperBound() != null && !assignable(w.getSuperBound(), from, depth + 1)) return false;
        return w.getExtendsBound() == null || assignable(from, w.getExtendsBound(), depth + 1);
    }

    private static boolean parameterized(TypeMirror t) {
        return t instanceof DeclaredType d && !d.getTypeArguments().isEmpty();
    }

    /** A converter's array type is generic (not a class) when its innermost component is parameterized or a type variable. */
    private static boolean generic(ArrayType a) {
        TypeMirror c = a.getComponentType();
        while (c instanceof ArrayType inner) c = inner.getComponentType();
        return parameterized(c) || c.getKind() == TypeKind.TYPEVAR;
    }

    /** Whether Hibernate reads a class of the type (a type variable, or an array of one, has none). */
    private static boolean classLike(TypeMirror t) {
        while (t instanceof ArrayType a) t = a.getComponentType();
        return t.getKind() == TypeKind.DECLARED || t.getKind().isPrimitive();
    }

    /** An unbounded wildcard's bound, Object, is assignable to Object alone. */
    private static boolean object(TypeMirror t) {
        return t instanceof DeclaredType d && d.asElement() instanceof TypeElement e && e.getQualifiedName().contentEquals("java.lang.Object");
    }

    /** What JPA never converts by itself, and what the attribute's own {@code @Convert} decides. */
    private boolean excepted(JavaMember m) {
        Element e = m.element();
        for (String a : List.of(Jpa.CONVERT, Jpa.ID, Jpa.EMBEDDED_ID, Jpa.VERSION, Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY,
                Jpa.MANY_TO_MANY, Jpa.ENUMERATED, Jpa.TEMPORAL, Jpa.ELEMENT_COLLECTION, Jpa.EMBEDDED, Jpa.JDBC_TYPE_CODE)) {
            if (Mirrors.has(e, a)) return true;
        }
        return declared.isEmbeddedKey(e.getEnclosingElement());
    }

    /** The type arguments of the {@code AttributeConverter} that {@code t} is, through its supertypes (type variables bound). */
    private List<? extends TypeMirror> arguments(TypeMirror t, int depth) {
        if (depth > 16) return null;
        for (TypeMirror s : types.directSupertypes(t)) {
            if (!(s instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement e)) continue;
            if (e.getQualifiedName().contentEquals(JpaConverters.ATTRIBUTE_CONVERTER)) return d.getTypeArguments();
            var inner = arguments(s, depth + 1);
            if (inner != null) return inner;
        }
        return null;
    }
}
