package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What {@link InheritedAndGenericModels} reads to, and what of it the language cannot say: one coded finding at the
 * element each (Hibernate's own tables of the models that compile are {@link HibernateJudgeTest}'s).
 */
class InheritedAndGenericTest {
    private static List<String> messages(com.google.testing.compile.Compilation c) {
        return c.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /** A mapped superclass's many-to-many is named after the one entity that has it, as Hibernate names its join table. */
    @Test
    void aMappedSuperclassManyToManyTakesTheJoinTableOfItsEntity() {
        var c = Sources.compile(InheritedAndGenericModels.mixinTwoManyToManys());
        assertThat(c).succeeded();
        String ddl = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(ddl).contains("CREATE TABLE draft_labels (").contains("CREATE TABLE draft_pinned_labels (");
        assertThat(messages(c)).noneMatch(m -> m.contains("SC916") || m.contains("SC924"));

        var one = Sources.compile(InheritedAndGenericModels.mixinManyToMany());
        assertThat(one).succeeded();
        assertThat(Sources.generated(one, "sql/postgres/schema.sql")).contains("CREATE TABLE articles_labels (");
    }

    /** Two entities that have one superclass's many-to-many: Hibernate's join tables are two names, the mixin's field one. */
    @Test
    void aManyToManyOfASuperclassTwoEntitiesHaveIsSaid() {
        var labelled = jpa("Labelled", "@MappedSuperclass public abstract class Labelled {", "  @ManyToMany Set<Label> labels;", "}");
        var sources = List.of(labelled,
                jpa("Article", "@Entity @Table(name = \"articles\") public class Article extends Labelled {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
                jpa("Memo", "@Entity @Table(name = \"memos\") public class Memo extends Labelled {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}"),
                jpa("Label", "@Entity @Table(name = \"labels\") public class Label {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                        "  @ManyToMany(mappedBy = \"labels\") Set<Article> articles;",
                        "  @ManyToMany(mappedBy = \"labels\") Set<Memo> memos;", "}"));
        var c = Sources.compile(sources);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] the join table Hibernate names after the table of each entity that has the "
                + "field of `Labelled` on `labels` cannot be said in the language").inFile(labelled)
                .onLineContaining("@ManyToMany Set<Label> labels;");
        assertThat(messages(c)).filteredOn(m -> m.contains("SC916")).hasSize(1);
    }

    /** A relation to a wildcard's bound is one to the bound, as Hibernate maps it: no finding. */
    @Test
    void wildcardRelationsAreRelationsToTheirBound() {
        var c = Sources.compile(InheritedAndGenericModels.wildcardRelations());
        assertThat(c).succeeded();
        assertThat(messages(c)).noneMatch(m -> m.contains("[SC9") || m.contains("[SC4"));
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("CREATE TABLE discussions_topics (");
    }

    /** A map of entities keyed by their attribute is a back side; any other map is one SC900 at the field. */
    @Test
    void aMapKeyedByItsValuesAttributeIsABackSide() {
        var c = Sources.compile(InheritedAndGenericModels.orderService());
        assertThat(c).succeeded();
        var other = jpa("Basket", "@Entity @Table(name = \"baskets\") public class Basket {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @OneToMany(mappedBy = \"basket\") Map<Long, Item> items;", "}");
        var item = jpa("Item", "@Entity @Table(name = \"items\") public class Item {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  @ManyToOne Basket basket;", "}");
        var refused = Sources.compile(other, item);
        assertThat(refused).hadErrorContaining("[SC900] field `items` has Java type `java.util.Map<java.lang.Long,test.Item>`")
                .inFile(other).onLineContaining("Map<Long, Item> items;");
        assertThat(refused.errors()).hasSize(1);
    }

    /**
     * Arrays of values are Hibernate's array columns, and an array of a superclass's type variable its serialized object
     * (HibernateJudgeTest shows both): SC924 at each field, saying which.
     */
    @Test
    void arraysOfValuesAreRefusedAtTheirFields() {
        var sources = InheritedAndGenericModels.arrays("  Integer[] counts;");
        var c = Sources.compile(sources);
        assertThat(c).hadErrorContaining("[SC924] an array of the type variable `T` (Integer) on `samples` cannot be said in the "
                + "language: Hibernate stores the array as one serialized Java object (a bytea column on PostgreSQL), which only "
                + "Java reads").inFile(sources[0]).onLineContaining("T[] samples;");
        assertThat(c).hadErrorContaining("[SC924] a collection of Integer on `counts`").inFile(sources[1]).onLineContaining("Integer[] counts;");
        assertThat(c.errors()).hasSize(2);
    }

    /**
     * A subclass passing its own type variable to the converter's type (`Ids<T> extends Tagged<T>`) is converted by none,
     * as in Hibernate 7, which compares the superclass's arguments as written (`T`): it is one SC900 saying that Hibernate
     * serializes it (HibernateJudgeTest.hibernateConvertsNoSubclassPassingItsTypeVariable), never an unknown type.
     */
    @Test
    void aSubclassPassingItsTypeVariableIsConvertedByNone() {
        var sources = InheritedAndGenericModels.subclassPassingItsVariable("  Ids<Integer> ids;");
        var c = Sources.compile(sources);
        assertThat(c).hadErrorContaining("[SC900] field `ids` has Java type `test.Ids<java.lang.Integer>`, which has no logical "
                + "type: `Ids` is no entity, embeddable or enum: Hibernate has no mapping of its own for it and keeps it "
                + "Java-serialized in a bytea column").inFile(sources[3]).onLineContaining("Ids<Integer> ids;");
        assertThat(c.errors()).hasSize(1);
        var converted = Sources.compile(InheritedAndGenericModels.subclassPassingItsVariable("  Tagged<Integer> ids;"));
        assertThat(converted).succeeded();
        assertThat(Sources.generated(converted, "sql/postgres/schema.sql")).contains("ids integer");
    }

    /**
     * What Spring Boot teams write beside their relations that the language cannot say: an enum @ElementCollection in a
     * @CollectionTable, an @OrderColumn list, a map keyed by a column of its own (@MapKeyColumn): one error each, at
     * the field, and nothing else.
     */
    @Test
    void collectionsTeamsWriteAreOneFindingEach() {
        var role = jpa("Role", "public enum Role { ADMIN, USER }");
        var user = jpa("Member", "@Entity @Table(name = \"members\") public class Member {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ElementCollection @CollectionTable(name = \"member_roles\", joinColumns = @JoinColumn(name = \"member_id\"))",
                "  @Enumerated(EnumType.STRING) @Column(name = \"role\") Set<Role> roles;",
                "  @OneToMany(mappedBy = \"member\") @OrderColumn(name = \"pos\") List<Device> devices;",
                "  @OneToMany(mappedBy = \"member\") @MapKeyColumn(name = \"label\") Map<String, Device> byLabel;", "}");
        var device = jpa("Device", "@Entity @Table(name = \"devices\") public class Device {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "  @ManyToOne Member member;", "}");
        var c = Sources.compile(role, user, device);
        assertThat(c).hadErrorContaining("[SC924] @ElementCollection on `roles`").inFile(user).onLineContaining("@ElementCollection");
        assertThat(c).hadErrorContaining("[SC924] @OrderColumn on `devices`").inFile(user).onLineContaining("@OrderColumn");
        assertThat(c).hadErrorContaining("[SC900] field `by_label` has Java type `java.util.Map<java.lang.String,test.Device>`")
                .inFile(user).onLineContaining("Map<String, Device> byLabel;");
        assertThat(c.errors()).hasSize(3);
    }
}
