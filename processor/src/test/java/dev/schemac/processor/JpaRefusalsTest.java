package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * JPA that changes the tables Hibernate creates is never dropped in silence: what the language
 * can say is mapped exactly (the twins of {@link JpaMappingTest}), a difference of names is a
 * warning (SC916), and a mapping that would give other columns, keys or foreign keys than
 * Hibernate's is an error (SC924) that says what to write instead. Each is pinned at its line.
 */
class JpaRefusalsTest {
    private static final JavaFileObject COUNTRY = jpa("Country", "@Entity @Table(name = \"countries\") public class Country {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
            "  @Column(length = 2, unique = true, nullable = false) String code;", "}");

    @Test
    void aForeignKeyToAColumnThatIsNotTheKeyIsRefused() {
        var city = jpa("City", "@Entity @Table(name = \"cities\") public class City {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne(optional = false)",
                "  @JoinColumn(name = \"country_code\", referencedColumnName = \"code\") Country country;", "}");
        var c = Sources.compile(COUNTRY, city);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] `@JoinColumn(referencedColumnName = \"code\")` on `country` cannot be said in the "
                + "language: a foreign key references the primary key of `Country` (`id`), and its column has the key's type")
                .inFile(city).onLineContaining("referencedColumnName = \"code\"");
        assertThat(c).hadErrorContaining("help: reference the key: drop referencedColumnName (or write `\"id\"`)");
        assertThat(c.errors()).hasSize(1);
    }

    /**
     * Every Bean Validation constraint is read or reported: one the database cannot check
     * (@Past, @AssertTrue, @Null, ...) and @Digits where it sizes no column (a String, an
     * embeddable's member) is a warning at its line; @Digits sizes a BigDecimal's column.
     */
    @Test
    void validationTheDatabaseDoesNotCheckIsAWarningAtItsLine() {
        var span = jpa("Span", "@Embeddable public class Span {", "  @Digits(integer = 3, fraction = 1) BigDecimal hours;", "}");
        var shift = jpa("Shift", "@Entity public class Shift {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Past LocalDate plannedOn;",
                "  @AssertTrue boolean confirmed;",
                "  @Null String legacy;",
                "  @Digits(integer = 4, fraction = 0) String badge;",
                "  @Digits(integer = 4, fraction = 1) BigDecimal rate;",
                "  @Embedded Span span;",
                "}");
        var c = Sources.compile(span, shift);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Past on `planned_on` cannot be said in the language: the database does not "
                + "check it; only the application's validation does").inFile(shift).onLineContaining("@Past");
        assertThat(c).hadWarningContaining("[SC916] @AssertTrue on `confirmed`").inFile(shift).onLineContaining("@AssertTrue");
        assertThat(c).hadWarningContaining("[SC916] @Null on `legacy`").inFile(shift).onLineContaining("@Null");
        assertThat(c).hadWarningContaining("[SC916] @Digits on `badge` cannot be said in the language: only a BigDecimal's column "
                + "is sized by it; only the application's validation does").inFile(shift).onLineContaining("String badge");
        assertThat(c).hadWarningContaining("[SC916] @Digits on `hours` cannot be said in the language: Hibernate does not size an "
                + "embeddable's column by it").inFile(span).onLineContaining("@Digits");
        assertThat(c.warnings().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).filter(m -> m.contains("SC916")))
                .hasSize(5);
        String ddl = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(ddl).contains("rate numeric(5, 1)").contains("hours numeric(38, 2)");
    }

    /**
     * Column types Hibernate creates otherwise than the outputs describe (TypesProbe, HibernateJudgeTest): a
     * LocalDateTime, java.util.Date, Calendar or Timestamp is a timestamp without time zone, a LocalTime time(0), a
     * @Lob on PostgreSQL a large object. The same for every such field, so each is one warning for the whole model, at
     * its first field, counting and naming the others: a codebase's hundred timestamps are one warning, not a hundred.
     */
    @Test
    void typesHibernateCreatesOtherwiseAreOneWarningForTheModel() {
        var base = jpa("Stamped", "@MappedSuperclass public abstract class Stamped {",
                "  LocalDateTime writtenAt;", "}");
        var note = jpa("Note", "@Entity public class Note extends Stamped {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Lob String body;",
                "  Instant readAt;",
                "  Date filedAt;",
                "  @Temporal(TemporalType.DATE) Date filedOn;",
                "  @Convert(converter = Stamp.class) Long stampedAt;",
                "  LocalTime remindAt;",
                "}");
        var memo = jpa("Memo", "@Entity public class Memo {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  LocalDateTime sentAt; Calendar seenAt; java.sql.Timestamp keptAt; LocalDateTime goneAt;",
                "  @Lob byte[] scan;",
                "  @Lob @Column(columnDefinition = \"bytea\") byte[] copy;",
                "  @Column(columnDefinition = \"timestamp with time zone\") LocalDateTime keptUntil;",
                "}");
        var stamp = jpa("Stamp", "public class Stamp implements AttributeConverter<Long, LocalDateTime> {",
                "  public LocalDateTime convertToDatabaseColumn(Long l) { return null; }",
                "  public Long convertToEntityAttribute(LocalDateTime t) { return null; }", "}");
        var c = Sources.compile(note, memo, base, stamp);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] LocalDateTime, Calendar, Timestamp, Date on `Memo.sentAt` and 6 other "
                + "fields (Memo.seenAt, Memo.keptAt, Memo.goneAt, ...) cannot be said in the language: Hibernate creates a "
                + "timestamp without time zone for them").inFile(memo).onLineContaining("LocalDateTime sentAt");
        assertThat(c).hadWarningContaining("write OffsetDateTime or Instant");
        assertThat(c).hadWarningContaining("[SC916] @Lob on `Memo.scan` and 1 other field (Note.body) cannot be said in the "
                + "language: on PostgreSQL Hibernate keeps them in large objects (oid columns)").inFile(memo).onLineContaining("@Lob byte[] scan");
        assertThat(c).hadWarningContaining("help: give it @Column(columnDefinition = \"text\") (\"bytea\" for a byte[]): "
                + "Hibernate then creates that column, which the outputs describe");
        // A column definition is the column's whole type, Hibernate's too: those fields are in no summary.
        assertThat(messages(c)).noneMatch(m -> m.contains("Memo.copy") || m.contains("Memo.keptUntil"));
        assertThat(c).hadWarningContaining("[SC916] LocalTime on `Note.remindAt` cannot be said in the language: Hibernate creates "
                + "them time(0), whole seconds").inFile(note).onLineContaining("LocalTime remindAt");
        assertThat(c.warnings().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).filter(m -> m.contains("SC916")))
                .hasSize(3);
        // @Temporal(DATE) makes a Date Hibernate's date column: no timestamp, so not in the summary. A converter to a
        // LocalDateTime is in it: the column is the converter's.
        String ddl = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(ddl).contains("filed_on date").contains("filed_at timestamptz").contains("body text").contains("stamped_at timestamptz");
    }

    /**
     * A @ManyToMany whose target has no @ManyToMany(mappedBy) for it (a self relation too) is
     * refused at its line with the JPA to write; with that side it is the language's many-to-many.
     */
    @Test
    void aManyToManyWithoutItsMappedBySideIsRefusedWithTheSideToAdd() {
        var tag = jpa("Tag", "@Entity public class Tag {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var post = jpa("Post", "@Entity public class Post {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany Set<Tag> tags;",
                "  @ManyToMany Set<Post> related;",
                "}");
        var c = Sources.compile(tag, post);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @ManyToMany without a mappedBy side on `tags` cannot be said in the language: "
                + "a many-to-many is a list on each of its two entities in the language, and `Tag` has no "
                + "@ManyToMany(mappedBy = \"tags\")").inFile(post).onLineContaining("Set<Tag> tags");
        assertThat(c).hadErrorContaining("help: add `@ManyToMany(mappedBy = \"tags\") Set<Post> posts;` to `Tag`");
        assertThat(c).hadErrorContaining("[SC924] @ManyToMany without a mappedBy side on `related`").inFile(post)
                .onLineContaining("Set<Post> related");
        assertThat(c.errors()).hasSize(2);
        var both = jpa("Post", "@Entity public class Post {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany Set<Tag> tags;",
                "  @ManyToMany Set<Post> related;",
                "  @ManyToMany(mappedBy = \"related\") Set<Post> relatedBy;",
                "}");
        var paired = jpa("Tag", "@Entity public class Tag {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;", "}");
        assertThat(Sources.compile(paired, both)).succeeded();
    }

    /** A mappedBy that names no owning field is refused at its value, with the owning fields there are. */
    @Test
    void aMappedByNamingNoOwningFieldIsRefusedAtIt() {
        var desk = jpa("Desk", "@Entity public class Desk {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @OneToOne Person owner;", "}");
        var person = jpa("Person", "@Entity public class Person {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @OneToOne(mappedBy = \"nobody\") Desk desk;",
                "  @OneToMany(mappedBy = \"person\") List<Badge> badges;",
                "}");
        var badge = jpa("Badge", "@Entity public class Badge {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "}");
        var c = Sources.compile(desk, person, badge);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @OneToOne(mappedBy = \"nobody\") on `desk` cannot be said in the language: "
                + "`Desk` has no relation field of that name pointing back (Hibernate refuses it too)").inFile(person)
                .onLineContaining("mappedBy = \"nobody\"");
        assertThat(c).hadErrorContaining("help: name the owning field: mappedBy = \"owner\"");
        assertThat(c).hadErrorContaining("[SC924] @OneToMany(mappedBy = \"person\") on `badges`").inFile(person)
                .onLineContaining("mappedBy = \"person\"");
        assertThat(c).hadErrorContaining("help: add the owning side to `Badge`, and name it in mappedBy");
        assertThat(c.errors()).hasSize(2);
    }

    /**
     * SC905 names the annotation written: an embeddable may be a record, a mapped superclass may
     * not, an enum is neither; an entity that embeds the refused type has no error of its own.
     */
    @Test
    void aMixinOfTheWrongKindIsReportedByTheAnnotationWritten() {
        var base = jpa("Base", "@MappedSuperclass public record Base(Long id) {}");
        var kind = jpa("Kind", "@Embeddable public enum Kind { A }");
        // Embedding the refused one is that one error, not also an unknown mixin of the entity.
        var user = jpa("User", "@Entity public class User {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Embedded Kind kind;", "}");
        var c = Sources.compile(base, kind, user);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC905] @MappedSuperclass on record `Base`: a mapped superclass is a class that "
                + "entities extend").inFile(base).onLineContaining("record Base");
        assertThat(c).hadErrorContaining("[SC905] @Embeddable on enum `Kind`: an embeddable is a class or a record whose "
                + "fields entities embed").inFile(kind).onLineContaining("enum Kind");
        assertThat(c.errors()).hasSize(2);
    }

    /**
     * An embeddable reached twice through nesting (directly and inside another embeddable) is one mixin whose columns
     * would be in the table once: refused at the nested member, as a second @Embedded of the entity's own is.
     */
    @Test
    void anEmbeddableReachedTwiceThroughNestingIsRefusedAtTheNestedMember() {
        var point = jpa("Point", "@Embeddable public class Point { Double lat; Double lon; }");
        var address = jpa("Address", "@Embeddable public class Address {", "  String street;", "  @Embedded Point point;", "}");
        var site = jpa("Site", "@Entity public class Site {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Embedded Point entrance;",
                "  @Embedded Address address;", "}");
        var c = Sources.compile(point, address, site);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] a second @Embedded `Point` on `point` cannot be said in the language: an "
                + "embeddable is a mixin, and a mixin's columns are in a table once, not once for `entrance` and once for `point`")
                .inFile(address).onLineContaining("@Embedded Point point;");
        assertThat(c).hadErrorContaining("help: declare the second one's columns in an @Embeddable type of their own, or as "
                + "fields of `Site`");
        assertThat(c.errors()).hasSize(1);
    }

    /**
     * What Jakarta Persistence 3.2 hands Hibernate's DDL beside the column (a comment, a check's SQL, SQL options, a
     * fraction of a second, a foreign key's own definition) and an index column ordered DESC: each a warning at its
     * value, never dropped in silence; an element written empty says nothing.
     */
    @Test
    void ddlTextAndDescendingIndexColumnsAreWarningsAtTheirValues() {
        var buyer = jpa("Buyer", "@Entity public class Buyer {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var order = jpa("Purchase", "@Entity @Table(name = \"purchases\", comment = \"every purchase\",",
                "    check = @CheckConstraint(name = \"ck_total\", constraint = \"total >= 0\"),",
                "    indexes = {@Index(columnList = \"total DESC, placed_at\", options = \"WITH (fillfactor = 70)\"),",
                "        @Index(columnList = \"placedAt asc\")},",
                "    uniqueConstraints = @UniqueConstraint(columnNames = \"code\", options = \"NULLS NOT DISTINCT\"))",
                "public class Purchase {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(length = 12) String code;",
                "  @Column(comment = \"in cents\", check = @CheckConstraint(constraint = \"total < 100000000\")) Integer total;",
                "  @Column(secondPrecision = 3, options = \"\", check = {}) Instant placedAt;",
                "  @Column(options = \"collate \\\"C\\\"\") String note;",
                "  @ManyToOne @JoinColumn(comment = \"who\", foreignKey = @ForeignKey(foreignKeyDefinition =",
                "      \"foreign key (buyer_id) references buyer on delete cascade\")) Buyer buyer;",
                "}");
        var c = Sources.compile(buyer, order);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Table(comment) on `Purchase` cannot be said in the language: the outputs' "
                + "comments are the doc comments; write the text as the Javadoc of the field or class").inFile(order)
                .onLineContaining("comment = \"every purchase\"");
        assertThat(c).hadWarningContaining("[SC916] @Table(check) on `Purchase` cannot be said in the language: the "
                + "constraint's SQL is not read; say it with schemac's @Check").inFile(order).onLineContaining("ck_total");
        assertThat(c).hadWarningContaining("[SC916] @Index(options) on `Purchase`").inFile(order).onLineContaining("indexes = {");
        assertThat(c).hadWarningContaining("[SC916] @UniqueConstraint(options) on `Purchase` cannot be said in the language: its "
                + "SQL is appended to Hibernate's DDL").inFile(order).onLineContaining("uniqueConstraints");
        assertThat(c).hadWarningContaining("[SC916] @Index(columnList) with `total DESC` on `Purchase` cannot be said in the "
                + "language: the language's indexes have no column order, so the outputs' index is ascending in every column")
                .inFile(order).onLineContaining("indexes = {");
        assertThat(c).hadWarningContaining("[SC916] @Column(comment) on `total`").inFile(order).onLineContaining("in cents");
        assertThat(c).hadWarningContaining("[SC916] @Column(check) on `total`").inFile(order).onLineContaining("total < 100000000");
        assertThat(c).hadWarningContaining("[SC916] @Column(secondPrecision) on `placed_at` cannot be said in the language: the "
                + "outputs' datetime and time columns keep the database's own fraction of a second").inFile(order)
                .onLineContaining("secondPrecision = 3");
        assertThat(c).hadWarningContaining("[SC916] @Column(options) on `note`").inFile(order).onLineContaining("String note;");
        assertThat(c).hadWarningContaining("[SC916] @JoinColumn(comment) on `buyer`").inFile(order).onLineContaining("comment = \"who\"");
        assertThat(c).hadWarningContaining("[SC916] @ForeignKey(foreignKeyDefinition) on `buyer` cannot be said in the language: "
                + "its SQL replaces the foreign key Hibernate writes; say an ON DELETE with @OnDelete").inFile(order)
                .onLineContaining("comment = \"who\"");
        // Eleven, and no more: the empty options and check of placed_at and the ascending column say nothing.
        assertThat(c.warnings().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).filter(m -> m.contains("SC916")))
                .hasSize(11);
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("(total, placed_at)").contains("(placed_at)");
    }

    /**
     * Jakarta's @Entity on a record describes tables Hibernate never creates (a JPA entity is not final; Hibernate maps
     * records as embeddables only): refused at the annotation. schemac's own @Entity on the same record is an entity.
     */
    @Test
    void aRecordWithJakartasEntityIsRefusedAndWithSchemacsIsAnEntity() {
        var jpaRecord = jpa("Reading", "@Entity public record Reading(",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id, Double value) {}");
        var c = Sources.compile(jpaRecord);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC904] Jakarta's @Entity on record `Reading`: a JPA entity is a class that is not "
                + "final, and Hibernate maps a record as an @Embeddable only").inFile(jpaRecord).onLineContaining("@Entity public record");
        assertThat(c).hadErrorContaining("help: make `Reading` a class with a no-argument constructor, or annotate the record "
                + "with schemac's @dev.schemac.annotations.Entity instead");
        assertThat(c.errors()).hasSize(1);
        var own = Sources.java("test.Reading", "import dev.schemac.annotations.*;",
                "@Entity public record Reading(@Id @Auto long id, double value) {}");
        assertThat(Sources.compile(own)).succeeded();
    }

    @Test
    void aForeignKeyNamingTheKeyColumnIsTheLanguagesForeignKey() {
        Equivalence.assertSame("""
                entity City {
                  id      bigint @id @auto
                  country Country @map("country_ref") @relation(map = "fk_city_country") @on_delete(no_action)
                  @@timestamps(false)
                }
                entity Country {
                  id   bigint @id @auto
                  code string(2) @unique
                  @@map("countries")
                  @@timestamps(false)
                }
                """, COUNTRY, jpa("City", "@Entity public class City {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne(optional = false) @JoinColumn(name = \"country_ref\", referencedColumnName = \"id\",",
                "      foreignKey = @ForeignKey(name = \"fk_city_country\")) Country country;", "}"));
    }

    @Test
    void joinColumnsWithOtherNamesAreAWarningAndToAnotherColumnAnError() {
        var line = jpa("Line", "@Entity public class Line {", "  @Id Long orderNo;", "  @Id Integer lineNo;", "}");
        var ship = jpa("Ship", "@Entity public class Ship {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne @JoinColumns({@JoinColumn(name = \"l_order\", referencedColumnName = \"order_no\"),",
                "      @JoinColumn(name = \"l_line\", referencedColumnName = \"line_no\")}) Line line;",
                "  @ManyToOne @JoinColumns({@JoinColumn(name = \"o_order\", referencedColumnName = \"order_no\"),",
                "      @JoinColumn(name = \"o_note\", referencedColumnName = \"note\")}) Line other;",
                "}");
        var c = Sources.compile(line, ship);
        assertThat(c).hadWarningContaining("[SC916] @JoinColumns names (`l_order`, `l_line`) on `line` cannot be said in the language: "
                + "the columns of a foreign key to a composite key are named `line_{key column}`")
                .inFile(ship).onLineContaining("name = \"l_order\"");
        assertThat(c).hadErrorContaining("[SC924] `@JoinColumn(referencedColumnName = \"note\")` on `other` cannot be said in the "
                + "language: a foreign key references the primary key (`order_no`, `line_no`)")
                .inFile(ship).onLineContaining("name = \"o_order\"");
        assertThat(c.errors()).hasSize(1);
    }

    @Test
    void oneEmbeddableEmbeddedTwiceIsRefusedAndAnOverrideIsAWarning() {
        var addr = jpa("Addr", "@Embeddable public class Addr {", "  @Column(length = 100) String street;", "}");
        var person = jpa("Person", "@Entity public class Person {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Embedded Addr home;",
                "  @Embedded @AttributeOverride(name = \"street\", column = @Column(name = \"work_street\")) Addr work;",
                "}");
        var c = Sources.compile(addr, person);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] a second @Embedded `Addr` on `work` cannot be said in the language: an "
                + "embeddable is a mixin, and a mixin's columns are in a table once, not once for `home` and once for `work`")
                .inFile(person).onLineContaining("Addr work;");
        assertThat(c).hadErrorContaining("help: declare the second one's columns in an @Embeddable type of their own, or as "
                + "fields of `Person`");
        assertThat(c).hadWarningContaining("[SC916] @AttributeOverride on `work` cannot be said in the language: a mixin's "
                + "columns have the names its own fields give them, in every entity").inFile(person).onLineContaining("work_street");
        assertThat(c.errors()).hasSize(1);
    }

    @Test
    void anEmbeddableThatIsAKeyAndColumnsElsewhereIsRefused() {
        var key = jpa("Key", "@Embeddable public class Key implements java.io.Serializable {", "  String code;", "}");
        var a = jpa("Alpha", "@Entity public class Alpha {", "  @EmbeddedId Key key;", "}");
        var b = jpa("Beta", "@Entity public class Beta {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Embedded Key key;", "}");
        var c = Sources.compile(key, a, b);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @Embedded `Key` on `key` cannot be said in the language: `Key` is an "
                + "@EmbeddedId elsewhere, and an embeddable's fields are key fields in every entity or in none")
                .inFile(b).onLineContaining("Key key;");
    }

    @Test
    void aUnidirectionalOneToManySaysWhatToWriteInstead() {
        var note = jpa("Note", "@Entity public class Note {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var post = jpa("Post", "@Entity public class Post {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @OneToMany List<Note> notes;", "}");
        var c = Sources.compile(note, post);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @OneToMany without mappedBy on `notes` cannot be said in the language: "
                + "Hibernate keeps such a list in a join table, or with @JoinColumn in a column of `Note` that no field declares, "
                + "and a list in the language is the other side of a to-one field").inFile(post).onLineContaining("List<Note> notes");
        assertThat(c).hadErrorContaining("help: add `@ManyToOne Post post;` to `Note` and write @OneToMany(mappedBy = \"post\") "
                + "here; for a join table, @ManyToMany on both sides");
        assertThat(messages(c)).as("the compiler's SC403 follows from it and is not repeated").noneMatch(m -> m.contains("SC403"));
    }

    @Test
    void mapsIdAndSecondaryTablesAreRefused() {
        var user = jpa("Account", "@Entity public class Account {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var profile = jpa("Profile", "@Entity @SecondaryTable(name = \"profile_extra\") public class Profile {",
                "  @Id Long id;", "  @MapsId @OneToOne Account account;", "}");
        var c = Sources.compile(user, profile);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @MapsId on `account` cannot be said in the language: the relation's foreign key "
                + "would be the entity's primary key, which a key field of its own is not").inFile(profile).onLineContaining("@MapsId");
        assertThat(c).hadErrorContaining("[SC924] @SecondaryTable on `Profile` cannot be said in the language: an entity is one "
                + "table, and the columns Hibernate puts in the secondary table would be in it").inFile(profile)
                .onLineContaining("@SecondaryTable");
    }

    @Test
    void hibernatesOwnDdlAnnotationsAndUnenforcedForeignKeysAreWarnings() {
        var parent = jpa("Parent", "@Entity public class Parent {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var child = jpa("Child", "@Entity public class Child {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) Parent parent;",
                "  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Parent loose;",
                "  @org.hibernate.annotations.ColumnDefault(\"0\") Integer rank;", "}");
        var c = Sources.compile(parent, child);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] Hibernate's @ColumnDefault on `rank`").inFile(child).onLineContaining("ColumnDefault");
        // Hibernate's @OnDelete on the owning side is the foreign key's action, which the language says.
        assertThat(Sources.generated(c, "sql/postgres/schema.sql"))
                .contains("FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE CASCADE");
        assertThat(c).hadWarningContaining("[SC916] @ForeignKey(ConstraintMode.NO_CONSTRAINT) on `loose` cannot be said in the "
                + "language: every to-one field's columns are a foreign key, which the database enforces").inFile(child)
                .onLineContaining("NO_CONSTRAINT");
    }

    /** JPA's common generic base class extended raw: the help says how to give the key its type, never to drop it. */
    @Test
    void aGenericMappedSuperclassSaysHowToGiveTheKeyItsType() {
        var base = jpa("Base", "@MappedSuperclass public abstract class Base<ID> {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) ID id;", "}");
        var thing = jpa("Thing", "@SuppressWarnings(\"rawtypes\") @Entity public class Thing extends Base { String name; }");
        var c = Sources.compile(base, thing);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC900] field `id` has Java type `ID`, a type variable of `Base` that no type argument "
                + "gives a type: the variable of an entity, or of a supertype an entity extends or implements raw, stands for "
                + "no one type").inFile(base).onLineContaining("ID id;");
        assertThat(c).hadErrorContaining("help: give the type argument where `Base` is extended (`extends Base<Long>`, not the "
                + "raw `extends Base`), or give the field its type (for a key, `Long id`)");
        assertThat(messages(c)).noneMatch(m -> m.contains("@Transient"));
    }

    /**
     * Library types Hibernate keeps where the language cannot follow: Java-serialized bytes (a YearMonth, a MonthDay, a
     * URI) or PostgreSQL's inet (an InetAddress). Each is refused at its line with what to write for that very type, not
     * the general list of types.
     */
    @Test
    void serializedAndNetworkLibraryTypesAreRefusedWithAHelpOfTheirOwn() {
        var visit = jpa("Visit", "@Entity public class Visit {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  YearMonth billedFor;",
                "  MonthDay anniversary;",
                "  java.net.URI source;",
                "  java.net.InetAddress clientIp;",
                "  Year season;",
                "}");
        var c = Sources.compile(visit);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC900] field `billed_for` has Java type `java.time.YearMonth`, which has no logical "
                + "type: Hibernate has no mapping of its own for it and keeps it Java-serialized in a bytea column, whose bytes "
                + "only Java reads back").inFile(visit).onLineContaining("YearMonth billedFor;");
        assertThat(c).hadErrorContaining("help: @Convert(converter = ...) it with an AttributeConverter<YearMonth, String> "
                + "(\"2024-05\", a varchar) or <YearMonth, LocalDate> (the month's first day)");
        assertThat(c).hadErrorContaining("[SC900] field `anniversary` has Java type `java.time.MonthDay`").inFile(visit)
                .onLineContaining("MonthDay anniversary;");
        assertThat(c).hadErrorContaining("AttributeConverter<MonthDay, String> (\"--12-25\", a varchar)");
        assertThat(c).hadErrorContaining("[SC900] field `source` has Java type `java.net.URI`").inFile(visit)
                .onLineContaining("URI source;");
        assertThat(c).hadErrorContaining("help: declare it a java.net.URL or a String (Hibernate's varchar(255)");
        assertThat(c).hadErrorContaining("[SC900] field `client_ip` has Java type `java.net.InetAddress`, which has no logical "
                + "type: Hibernate creates a PostgreSQL inet column for it, and the language has no network-address type")
                .inFile(visit).onLineContaining("InetAddress clientIp;");
        assertThat(c).hadErrorContaining("help: declare it a String (@Column(length = 45) holds an IPv6 address's text)");
        // Each has its own help: the general list of types is said of none of them, and a Year is a type of the language.
        assertThat(messages(c)).noneMatch(m -> m.contains("use String, BigDecimal"));
        assertThat(c.errors()).hasSize(4);
    }

    /**
     * A column definition the language has no type for is a warning at the definition that names the type the outputs
     * describe instead; one on an enum or a relation is not read at all, and says so.
     */
    @Test
    void aColumnDefinitionTheLanguageCannotSayNamesTheTypeUsedInstead() {
        var tier = jpa("Tier", "public enum Tier { GOLD, SILVER }");
        var account = jpa("Account", "@Entity public class Account {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(columnDefinition = \"varchar(20) check (code <> '')\") String code;",
                "  @Column(length = 40, columnDefinition = \"json\") String raw;",
                "  @Column(columnDefinition = \"numeric\") BigDecimal amount;",
                "  @Enumerated(EnumType.STRING) @Column(columnDefinition = \"varchar(16)\") Tier tier;",
                "  @Column(columnDefinition = \"smallint default 3 not null\") Integer grade;",
                "}");
        var c = Sources.compile(tier, account);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Column(columnDefinition) `varchar(20) check (code <> '')` on `code` "
                + "cannot be said in the language: it is no column type the language has, so the outputs describe "
                + "`string(255)`, the logical type of the field's Java type, where Hibernate's column is what the text says")
                .inFile(account).onLineContaining("check (code");
        assertThat(c).hadWarningContaining("on `raw` cannot be said in the language: it is no column type the language has, "
                + "so the outputs describe `string(40)`").inFile(account).onLineContaining("\"json\"");
        assertThat(c).hadWarningContaining("on `amount` cannot be said in the language: it is no column type the language has, "
                + "so the outputs describe `decimal(38, 2)`").inFile(account).onLineContaining("\"numeric\"");
        assertThat(c).hadWarningContaining("on `tier` cannot be said in the language: it is read on a basic field only, not on "
                + "an enum, a relation or a collection, so the outputs describe `Tier`").inFile(account).onLineContaining("Tier tier;");
        // What is read says nothing: the type, the default and NOT NULL are the model's.
        assertThat(messages(c)).noneMatch(m -> m.contains("`grade`"));
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("grade smallint NOT NULL DEFAULT 3");
    }

    /** Two auto-applied converters of one type: Hibernate refuses the attribute at boot, and so does the processor (SC924). */
    @Test
    void twoAutoAppliedConvertersOfOneTypeAreRefused() {
        var yes = jpa("YesNo", "@Converter(autoApply = true) public class YesNo implements AttributeConverter<Boolean, String> {",
                "  public String convertToDatabaseColumn(Boolean b) { return null; }",
                "  public Boolean convertToEntityAttribute(String s) { return null; }", "}");
        var tf = jpa("TrueFalse", "@Converter(autoApply = true) public class TrueFalse implements AttributeConverter<Boolean, Character> {",
                "  public Character convertToDatabaseColumn(Boolean b) { return null; }",
                "  public Boolean convertToEntityAttribute(Character s) { return null; }", "}");
        var gen = jpa("Generic", "@Converter(autoApply = true) public class Generic<T extends Number> implements AttributeConverter<Integer, T> {",
                "  public T convertToDatabaseColumn(Integer b) { return null; }",
                "  public Integer convertToEntityAttribute(T s) { return null; }", "}");
        var row = jpa("Flag", "@Entity public class Flag {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  Boolean active;",
                "  @Convert(converter = YesNo.class) Boolean chosen;",
                "  @Convert(disableConversion = true) Boolean off;",
                "  Integer count;",
                "}");
        var c = Sources.compile(yes, tf, gen, row);
        assertThat(c).hadErrorContaining("[SC924] the auto-applied converters `YesNo`, `TrueFalse` on `active` cannot be said in the "
                + "language: each converts the field's type, and Hibernate refuses an attribute that more than one auto-applied "
                + "converter matches at boot").inFile(row).onLineContaining("Boolean active;");
        assertThat(c).hadErrorContaining("help: write @Convert(converter = YesNo.class) on the field");
        assertThat(c).hadWarningContaining("[SC916] the auto-applied converter `Generic` on `count` cannot be said in the language: "
                + "its database type is a type variable").inFile(row).onLineContaining("Integer count;");
        assertThat(messages(c)).noneMatch(m -> m.contains("`chosen`") || m.contains("`off`"));
        assertThat(c.errors()).hasSize(1);
    }

    /**
     * Auto-applied converters match as Hibernate 7 matches them, not by erasure: of `Tagged<String>` and `Tagged<Integer>`
     * only the second converts a `Tagged<Integer>`, and a raw `Tagged`, which Hibernate takes for either, is refused
     * (SC924); a converter of `Number[]` converts an `Integer[]` (Hibernate compares a class array's class, covariant).
     */
    static JavaFileObject[] typeArgumentConverters(String... fields) {
        var body = new java.util.ArrayList<>(List.of("@Entity public class Note {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;"));
        body.addAll(List.of(fields));
        body.add("}");
        return new JavaFileObject[] {
            jpa("Tagged", "public class Tagged<T> implements java.io.Serializable { public T value; }"),
            jpa("TagText", "@Converter(autoApply = true) public class TagText implements AttributeConverter<Tagged<String>, String> {",
                    "  public String convertToDatabaseColumn(Tagged<String> t) { return t == null ? null : t.value; }",
                    "  public Tagged<String> convertToEntityAttribute(String s) { return null; }", "}"),
            jpa("TagNumber", "@Converter(autoApply = true) public class TagNumber implements AttributeConverter<Tagged<Integer>, Integer> {",
                    "  public Integer convertToDatabaseColumn(Tagged<Integer> t) { return t == null ? null : t.value; }",
                    "  public Tagged<Integer> convertToEntityAttribute(Integer i) { return null; }", "}"),
            jpa("Numbers", "@Converter(autoApply = true) public class Numbers implements AttributeConverter<Number[], String> {",
                    "  public String convertToDatabaseColumn(Number[] a) { return a == null ? null : java.util.Arrays.toString(a); }",
                    "  public Number[] convertToEntityAttribute(String s) { return null; }", "}"),
            jpa("Note", body.toArray(String[]::new)),
        };
    }

    @Test
    void autoAppliedConvertersMatchTypeArgumentsAsHibernateDoes() {
        var c = Sources.compile(typeArgumentConverters("  Tagged<Integer> number;", "  Tagged<String> label;", "  Integer[] counts;"));
        assertThat(c).succeeded();
        assertThat(messages(c)).noneMatch(m -> m.contains("`number`") || m.contains("`label`") || m.contains("`counts`"));
        String ddl = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(ddl).contains("number integer,").contains("label varchar(255),").contains("counts varchar(255)");

        var raw = typeArgumentConverters("  Tagged raw;");
        var refused = Sources.compile(raw);
        assertThat(refused).hadErrorContaining("[SC924] the auto-applied converters `TagText`, `TagNumber` on `raw`")
                .inFile(raw[4]).onLineContaining("Tagged raw;");
        // One defect, one diagnostic: the class the refusal leaves unconverted is no unknown type (SC208) besides.
        assertThat(refused.errors()).hasSize(1);

        // A type argument is matched as a type of its own: a Tagged<Integer> is a Tagged<Number> too, so both convert it.
        var wide = jpa("TagAny", "@Converter(autoApply = true) public class TagAny implements AttributeConverter<Tagged<Number>, String> {",
                "  public String convertToDatabaseColumn(Tagged<Number> t) { return null; }",
                "  public Tagged<Number> convertToEntityAttribute(String s) { return null; }", "}");
        var both = new java.util.ArrayList<>(List.of(typeArgumentConverters("  Tagged<Integer> number;")));
        both.add(wide);
        var twice = Sources.compile(both.toArray(JavaFileObject[]::new));
        assertThat(twice).hadErrorContaining("[SC924] the auto-applied converters `TagNumber`, `TagAny` on `number`")
                .inFile(both.get(4)).onLineContaining("Tagged<Integer> number;");
        assertThat(twice.errors()).hasSize(1);
    }

    /** An auto-applied converter of an array type (String[] kept as one text) decides that array's column, as Hibernate's does. */
    @Test
    void anAutoAppliedConverterOfAnArrayTypeDecidesItsColumn() {
        var csv = jpa("Csv", "@Converter(autoApply = true) public class Csv implements AttributeConverter<String[], String> {",
                "  public String convertToDatabaseColumn(String[] a) { return a == null ? null : String.join(\",\", a); }",
                "  public String[] convertToEntityAttribute(String s) { return s == null ? null : s.split(\",\"); }", "}");
        var row = jpa("Alias", "@Entity public class Alias {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  String[] names;", "}");
        var c = Sources.compile(csv, row);
        assertThat(c).succeeded();
        assertThat(messages(c)).noneMatch(m -> m.contains("`names`"));
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("names varchar(255),");
    }

    /**
     * @JoinTable read where it names the language's join table; what it names otherwise is said (SC916, the elements
     * named), and a join column to a column that is no key refused (SC924).
     */
    @Test
    void aJoinTableTheLanguageCannotNameIsSaidPrecisely() {
        var tag = jpa("Tag", "@Entity public class Tag {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(unique = true) String label;",
                "  @ManyToMany(mappedBy = \"tags\") List<Post> posts;", "  @ManyToMany(mappedBy = \"topics\") List<Post> topical;",
                "  @ManyToMany(mappedBy = \"labels\") List<Post> labelled;", "}");
        var post = jpa("Post", "@Entity public class Post {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany @JoinTable(name = \"post_tag\",",
                "      joinColumns = @JoinColumn(name = \"article_id\")) List<Tag> tags;",
                "  @ManyToMany @JoinTable(name = \"\\\"PostTopic\\\"\") List<Tag> topics;",
                "  @ManyToMany @JoinTable(name = \"post_label\",",
                "      inverseJoinColumns = @JoinColumn(name = \"tag_label\", referencedColumnName = \"label\")) List<Tag> labels;",
                "}");
        var c = Sources.compile(tag, post);
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(joinColumns) on `tags` cannot be said in the language").inFile(post)
                .onLineContaining("article_id");
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(name) on `topics` cannot be said in the language").inFile(post)
                .onLineContaining("PostTopic");
        assertThat(c).hadErrorContaining("[SC924] `@JoinColumn(referencedColumnName = \"label\")` on `labels` cannot be said in the "
                + "language: a join table's foreign key references the primary key of `Tag`").inFile(post)
                .onLineContaining("tag_label");
        assertThat(messages(c)).noneMatch(m -> m.startsWith("[SC916] @JoinTable(name") && m.contains("on `tags`"));
        assertThat(c.errors()).hasSize(1);
    }

    /**
     * A key column in quotes: Hibernate derives a join column in quotes from the Java name (`homeRegion_Zone`, which its
     * naming strategy leaves alone), where the language derives `home_region_Zone`; one column is mapped (read), the
     * columns of a composite key are said (SC916).
     */
    @Test
    void joinColumnsDerivedFromAQuotedKeyColumnAreHibernates() {
        var key = jpa("RegionKey", "@Embeddable public class RegionKey implements java.io.Serializable {",
                "  @Column(name = \"\\\"Zone\\\"\", length = 4) String zone;", "  @Column(length = 4) String code;",
                "  public boolean equals(Object o) { return o == this; } public int hashCode() { return 1; }", "}");
        var region = jpa("Region", "@Entity public class Region { @EmbeddedId RegionKey key; }");
        var land = jpa("Land", "@Entity public class Land { @Id @Column(name = \"`Iso`\", length = 2) String iso; }");
        var city = jpa("Town", "@Entity public class Town {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne Region homeRegion;", "  @ManyToOne Land homeLand;", "  @ManyToOne Land land;", "}");
        var c = Sources.compile(key, region, land, city);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] the join columns Hibernate derives").inFile(city).onLineContaining("Region homeRegion;");
        assertThat(messages(c)).noneMatch(m -> m.contains("`land`") || m.contains("`home_land`"));
        String sql = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(sql).contains("\"homeLand_Iso\"").contains("\"land_Iso\"").doesNotContain("home_land_Iso");
    }

    /**
     * A self many-to-many's @JoinTable: its name is the relation's on both sides (which the language's self relation
     * needs anyway); its columns, which the language names after the fields, are read where they are those names
     * (`follower_id` for the owner's row, the singular of the other side, `following_id` for the owning field's elements)
     * and said (SC916) where they are not.
     */
    @Test
    void aSelfJoinTableKeepsItsNameAndSaysItsColumns() {
        var user = jpa("Member", "@Entity @Table(name = \"members\") public class Member {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany @JoinTable(name = \"follows\", joinColumns = @JoinColumn(name = \"follower_id\"),",
                "      inverseJoinColumns = @JoinColumn(name = \"followed_id\")) Set<Member> following;",
                "  @ManyToMany(mappedBy = \"following\") Set<Member> followers;", "}");
        var c = Sources.compile(user);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @JoinTable(inverseJoinColumns) on `following` cannot be said in the language: "
                + "the language names a join table after its relation").inFile(user).onLineContaining("followed_id");
        assertThat(messages(c)).noneMatch(m -> m.startsWith("[SC916] @JoinTable(name") || m.contains("@JoinTable(joinColumns"));
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("CREATE TABLE follows");
    }

    /** A self @JoinTable whose columns are the ones the language derives from the fields is read whole: no warning. */
    @Test
    void aSelfJoinTableOfTheLanguagesColumnsIsRead() {
        var user = jpa("Member", "@Entity @Table(name = \"members\") public class Member {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany @JoinTable(name = \"follows\", joinColumns = @JoinColumn(name = \"follower_id\"),",
                "      inverseJoinColumns = @JoinColumn(name = \"following_id\")) Set<Member> following;",
                "  @ManyToMany(mappedBy = \"following\") Set<Member> followers;", "}");
        var c = Sources.compile(user);
        assertThat(c).succeeded();
        assertThat(messages(c)).noneMatch(m -> m.contains("SC916"));
        String sql = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(sql).contains("CREATE TABLE follows").contains("follower_id").contains("following_id");
    }

    /**
     * Two many-to-manys between the same entities and a self one, without @JoinTable: each pair is named after
     * Hibernate's join table, `{owner table}_{field}` through the naming strategy, not after the field (whose `tags`
     * would be the Tag table's name); an owner's table in quotes leaves Hibernate's join table to a name the language
     * does not derive (SC916 at the @ManyToMany).
     */
    @Test
    void manyToManysWithoutAJoinTableAreNamedAfterHibernatesJoinTable() {
        var tag = jpa("Tag", "@Entity @Table(name = \"tags\") public class Tag {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;", "  @ManyToMany(mappedBy = \"featuredTags\") Set<Post> featuredIn;",
                "  @ManyToMany(mappedBy = \"labels\") Set<Note> notes;", "  @ManyToMany(mappedBy = \"pinned\") Set<Note> pinnedIn;", "}");
        var post = jpa("Post", "@Entity public class Post {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany Set<Tag> tags;", "  @ManyToMany Set<Tag> featuredTags;", "}");
        var note = jpa("Note", "@Entity @Table(name = \"\\\"Note\\\"\") public class Note {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany Set<Tag> labels;", "  @ManyToMany Set<Tag> pinned;", "}");
        var c = Sources.compile(tag, post, note);
        assertThat(c).succeeded();
        String sql = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(sql).contains("CREATE TABLE post_tags").contains("CREATE TABLE post_featured_tags");
        assertThat(c).hadWarningContaining("[SC916] the join table Hibernate names after the owner's table in quotes or in another "
                + "schema or catalog on `pinned` cannot be said in the language: the language names a join table after its relation, "
                + "the snake_case of a name of letters, digits and `_`, and the outputs' join table is `pinned`").inFile(note)
                .onLineContaining("Set<Tag> pinned;");
        assertThat(messages(c)).filteredOn(m -> m.contains("SC916")).hasSize(2);
    }

    /**
     * An enum by name with a constant longer than @Column(length): Hibernate's PostgreSQL column cannot hold it (what the
     * engines do is HibernateJudgeTest's); said at the length, with the length that holds every constant. Long enough, or
     * by ordinal, nothing is said.
     */
    @Test
    void anEnumByNameLongerThanItsColumnIsSaidAtTheLength() {
        var size = jpa("Size", "public enum Size { S, MEDIUM, XL, XXXLARGE }");
        var shirt = jpa("Shirt", "@Entity public class Shirt {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Enumerated(EnumType.STRING)", "  @Column(nullable = false,", "      length = 4) Size small;",
                "  @Enumerated(EnumType.STRING) @Column(length = 8) Size fits;", "  @Column(length = 1) Size ordinal;", "}");
        var c = Sources.compile(size, shirt);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @Column(length = 4) of an enum stored by name on `small` cannot be said in the "
                + "language: Hibernate's column on PostgreSQL is a varchar(4), which cannot hold `MEDIUM` (6 characters) and 1 more "
                + "constant, so its database refuses them, where the outputs' column, the enum, holds every constant (on MySQL and "
                + "MariaDB Hibernate's column is an enum of the constants too); make the length at least 8").inFile(shirt)
                .onLineContaining("length = 4) Size small;");
        assertThat(messages(c)).filteredOn(m -> m.contains("SC916")).hasSize(1);
    }

    /**
     * An owning @ManyToMany of a List or Collection is Hibernate's bag, whose join table has no primary key (the adversarial
     * chain of clinics found it by Hibernate's export); the outputs' has one, which SC916 says. A Set has Hibernate's key.
     */
    @Test
    void aManyToManyBagSaysItsJoinTableHasAKeyInTheOutputsOnly() {
        var tag = jpa("Tag", "@Entity public class Tag {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany(mappedBy = \"tags\") List<Post> posts;", "}");
        var post = jpa("Post", "@Entity public class Post {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany List<Tag> tags;", "  @ManyToMany(mappedBy = \"posts\") List<Author> authors;", "}");
        var author = jpa("Author", "@Entity public class Author {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToMany Set<Post> posts;", "}");
        var c = Sources.compile(tag, post, author);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] @ManyToMany of a List on `tags` cannot be said in the language: Hibernate's join "
                + "table of a list (a bag) has no primary key").inFile(post).onLineContaining("List<Tag> tags;");
        assertThat(messages(c)).noneMatch(m -> m.contains("@ManyToMany of a") && !m.contains("on `tags`"));
    }

    /** @NaturalId on an embedded value: its columns are no field's of the entity, and the warning stays (SC916). */
    @Test
    void aNaturalIdOfAnEmbeddedValueIsSaid() {
        var where = jpa("Spot", "@Embeddable public class Spot { @Column(length = 20) String zone; @Column(length = 20) String code; }");
        var row = jpa("Place", "@Entity public class Place {", "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @org.hibernate.annotations.NaturalId @Embedded Spot spot;", "}");
        var c = Sources.compile(where, row);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] Hibernate's @NaturalId on `spot` cannot be said in the language").inFile(row)
                .onLineContaining("NaturalId");
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).doesNotContain("UNIQUE");
    }

    /**
     * SC917 says the column per engine, as Hibernate's EnumJavaType makes it: a TINYINT for up to 128 constants (a
     * smallint on PostgreSQL, a tinyint on MySQL and MariaDB), a SMALLINT for more, on every engine.
     */
    @Test
    void theOrdinalWarningSaysTheColumnOfEachEngine() {
        var few = jpa("Few", "public enum Few { A, B, C }");
        var many = jpa("Many", "public enum Many { " + String.join(", ",
                java.util.stream.IntStream.range(0, 129).mapToObj(i -> "C" + i).toList()) + " }");
        var row = jpa("Row", "@Entity public class Row {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  Few few;",
                "  Many many;",
                "}");
        var c = Sources.compile(few, many, row);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC917] enum field `few` is stored by ordinal (JPA's default): its column is a "
                + "smallint from 0 to 2 on PostgreSQL and a tinyint on MySQL and MariaDB, as Hibernate creates it (the outputs' "
                + "smallint holds the same values), and the outputs know nothing of the enum's names").inFile(row)
                .onLineContaining("Few few;");
        assertThat(c).hadWarningContaining("[SC917] enum field `many` is stored by ordinal (JPA's default): its column is a "
                + "smallint from 0 to 128, as Hibernate creates it, and the outputs know nothing").inFile(row)
                .onLineContaining("Many many;");
    }

    /**
     * An ordinal enum without constants: Hibernate checks its column to lie between 0 and -1, which only NULL passes;
     * the model keeps that check, and the warning says what the column holds rather than a range from 0 to -1. A
     * required such column holds no row at all, which the checks then say (SC415).
     */
    @Test
    void anOrdinalEnumWithoutConstantsHoldsOnlyNull() {
        var none = jpa("Nothing", "public enum Nothing {}");
        var row = jpa("Slot", "@Entity public class Slot {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  Nothing maybe;",
                "}");
        var c = Sources.compile(none, row);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC917] enum field `maybe` is stored by ordinal (JPA's default): its enum has no "
                + "constants, so Hibernate's column, a smallint on PostgreSQL and a tinyint on MySQL and MariaDB, checked to lie between 0 and -1, holds only NULL, and the "
                + "outputs know nothing of the enum's names").inFile(row).onLineContaining("Nothing maybe;");
        assertThat(messages(c)).noneMatch(m -> m.contains("from 0 to"));
        String sql = Sources.generated(c, "sql/postgres/schema.sql");
        assertThat(sql).contains("maybe >= 0").contains("maybe <= -1");

        var required = jpa("Slot", "@Entity public class Slot {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @Column(nullable = false) Nothing never;",
                "}");
        var r = Sources.compile(none, required);
        assertThat(r).hadWarningContaining("[SC917] enum field `never` is stored by ordinal (JPA's default): its enum has no "
                + "constants, so Hibernate's column, a smallint on PostgreSQL and a tinyint on MySQL and MariaDB, checked to lie between 0 and -1, holds no value, and the "
                + "table no row").inFile(required).onLineContaining("Nothing never;");
        assertThat(r).hadErrorContaining("[SC415] no row of `slots` can be inserted").inFile(required)
                .onLineContaining("Nothing never;");
    }

    private static java.util.List<String> messages(Compilation c) {
        return c.diagnostics().stream().map(d -> d.getMessage(null)).toList();
    }

    static boolean isError(Diagnostic<?> d) { return d.getKind() == Diagnostic.Kind.ERROR; }

    /**
     * What a Spring team writes that the language cannot hold is refused or warned at its line, with help in Java and
     * JPA terms: Hibernate's @OnDelete away from the foreign key or with SET_DEFAULT, a converter whose database type
     * is a type variable, a Byte[] (which Hibernate refuses too), an OffsetTime, and entity inheritance.
     */
    @Test
    void whatASpringTeamWritesIsRefusedInJavaTerms() {
        var parent = jpa("Parent", "@Entity public class Parent {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @OneToMany(mappedBy = \"parent\") @org.hibernate.annotations.OnDelete(action = "
                        + "org.hibernate.annotations.OnDeleteAction.CASCADE) List<Child> children;",
                "}");
        var codec = jpa("Codec", "public abstract class Codec<Y> implements AttributeConverter<String, Y> {}");
        var child = jpa("Child", "@Entity public class Child {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.SET_DEFAULT) Parent parent;",
                "  @Convert(converter = Codec.class) String coded;",
                "  @org.hibernate.annotations.CreationTimestamp Instant bornAt;",
                "}");
        var c = Sources.compile(parent, child, codec);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC916] Hibernate's @OnDelete on `children` cannot be said in the language: the "
                + "action belongs to the foreign key, which the owning @ManyToOne or @OneToOne field declares; put @OnDelete "
                + "there").inFile(parent).onLineContaining("List<Child> children");
        assertThat(c).hadWarningContaining("[SC916] Hibernate's @OnDelete(action = SET_DEFAULT) on `parent`").inFile(child)
                .onLineContaining("SET_DEFAULT");
        assertThat(c).hadWarningContaining("[SC916] @Convert on `coded` cannot be said in the language: the converter's "
                + "database type is not read").inFile(child).onLineContaining("Codec.class");
        // Hibernate creates a @CreationTimestamp column NOT NULL, set at insert: the language's `= now()`.
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("born_at timestamptz NOT NULL DEFAULT");

        var base = jpa("Animal", "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) public class Animal {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", "}");
        var dog = jpa("Dog", "@Entity public class Dog extends Animal {", "  Byte[] chip;", "  OffsetTime walks;", "}");
        var post = jpa("Post", "@Entity public class Post {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  @ElementCollection Set<String> tags;",
                "  List<String> aliases;",
                "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) List<String> keywords;",
                "}");
        var refused = Sources.compile(base, dog, post);
        assertThat(refused).failed();
        assertThat(refused).hadErrorContaining("[SC906] entity `Dog` extends entity `Animal`").inFile(dog)
                .onLineContaining("class Dog");
        assertThat(refused).hadErrorContaining("make `Animal` an abstract @MappedSuperclass");
        assertThat(refused).hadErrorContaining("[SC900] field `chip` has Java type `java.lang.Byte[]`, which has no logical "
                + "type: Hibernate refuses a Byte[] field; write byte[]").inFile(dog).onLineContaining("Byte[] chip");
        assertThat(refused).hadErrorContaining("[SC900] field `walks`").inFile(dog).onLineContaining("OffsetTime walks");
        assertThat(refused).hadErrorContaining("@Convert(converter = ...) with an AttributeConverter to one of these");
        assertThat(refused).hadErrorContaining("[SC924] @ElementCollection on `tags` cannot be said in the language: Hibernate "
                + "keeps the values in a collection table of their own, and a table of the language is an @Entity, a column "
                + "one value").inFile(post).onLineContaining("Set<String> tags");
        assertThat(refused).hadErrorContaining("declare `@Entity class PostTag { @Id @GeneratedValue(strategy = "
                + "GenerationType.IDENTITY) Long id; @ManyToOne(optional = false) Post post; String value; }` and write "
                + "`@OneToMany(mappedBy = \"post\") List<PostTag> tags;` here; or keep the values in one json column with "
                + "Hibernate's @JdbcTypeCode(SqlTypes.JSON)");
        assertThat(refused).hadErrorContaining("[SC924] a collection of String on `aliases`").inFile(post)
                .onLineContaining("List<String> aliases");
        // The compiler's own first-normal-form error (SC301) would say it again in .schema words: the JPA one stands alone.
        assertThat(refused.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT))).noneMatch(m -> m.contains("SC301"))
                .noneMatch(m -> m.contains("keywords"));
    }

    /**
     * A basic field of a class of the user's that is no entity, embeddable or enum is what Hibernate makes of it (proven by
     * HibernateJudgeTest.hibernateSerializesAClassOfTheUsersAsTheRefusalSays), one SC900 at the field: a Serializable
     * one Java-serialized bytes (a bytea, with @Lob a large object), any other one refused; never the compiler's
     * "unknown type" guessing at a scalar. A converted one is the converter's column, as Hibernate's.
     */
    @Test
    void aClassOfTheUsersIsWhatHibernateMakesOfItNotAnUnknownType() {
        var money = jpa("Money", "public class Money implements java.io.Serializable { long cents; }");
        var note = jpa("Note", "public class Note { String text; }");
        var rich = jpa("Rich", "public class Rich extends Money { }");
        var converter = jpa("MoneyText", "@Converter public class MoneyText implements AttributeConverter<Money, String> {",
                "  public String convertToDatabaseColumn(Money m) { return null; }",
                "  public Money convertToEntityAttribute(String s) { return null; } }");
        var order = jpa("Purchase", "@Entity public class Purchase {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  Money total;",
                "  @Lob Money archived;",
                "  Rich bonus;",
                "  Note memo;",
                "  @Convert(converter = MoneyText.class) Money shown;",
                "}");
        var c = Sources.compile(money, note, rich, converter, order);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC900] field `total` has Java type `test.Money`, which has no logical type: `Money` "
                + "is no entity, embeddable or enum: Hibernate has no mapping of its own for it and keeps it Java-serialized "
                + "in a bytea column, whose bytes only Java reads back").inFile(order).onLineContaining("Money total");
        assertThat(c).hadErrorContaining("help: annotate `Money` @Embeddable to store its fields as columns, or @Convert("
                + "converter = ...) it with an AttributeConverter<Money, String> (or to another type listed for SC900); mark "
                + "it @Transient if it is not stored");
        assertThat(c).hadErrorContaining("[SC900] field `archived` has Java type `test.Money`, which has no logical type: "
                + "`Money` is no entity, embeddable or enum: Hibernate keeps it Java-serialized in a large object (an oid "
                + "column on PostgreSQL), whose bytes only Java reads back").inFile(order).onLineContaining("Money archived");
        assertThat(c).hadErrorContaining("[SC900] field `bonus` has Java type `test.Rich`, which has no logical type: `Rich` "
                + "is no entity, embeddable or enum: Hibernate has no mapping").inFile(order).onLineContaining("Rich bonus");
        assertThat(c).hadErrorContaining("[SC900] field `memo` has Java type `test.Note`, which has no logical type: `Note` is "
                + "no entity, embeddable or enum, nor Serializable, so Hibernate has no column type for it and refuses the "
                + "entity").inFile(order).onLineContaining("Note memo");
        var messages = c.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
        assertThat(messages).hasSize(4).noneMatch(m -> m.contains("SC208") || m.contains("Did you mean"));
    }

    /**
     * A library's class (here the JDK's {@code org.xml.sax.InputSource}, read from a class file; JTS's {@code Point} with
     * hibernate-spatial is another) is refused without the advice for a class of the user's: the user cannot annotate it
     * {@code @Embeddable}, and a library may register a basic type for it, so what Hibernate makes of it is not said.
     */
    @Test
    void aLibrarysClassIsRefusedWithoutAdviceForTheUsersOwn() {
        var order = jpa("Feed", "@Entity public class Feed {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  org.xml.sax.InputSource source;",
                "}");
        var c = Sources.compile(order);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC900] field `source` has Java type `org.xml.sax.InputSource`, which has no logical "
                + "type: `org.xml.sax.InputSource` is no entity, embeddable or enum of this compilation: Hibernate has no basic "
                + "type for it unless a library registers one with Hibernate, and that column's type is not one the language "
                + "describes").inFile(order).onLineContaining("InputSource source");
        assertThat(c).hadErrorContaining("help: @Convert(converter = ...) it with an AttributeConverter<InputSource, String> "
                + "(or to another type listed for SC900); mark it @Transient if it is not stored");
        var messages = c.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).toList();
        assertThat(messages).hasSize(1).noneMatch(m -> m.contains("Embeddable") || m.contains("serialized"));
    }

    /**
     * A many-to-many whose mappedBy side is refused is one finding, at the refused side: the owning side, named after
     * Hibernate's join table, is no relation name without a partner (SC405), no one-sided many-to-many (SC924) and no
     * unpaired list (SC403) besides. Refused back sides of every kind: a type naming no entity (raw, `? super`, a map
     * without @MapKey, a collection of collections), a mapping of its own (@OrderColumn), a second back side of one
     * owner, an entity refused whole.
     */
    @Test
    void anOwningManyToManyWhoseBackSideIsRefusedIsOneFinding() {
        String id = "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
        var cases = new java.util.LinkedHashMap<String, String[]>();
        cases.put("[SC900] field `posts` has Java type `java.util.Set`, which has no logical type: a raw Set has no element type",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") Set posts;", "}"});
        cases.put("[SC900] field `posts` has Java type `java.util.Set<? super test.Post>`, which has no logical type: a "
                + "wildcard without an upper bound stands for no one type",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") Set<? super Post> posts;", "}"});
        cases.put("[SC900] field `posts` has Java type `java.util.Map<java.lang.String,test.Post>`",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") Map<String, Post> posts;", "}"});
        cases.put("[SC900] field `posts` has Java type `java.util.Set<java.util.List<test.Post>>`",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") Set<List<Post>> posts;", "}"});
        cases.put("[SC924] @OrderColumn on `posts` cannot be said in the language",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") @OrderColumn List<Post> posts;", "}"});
        cases.put("[SC924] @ManyToMany(mappedBy = \"tags\") on `others` cannot be said in the language: `posts` is the back "
                + "side of `Post.tags` already, and a many-to-many of the language is one list on each of its two entities",
                new String[] {"@Entity public class Tag {", id, "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;",
                        "  @ManyToMany(mappedBy = \"tags\") Set<Post> others;", "}"});
        cases.put("[SC904] Jakarta's @Entity on record `Tag`",
                new String[] {"@Entity public record Tag(@Id Long id, @ManyToMany(mappedBy = \"tags\") Set<Post> posts) {}"});
        cases.put("[SC906] entity `Tag` extends entity `Post`",
                new String[] {"@Entity public class Tag extends Post {", "  @ManyToMany(mappedBy = \"tags\") Set<Post> posts;", "}"});
        cases.forEach((finding, tagSource) -> {
            var post = jpa("Post", "@Entity public class Post {", id, "  String title;", "  @ManyToMany Set<Tag> tags;", "}");
            var tag = jpa("Tag", tagSource);
            var c = Sources.compile(post, tag);
            assertThat(c).failed();
            String line = tagSource.length == 1 ? "record Tag" : tagSource[tagSource.length - 2].contains("others") ? "others"
                    : tagSource[0].contains("extends") ? "class Tag" : "posts;";
            assertThat(c).hadErrorContaining(finding).inFile(tag).onLineContaining(line);
            assertThat(c.errors()).as(finding).hasSize(1);
        });
    }
}
