package dev.schemac.processor;

import java.util.ArrayList;
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
    private static final JavaType CHARACTER = JavaType.sized("char", 1L);

    /**
     * Library types as Hibernate maps them on PostgreSQL, in the language's words: a {@code ZonedDateTime}
     * is a timestamp with time zone as an {@code OffsetDateTime} is; {@code java.util.Date}, {@code Calendar}
     * and {@code java.sql.Timestamp} a timestamp ({@code @Temporal} makes the first two a date or a time, see
     * {@link JpaFields}); a {@code Character} {@code char(1)}; a {@code Byte} a {@code smallint}; a
     * {@code BigInteger} {@code numeric(38, 0)}; a {@code Duration} {@code numeric(21, 0)}, its nanoseconds; a {@code Year}
     * an {@code integer}; a {@code ZoneId}, {@code Locale}, {@code TimeZone} or {@code URL} {@code varchar(255)}, a
     * {@code ZoneOffset} {@code varchar(6)} and a {@code Currency} {@code varchar(3)}, their text (ISO codes, zone ids).
     */
    private static final Map<String, JavaType> SCALARS = Map.ofEntries(
            Map.entry("java.math.BigDecimal", JavaType.named("decimal")),
            Map.entry("java.math.BigInteger", JavaType.sized("decimal", 38L, 0L)),
            Map.entry("java.time.Duration", JavaType.sized("decimal", 21L, 0L)),
            Map.entry("java.util.UUID", JavaType.named("uuid")),
            Map.entry("java.time.Instant", JavaType.named("datetime")),
            Map.entry("java.time.OffsetDateTime", JavaType.named("datetime")),
            Map.entry("java.time.ZonedDateTime", JavaType.named("datetime")),
            Map.entry("java.time.LocalDateTime", JavaType.named("datetime")),
            Map.entry("java.util.Date", JavaType.named("datetime")),
            Map.entry("java.util.Calendar", JavaType.named("datetime")),
            Map.entry("java.util.GregorianCalendar", JavaType.named("datetime")),
            Map.entry("java.sql.Timestamp", JavaType.named("datetime")),
            Map.entry("java.time.LocalDate", JavaType.named("date")),
            Map.entry("java.sql.Date", JavaType.named("date")),
            Map.entry("java.time.LocalTime", JavaType.named("time")),
            Map.entry("java.sql.Time", JavaType.named("time")),
            Map.entry("java.lang.Boolean", JavaType.named("bool")),
            Map.entry("java.lang.Byte", JavaType.named("smallint")),
            Map.entry("java.lang.Short", JavaType.named("smallint")),
            Map.entry("java.lang.Integer", JavaType.named("int")),
            Map.entry("java.lang.Long", JavaType.named("bigint")),
            Map.entry("java.lang.Float", JavaType.named("float")),
            Map.entry("java.lang.Double", JavaType.named("double")),
            Map.entry("java.lang.Character", CHARACTER),
            Map.entry("java.time.Year", JavaType.named("int")),
            Map.entry("java.time.ZoneId", JavaType.sized("string", 255L)),
            Map.entry("java.time.ZoneOffset", JavaType.sized("string", 6L)),
            Map.entry("java.util.Locale", JavaType.sized("string", 255L)),
            Map.entry("java.util.TimeZone", JavaType.sized("string", 255L)),
            Map.entry("java.util.Currency", JavaType.sized("string", 3L)),
            Map.entry("java.net.URL", JavaType.sized("string", 255L)));

    private static final String SERIALIZED = "Hibernate has no mapping of its own for it and keeps it Java-serialized in a "
            + "bytea column, whose bytes only Java reads back";

    /**
     * Library types Hibernate stores in a column the language cannot describe faithfully: each refused with what to
     * write instead, which is a column both sides describe alike.
     */
    private static final Map<String, JavaType> REFUSED = Map.of(
            "java.time.YearMonth", JavaType.problem(SERIALIZED, "@Convert(converter = ...) it with an AttributeConverter"
                    + "<YearMonth, String> (\"2024-05\", a varchar) or <YearMonth, LocalDate> (the month's first day); "
                    + "mark it @Transient if it is not stored"),
            "java.time.MonthDay", JavaType.problem(SERIALIZED, "@Convert(converter = ...) it with an AttributeConverter"
                    + "<MonthDay, String> (\"--12-25\", a varchar), or keep the month and the day as two short fields; "
                    + "mark it @Transient if it is not stored"),
            "java.net.URI", JavaType.problem(SERIALIZED, "declare it a java.net.URL or a String (Hibernate's varchar(255); "
                    + "@Column(length = n) for longer ones), or @Convert(converter = ...) it with an AttributeConverter"
                    + "<URI, String>"),
            "java.net.InetAddress", JavaType.problem("Hibernate creates a PostgreSQL inet column for it, and the language "
                    + "has no network-address type", "declare it a String (@Column(length = 45) holds an IPv6 address's "
                    + "text) or @Convert(converter = ...) it with an AttributeConverter<InetAddress, String>: the "
                    + "outputs then describe the varchar Hibernate creates"));

    /**
     * The Java types whose Hibernate column is a timestamp WITHOUT time zone on PostgreSQL, where the
     * language's {@code datetime} is one with time zone (unless {@code @Temporal} makes them a date or a time).
     */
    static final java.util.Set<String> ZONELESS = java.util.Set.of("java.time.LocalDateTime", "java.util.Date",
            "java.util.Calendar", "java.util.GregorianCalendar", "java.sql.Timestamp");

    private static final Map<String, String> OPTIONAL_PRIMITIVES = Map.of(
            "java.util.OptionalInt", "int",
            "java.util.OptionalLong", "bigint",
            "java.util.OptionalDouble", "double");

    private static final List<String> COLLECTIONS = List.of("java.util.List", "java.util.Set", "java.util.Collection");

    private final Declared declared;
    private final SourceFacts facts;

    TypeMapper(Declared declared, SourceFacts facts) {
        this.declared = declared;
        this.facts = facts;
    }

    JavaType map(TypeMirror t) {
        return switch (t.getKind()) {
            case BOOLEAN -> JavaType.named("bool");
            case BYTE, SHORT -> JavaType.named("smallint");
            case CHAR -> CHARACTER;
            case INT -> JavaType.named("int");
            case LONG -> JavaType.named("bigint");
            case FLOAT -> JavaType.named("float");
            case DOUBLE -> JavaType.named("double");
            case ARRAY -> array((ArrayType) t);
            case DECLARED -> declared((DeclaredType) t);
            case ERROR -> JavaType.unresolved(t.toString());
            case TYPEVAR -> JavaType.problem("a type variable stands for no one type");
            case WILDCARD -> wildcard((WildcardType) t);
            default -> JavaType.problem("it is not a class, record, enum or primitive type");
        };
    }

    /**
     * The type of a JPA member Hibernate maps as a basic value (no relation, no embedding): a class of the user's that is
     * no entity or enum is no type reference there (the compiler's "unknown type" would guess at a scalar), but what
     * Hibernate makes of it: a {@code Serializable} one Java-serialized bytes, {@code lob} in a large object; any other
     * one no column at all, which Hibernate refuses when it builds the entity's table. A library's class (one not compiled
     * from source here, such as JTS's {@code Point}) may have a basic type a library registers with Hibernate, and the user
     * cannot annotate it: it is refused without saying what Hibernate makes of it.
     */
    JavaType basic(TypeMirror t, boolean lob) {
        if (t.getKind() != TypeKind.DECLARED) return map(t);
        var type = (TypeElement) ((DeclaredType) t).asElement();
        String qn = type.getQualifiedName().toString();
        if (type.getKind() == ElementKind.ENUM || Jpa.isEntity(type) || qn.startsWith("java.") || qn.startsWith("javax.")) {
            return map(t);
        }
        String simple = type.getSimpleName().toString();
        if (!facts.fromSource(type)) {
            return JavaType.problem("`" + qn + "` is no entity, embeddable or enum of this compilation: Hibernate has no "
                    + "basic type for it unless a library registers one with Hibernate, and that column's type is not one "
                    + "the language describes", "@Convert(converter = ...) it with an AttributeConverter<" + simple
                    + ", String> (or to another type listed for SC900); mark it @Transient if it is not stored");
        }
        String instead = "annotate `" + simple + "` @Embeddable to store its fields as columns, or @Convert(converter = ...) "
                + "it with an AttributeConverter<" + simple + ", String> (or to another type listed for SC900); mark it "
                + "@Transient if it is not stored";
        if (!serializable(type)) {
            return JavaType.problem("`" + simple + "` is no entity, embeddable or enum, nor Serializable, so Hibernate has "
                    + "no column type for it and refuses the entity", instead);
        }
        return JavaType.problem("`" + simple + "` is no entity, embeddable or enum: " + (lob
                ? "Hibernate keeps it Java-serialized in a large object (an oid column on PostgreSQL), whose bytes only Java reads back"
                : SERIALIZED), instead);
    }

    private static boolean serializable(TypeElement type) {
        if (type.getQualifiedName().contentEquals("java.io.Serializable")) return true;
        var supers = new ArrayList<TypeMirror>(type.getInterfaces());
        supers.add(type.getSuperclass());
        return supers.stream().anyMatch(s -> s.getKind() == TypeKind.DECLARED
                && serializable((TypeElement) ((DeclaredType) s).asElement()));
    }

    /** A map's values as a list: the back side a map keyed by its values' attribute is ({@link JpaRelations#keyedBackSide}). */
    JavaType mapValues(TypeMirror map) {
        return element(map(JpaRelations.mapOf(map)));
    }

    private JavaType array(ArrayType a) {
        TypeMirror component = a.getComponentType();
        if (component.getKind() == TypeKind.BYTE) return JavaType.named("bytes");
        if (component.getKind() == TypeKind.CHAR) return JavaType.ofText();
        if (component.getKind() == TypeKind.DECLARED) {
            String qn = ((TypeElement) ((DeclaredType) component).asElement()).getQualifiedName().toString();
            // Hibernate refuses both since 6.2: a null element has no byte or character to be.
            if (qn.equals("java.lang.Byte")) return JavaType.problem("Hibernate refuses a Byte[] field; write byte[]");
            if (qn.equals("java.lang.Character")) return JavaType.problem("Hibernate refuses a Character[] field; write char[] or String");
        }
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
        JavaType scalar = SCALARS.get(qn);
        if (scalar != null) return scalar;
        JavaType refused = REFUSED.get(qn);
        if (refused != null) return refused;
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
