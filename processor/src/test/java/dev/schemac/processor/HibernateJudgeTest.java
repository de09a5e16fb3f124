package dev.schemac.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.gen.sql.DbShape;
import dev.schemac.gen.sql.Introspector;
import dev.schemac.testing.Database;
import dev.schemac.testing.Engine;
import dev.schemac.testing.Engines;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.PersistentClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate as the judge of the JPA front end. The same JPA classes go two ways into two
 * fresh databases of the real PostgreSQL: Hibernate ORM's own schema export (with Spring
 * Boot's naming strategy and Hibernate Validator, as a Hibernate project runs it), and
 * schemac's PostgreSQL DDL written by the processor. Both are introspected from PostgreSQL's
 * catalog and must hold the same tables, columns, types, nullability, keys, foreign keys,
 * uniques and indexes, modulo the naming differences docs/annotations.md lists (and
 * {@link #canonical} implements): table names (entity → table through each side's own
 * mapping), constraint and index names, join-table column names, and the index schemac adds
 * on every foreign key. Needs ./scripts/test.sh (PostgreSQL); it never skips.
 */
class HibernateJudgeTest {
    private static final String PROCESSOR_PATH = System.getProperty("java.class.path");

    @TempDir Path tmp;

    @Test
    void theJpaShopBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.shop()), JpaMappingTest.SHOP);
    }

    /** A generated model in the style of bench/processor: JPA_JUDGE_ENTITIES entities (default 200). */
    @Test
    void aGeneratedModelOfHundredsOfEntitiesBuildsTheSameDatabaseAsHibernate() throws Exception {
        int n = Integer.parseInt(System.getenv().getOrDefault("JPA_JUDGE_ENTITIES", "200"));
        var model = JpaModels.generated(n);
        judge(model.sources(), model.twin());
    }

    /** A composite key by @EmbeddedId, and a composite foreign key to it with @JoinColumns naming its columns as both sides do. */
    @Test
    void anEmbeddedIdAndAForeignKeyToItBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.embeddedId()), JpaMappingTest.EMBEDDED_ID);
    }

    /**
     * Camel-case and quoted names in @Table, @Column, @JoinColumn and index lists, Bean Validation that sizes columns,
     * a boxed @Version, a precision without a scale.
     */
    @Test
    void givenNamesAndSizingValidationBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.givenNames()), JpaMappingTest.GIVEN_NAMES);
    }

    @Test
    void aRecordEmbeddableBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.embeddableRecord()), JpaMappingTest.EMBEDDABLE_RECORD);
    }

    /** Embeddables in embeddables, one in a mapped superclass, and an @EmbeddedId whose embeddable embeds another. */
    @Test
    void nestedEmbeddablesBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.nestedEmbeddables()), JpaMappingTest.NESTED_EMBEDDABLES);
    }

    /**
     * A Spring Boot billing codebase: base entity with Hibernate's @CreationTimestamp/@UpdateTimestamp and @Version,
     * ZonedDateTime, BigInteger, Duration, char, byte, char[], @Temporal(DATE), java.sql.Date, a Map as
     * @JdbcTypeCode(SqlTypes.JSON), @Column(columnDefinition = "TEXT"), converters (to a String
     * from a Boolean and from an enum, whose CHECK of the converted values SC916 says), a UUID key, Hibernate's @OnDelete,
     * an owning and a mappedBy @OneToOne.
     */
    @Test
    void aSpringBillingCodebaseBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(SpringCodebases.billing()), SpringCodebases.BILLING, List.of("[SC916] @Convert of an enum on `method`"));
    }

    /**
     * A legacy clinic: LocalDateTime, java.util.Date, Calendar, java.sql.Timestamp (timestamps without time zone in
     * Hibernate) and LocalTime, java.sql.Time, @Temporal(TIME) (whole seconds in Hibernate) are the same database once
     * the two differences the model's two SC916 summaries say are set aside; an @IdClass key and a composite foreign key.
     */
    @Test
    void aLegacyClinicBuildsTheSameDatabaseAsHibernateButForWhatItsSummariesSay() throws Exception {
        judge(List.of(SpringCodebases.clinic()), SpringCodebases.CLINIC, ModelNotes.Kind.ZONELESS, ModelNotes.Kind.WHOLE_SECONDS);
    }

    /** A Year, ZoneId, ZoneOffset, Locale, Currency, TimeZone, URL and UUID: the columns Hibernate makes of each. */
    @Test
    void libraryTypesBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(SpringCodebases.libraryTypes()), SpringCodebases.LIBRARY_TYPES);
    }

    /**
     * @Lob String, byte[] and char[] are large objects (oid) in Hibernate, text and bytea in schemac, as the model's one
     * SC916 summary says (the judge checks that each oid column is one of these two on schemac's side); enums stored by
     * ordinal are the same smallint columns on both sides.
     */
    @Test
    void lobsAndOrdinalEnumsBuildTheSameDatabaseAsHibernateButForWhatTheSummarySays() throws Exception {
        judge(List.of(SpringCodebases.ticketing()), SpringCodebases.TICKETING, ModelNotes.Kind.LARGE_OBJECT);
    }

    /** What the help of SC701 on a JPA link entity writes: a unique constraint of the link's columns, or an @IdClass key. */
    @Test
    void theLinksUniqueConstraintTheHelpWritesBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaHelpTest.uniqueLink()), JpaHelpTest.UNIQUE_LINK);
    }

    @Test
    void theLinksIdClassKeyTheHelpWritesBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaHelpTest.keyedLink()), JpaHelpTest.KEYED_LINK);
    }

    /** Generic mapped superclasses: the key column has the type of the entity's type argument in both. */
    @Test
    void genericMappedSuperclassesBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.genericSuperclasses()), JpaMappingTest.GENERIC_SUPERCLASSES);
    }

    /** Read-only raw foreign key fields beside their relations: one column each in both. */
    @Test
    void readOnlyForeignKeyTwinsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.foreignKeyTwins()), JpaMappingTest.FOREIGN_KEY_TWINS);
    }

    /** Read-only raw foreign keys of another nullability than their relations', named in another case: the raw field's column. */
    @Test
    void readOnlyForeignKeyTwinsOfAnotherNullabilityBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.foreignKeyTwinNullability()), JpaMappingTest.FOREIGN_KEY_TWIN_NULLABILITY);
    }

    /** Read-only raw foreign keys beside a relation where either is part of an @IdClass key: NOT NULL key columns in both. */
    @Test
    void readOnlyForeignKeyTwinsInAKeyBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.foreignKeyTwinKeys()), JpaMappingTest.FOREIGN_KEY_TWIN_KEYS);
    }

    /** Primitives with @Column and in an embeddable: nullable columns in both. */
    @Test
    void primitiveColumnsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.primitiveColumns()), JpaMappingTest.PRIMITIVE_COLUMNS);
    }

    /** Floating point columns sized by @Column(precision): real or double in both. */
    @Test
    void floatingPointPrecisionsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.floatPrecision()), JpaMappingTest.FLOAT_PRECISION);
    }

    /** @Temporal at a java.time type's own precision: Hibernate's column is the type's own too. */
    @Test
    void temporalAtAJavaTimeTypesOwnPrecisionBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.temporalJavaTime()), JpaMappingTest.TEMPORAL_JAVA_TIME);
    }

    /** What the help of SC710 writes on a JPA entity: Hibernate's generator on a unique public id. */
    @Test
    void thePublicIdTheHelpWritesBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaHelpTest.publicId()), JpaHelpTest.PUBLIC_ID);
    }

    /** Column definitions the language can say: the column Hibernate writes is the one schemac writes. */
    @Test
    void columnDefinitionsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(SpringCodebases.columnDefinitions()), SpringCodebases.COLUMN_DEFINITIONS);
    }

    /**
     * An enum stored through a converter or JPA 3.2's @EnumeratedValue, a @Nullable primitive with @Column, a read-only
     * raw foreign key whose columnDefinition says not null: the same columns. The CHECK Hibernate adds of each enum's
     * stored values (which the judge does not compare) is what the SC916 on each says the outputs lack.
     */
    @Test
    void enumsStoredByTheirValuesBuildTheSameColumnsAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.storedValues()), JpaMappingTest.STORED_VALUES, List.of("[SC916] @Convert of an enum on `phase`",
                "[SC916] @EnumeratedValue of `Hue` on `hue`", "[SC916] @EnumeratedValue of `Grade` on `grade`"));
    }

    /**
     * A unique constraint of a column Hibernate derives for an embeddable's relation to a key not named `id`, in a
     * mapped superclass chain with a version, a record embeddable inside an embeddable: the same tables.
     */
    @Test
    void aDerivedJoinColumnInAUniqueConstraintBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.derivedJoinColumns()), JpaMappingTest.DERIVED_JOIN_COLUMNS);
    }

    /**
     * A unique constraint of the join column Hibernate derives from a key whose column is not its field's name; an
     * @Id @ManyToOne, the owning side of a @OneToOne(mappedBy): the same tables.
     */
    @Test
    void aJoinColumnNamedByTheKeysColumnAndAWholeKeyOneToOneBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.keyColumnNames()), JpaMappingTest.KEY_COLUMN_NAMES);
    }

    /**
     * Auto-applied converters (a Boolean's String column, an enum's Integer column whose CHECK SC916 says), Hibernate's
     * @NaturalId unique keys, and a join column Hibernate derives from a key column in quotes: the same tables.
     */
    @Test
    void autoAppliedConvertersAndNaturalIdsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaMappingTest.autoApplied()), JpaMappingTest.AUTO_APPLIED,
                List.of("[SC916] the auto-applied converter `SizeCode` of an enum on `size`"));
    }

    /** Auto-applied converters matched by their type arguments and by a class array's class: the same columns as Hibernate's. */
    @Test
    void autoAppliedConvertersMatchedByTypeArgumentsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(JpaRefusalsTest.typeArgumentConverters("  Tagged<Integer> number;", "  Tagged<String> label;",
                "  Integer[] counts;")), null);
    }

    /** @JoinTable names the language's join tables take: the same tables, join tables and their columns by their own names. */
    @Test
    void joinTablesNamedAsTheLanguageNamesThemBuildTheSameDatabaseAsHibernate() throws Exception {
        namedJoinTables = Set.of("post_tag", "book_writer");
        judge(List.of(JpaMappingTest.joinTables()), JpaMappingTest.JOIN_TABLES);
    }

    /** The adversarial Petclinic, judged with no twin: its tables, join table by its own names, as Hibernate's. */
    @Test
    void aPetclinicBuildsTheSameDatabaseAsHibernate() throws Exception {
        namedJoinTables = Set.of("vet_specialties");
        judge(List.of(Petclinic.sources()), null);
    }

    /**
     * What SC917 says of an ordinal enum's column is what Hibernate creates on each engine: for up to 128 constants a
     * smallint on PostgreSQL and a tinyint on MySQL and MariaDB, for more a smallint on all three (Hibernate's own export
     * into the real engines, read back from their catalogs).
     */
    @Test
    void theOrdinalColumnsTheWarningNamesAreHibernatesOnEachEngine() throws Exception {
        var sources = List.of(JpaMappingTest.jpa("Few", "public enum Few { A, B, C }"),
                JpaMappingTest.jpa("Many", "public enum Many { " + String.join(", ",
                        java.util.stream.IntStream.range(0, 129).mapToObj(i -> "C" + i).toList()) + " }"),
                JpaMappingTest.jpa("Tally", "@Entity @Table(name = \"tallies\") public class Tally {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  Few few;", "  Many many;", "}"));
        Path classes = tmp.resolve("classes");
        var run = Javac.compile(classes, sources, "-processorpath", PROCESSOR_PATH, "-Aschemac.targets=postgres,mysql");
        assertThat(run.ok()).as(String.join("\n", run.errors())).isTrue();
        assertThat(run.errors()).anyMatch(e -> e.contains("[SC917] enum field `few` is stored by ordinal (JPA's default): its column "
                + "is a smallint from 0 to 2 on PostgreSQL and a tinyint on MySQL and MariaDB, as Hibernate creates it"));
        assertThat(run.errors()).anyMatch(e -> e.contains("[SC917] enum field `many` is stored by ordinal (JPA's default): its column "
                + "is a smallint from 0 to 128, as Hibernate creates it,"));
        var said = Map.of(Engine.POSTGRES, List.of("smallint", "smallint"), Engine.MYSQL, List.of("tinyint", "smallint"),
                Engine.MARIADB, List.of("tinyint", "smallint"));
        var dialects = Map.of(Engine.POSTGRES, "org.hibernate.dialect.PostgreSQLDialect", Engine.MYSQL, "org.hibernate.dialect.MySQLDialect",
                Engine.MARIADB, "org.hibernate.dialect.MariaDBDialect");
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (var engine : List.of(Engine.POSTGRES, Engine.MYSQL, Engine.MARIADB)) {
                try (Database db = Engines.freshDatabase(engine, "ordinals")) {
                    export(db, loader, List.of("Tally"), dialects.get(engine));
                    var types = new ArrayList<String>();
                    try (Connection c = db.connect(); var s = c.prepareStatement("SELECT data_type FROM information_schema.columns "
                            + "WHERE table_name = 'tallies' AND column_name = ? AND table_schema = "
                            + (engine == Engine.POSTGRES ? "current_schema()" : "database()"))) {
                        for (String column : List.of("few", "many")) {
                            s.setString(1, column);
                            try (var r = s.executeQuery()) {
                                assertThat(r.next()).as(engine + " " + column).isTrue();
                                types.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
                            }
                        }
                    }
                    assertThat(types).as(engine.toString()).isEqualTo(said.get(engine));
                }
            }
        }
    }

    /**
     * Two many-to-manys between the same two entities and a self one, without @JoinTable, to a table named `tags`: the
     * join tables are Hibernate's by name (`post_tags`, `post_featured_tags`, `people_following`), and a self @JoinTable
     * whose columns are the language's (`follower_id`, `following_id`) is the same by its names and columns.
     */
    @Test
    void manyToManysWithoutAJoinTableAreNamedAsHibernateNamesThem() throws Exception {
        namedJoinTables = Set.of("follows");
        judge(List.of(JpaMappingTest.implicitJoinTables()), null);
    }

    /**
     * An enum by name in @Column(length): Hibernate's column on PostgreSQL is a varchar of that length checked against the
     * constants' names, so a constant longer than it is refused there (SC916 says so, where the outputs' enum column holds
     * it); on MySQL and MariaDB Hibernate's column is an enum of the constants whatever the length. A length that holds
     * every constant is the same column as the outputs' (judged).
     */
    @Test
    void anEnumByNameInAColumnShorterThanAConstantIsSaid() throws Exception {
        var size = JpaMappingTest.jpa("Size", "public enum Size { S, MEDIUM, XL }");
        var sources = List.of(size, JpaMappingTest.jpa("Shirt", "@Entity @Table(name = \"shirts\") public class Shirt {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Enumerated(EnumType.STRING) @Column(length = 3) Size small;",
                "  @Enumerated(EnumType.STRING) @Column(length = 6) Size fits;", "}"));
        Path classes = tmp.resolve("classes");
        var run = Javac.compile(classes, sources, "-processorpath", PROCESSOR_PATH, "-Aschemac.targets=postgres");
        assertThat(run.ok()).as(String.join("\n", run.errors())).isTrue();
        assertThat(run.errors()).filteredOn(e -> e.contains("SC916")).singleElement().asString().contains("[SC916] @Column(length = 3) "
                + "of an enum stored by name on `small` cannot be said in the language: Hibernate's column on PostgreSQL is a "
                + "varchar(3), which cannot hold `MEDIUM` (6 characters), so its database refuses it, where the outputs' column, "
                + "the enum, holds every constant (on MySQL and MariaDB Hibernate's column is an enum of the constants too); make "
                + "the length at least 6");
        var said = Map.of(Engine.POSTGRES, List.of("character varying 3", "character varying 6"), Engine.MYSQL, List.of("enum", "enum"),
                Engine.MARIADB, List.of("enum", "enum"));
        var dialects = Map.of(Engine.POSTGRES, "org.hibernate.dialect.PostgreSQLDialect", Engine.MYSQL, "org.hibernate.dialect.MySQLDialect",
                Engine.MARIADB, "org.hibernate.dialect.MariaDBDialect");
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (var engine : List.of(Engine.POSTGRES, Engine.MYSQL, Engine.MARIADB)) {
                try (Database db = Engines.freshDatabase(engine, "enum_lengths")) {
                    export(db, loader, List.of("Shirt"), dialects.get(engine));
                    var types = new ArrayList<String>();
                    try (Connection c = db.connect(); var s = c.prepareStatement("SELECT data_type, character_maximum_length FROM "
                            + "information_schema.columns WHERE table_name = 'shirts' AND column_name = ? AND table_schema = "
                            + (engine == Engine.POSTGRES ? "current_schema()" : "database()"))) {
                        for (String column : List.of("small", "fits")) {
                            s.setString(1, column);
                            try (var r = s.executeQuery()) {
                                assertThat(r.next()).as(engine + " " + column).isTrue();
                                String type = r.getString(1).toLowerCase(java.util.Locale.ROOT);
                                types.add(type.equals("enum") ? type : type + " " + r.getString(2));
                            }
                        }
                        if (engine == Engine.POSTGRES) {
                            try (var insert = c.createStatement()) {
                                org.assertj.core.api.Assertions.assertThatThrownBy(() -> insert.execute(
                                        "INSERT INTO shirts (small, fits) VALUES ('MEDIUM', 'MEDIUM')")).isInstanceOf(java.sql.SQLException.class);
                            }
                        }
                    }
                    assertThat(types).as(engine.toString()).isEqualTo(said.get(engine));
                }
            }
        }
        // The length that holds every constant is the outputs' column, as the judge compares it.
        judge(List.of(size, JpaMappingTest.jpa("Shirt", "@Entity @Table(name = \"shirts\") public class Shirt {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Enumerated(EnumType.STRING) @Column(length = 6) Size fits;", "}")), null);
    }

    /** The adversarial chain of clinics, judged with no twin. */
    @Test
    void aChainOfClinicsBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(Petclinic.chains()), null);
    }

    /** A many-to-many whose owning side a mapped superclass declares: the same join table as Hibernate's. */
    @Test
    void aManyToManyOfAMappedSuperclassBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(InheritedAndGenericModels.mixinManyToMany()), null);
    }

    /** Two many-to-manys of a mapped superclass to one entity: join tables named after the extending entity's table. */
    @Test
    void twoManyToManysOfAMappedSuperclassAreNamedAsHibernateNamesThem() throws Exception {
        judge(List.of(InheritedAndGenericModels.mixinTwoManyToManys()), null);
    }

    /** Keys typed by bounded type variables, passed on by generic superclasses: the same key columns. */
    @Test
    void boundedTypeVariableKeysBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(InheritedAndGenericModels.boundedKeys()), null);
    }

    @Test
    void wildcardRelationsBuildTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(InheritedAndGenericModels.wildcardRelations()), null);
    }

    @Test
    void anOrderServiceAsSpringTeamsWriteItBuildsTheSameDatabaseAsHibernate() throws Exception {
        judge(List.of(InheritedAndGenericModels.orderService()), null);
    }

    /** Hibernate's own tables of the classes (compiled without the processor), as the judge renders them. */
    private String hibernateAlone(List<JavaFileObject> sources) throws Exception {
        Path classes = tmp.resolve("alone");
        var run = Javac.compile(classes, sources, "-proc:none");
        assertThat(run.ok()).as(String.join("\n", run.errors())).isTrue();
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             Database hibernate = Engines.freshDatabase(Engine.POSTGRES, "judge_alone")) {
            Metadata metadata = export(hibernate, loader, entityClasses(sources));
            var tables = new HashMap<String, String>();
            for (PersistentClass pc : metadata.getEntityBindings()) tables.put(pc.getTable().getName(), pc.getJpaEntityName());
            try (Connection c = hibernate.connect()) {
                return render(canonical(Introspector.read(Introspector.Kind.POSTGRES, c), tables, true, Set.of()));
            }
        }
    }

    /**
     * What the processor refuses (InheritedAndGenericTest) is what Hibernate makes: an array of values is an array column,
     * an array of a mapped superclass's type variable (`T[]` as `Integer[]`) one serialized object, a bytea.
     */
    @Test
    void hibernateKeepsArraysAsTheRefusalsSay() throws Exception {
        assertThat(hibernateAlone(List.of(InheritedAndGenericModels.arrays("  Integer[] counts;", "  String[] names;"))))
                .contains("\ncounts integer[] null\n", "\nnames character varying(255)[] null\n", "\nsamples bytea null\n");
    }

    /**
     * Hibernate 7 applies no converter of `Tagged<Integer>` to an `Ids<Integer>` whose class passes its own variable on
     * (`Ids<T> extends Tagged<T>`): it serializes the value (a bytea), where a converted column would be an integer.
     */
    @Test
    void hibernateConvertsNoSubclassPassingItsTypeVariable() throws Exception {
        assertThat(hibernateAlone(List.of(InheritedAndGenericModels.subclassPassingItsVariable("  Ids<Integer> ids;"))))
                .contains("\nids bytea null\n");
    }

    /**
     * What the processor says of a basic field of a class of the user's (JpaRefusalsTest.aClassOfTheUsersIs...) is what
     * Hibernate makes: a Serializable one a bytea, with @Lob a large object (an oid); any other one no table at all.
     */
    @Test
    void hibernateSerializesAClassOfTheUsersAsTheRefusalSays() throws Exception {
        var money = JpaMappingTest.jpa("Money", "public class Money implements java.io.Serializable { long cents; }");
        var purchase = JpaMappingTest.jpa("Purchase", "@Entity public class Purchase {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  Money total;", "  @Lob Money archived;", "}");
        assertThat(hibernateAlone(List.of(money, purchase))).contains("\ntotal bytea null\n", "\narchived oid null\n");
    }

    @Test
    void hibernateRefusesAClassOfTheUsersThatIsNotSerializableAsTheRefusalSays() {
        var note = JpaMappingTest.jpa("Note", "public class Note { String text; }");
        var memo = JpaMappingTest.jpa("Memo", "@Entity public class Memo {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  Note note;", "}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hibernateAlone(List.of(note, memo)))
                .hasStackTraceContaining("Could not determine recommended JdbcType").hasStackTraceContaining("test.Note");
    }

    /** Join tables compared by their columns' names too (as @JoinTable gives them), not abstracted as implicit ones are. */
    private Set<String> namedJoinTables = Set.of();

    private void judge(List<JavaFileObject> sources, String twin, ModelNotes.Kind... said) throws Exception {
        judge(sources, twin, List.of(), said);
    }

    /**
     * {@code said}: the model-wide type differences (SC916 summaries) the model must report, once each, and which the
     * comparison then sets aside on Hibernate's side; {@code warned}: the starts of other SC916 messages the model must
     * report once each (what the judge does not compare); any other SC9xx but SC917 fails the judgement.
     */
    private void judge(List<JavaFileObject> sources, String twin, List<String> warned, ModelNotes.Kind... said) throws Exception {
        Path classes = tmp.resolve("classes");
        var run = Javac.compile(classes, sources, "-processorpath", PROCESSOR_PATH, "-Aschemac.targets=postgres,json");
        var saidKinds = List.of(said);
        assertThat(run.errors()).noneMatch(e -> e.contains("error") || e.contains("[SC9") && !e.contains("SC917")
                && saidKinds.stream().noneMatch(k -> e.contains(k.consequence)) && warned.stream().noneMatch(e::contains));
        for (var k : saidKinds) assertThat(run.errors()).filteredOn(e -> e.contains(k.consequence)).hasSize(1);
        for (var w : warned) assertThat(run.errors()).filteredOn(e -> e.contains(w)).hasSize(1);
        assertThat(run.ok()).as(String.join("\n", run.errors())).isTrue();
        String ddl = Files.readString(classes.resolve("schemac/sql/postgres/schema.sql"), StandardCharsets.UTF_8);

        // The same model as .schema text compiles to the same DDL, byte for byte. A model judged without a twin (an
        // adversarial codebase) takes its tables and enums from the processor's own JSON model.
        var schemacTables = new HashMap<String, String>();
        var enums = new java.util.HashSet<String>();
        if (twin != null) {
            assertThat(Equivalence.dsl(twin).get("sql/postgres/schema.sql")).isEqualTo(ddl);
            var catalog = Compiler.compile(List.of(write(twin))).catalog();
            for (var e : catalog.tables()) {
                if (e.entity() != null) schemacTables.put(e.name(), e.entity());
            }
            for (var e : catalog.enums()) enums.add(e.typeName());
        } else {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(classes.resolve("schemac/json/model.json").toFile());
            for (var t : json.path("catalog").path("tables")) {
                if (t.hasNonNull("entity")) schemacTables.put(t.path("name").asText(), t.path("entity").asText());
            }
            for (var e : json.path("catalog").path("enums")) enums.add(e.path("typeName").asText());
        }

        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
             Database hibernate = Engines.freshDatabase(Engine.POSTGRES, "judge_hibernate");
             Database schemac = Engines.freshDatabase(Engine.POSTGRES, "judge_schemac")) {
            Metadata metadata = export(hibernate, loader, entityClasses(sources));
            try (Connection c = schemac.connect(); Statement s = c.createStatement()) {
                s.execute(ddl);
            }
            var hibernateTables = new HashMap<String, String>();
            for (PersistentClass pc : metadata.getEntityBindings()) hibernateTables.put(pc.getTable().getName(), pc.getJpaEntityName());
            DbShape byHibernate;
            DbShape bySchemac;
            try (Connection c = hibernate.connect()) {
                byHibernate = Introspector.read(Introspector.Kind.POSTGRES, c);
            }
            try (Connection c = schemac.connect()) {
                bySchemac = Introspector.read(Introspector.Kind.POSTGRES, c);
            }
            var actual = canonical(bySchemac, schemacTables, false, namedJoinTables);
            var expected = canonical(byHibernate, hibernateTables, true, namedJoinTables);
            for (var k : saidKinds) expected.replaceAll((key, v) -> k == ModelNotes.Kind.ZONELESS
                    ? v.replace(" timestamp without time zone ", " timestamp with time zone ")
                    : k == ModelNotes.Kind.WHOLE_SECONDS ? v.replace(" time(0) without time zone ", " time without time zone ")
                    : k == ModelNotes.Kind.LARGE_OBJECT ? largeObjects(v, actual.getOrDefault(key, "")) : v);
            enumColumns(actual, expected, enums);
            if (!expected.equals(actual)) {
                // Both sides as text beside the test's output, for a diff when they part.
                Files.writeString(Path.of("target/judge-hibernate.txt"), render(expected), StandardCharsets.UTF_8);
                Files.writeString(Path.of("target/judge-schemac.txt"), render(actual), StandardCharsets.UTF_8);
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    /**
     * Hibernate's oid columns as schemac's column of the same name, when that is text or bytea (the value itself, as
     * the LARGE_OBJECT summary says); any other column stays an oid, and the comparison fails on it.
     */
    private static String largeObjects(String hibernate, String schemac) {
        var mine = new HashMap<String, String>();
        for (String line : schemac.split("\n")) mine.put(line.split(" ", 2)[0], line);
        var out = new ArrayList<String>();
        for (String line : hibernate.split("\n")) {
            String theirs = mine.get(line.split(" ", 2)[0]);
            boolean same = theirs != null && line.replace(" oid ", " text ").equals(theirs) || line.replace(" oid ", " bytea ").equals(theirs);
            out.add(line.contains(" oid ") && same ? theirs : line);
        }
        return String.join("\n", out);
    }

    private static String render(Map<String, String> shape) {
        var b = new StringBuilder();
        shape.forEach((k, v) -> b.append("## ").append(k).append('\n').append(v).append('\n'));
        return b.toString();
    }

    private Path write(String twin) throws java.io.IOException {
        Path f = tmp.resolve("twin.schema");
        Files.writeString(f, twin, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> entityClasses(List<JavaFileObject> sources) throws java.io.IOException {
        var out = new ArrayList<String>();
        for (JavaFileObject f : sources) {
            // An auto-applied converter is registered as Spring's scanning registers it: as an annotated class.
            String text = f.getCharContent(true).toString();
            if (text.contains("@Entity") || text.contains("@Converter(autoApply = true)")) {
                String path = f.toUri().getPath();
                out.add(path.substring(path.lastIndexOf('/') + 1).replace(".java", "").replace('/', '.'));
            }
        }
        return out;
    }

    /** Hibernate's own schema export of the classes, into {@code db}, as Spring Boot configures it. */
    private static Metadata export(Database db, ClassLoader loader, List<String> simpleNames) throws Exception {
        return export(db, loader, simpleNames, "org.hibernate.dialect.PostgreSQLDialect");
    }

    private static Metadata export(Database db, ClassLoader loader, List<String> simpleNames, String dialect) throws Exception {
        var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        var registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("jakarta.persistence.jdbc.url", db.jdbcUrl())
                .applySetting("jakarta.persistence.jdbc.user", db.user())
                .applySetting("jakarta.persistence.jdbc.password", db.password())
                .applySetting("hibernate.dialect", dialect)
                .applySetting("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                .applySetting("hibernate.implicit_naming_strategy", new OwnerAndFieldJoinTables())
                .applySetting("jakarta.persistence.validation.mode", "ddl")
                // Hibernate's own schema export, run when the session factory starts.
                .applySetting("jakarta.persistence.schema-generation.database.action", "create")
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .build();
        try {
            var sources = new MetadataSources(registry);
            for (String n : simpleNames) sources.addAnnotatedClass(loader.loadClass("test." + n));
            Metadata metadata = sources.getMetadataBuilder().build();
            metadata.getSessionFactoryBuilder().build().close();
            return metadata;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * The implicit naming Spring Boot configures: JPA's, but for the name of a join table no {@code @JoinTable(name)}
     * gives, which is the owning entity's table, {@code _}, and the owning attribute's name (before the physical strategy).
     */
    static final class OwnerAndFieldJoinTables extends ImplicitNamingStrategyJpaCompliantImpl {
        @Override
        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
            String owner = source.getOwningPhysicalTableName();
            String field = source.getAssociationOwningAttributePath().getProperty();
            return toIdentifier(owner + "_" + field, source.getBuildingContext());
        }
    }

    /**
     * The database with its names abstracted as the allow-list says: entity tables by entity, join tables by their names
     * (Hibernate's, which the reading gives the language's join tables), the columns of a join table {@code named} does
     * not list by the table they reference, constraints and indexes without names. schemac's index on each foreign key (a
     * design rule of the language that Hibernate does not have) is dropped from schemac's side only.
     *
     * @param named join tables compared by their columns' names too (as @JoinTable gives them)
     */
    static Map<String, String> canonical(DbShape db, Map<String, String> entities, boolean hibernate, Set<String> named) {
        var out = new TreeMap<String, String>();
        for (var t : db.tables().entrySet()) {
            boolean exact = named.contains(t.getKey());
            boolean join = !entities.containsKey(t.getKey());
            String table = join ? "join " + t.getKey() : name(t.getKey(), t.getValue(), entities);
            var columnNames = new HashMap<String, String>();
            for (var fk : t.getValue().foreignKeys()) {
                if (join && !exact && fk.columns().size() == 1) {
                    columnNames.put(fk.columns().get(0), "fk:" + name(fk.referencedTable(), db.tables().get(fk.referencedTable()), entities));
                }
            }
            var cols = new TreeSet<String>();
            for (var c : t.getValue().columns()) {
                cols.add(columnNames.getOrDefault(c.name(), c.name()) + " " + type(c.type()) + (c.nullable() ? " null" : " not null"));
            }
            out.put(table + " columns", String.join("\n", cols));
            out.put(table + " primary key", t.getValue().primaryKey() == null ? "none"
                    : new TreeSet<>(rename(t.getValue().primaryKey().columns(), columnNames)).toString());
            var fks = new TreeSet<String>();
            var fkColumns = new TreeSet<String>();
            for (var fk : t.getValue().foreignKeys()) {
                fkColumns.add(fk.columns().toString());
                // An implicit join table's rows go with their owners in schemac (CASCADE); Hibernate deletes them
                // itself and leaves the database NO ACTION (allow-listed).
                // A composite foreign key is the same whichever order its column pairs are listed in.
                var pairs = new TreeSet<String>();
                var from = rename(fk.columns(), columnNames);
                for (int i = 0; i < from.size(); i++) pairs.add(from.get(i) + "=" + fk.referencedColumns().get(i));
                fks.add(pairs + " -> " + name(fk.referencedTable(), db.tables().get(fk.referencedTable()), entities)
                        + (join ? "" : " on delete " + fk.onDelete()));
            }
            out.put(table + " foreign keys", String.join("\n", fks));
            var uniques = new TreeSet<String>();
            for (var u : t.getValue().uniques()) uniques.add(rename(u.columns(), columnNames).toString());
            out.put(table + " uniques", String.join("\n", uniques));
            var indexes = new TreeSet<String>();
            for (var i : t.getValue().indexes()) {
                if (!hibernate && fkColumns.contains(i.columns().toString())) continue;
                indexes.add(rename(i.columns(), columnNames).toString());
            }
            out.put(table + " indexes", String.join("\n", indexes));
        }
        return out;
    }

    /**
     * An enum column is a PostgreSQL enum type in schemac's DDL and a {@code varchar(255)} with
     * a CHECK in Hibernate's: the same values either way (allow-listed). Both become {@code enum}.
     */
    private static void enumColumns(Map<String, String> schemac, Map<String, String> hibernate, java.util.Set<String> enums) {
        for (var e : schemac.entrySet()) {
            if (!e.getKey().endsWith(" columns")) continue;
            var mine = new ArrayList<>(List.of(e.getValue().split("\n")));
            var theirs = new ArrayList<>(List.of(hibernate.getOrDefault(e.getKey(), "").split("\n")));
            for (int i = 0; i < mine.size(); i++) {
                String[] parts = mine.get(i).split(" ", 3);
                if (parts.length < 3 || !enums.contains(parts[1])) continue;
                mine.set(i, parts[0] + " enum " + parts[2]);
                for (int j = 0; j < theirs.size(); j++) {
                    // varchar(255), or @Column(length): the CHECK beside it holds the values (a length too short for one SC916 says).
                    if (theirs.get(j).matches(java.util.regex.Pattern.quote(parts[0]) + " character varying\\(\\d+\\) .*")) {
                        theirs.set(j, theirs.get(j).replaceFirst(" character varying\\(\\d+\\) ", " enum "));
                    }
                }
            }
            e.setValue(String.join("\n", new TreeSet<>(mine)));
            hibernate.put(e.getKey(), String.join("\n", new TreeSet<>(theirs)));
        }
    }

    private static String name(String table, DbShape.TableShape shape, Map<String, String> entities) {
        String entity = entities.get(table);
        if (entity != null) return entity;
        var joined = new TreeSet<String>();
        for (var fk : shape.foreignKeys()) joined.add(entities.getOrDefault(fk.referencedTable(), fk.referencedTable()));
        return "join" + joined;
    }

    private static List<String> rename(List<String> columns, Map<String, String> names) {
        return columns.stream().map(c -> names.getOrDefault(c, c)).toList();
    }

    /** PostgreSQL spells a default precision out or not depending on how the type was written; both mean the same. */
    private static String type(String t) {
        return t.replace("timestamp(6) with time zone", "timestamp with time zone")
                .replace("timestamp(6) without time zone", "timestamp without time zone");
    }
}
