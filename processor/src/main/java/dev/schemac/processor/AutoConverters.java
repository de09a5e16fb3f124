package dev.schemac.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * JPA's {@code @Converter(autoApply = true)} classes of the compilation (and of the last full build's manifest): Hibernate
 * applies one to every basic attribute whose type is its {@code X} (or a subtype, a primitive as its box), so the column
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
            if (types.isAssignable(types.erasure(t), types.erasure(c.attribute()))) out.add(c);
        }
        return out.isEmpty() ? null : new Match(List.copyOf(out));
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
