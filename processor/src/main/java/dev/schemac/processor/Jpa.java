package dev.schemac.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Jakarta Persistence and Bean Validation, known by annotation name: the processor has no
 * compile-time dependency on either API, so it reads a project's entities whichever version
 * of the APIs the project has on its class path (and costs nothing to a project without them).
 * The names are the specifications', which do not change between versions.
 */
final class Jpa {
    private Jpa() {}

    static final String PERSISTENCE = "jakarta.persistence.";
    static final String VALIDATION = "jakarta.validation.constraints.";

    static final String ENTITY = PERSISTENCE + "Entity";
    static final String TABLE = PERSISTENCE + "Table";
    static final String MAPPED_SUPERCLASS = PERSISTENCE + "MappedSuperclass";
    static final String EMBEDDABLE = PERSISTENCE + "Embeddable";
    static final String EMBEDDED = PERSISTENCE + "Embedded";
    static final String ID = PERSISTENCE + "Id";
    static final String GENERATED_VALUE = PERSISTENCE + "GeneratedValue";
    static final String SEQUENCE_GENERATOR = PERSISTENCE + "SequenceGenerator";
    static final String TABLE_GENERATOR = PERSISTENCE + "TableGenerator";
    static final String COLUMN = PERSISTENCE + "Column";
    static final String BASIC = PERSISTENCE + "Basic";
    static final String VERSION = PERSISTENCE + "Version";
    static final String ENUMERATED = PERSISTENCE + "Enumerated";
    static final String ENUMERATED_VALUE = PERSISTENCE + "EnumeratedValue";
    static final String LOB = PERSISTENCE + "Lob";
    static final String TEMPORAL = PERSISTENCE + "Temporal";
    static final String TRANSIENT = PERSISTENCE + "Transient";
    static final String ACCESS = PERSISTENCE + "Access";
    static final String MANY_TO_ONE = PERSISTENCE + "ManyToOne";
    static final String ONE_TO_ONE = PERSISTENCE + "OneToOne";
    static final String ONE_TO_MANY = PERSISTENCE + "OneToMany";
    static final String MANY_TO_MANY = PERSISTENCE + "ManyToMany";
    static final String JOIN_COLUMN = PERSISTENCE + "JoinColumn";
    static final String JOIN_TABLE = PERSISTENCE + "JoinTable";
    static final String CONVERT = PERSISTENCE + "Convert";
    static final String CONVERTER = PERSISTENCE + "Converter";
    static final String INHERITANCE = PERSISTENCE + "Inheritance";
    static final String DISCRIMINATOR_COLUMN = PERSISTENCE + "DiscriminatorColumn";
    static final String ATTRIBUTE_OVERRIDE = PERSISTENCE + "AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = PERSISTENCE + "AttributeOverrides";
    static final String ASSOCIATION_OVERRIDE = PERSISTENCE + "AssociationOverride";
    static final String ASSOCIATION_OVERRIDES = PERSISTENCE + "AssociationOverrides";
    static final String EMBEDDED_ID = PERSISTENCE + "EmbeddedId";
    static final String ID_CLASS = PERSISTENCE + "IdClass";
    static final String MAPS_ID = PERSISTENCE + "MapsId";
    static final String JOIN_COLUMNS = PERSISTENCE + "JoinColumns";
    static final String PRIMARY_KEY_JOIN_COLUMN = PERSISTENCE + "PrimaryKeyJoinColumn";
    static final String SECONDARY_TABLE = PERSISTENCE + "SecondaryTable";
    static final String SECONDARY_TABLES = PERSISTENCE + "SecondaryTables";
    static final String COLLECTION_TABLE = PERSISTENCE + "CollectionTable";
    static final String FOREIGN_KEY = PERSISTENCE + "ForeignKey";
    static final String INDEX = PERSISTENCE + "Index";
    static final String UNIQUE_CONSTRAINT = PERSISTENCE + "UniqueConstraint";
    static final String ELEMENT_COLLECTION = PERSISTENCE + "ElementCollection";
    static final String ORDER_COLUMN = PERSISTENCE + "OrderColumn";
    static final String MAP_KEY = PERSISTENCE + "MapKey";
    static final String HIBERNATE = "org.hibernate.annotations.";
    static final String FORMULA = HIBERNATE + "Formula";
    static final String CREATION_TIMESTAMP = HIBERNATE + "CreationTimestamp";
    static final String UPDATE_TIMESTAMP = HIBERNATE + "UpdateTimestamp";
    static final String ON_DELETE = HIBERNATE + "OnDelete";
    static final String JDBC_TYPE_CODE = HIBERNATE + "JdbcTypeCode";
    static final String NATURAL_ID = HIBERNATE + "NaturalId";
    /** {@code org.hibernate.type.SqlTypes.JSON}: a value Hibernate keeps as one JSON document (jsonb on PostgreSQL). */
    static final long SQL_TYPES_JSON = 3001;
    /** Hibernate's own annotations that change the DDL it creates; each is said as SC916 where it stands. */
    static final List<String> HIBERNATE_DDL = List.of(HIBERNATE + "ColumnDefault",
            HIBERNATE + "Check", NATURAL_ID, JDBC_TYPE_CODE, HIBERNATE + "Type",
            HIBERNATE + "Comment");

    static final String NOT_NULL = VALIDATION + "NotNull";
    static final String NOT_BLANK = VALIDATION + "NotBlank";
    static final String NOT_EMPTY = VALIDATION + "NotEmpty";
    static final String SIZE = VALIDATION + "Size";
    static final String MIN = VALIDATION + "Min";
    static final String MAX = VALIDATION + "Max";
    static final String DECIMAL_MIN = VALIDATION + "DecimalMin";
    static final String DECIMAL_MAX = VALIDATION + "DecimalMax";
    static final String PATTERN = VALIDATION + "Pattern";
    static final String EMAIL = VALIDATION + "Email";
    static final String POSITIVE = VALIDATION + "Positive";
    static final String POSITIVE_OR_ZERO = VALIDATION + "PositiveOrZero";
    static final String NEGATIVE = VALIDATION + "Negative";
    static final String NEGATIVE_OR_ZERO = VALIDATION + "NegativeOrZero";
    static final String DIGITS = VALIDATION + "Digits";
    /** Hibernate Validator's own constraints that Hibernate ORM turns into DDL, as it does {@code @Size} and {@code @Min}/{@code @Max}. */
    static final String HIBERNATE_VALIDATOR = "org.hibernate.validator.constraints.";
    static final String LENGTH = HIBERNATE_VALIDATOR + "Length";
    static final String RANGE = HIBERNATE_VALIDATOR + "Range";

    /** An entity by schemac's {@code @Entity} or Jakarta's. */
    static boolean isEntity(Element e) {
        return Mirrors.has(e, Annotations.ENTITY) || Mirrors.has(e, ENTITY);
    }

    /** A mixin: schemac's {@code @Mixin}, a {@code @MappedSuperclass} or an {@code @Embeddable}. */
    static boolean isMixin(Element e) {
        return Mirrors.has(e, Annotations.MIXIN) || Mirrors.has(e, MAPPED_SUPERCLASS) || Mirrors.has(e, EMBEDDABLE);
    }

    /** A type Jakarta Persistence maps: its fields are read with JPA's defaults. */
    static boolean isJpaType(Element e) {
        return Mirrors.has(e, ENTITY) || Mirrors.has(e, MAPPED_SUPERCLASS) || Mirrors.has(e, EMBEDDABLE);
    }

    static boolean isTransient(Element e) {
        return Mirrors.has(e, Annotations.TRANSIENT) || Mirrors.has(e, TRANSIENT) || Mirrors.has(e, FORMULA);
    }

    /** The value of {@code key}, written or not (JPA's defaults are meaningful, unlike schemac's). */
    static AnnotationValue value(AnnotationMirror m, String key) {
        return Mirrors.explicit(m).get(key);
    }

    static String string(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        return v != null && v.getValue() instanceof String s && !s.isEmpty() ? s : null;
    }

    static Boolean bool(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        return v != null && v.getValue() instanceof Boolean b ? b : null;
    }

    static Long number(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        return v != null && v.getValue() instanceof Number n ? n.longValue() : null;
    }

    /** An enum constant's name ({@code GenerationType.IDENTITY} → {@code IDENTITY}), or null when not written. */
    static String constant(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        return v != null && v.getValue() instanceof VariableElement c ? c.getSimpleName().toString() : null;
    }

    /** Nested annotations of an array element ({@code @Table(indexes = {...})}). */
    static List<AnnotationMirror> annotations(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        if (v == null) return List.of();
        var out = new java.util.ArrayList<AnnotationMirror>();
        for (AnnotationValue item : Mirrors.items(v)) if (item.getValue() instanceof AnnotationMirror a) out.add(a);
        return out;
    }

    static List<String> strings(AnnotationMirror m, String key) {
        AnnotationValue v = m == null ? null : value(m, key);
        if (v == null) return List.of();
        var out = new java.util.ArrayList<String>();
        for (AnnotationValue item : Mirrors.items(v)) if (item.getValue() instanceof String s) out.add(s);
        return out;
    }
}
