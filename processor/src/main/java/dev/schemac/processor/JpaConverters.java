package dev.schemac.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @Convert(converter = C.class)}: Hibernate's column has the type of what {@code C}
 * converts to, the {@code Y} of its {@code AttributeConverter<X, Y>}, not the field's type; with
 * {@code @JdbcTypeCode(SqlTypes.JSON)} it is a JSON document.
 */
final class JpaConverters {
    private JpaConverters() {}

    static final String ATTRIBUTE_CONVERTER = Jpa.PERSISTENCE + "AttributeConverter";

    /** The database type of the member's converter, or null: no {@code @Convert}, conversion disabled, or a {@code Y} not read here. */
    static TypeMirror databaseType(Element member) {
        AnnotationMirror convert = Mirrors.find(member, Jpa.CONVERT);
        if (convert == null) return enumeratedValue(member);
        if (Boolean.TRUE.equals(Jpa.bool(convert, "disableConversion"))) return null;
        var v = Jpa.value(convert, "converter");
        if (v == null || !(v.getValue() instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement c)) return null;
        return converted(c, 0);
    }

    /**
     * JPA 3.2's {@code @EnumeratedValue}: an enum field typed by an enum one of whose fields is so marked is stored as
     * that field's value ({@code "r"} for {@code RED("r")}), as a converter's value would be: the field's type, or null.
     * Stored by ordinal (no {@code EnumType.STRING}), Hibernate's column stays the ordinal's smallint ({@link #byOrdinal}).
     */
    static TypeMirror enumeratedValue(Element member) {
        Element f = enumeratedValueField(member);
        return f == null ? null : f.asType();
    }

    /** The field marked {@code @EnumeratedValue} of the member's enum type, or null. */
    static Element enumeratedValueField(Element member) {
        TypeMirror t = member.asType() instanceof javax.lang.model.type.ExecutableType x ? x.getReturnType() : member.asType();
        if (!(t instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement e)
                || e.getKind() != javax.lang.model.element.ElementKind.ENUM) {
            return null;
        }
        for (Element f : e.getEnclosedElements()) {
            if (f.getKind() == javax.lang.model.element.ElementKind.FIELD && Mirrors.has(f, Jpa.ENUMERATED_VALUE)) return f;
        }
        return null;
    }

    /**
     * Whether the member's enum is stored as its {@code @EnumeratedValue} by ordinal (JPA's default): Hibernate's column on
     * PostgreSQL is then a smallint, whatever the value field's type (byte, short or int), holding the field's values (on
     * MySQL and MariaDB a byte's is a tinyint, which the language has not; the smallint holds the same values).
     */
    static boolean byOrdinal(Element member) {
        return Mirrors.find(member, Jpa.CONVERT) == null && enumeratedValueField(member) != null
                && !"STRING".equals(Jpa.constant(Mirrors.find(member, Jpa.ENUMERATED), "value"));
    }

    /** Hibernate's {@code @JdbcTypeCode(SqlTypes.JSON)}: whatever the Java type, the column is one JSON document. */
    static boolean json(Element member) {
        Long code = Jpa.number(Mirrors.find(member, Jpa.JDBC_TYPE_CODE), "value");
        return code != null && code == Jpa.SQL_TYPES_JSON;
    }

    /** {@code Y} of the {@code AttributeConverter<X, Y>} that {@code c} implements, itself or through a superclass. */
    private static TypeMirror converted(TypeElement c, int depth) {
        if (depth > 16) return null;
        for (TypeMirror i : c.getInterfaces()) {
            if (!(i instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement e)) continue;
            if (e.getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
                if (d.getTypeArguments().size() != 2) return null;
                TypeMirror y = d.getTypeArguments().get(1);
                // A type variable is a generic base converter's: which type it stands for is not read here.
                return y.getKind() == TypeKind.DECLARED || y.getKind() == TypeKind.ARRAY ? y : null;
            }
            TypeMirror inner = converted(e, depth + 1);
            if (inner != null) return inner;
        }
        TypeMirror sup = c.getSuperclass();
        if (sup instanceof DeclaredType d && d.asElement() instanceof TypeElement e) return converted(e, depth + 1);
        return null;
    }
}
