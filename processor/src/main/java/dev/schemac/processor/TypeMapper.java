package dev.schemac.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Java types to the language's types. The mapping is fixed data; enums and entities are
 * named through {@link Declared}, which also notes them for declaration. A user type that
 * is neither becomes a type reference by its simple name, so the compiler reports the
 * unknown type exactly as it does in a {@code .schema} file.
 */
final class TypeMapper {
    private static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("java.math.BigDecimal", "decimal"),
            Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.time.Instant", "datetime"),
            Map.entry("java.time.OffsetDateTime", "datetime"),
            Map.entry("java.time.LocalDateTime", "datetime"),
            Map.entry("java.time.LocalDate", "date"),
            Map.entry("java.time.LocalTime", "time"),
            Map.entry("java.lang.Boolean", "bool"),
            Map.entry("java.lang.Short", "smallint"),
            Map.entry("java.lang.Integer", "int"),
            Map.entry("java.lang.Long", "bigint"),
            Map.entry("java.lang.Float", "float"),
            Map.entry("java.lang.Double", "double"));

    private static final Map<String, String> OPTIONAL_PRIMITIVES = Map.of(
            "java.util.OptionalInt", "int",
            "java.util.OptionalLong", "bigint",
            "java.util.OptionalDouble", "double");

    private static final List<String> COLLECTIONS = List.of("java.util.List", "java.util.Set", "java.util.Collection");

    private final Declared declared;

    TypeMapper(Declared declared) { this.declared = declared; }

    JavaType map(TypeMirror t) {
        return switch (t.getKind()) {
            case BOOLEAN -> JavaType.named("bool");
            case SHORT -> JavaType.named("smallint");
            case INT -> JavaType.named("int");
            case LONG -> JavaType.named("bigint");
            case FLOAT -> JavaType.named("float");
            case DOUBLE -> JavaType.named("double");
            case BYTE, CHAR -> JavaType.problem("use short or int for numbers, String for text");
            case ARRAY -> array((ArrayType) t);
            case DECLARED -> declared((DeclaredType) t);
            case ERROR -> JavaType.unresolved(t.toString());
            case TYPEVAR -> JavaType.problem("a type variable stands for no one type");
            case WILDCARD -> wildcard((WildcardType) t);
            default -> JavaType.problem("it is not a class, record, enum or primitive type");
        };
    }

    private JavaType array(ArrayType a) {
        if (a.getComponentType().getKind() == TypeKind.BYTE) return JavaType.named("bytes");
        return element(map(a.getComponentType()));
    }

    private JavaType wildcard(WildcardType w) {
        if (w.getExtendsBound() != null) return map(w.getExtendsBound());
        return JavaType.problem("a wildcard without an upper bound stands for no one type");
    }

    /** The element type of a list or array: the many side of a relation (or a list of scalars, which the compiler rejects). */
    private static JavaType element(JavaType e) {
        if (!e.ok()) return e;
        if (e.list() || e.optional()) return JavaType.problem("a collection of collections or optionals has no column");
        return e.asList();
    }

    private JavaType declared(DeclaredType d) {
        var type = (TypeElement) d.asElement();
        String qn = type.getQualifiedName().toString();
        List<? extends TypeMirror> args = d.getTypeArguments();
        if (qn.equals("java.lang.String")) return JavaType.ofText();
        String scalar = SCALARS.get(qn);
        if (scalar != null) return JavaType.named(scalar);
        String optionalPrimitive = OPTIONAL_PRIMITIVES.get(qn);
        if (optionalPrimitive != null) return JavaType.named(optionalPrimitive).asOptional();
        if (qn.equals("java.util.Optional")) {
            if (args.size() != 1) return JavaType.problem("a raw Optional has no element type");
            JavaType inner = map(args.get(0));
            if (!inner.ok()) return inner;
            if (inner.optional()) return JavaType.problem("an Optional of an Optional");
            return inner.asOptional();
        }
        if (COLLECTIONS.contains(qn)) {
            if (args.size() != 1) return JavaType.problem("a raw " + type.getSimpleName() + " has no element type");
            return element(map(args.get(0)));
        }
        if (type.getKind() == ElementKind.ENUM) return JavaType.named(declared.enumName(type));
        if (Jpa.isEntity(type)) return JavaType.named(declared.entityName(type));
        if (qn.startsWith("java.") || qn.startsWith("javax.")) return JavaType.problem("no mapping is defined for it");
        return JavaType.named(type.getSimpleName().toString());
    }
}
