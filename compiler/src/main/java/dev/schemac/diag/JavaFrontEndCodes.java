package dev.schemac.diag;

import com.google.auto.service.AutoService;
import java.util.List;

/**
 * The codes of the Java front end (the annotation processor, SC900-SC949), all documented here so
 * that {@code schemac explain} and docs/diagnostics.md know them; the processor reports them
 * with these codes. docs/annotations.md has the examples.
 */
@AutoService(CodeDoc.Provider.class)
public final class JavaFrontEndCodes implements CodeDoc.Provider {
    @Override
    public List<CodeDoc> codes() {
        return List.of(
                error("SC900", "Java type without a logical type",
                        "A field's Java type has no type in the language: a `Map`, an `OffsetTime`, a `Byte[]` or "
                        + "`Character[]` (which Hibernate refuses too), a type variable no type argument gives a type (an "
                        + "entity's own, or a generic superclass's that an entity extends raw: the help says to write "
                        + "`extends Base<Long>`), a raw or unbounded collection, a collection of collections; a `YearMonth`, `MonthDay` or `java.net.URI`, which Hibernate keeps "
                        + "Java-serialized in a `bytea` (the help writes the converter to a String), an `InetAddress`, "
                        + "which is PostgreSQL's `inet` in Hibernate (the help: a String). On a JPA member, a basic field of a class of the user's that is no entity, embeddable or enum: a `Serializable` one Hibernate keeps Java-serialized (a `bytea`, with `@Lob` a large object), any other one it refuses; the help says to make it `@Embeddable` or to `@Convert` it. A library's class that is none of them (one read from a class file, such as JTS's `Point`) is refused without saying what Hibernate makes of it, since a library may register a basic type for it; the help says to `@Convert` it. Use String, BigDecimal, "
                        + "BigInteger, UUID, the java.time types (`Duration` is Hibernate's `numeric(21, 0)` of "
                        + "nanoseconds, `Year` an `int`, `ZoneId` and `ZoneOffset` their text), `java.util.Date`, "
                        + "`Calendar`, `Locale`, `Currency`, `TimeZone`, `java.net.URL` (Hibernate's `varchar`), the "
                        + "java.sql types, a primitive or its box, `byte[]`, `char[]`, an enum, an `@Entity` class, or a "
                        + "List or Set of an `@Entity` class; on a JPA entity, an `@Convert` whose `AttributeConverter` "
                        + "converts to one of these; mark a field that is not stored `@Transient`."),
                error("SC901", "Nullable primitive",
                        "A field of primitive type (`int`, `boolean`, ...) is marked `@Nullable`, but a primitive cannot "
                        + "hold null. Use the box type (`Integer` for `int`) or remove the `@Nullable`. On a JPA member the "
                        + "mark is judged by the column Hibernate creates, as any `@Nullable` there is: none when the column "
                        + "is nullable (`@Nullable @Column int n`), SC916 when it is NOT NULL."),
                error("SC902", "Column type on a field that is not a String",
                        "`@Column(type = ...)` chooses the logical type of a `String` field (char, json, string, text). "
                        + "Other Java types have exactly one logical type; remove `type` or make the field a String."),
                error("SC903", "Default with neither or both forms",
                        "`@Default` takes either `value`, a `.schema` literal (`\"0\"`, `\"PENDING\"`, `\"now()\"`, "
                        + "`\"\\\"text\\\"\"`), or `text`, a string taken as it is; give exactly one of them."),
                error("SC904", "Entity that is not a class or record",
                        "`@Entity` is on an interface, enum or annotation type. An entity is a class or a record; shared "
                        + "fields go in a `@Mixin`. Jakarta's `@Entity` on a record is refused too: a JPA entity is a class "
                        + "that is not final, and Hibernate maps a record as an `@Embeddable` only; make it a class, or "
                        + "annotate the record with schemac's `@Entity`."),
                error("SC905", "Mixin that is not a class or interface",
                        "`@Mixin` is on a record, enum or annotation type (or `@MappedSuperclass` on one of those, "
                        + "or `@Embeddable` on an enum or annotation type). A mixin is a class "
                        + "that entities extend or an interface that they implement; an embeddable, which entities embed "
                        + "by a field, may also be a record."),
                error("SC906", "Entity extends an entity",
                        "Entities do not inherit from each other in the language: each entity is one table. Move the shared "
                        + "fields to a `@Mixin` class or interface that both use. For JPA's entity inheritance "
                        + "(`@Inheritance`), the help names the JPA to write for each strategy's tables: an abstract "
                        + "`@MappedSuperclass` (TABLE_PER_CLASS), one entity with an enum kind field (SINGLE_TABLE), or an "
                        + "`@Id` of its own and a `@OneToOne(optional = false)` to the base (JOINED)."),
                error("SC907", "Listed type is no declaration",
                        "`@Schema(types = {...})` orders the declarations; it may list only entities, mixins and enums."),
                error("SC908", "Annotation text is not one expression",
                        "The text of `@Check` or `@Default` is read by the language's parser in the place the grammar gives "
                        + "it; text that parses as more than one piece (for example one that closes the parentheses it is "
                        + "put in) is refused. Write exactly one comparison or one literal, in `.schema` syntax."),
                error("SC909", "Column on an enum constant says more than the stored value",
                        "On an enum constant `@Column(name = \"...\")` gives the stored value (`@map` on an enum value); "
                        + "the other elements of `@Column` mean nothing there."),
                error("SC910", "schemac failed",
                        "The processor met a situation it does not handle (a bug). It reports it on the element it was "
                        + "reading and goes on with the other types; please report it with the classes that trigger it."),
                error("SC911", "Invalid processor option",
                        "A `-Aschemac.*` option has a value of the wrong form: an unknown target in `schemac.targets`, a "
                        + "timestamp that is not 14 digits, a seed or row count that is not a whole number in range."),
                warning("SC912", "Unknown processor option",
                        "A `-Aschemac.*` option the processor does not know (a typo, most likely); the closest known option "
                        + "is suggested. Options for a target are `-Aschemac.<target>.<key>`."),
                error("SC913", "Entity and mixin at once",
                        "A type is annotated both as an entity (`@Entity`) and as a mixin (`@Mixin`, `@MappedSuperclass`, "
                        + "`@Embeddable`); choose one."),
                error("SC914", "Model type added after the Java sources were written",
                        "Another annotation processor generated an entity, mixin or schema header after schemac had "
                        + "written the `java` target's sources, and the sources would now differ. Refer to the generated "
                        + "type from a field of the model (schemac then waits for it), or generate it in an earlier "
                        + "compilation."),
                error("SC915", "Generated source would replace a class",
                        "The `java` target would write a type that is a class of the compilation itself (the package of "
                        + "the generated sources is the model's own). Choose another package with "
                        + "`-Aschemac.java.package`; by default it is `db` below the model's package."),
                warning("SC916", "JPA mapping the language cannot say",
                        "A Jakarta Persistence or Hibernate mapping has no equivalent in the language: an inheritance "
                        + "strategy, `@DiscriminatorColumn` under `@Inheritance(strategy = TABLE_PER_CLASS)` (Hibernate "
                        + "ignores it and creates no column, nor do the outputs), `@Convert`, `@Formula`, a sequence or table generator with an allocation size, "
                        + "`@Table(schema)`, a `columnDefinition` that is no type of the language (the message names "
                        + "the type the outputs describe instead; `jsonb`, `varchar(n)`, `numeric(p, s)`, `uuid`, "
                        + "`bytea`, `timestamp with time zone`, `boolean default false`, `... not null` and the like "
                        + "are read), `@JoinTable` names the language's join table cannot take (a `name` in snake_case and "
                        + "the `{entity}_{key column}` columns are read, a self relation's columns named after its fields "
                        + "too), its indexes and unique constraints (the message "
                        + "names the elements written), the join table Hibernate names after an owner's table in quotes or in "
                        + "another schema, or after the table of each entity that has a mapped superclass's many-to-many (the "
                        + "language's join table is named after its relation, one for the superclass's field), an enum stored "
                        + "by name with a constant longer than "
                        + "its column's length, an auto-applied converter whose database type is a type variable, "
                        + "Hibernate's `@NaturalId` on an embedded value, an owning `@ManyToMany` of a `List` or "
                        + "`Collection` (Hibernate's join table of a bag has no primary key, the outputs' has one), an "
                        + "index column ordered `DESC`, what JPA 3.2 "
                        + "hands the DDL as text (`comment`, `check`, `options` and `secondPrecision` of `@Table`, "
                        + "`@Column`, `@JoinColumn`, `@Index`, `@UniqueConstraint`; `@ForeignKey(foreignKeyDefinition)`), "
                        + "or a Bean Validation "
                        + "constraint the database does not check (`@Past`, `@AssertTrue`, `@Digits` on anything but a "
                        + "`BigDecimal` of the entity itself), Hibernate's `@OnDelete` anywhere but on the owning to-one "
                        + "field or with `SET_DEFAULT`, a `@Nullable` (of any package) on a member whose JPA mapping Hibernate creates NOT NULL (the "
                        + "column stays NOT NULL; a primitive's without `@Column` too), an enum stored through a converter or "
                        + "JPA 3.2's `@EnumeratedValue` (Hibernate checks the column against the constants' stored values, "
                        + "which only running the Java code tells; of a `byte` value stored by ordinal Hibernate's column on "
                        + "MySQL and MariaDB is a `tinyint`, the outputs' a `smallint`), a `@JoinColumn(columnDefinition)`, a read-only raw "
                        + "foreign key field's `columnDefinition` other than the key's type (its `not null` is read) or its "
                        + "`unique`. The message names the element and what the outputs describe "
                        + "instead. Three type details are the same for every field they touch, so each is ONE warning "
                        + "for the whole model, at its first field, counting the others and naming the first three: "
                        + "`LocalDateTime`, `java.util.Date`, `Calendar`, `Timestamp` (a timestamp without time zone in "
                        + "Hibernate), `LocalTime`, `java.sql.Time` (Hibernate's `time(0)`, whole seconds), `@Lob` (a large "
                        + "object on PostgreSQL)."),
                warning("SC917", "Enum stored by ordinal",
                        "A JPA enum field without `@Enumerated(EnumType.STRING)` is stored by its ordinal: the model's "
                        + "column is what Hibernate creates on PostgreSQL, a `smallint` from 0 to the last ordinal "
                        + "(`@min(0) @max(n)`; on MySQL and MariaDB Hibernate's column for an enum of up to 128 constants "
                        + "is a `tinyint`, the outputs' a `smallint`, which holds the same values; the message says the "
                        + "column of each engine), "
                        + "and the enum's names are in none of the outputs. An enum without constants has no ordinal: "
                        + "Hibernate checks its column to lie between 0 and -1, which only NULL passes, and the model keeps "
                        + "that check (`@max(-1)`); the warning then says the column holds only NULL, or, on a required "
                        + "field, no value at all (and `SC415` that no row can be inserted). Write "
                        + "`@Enumerated(EnumType.STRING)` to store the names, which the outputs then describe as the enum."),
                error("SC918", "Bound is not a number",
                        "A bound given as text (schemac's `@Min(exact)`/`@Max(exact)`, Bean Validation's `@DecimalMin`, "
                        + "`@DecimalMax`) is not a number the language can write. Write a decimal number such as \"0.50\", \"-3\" or \"1e3\"."),
                error("SC919", "Name the language cannot write",
                        "Java names may hold `$` and letters beyond ASCII, and `@Column(field)`, `@Entity(name)` and "
                        + "`@Mixin(name)` take any text, but a name in the language is ASCII letters, digits and `_`, not "
                        + "starting with a digit: a model no `.schema` file could write would reach every target. Name the "
                        + "field with `@Column(field = \"...\")`, the entity or mixin with `name = \"...\"`, or rename it. "
                        + "The naming rules (SC601-SC609) say nothing more of such a name: they could only suggest it back."),
                error("SC920", "Bound given twice or not at all",
                        "schemac's `@Min` and `@Max` take the bound as a Java number (`@Min(0.50)`) or as decimal text "
                        + "(`@Min(exact = \"0.50\")`): give exactly one of `value` and `exact`."),
                warning("SC921", "Number a Java double cannot hold",
                        "The literal of `@Min`/`@Max` is a number a Java `double` cannot hold (`9007199254740993L`, or "
                        + "`0.1f`, a float). The model keeps the number as written, read from the source, but the class file "
                        + "holds the nearest double, which is what code reading the annotation sees. Write "
                        + "`@Min(exact = \"...\")`, which the class file keeps exactly."),
                error("SC922", "Full build needed",
                        "A model type was read from a class file (a partial recompilation, or a type in a jar), and class "
                        + "files keep no Javadoc, no type-use `@Nullable` (JSpecify, Checker Framework) and no spelling of "
                        + "numbers. The processor keeps those beside each class it compiles from source "
                        + "(`Type.schemac-record`); this class has no such record (it was compiled without the processor), or "
                        + "was compiled again without it since. The build stops rather than describe another model than a "
                        + "build of all sources: build from clean, or compile the module holding the type with the processor."),
                error("SC923", "Annotation where no field is read",
                        "schemac's field annotations count where the processor reads fields: a record's components, an "
                        + "interface mixin's abstract accessors, a class's instance fields, or its getters when JPA reads "
                        + "the class by property access (`@Id` on a getter, or `@Access(PROPERTY)`). One anywhere else (a "
                        + "getter of a class read by its fields, a field of a class read by its getters, a static or "
                        + "transient member, an explicit record accessor, a supertype that is no mixin) would change "
                        + "nothing, so it is refused with where it belongs. So is a `@Nullable` on an unread getter whose "
                        + "field is required."),
                error("SC924", "JPA mapping that would give other tables",
                        "A Jakarta Persistence mapping the language cannot say, where the outputs would describe other "
                        + "columns, keys or foreign keys than the tables Hibernate creates: a foreign key to a column that "
                        + "is not the target's key (`@JoinColumn(referencedColumnName)`, in a `@JoinTable` too), two "
                        + "auto-applied converters of one attribute (Hibernate refuses it at boot), an `@Entity` with no `@Id` or "
                        + "`@EmbeddedId` of its own or a superclass's (Hibernate refuses it; the language would give it a "
                        + "surrogate key), one `@Embeddable` embedded twice "
                        + "or as a key in one entity and as columns in another, `@MapsId`, `@SecondaryTable`, a "
                        + "`@OneToMany` without `mappedBy`, a `@ManyToMany` whose target has no `@ManyToMany(mappedBy)` "
                        + "side, a second `@ManyToMany(mappedBy)` of one owning field, a `mappedBy` that names no owning field, a `@OneToOne(mappedBy)` whose owning field is a "
                        + "`@ManyToOne` whose foreign key is not unique (not `@JoinColumn(unique = true)` nor the whole "
                        + "`@Id`), or unique only by a one-column `@Table(uniqueConstraints)`, a collection of values (`@ElementCollection`, "
                        + "or a `List<String>` Hibernate keeps in an array column), `@Temporal` at another precision than a "
                        + "`java.time` type's own (`DATE` on a `LocalDateTime`: Hibernate refuses it at boot), an `@Index(columnList)` that would "
                        + "cut a column name holding a comma (Hibernate splits the list at every comma), `@Column` on a `@ManyToOne` or "
                        + "`@OneToOne` (Hibernate refuses it at boot: `@JoinColumn` says a foreign key's column), `@Column(scale)` on a "
                        + "`float` or `double` (Hibernate refuses it at boot) or a `@Column(precision)` there of more than 15 "
                        + "digits (a `float(n)` PostgreSQL refuses), `@OrderColumn` (Hibernate adds the order column to the "
                        + "element's table or the join table's key), `@DiscriminatorColumn` but under "
                        + "`TABLE_PER_CLASS` (Hibernate adds the column to the table, subclasses or not), an `@EnumeratedValue` field of a type Hibernate refuses for the enum's "
                        + "storage (by ordinal a byte, short or int; by name a String), `@GeneratedValue` on a field outside "
                        + "the identifier (Hibernate refuses it at boot). The build stops rather than write them; the "
                        + "help says what to write instead. (A difference of names only is the warning SC916.)"),
                error("SC925", "Two Java types take one model name",
                        "The model names an entity, a mixin or an enum by its simple class name (an entity or a mixin "
                        + "by the name its annotation gives, if any), so two classes of different packages with the same "
                        + "simple name would be two declarations of one name. The second class, in the order the model "
                        + "is read, is reported and left out; a note shows the first. Rename one of them, or give one "
                        + "its own name with `@Entity(name = \"...\")` or `@Mixin(name = \"...\")`."));
    }

    private static CodeDoc error(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.ERROR, text);
    }

    private static CodeDoc warning(String id, String title, String text) {
        return new CodeDoc(id, title, Severity.WARNING, text);
    }
}
