package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.schemac.diag.Spelling;
import dev.schemac.lang.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A Java user reads help lines in Java: the compiler says what to do, and the processor's
 * spelling says how that is written in annotated Java ({@code @Index}, {@code @Nullable},
 * {@code @Relation("name")}, {@code BigDecimal with @Column(precision = 12, scale = 2)}).
 * Models that set off most of the compiler's diagnostics are compiled, and no help line may
 * spell anything the {@code .schema} way.
 */
class HelpSpellingTest {
    private static final String IMPORTS = "import dev.schemac.annotations.*; import java.util.*; import java.time.*; "
            + "import java.math.BigDecimal; import org.jspecify.annotations.Nullable;";

    /** What only .schema writes: a lower-case attribute, an entity attribute, `Type?`, `Type[]`, a declaration. */
    static final Pattern SCHEMA_SPELLING = Pattern.compile(
            "(?<![\\w.])@@?[a-z_]+\\b|\\w\\?`|(?<!byte)\\[\\]|\\bentity \\w+ \\{|\\bmixin \\w+ \\{|`\\w+ (int|bigint|text|uuid|datetime)\\b");

    private static JavaFileObject src(String name, String... body) {
        String[] lines = new String[body.length + 1];
        lines[0] = IMPORTS;
        System.arraycopy(body, 0, lines, 1, body.length);
        return java("test." + name, lines);
    }

    private static Compilation compile(JavaFileObject... files) {
        var all = new ArrayList<>(List.of(files));
        all.add(Sources.typeUseNullable("org.jspecify.annotations"));
        return Sources.compile(all);
    }

    /** The model's mistakes, one compilation. */
    private static Compilation mistakes() {
        return compile(
                src("Shape", "@Entity public class Shape {",
                        "  @Index(\"a\") int area;",
                        "  BigDecimal price;",
                        "  @Column(length = 5) int count;",
                        "  @Length(min = 5, max = 2) String name;",
                        "  @Min(1) String label;",
                        "  @Length(max = 3) int size;",
                        "  @Pattern(\"x\") int code;",
                        "  @Default(\"1\") Size kind;",
                        "  @Auto int serial;",
                        "  @Column(type = Column.Type.STRING) @Unique String slug;",
                        "  Customer customer;",
                        "}"),
                java("test.Size", "public enum Size { SMALL, LARGE }"),
                java("test.Customer", "public class Customer {}"),
                src("Node", "@Entity public class Node {",
                        "  @Nullable Node parent;",
                        "  List<Node> children;",
                        "  @Id @Nullable String key;",
                        "}"),
                src("Team", "@Entity public class Team { List<Player> players; @Relation(\"x\") List<Player> stars; }"),
                src("Player", "@Entity public class Player {",
                        "  @OnDelete(Action.SET_NULL) Team team;",
                        "  Team captainOf;",
                        "  Coach coach;",
                        "}"),
                src("Coach", "@Entity public class Coach { Player player; }"),
                src("Club", "@Entity public class Club { String name; }"));
    }

    /** Mistakes found when the model becomes tables, one compilation. */
    private static Compilation tables() {
        return compile(
                src("Club", "@Entity(table = \"clubs\") public class Club { String name; }"),
                src("League", "@Entity(table = \"clubs\") public class League {",
                        "  @Column(name = \"title\") String name;", "  String title;", "}"));
    }

    /** A clean model the design and normal-form rules warn about, one compilation. */
    private static Compilation warnings() {
        return compile(
                src("Member", "@Entity @Depends(from = \"zip\", to = \"city\")",
                        "public class Member {",
                        "  double price;",
                        "  String passwordHash;",
                        "  @Column(length = 80) String email;",
                        "  @Secret int pin;",
                        "  @Column(name = \"BadName\") int odd;",
                        "  String phone1; String phone2; String phone3;",
                        "  @Nullable Instant deletedAt;",
                        "  String createdAt;",
                        "  @Column(length = 10) String zip;",
                        "  @Column(length = 40) String city;",
                        "  String order;",
                        "}"),
                src("Course", "@Entity(table = \"Courses\") public class Course { @Column(length = 9) String code; }"),
                src("Enrolment", "@Entity public class Enrolment { Member member; Course course; }"),
                src("Note", "@Entity @Denormalized(\"no reason\") public class Note { String text; }"));
    }

    private static List<String> helps(Compilation c) {
        var out = new ArrayList<String>();
        for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
            String m = d.getMessage(Locale.ROOT);
            int at = m.indexOf("help: ");
            if (!m.startsWith("[SC") || at < 0) continue;
            // A 3NF decomposition is .schema text by design; the words around it are checked.
            String help = m.substring(at + 6).split("\n  (note|at): ")[0].replaceAll("(?s):\\s*\n.*\n\\s*or, if the", ": (the decomposition) or, if the");
            out.add(m.substring(0, m.indexOf(']') + 1) + " " + help);
        }
        return out;
    }

    @Test
    void noHelpLineSpellsTheLanguagesWay() {
        var helps = new ArrayList<String>();
        helps.addAll(helps(mistakes()));
        helps.addAll(helps(warnings()));
        helps.addAll(helps(tables()));
        assertThat(helps).as("the models set off the diagnostics whose help names what to write")
                .anySatisfy(h -> assertThat(h).startsWith("[SC311]")).anySatisfy(h -> assertThat(h).startsWith("[SC300]"))
                .anySatisfy(h -> assertThat(h).startsWith("[SC407]")).anySatisfy(h -> assertThat(h).startsWith("[SC703]"))
                .anySatisfy(h -> assertThat(h).startsWith("[SC710]")).anySatisfy(h -> assertThat(h).startsWith("[SC804]"))
                .hasSizeGreaterThan(20);
        assertThat(helps).allSatisfy(h -> assertThat(SCHEMA_SPELLING.matcher(h).find()).as(h).isFalse());
    }

    @Test
    void helpLinesNameTheAnnotationsToWrite() {
        var c = mistakes();
        var shape = c.diagnostics().stream().filter(d -> d.getSource() != null && d.getSource().getName().endsWith("Shape.java"))
                .findFirst().orElseThrow().getSource();
        assertThat(c).hadErrorContaining("[SC311] `@index`: takes no positional arguments").inFile(shape).onLineContaining("@Index(\"a\")");
        assertThat(c).hadErrorContaining("help: write @Index").inFile(shape).onLineContaining("@Index(\"a\")");
        assertThat(c).hadErrorContaining("help: write BigDecimal with @Column(precision = precision, scale = scale), e.g. "
                + "BigDecimal with @Column(precision = 10, scale = 2)");
        assertThat(c).hadErrorContaining("help: write @Length(min = n, max = m), @Length(max = n) or @Length(min = n)");
        assertThat(c).hadErrorContaining("help: use @Length for text, @Check for other comparisons");
        assertThat(c).hadErrorContaining("help: write the value's name, e.g. `@Default(\"SMALL\")`").inFile(shape)
                .onLineContaining("Size kind");
        assertThat(c).hadErrorContaining("help: use a scalar type (int, String with @Column(length = n), BigDecimal with "
                + "@Column(precision = p, scale = s), Instant, ...) or declare an @Entity class or an enum named `Customer`");
        assertThat(c).hadErrorContaining("help: make the field optional (`@Nullable Type`) or use Action.CASCADE, "
                + "Action.RESTRICT or Action.NO_ACTION");
        assertThat(c).hadErrorContaining("help: remove the `@Nullable`: a key column is never null");
        assertThat(tables()).hadErrorContaining("help: give one of them another name with @Entity(table = \"...\")");
        assertThat(tables()).hadErrorContaining("help: rename one of the fields or use @Column(name = \"...\")");
        assertThat(c).hadErrorContaining("help: add @Relation(\"name\") to both of its sides");
        var w = warnings();
        assertThat(w).hadWarningContaining("help: add `@Index(\"deletedAt\")` to `Member`");
        assertThat(helps(w)).contains("[SC706] use `BigDecimal with @Column(precision = 12, scale = 2)` (or `BigDecimal with "
                + "@Column(precision = 19, scale = 4)` for fractions of a cent), or an `int` count of cents");
        assertThat(w).hadWarningContaining("help: if (`member`, `course`) identifies one `Enrolment`, declare that natural key: "
                + "`@Id({\"member\", \"course\"})` or "
                + "`@Unique({\"member\", \"course\"})`");
        assertThat(w).hadWarningContaining("help: declare it as `@Default(\"now()\") Instant createdAt`");
        assertThat(w).hadWarningContaining("help: use `@Column(name = \"bad_name\")`");
        assertThat(w).hadWarningContaining("and a list field `List<MemberPhone> phones` here");
    }

    @Test
    void everyAttributeIsSpelledWithAnAnnotationThatExists() throws ClassNotFoundException {
        // Every attribute of the language's one table, so an attribute added there without a Java spelling fails here.
        var attributes = new ArrayList<String>();
        Attributes.FIELD.forEach(a -> attributes.add(Attributes.display(a)));
        Attributes.BLOCK.forEach(a -> attributes.add(Attributes.blockDisplay(a)));
        for (String attribute : attributes) {
            String spelled = JavaSpelling.INSTANCE.attribute(attribute);
            String simple = spelled.substring(1).split("\\(")[0];
            assertThat(Class.forName("dev.schemac.annotations." + simple)).as(attribute + " is " + spelled).isNotNull();
            assertThat(JavaSpelling.INSTANCE.form(attribute)).startsWith("@" + simple);
        }
    }

    @Test
    void theLanguagesOwnSpellingIsUnchanged() {
        // The compiler's words are the .schema spelling; the processor only renders them otherwise.
        assertThat(Spelling.SCHEMA.field("public_id", "uuid", "uuid()", List.of("unique"))).isEqualTo("public_id uuid = uuid() @unique");
        assertThat(JavaSpelling.INSTANCE.field("public_id", "uuid", "uuid()", List.of("unique")))
                .isEqualTo("@Default(\"uuid()\") @Unique UUID publicId");
        assertThat(JavaSpelling.INSTANCE.type("Order[]")).isEqualTo("List<Order>");
        assertThat(JavaSpelling.INSTANCE.withFields("@@index", List.of("user", "created_at"), List.of("user_id", "created_at"))).isEqualTo("@Index({\"user\", \"createdAt\"})");
    }

    /** A reserved table name is renamed on the class, a reserved column on the field: each help names its own annotation. */
    @Test
    void aReservedTableIsRenamedWithEntityTableAndAColumnWithColumnName() {
        var group = src("Group", "@Entity public record Group(int order) {}");
        // The model is checked for the chosen targets: `groups` is reserved in MySQL, `order` in both.
        var c = Sources.compile(List.of(group), "-Aschemac.targets=postgres,mysql");
        assertThat(c).hadWarningContaining("[SC607] table name `groups` is reserved").inFile(group).onLineContaining("record Group");
        assertThat(c).hadWarningContaining("rename it (or `@Entity(table)` it) to avoid that").inFile(group)
                .onLineContaining("record Group");
        assertThat(c).hadWarningContaining("[SC607] column name `order` is reserved").inFile(group).onLineContaining("record Group");
        assertThat(c).hadWarningContaining("rename it (or `@Column(name)` it) to avoid that");
    }

    /** A one-letter entity (`record S`) is a name like any: no crash, no plural. */
    @Test
    void aOneLetterEntityCompiles() {
        var c = Sources.compile(List.of(src("S", "@Entity public record S(int n) {}"), src("ItemS", "@Entity public record ItemS(int n) {}")));
        assertThat(c).succeeded();
        assertThat(c.diagnostics()).noneMatch(d -> d.getMessage(Locale.ROOT).contains("SC910") || d.getMessage(Locale.ROOT).contains("SC602"));
    }

    /** SC733's help says how a Java user documents an entity: a Javadoc comment, not `///`. */
    @Test
    void anUndocumentedEntityIsToldToWriteJavadoc() {
        var plain = src("Plain", "@Entity public record Plain(int n) {}");
        var c = Sources.compile(List.of(plain));
        assertThat(c).hadNoteContaining("[SC733] entity `Plain` has no doc comment").inFile(plain).onLineContaining("record Plain");
        assertThat(c).hadNoteContaining("help: write a Javadoc comment saying what one row stands for on each entity class");
    }
}
