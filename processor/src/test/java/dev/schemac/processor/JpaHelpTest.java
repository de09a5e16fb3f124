package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The help of a finding on a JPA entity says what to write in JPA's annotations, naming what
 * JPA names there: a {@code @UniqueConstraint}'s and an {@code @Index}'s columns by the table's
 * column names (a relation's {@code student_id}, a {@code @JoinColumn(name)}), a composite key
 * by {@code @IdClass} and {@code @Id} fields. Each help is proven by writing what it says and
 * compiling again: the finding is gone ({@link HibernateJudgeTest} then builds the fixed models
 * with Hibernate's own schema export and finds the same tables).
 */
class JpaHelpTest {
    private static final String KEY = "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";

    static JavaFileObject student() {
        return jpa("Student", "@Entity public class Student {", KEY, "  @Column(length = 80, nullable = false) String name;", "}");
    }

    static JavaFileObject course() {
        return jpa("Course", "@Entity public class Course {", KEY, "  @Column(length = 80, nullable = false) String title;", "}");
    }

    /** A link entity of a student and a course, its classes' annotations and its members given. */
    static JavaFileObject enrollment(String annotations, String... members) {
        var lines = new ArrayList<String>();
        lines.add(annotations + " @Entity public class Enrollment {");
        lines.addAll(List.of(members));
        lines.add("}");
        return jpa("Enrollment", lines.toArray(String[]::new));
    }

    static final String LINKS = "  @ManyToOne(optional = false) Student student;\n  @ManyToOne(optional = false) Course course;";

    /** The enrollment the help of SC701 fixes with the unique constraint it writes. */
    static JavaFileObject[] uniqueLink() {
        return new JavaFileObject[] {student(), course(), enrollment(
                "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"student_id\", \"course_id\"}))", KEY, LINKS)};
    }

    static final String UNIQUE_LINK = """
            entity Course {
              id bigint @id @auto
              title string(80)
              @@timestamps(false)
            }
            entity Student {
              id bigint @id @auto
              name string(80)
              @@timestamps(false)
            }
            entity Enrollment {
              id bigint @id @auto
              student Student @on_delete(no_action)
              course Course @on_delete(no_action)
              @@timestamps(false)
              @@unique(student, course)
            }
            """;

    /** The enrollment the help of SC701 fixes with the composite key it writes: @IdClass and @Id on the links. */
    static JavaFileObject[] keyedLink() {
        return new JavaFileObject[] {student(), course(),
                enrollment("@IdClass(Key.class)", "  @Id @ManyToOne(optional = false) Student student;",
                        "  @Id @ManyToOne(optional = false) Course course;"),
                jpa("Key", "public class Key implements java.io.Serializable {", "  Long student; Long course;",
                        "  @Override public boolean equals(Object o) { return o instanceof Key k && k.student.equals(student) && k.course.equals(course); }",
                        "  @Override public int hashCode() { return student.hashCode() * 31 + course.hashCode(); }", "}")};
    }

    static final String KEYED_LINK = UNIQUE_LINK.replace("""
              id bigint @id @auto
              student Student @on_delete(no_action)
              course Course @on_delete(no_action)
              @@timestamps(false)
              @@unique(student, course)
            """, """
              student Student @id @on_delete(no_action)
              course Course @id @on_delete(no_action)
              @@timestamps(false)
            """);

    private static Compilation compile(JavaFileObject... files) {
        return Sources.compile(List.of(files), "-Aschemac.targets=postgres");
    }

    /** Every diagnostic of {@code code}, whatever its kind (SC710 is a note). */
    private static List<String> said(Compilation c, String code) {
        return c.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[" + code + "]")).toList();
    }

    /** A check's expression is model text: the help quotes it as one code span, with where it goes outside the span. */
    @Test
    void aChecksExpressionIsOneCodeSpanAndItsPlaceIsOutside() {
        assertThat(JavaSpelling.JPA.withExpression("@@check", "a > b")).isEqualTo("`@Check(\"a > b\")` on the class");
        assertThat(JavaSpelling.JPA.withExpression("@@check", "a != \"x`y\"")).isEqualTo("``@Check(\"a != \\\"x`y\\\"\")`` on the class");
        assertThat(JavaSpelling.INSTANCE.withExpression("@check", "!= \"`\"")).isEqualTo("``@Check(\"!= \\\"`\\\"\")``");
    }

    private static List<String> warnings(Compilation c, String code) {
        return c.warnings().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[" + code + "]")).toList();
    }

    /**
     * A JPA entity always declares its key (Hibernate refuses one without), so the link rule's help reaches a JPA
     * user through the spelling alone: the unique constraint by the table's columns, the key by @IdClass and @Id fields.
     */
    @Test
    void aLinksNaturalKeyIsSpelledByItsColumnsAndByIdClass() {
        var fields = List.of("student", "course_ref");
        var columns = List.of("learner", "course_ref_code");
        assertThat(JavaSpelling.JPA.withFields("@@unique", fields, columns))
                .isEqualTo("@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"learner\", \"course_ref_code\"}))");
        assertThat(JavaSpelling.JPA.withFields("@@index", fields, columns)).isEqualTo("@Table(indexes = @Index(columnList = \"learner, course_ref_code\"))");
        assertThat(JavaSpelling.JPA.withFields("@@id", fields, columns)).isEqualTo("@IdClass(Key.class) on the class, @Id on student, courseRef");
        assertThat(JavaSpelling.JPA.form("@@id")).isEqualTo("@IdClass(Key.class) on the class, @Id on each key field");
        // What the help writes compiles, with no finding left, and Hibernate makes the same tables of it (HibernateJudgeTest).
        for (var fixed : List.of(uniqueLink(), keyedLink())) {
            var c = compile(fixed);
            assertThat(c).succeeded();
            assertThat(warnings(c, "SC701")).isEmpty();
            assertThat(c.errors()).isEmpty();
        }
    }

    /** A column's name is the model's text: the help writes it into a Java string literal escaped, as it writes a default. */
    @Test
    void aColumnNameIsWrittenAsAJavaStringLiteral() {
        var fields = List.of("student", "course");
        var columns = List.of("stu\"dent", "back\\slash");
        assertThat(JavaSpelling.JPA.withFields("@@unique", fields, columns))
                .isEqualTo("@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"stu\\\"dent\", \"back\\\\slash\"}))");
        assertThat(JavaSpelling.JPA.withFields("@@index", fields, columns))
                .isEqualTo("@Table(indexes = @Index(columnList = \"stu\\\"dent, back\\\\slash\"))");
        assertThat(JavaSpelling.JPA.withFields("@@unique", fields, List.of("tab\there"))).contains("columnNames = \"tab\\there\"");
        assertThat(JavaSpelling.JPA.defaultValue("say \"hi\"")).isEqualTo("@Default(\"say \\\"hi\\\"\")");
    }

    /** Hibernate refuses an entity without a key; the language would give it one of its own: neither is silence. */
    @Test
    void aJpaEntityWithoutAKeyIsRefusedAtItsEntityAnnotation() {
        var link = enrollment("", LINKS);
        var c = compile(student(), course(), link);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC924] @Entity without @Id or @EmbeddedId on `Enrollment` cannot be said in the language")
                .inFile(link).onLineContaining("@Entity public class Enrollment");
        assertThat(c).hadErrorCount(1);
        // A key in a mapped superclass, or an @EmbeddedId, is a key.
        var base = jpa("Base", "@MappedSuperclass public abstract class Base {", KEY, "}");
        var sub = jpa("Sub", "@Entity public class Sub extends Base {", "  @Column(length = 9) String code;", "}");
        assertThat(compile(base, sub)).succeeded();
        // A plain superclass's @Id is none: JPA maps no state of a class that is neither a mapped superclass nor an entity.
        var plain = jpa("Plain", "public abstract class Plain {", KEY, "}");
        var onPlain = jpa("OnPlain", "@Entity public class OnPlain extends Plain {", "  @Column(length = 9) String code;", "}");
        var refused = compile(plain, onPlain);
        assertThat(refused).hadErrorContaining("[SC924] @Entity without @Id or @EmbeddedId on `OnPlain`")
                .inFile(onPlain).onLineContaining("@Entity public class OnPlain");
        // A mapped superclass above a plain one still gives its key.
        var middle = jpa("Middle", "public abstract class Middle extends Base {", "}");
        var below = jpa("Below", "@Entity public class Below extends Middle {", "  @Column(length = 9) String code;", "}");
        assertThat(compile(base, middle, below)).succeeded();
    }

    /** schemac's own annotations name fields, in Java: the proposed date is a Java field, the key lists Java names. */
    @Test
    void aRecurringLinksHelpIsJavaForSchemacsAnnotations() {
        var c = Sources.compile(List.of(Sources.java("test.Loan", "import dev.schemac.annotations.*;",
                        "@Entity public class Loan { Member member; Book book; @Column(length = 20) String status; }"),
                Sources.java("test.Member", "import dev.schemac.annotations.*;", "@Entity public class Member { @Column(length = 20) String name; }"),
                Sources.java("test.Book", "import dev.schemac.annotations.*;", "@Entity public class Book { @Column(length = 20) String title; }")),
                "-Aschemac.targets=postgres");
        assertThat(c).hadWarningContaining("(a date such as `LocalDate startedOn`) and key it with the links: "
                + "`@Unique({\"member\", \"book\", \"startedOn\"})`; if the same link can never recur, `@Unique({\"member\", \"book\"})`");
    }

    /** Hibernate writes a row's creation and update times itself: its annotations, not a database default it would overwrite. */
    @Test
    void aTimestampIsDeclaredWithHibernatesAnnotations() {
        var post = jpa("Post", "@Entity public class Post {", KEY, "  @Column(length = 30) String createdAt;", "  LocalDate updatedAt;", "}");
        var c = compile(post);
        assertThat(c).hadWarningContaining("help: declare it as `@CreationTimestamp Instant createdAt`").inFile(post).onLineContaining("createdAt");
        assertThat(c).hadWarningContaining("help: declare it as `@UpdateTimestamp Instant updatedAt`").inFile(post).onLineContaining("updatedAt");
        var fixed = jpa("Post", "@Entity public class Post {", KEY, "  @org.hibernate.annotations.CreationTimestamp Instant createdAt;",
                "  @org.hibernate.annotations.UpdateTimestamp Instant updatedAt;", "}");
        var again = compile(fixed);
        assertThat(again).succeeded();
        assertThat(warnings(again, "SC702")).isEmpty();
    }

    /** The soft-delete column's index names the column, under its @Column(name). */
    @Test
    void aSoftDeleteIndexNamesTheColumn() {
        var post = jpa("Post", "@Entity public class Post {", KEY, "  @Column(name = \"removedAt\") Instant deletedAt;", "}");
        var c = compile(post);
        assertThat(c).hadWarningContaining("[SC703]");
        assertThat(c).hadWarningContaining("help: add `@Table(indexes = @Index(columnList = \"removed_at\"))` to `Post`");
        var fixed = jpa("Post", "@Entity @Table(indexes = @Index(columnList = \"removed_at\")) public class Post {", KEY,
                "  @Column(name = \"removedAt\") Instant deletedAt;", "}");
        assertThat(warnings(compile(fixed), "SC703")).isEmpty();
    }

    /** A query (schemac's @Query on a JPA entity) no index serves: the index it needs, by its columns. */
    @Test
    void aQuerysIndexNamesTheColumns() {
        String query = "@dev.schemac.annotations.Query(value = \"a course's students by name\", where = \"course\", order = \"lastName\")";
        String members = "  @ManyToOne(optional = false) Course course;\n  @Column(name = \"surname\", length = 80) String lastName;";
        var listing = jpa("Listing", query + " @Entity public class Listing {", KEY, members, "}");
        var c = compile(course(), listing);
        assertThat(c).hadWarningContaining("help: add `@Table(indexes = @Index(columnList = \"course_id, surname\"))` to `Listing`");
        var fixed = jpa("Listing", query + " @Entity @Table(indexes = @Index(columnList = \"course_id, surname\")) public class Listing {",
                KEY, members, "}");
        var again = compile(course(), fixed);
        assertThat(again.warnings().stream().map(d -> d.getMessage(Locale.ROOT))).noneMatch(m -> m.contains("serves the query"));
    }

    /** The referenced owner the public id of SC710's help fixes: Hibernate's own generator, not a default it overwrites. */
    static JavaFileObject[] publicId() {
        return new JavaFileObject[] {
            jpa("Owner", "@Entity public class Owner {", KEY, "  @Column(length = 80) String name;",
                    "  @org.hibernate.annotations.UuidGenerator @Column(unique = true) UUID publicId;", "}"),
            jpa("Pet", "@Entity public class Pet {", KEY, "  @ManyToOne(optional = false) Owner owner;", "}")};
    }

    static final String PUBLIC_ID = """
            entity Owner {
              id bigint @id @auto
              name string(80)?
              public_id uuid? @unique
              @@timestamps(false)
            }
            entity Pet {
              id bigint @id @auto
              owner Owner @on_delete(no_action)
              @@timestamps(false)
            }
            """;

    @Test
    void aPublicIdIsGeneratedByHibernateNotADatabaseDefault() {
        var owner = jpa("Owner", "@Entity public class Owner {", KEY, "  @Column(length = 80) String name;", "}");
        var pet = jpa("Pet", "@Entity public class Pet {", KEY, "  @ManyToOne(optional = false) Owner owner;", "}");
        var c = compile(owner, pet);
        assertThat(said(c, "SC710")).singleElement().asString()
                .contains("help: if its ids leave the database (URLs, APIs), add `@UuidGenerator @Column(unique = true) UUID publicId`")
                .doesNotContain("@Default");
        var fixed = compile(publicId());
        assertThat(fixed).succeeded();
        assertThat(said(fixed, "SC710")).isEmpty();
        Equivalence.assertSame(PUBLIC_ID, publicId());
    }

    /** Numbered fields on a JPA entity: the child entity's to-one field and the list, mappedBy naming it (no SC924). */
    @Test
    void numberedFieldsSayTheListWithMappedBy() {
        var customer = jpa("Customer", "@Entity public class Customer {", KEY, "  @Column(length = 20) String phone1;",
                "  @Column(length = 20) String phone2;", "  @Column(length = 20) String phone3;", "}");
        var c = compile(customer);
        assertThat(said(c, "SC801")).singleElement().asString().contains("help: model the values as an entity `CustomerPhone` "
                + "with a to-one field back to `Customer`, and a list field "
                + "`@OneToMany(mappedBy = \"customer\") List<CustomerPhone> phones` here");
        var fixed = compile(jpa("Customer", "@Entity public class Customer {", KEY,
                        "  @OneToMany(mappedBy = \"customer\") List<CustomerPhone> phones;", "}"),
                jpa("CustomerPhone", "@Entity public class CustomerPhone {", KEY, "  @ManyToOne Customer customer;",
                        "  @Column(length = 20) String phone;", "}"));
        assertThat(fixed).succeeded();
        assertThat(fixed.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)))
                .noneMatch(m -> m.startsWith("[SC801]") || m.startsWith("[SC924]"));
    }

    /** JPA's @Column has no type: a type the help names is a column definition the processor reads as that type. */
    @Test
    void typesAreSpelledAsColumnDefinitionsTheProcessorReads() {
        assertThat(JavaSpelling.JPA.type("text")).isEqualTo("String with @Column(columnDefinition = \"text\")");
        assertThat(JavaSpelling.JPA.type("char(2)")).isEqualTo("String with @Column(columnDefinition = \"char(2)\")");
        assertThat(JavaSpelling.JPA.type("json")).isEqualTo("String with @JdbcTypeCode(SqlTypes.JSON)");
        assertThat(JavaSpelling.JPA.type("string")).isEqualTo("String");
        assertThat(JavaSpelling.JPA.type("string(40)")).isEqualTo("String with @Column(length = 40)");
        var c = compile(jpa("Note", "@Entity public class Note {", KEY, "  @Column(columnDefinition = \"text\") String body;",
                "  @Column(columnDefinition = \"char(2)\") String country;",
                "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) String extra;", "}"));
        assertThat(c).succeeded();
        assertThat(c.warnings().stream().map(d -> d.getMessage(Locale.ROOT))).noneMatch(m -> m.startsWith("[SC"));
        assertThat(Sources.generated(c, "sql/postgres/schema.sql")).contains("body text").contains("country char(2)")
                .contains("extra jsonb");
    }

    /** A JPA entity gets no implicit timestamps: the help of SC702 does not offer them. */
    @Test
    void aTimestampsHelpOffersNoImplicitOneOnAJpaEntity() {
        var post = jpa("Post", "@Entity public class Post {", KEY, "  @Column(length = 30) String createdAt;", "}");
        assertThat(said(compile(post), "SC702")).singleElement().asString().contains("help: declare it as `@CreationTimestamp Instant createdAt`")
                .doesNotContain("implicit");
    }

    /**
     * The helps that make a field optional, in each spelling: the code in its span is bare code, and what JPA's code
     * cannot say (a reference is optional unless mapped NOT NULL) follows it as prose, outside the span; a key is made
     * optional by @Nullable alone, in JPA too (Hibernate creates key columns NOT NULL whatever else says).
     */
    @Test
    void everyHelpThatMakesAFieldOptionalReadsTrueInEachSpelling() {
        var at = new dev.schemac.source.Span(new dev.schemac.source.SourceFile("m.schema", "entity E {}"), 0, 1);
        var key = dev.schemac.diag.Messages.nullableKey(at, "id");
        var setNull = dev.schemac.diag.Messages.setNullOnRequired(at, "owner", "@on_delete");
        var self = dev.schemac.diag.Messages.requiredSelfReference(at, "Employee", "manager");
        var cycle = dev.schemac.diag.Messages.requiredCycle(at, List.of(List.of("A", "b", "B"), List.of("B", "a", "A")));
        var nullDefault = dev.schemac.diag.Messages.nullDefaultOnRequired(at, "count", "null", "int");
        var back = dev.schemac.diag.Messages.backSideRequired(at, "User.profile");
        var schema = dev.schemac.diag.Spelling.SCHEMA;
        assertThat(key.help(schema)).isEqualTo("remove the `?`: a key column is never null");
        assertThat(key.help(JavaSpelling.INSTANCE)).isEqualTo("remove the `@Nullable`: a key column is never null");
        assertThat(key.help(JavaSpelling.JPA)).isEqualTo("remove the `@Nullable`: a key column is never null");
        assertThat(setNull.help(schema)).startsWith("make the field optional (`Type?`) or use ");
        assertThat(setNull.help(JavaSpelling.INSTANCE)).startsWith("make the field optional (`@Nullable Type`) or use ");
        String jpaNullable = ", with no `optional = false`, `nullable = false` or `@NotNull`";
        assertThat(setNull.help(JavaSpelling.JPA)).startsWith("make the field optional (`Type`" + jpaNullable + ") or use ");
        assertThat(self.help(schema)).startsWith("make it optional (`manager Employee?`): the first row");
        assertThat(self.help(JavaSpelling.INSTANCE)).startsWith("make it optional (`@Nullable Employee manager`): the first row");
        assertThat(self.help(JavaSpelling.JPA)).startsWith("make it optional (`Employee manager`" + jpaNullable + "): the first row");
        assertThat(cycle.help(schema)).startsWith("make one of them optional, such as `b B?`: insert that side first");
        assertThat(cycle.help(JavaSpelling.JPA)).startsWith("make one of them optional, such as `B b`" + jpaNullable + ": insert");
        // A primitive is never null: the optional field is boxed.
        assertThat(nullDefault.help(JavaSpelling.INSTANCE)).startsWith("to allow null, make the field optional "
                + "(`@Nullable Integer count`, which defaults to null) and drop ");
        assertThat(nullDefault.help(JavaSpelling.JPA)).startsWith("to allow null, make the field optional (`Integer count`" + jpaNullable
                + ", which defaults to null) and drop ");
        assertThat(back.help(schema)).isEqualTo("write `Type?`");
        assertThat(back.help(JavaSpelling.JPA)).isEqualTo("write `Type`" + jpaNullable);
        // Every code span of every help is closed, in every spelling: no text of one span leaks into the prose.
        for (var d : List.of(key, setNull, self, cycle, nullDefault, back)) {
            for (var sp : List.of(schema, JavaSpelling.INSTANCE, JavaSpelling.JPA)) {
                assertThat(d.help(sp).chars().filter(c -> c == '`').count() % 2).as(d.help(sp)).isZero();
            }
        }
    }
}
