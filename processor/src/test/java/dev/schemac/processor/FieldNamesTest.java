package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import org.junit.jupiter.api.Test;

/**
 * Field names Java cannot write ({@code class}) or would write otherwise
 * ({@code address_line_2}): {@code @Column(field = ...)} names the field itself, so every
 * target names it as the {@code .schema} twin does, and annotations naming fields take the
 * Java name or the schema name alike. Names no {@code .schema} file could write are refused.
 */
class FieldNamesTest {

    @Test
    void columnFieldNamesTheFieldForEveryTarget() {
        Equivalence.assertSame("""
                entity Course {
                  class          int @unique
                  address_line_2 string(40)
                  import         text?
                  limit          int
                  HTTPStatus     int @map("http_status")
                  teacher        Teacher
                  @@index(class, address_line_2)
                  @@check(class < limit)
                  @@depends(address_line_2 -> import)
                  @@denormalized("address kept as entered")
                }
                entity Teacher {
                  courses Course[]
                  mentor  Teacher? @relation("mentoring") @on_delete(set_null)
                  mentees Teacher[] @relation("mentoring")
                }
                """,
                Sources.typeUseNullable("org.jspecify.annotations"),
                java("test.Course",
                        "import dev.schemac.annotations.*;",
                        "import org.jspecify.annotations.Nullable;",
                        "@Entity @Index({\"klass\", \"address_line_2\"}) @Check(\"klass < limit\")",
                        "@Depends(from = \"addressLine2\", to = \"imports\") @Denormalized(\"address kept as entered\")",
                        "public class Course {",
                        "  @Column(field = \"class\") @Unique int klass;",
                        "  @Column(field = \"address_line_2\", length = 40) String addressLine2;",
                        "  @Column(field = \"import\") @Nullable String imports;",
                        "  int limit;",
                        "  @Column(field = \"HTTPStatus\", name = \"http_status\") int status;",
                        "  Teacher teacher;",
                        "}"),
                java("test.Teacher",
                        "import dev.schemac.annotations.*;",
                        "import java.util.*;",
                        "@Entity public class Teacher {",
                        "  List<Course> courses;",
                        "  @Relation(\"mentoring\") @OnDelete(Action.SET_NULL) Optional<Teacher> mentor;",
                        "  @Relation(\"mentoring\") List<Teacher> mentees;",
                        "}"),
                java("test.Order", "import dev.schemac.annotations.*;",
                        "@Schema(name = \"schema\", types = {Course.class, Teacher.class}) final class Order {}"));
    }

    @Test
    void aRecordComponentAndAJpaFieldAreNamedTheSameWay() {
        Equivalence.assertSame("""
                entity Slot { class int  starts_at_2 datetime  @@unique(class, starts_at_2) }
                entity Room {
                  id      bigint @id @auto
                  class   string(10)? @map("room_class")
                  @@map("rooms") @@timestamps(false)
                }
                """,
                java("test.Slot", "import dev.schemac.annotations.*;",
                        "@Entity @Unique({\"klass\", \"startsAt2\"})",
                        "public record Slot(@Column(field = \"class\") int klass,",
                        "    @Column(field = \"starts_at_2\") java.time.Instant startsAt2) {}"),
                java("test.Room",
                        "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"rooms\") public class Room {",
                        "  @jakarta.persistence.Id @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)",
                        "  Long id;",
                        "  @dev.schemac.annotations.Column(field = \"class\") @jakarta.persistence.Column(name = \"room_class\", length = 10)",
                        "  String klass;",
                        "}"),
                java("test.Order", "import dev.schemac.annotations.*;",
                        "@Schema(name = \"schema\", types = {Slot.class, Room.class}) final class Order {}"));
    }

    @Test
    void namesTheLanguageCannotWriteAreRefusedOnTheirLine() {
        var t = java("test.T",
                "import dev.schemac.annotations.*;",
                "@Entity public class T {",
                "  @Column(field = \"has space\") int spaced;",
                "  String straße;",
                "  int cost$;",
                "  Kind kind;",
                "}");
        var named = java("test.Named", "import dev.schemac.annotations.*;",
                "@Entity(name = \"Bad-Name\") public record Named(int n) {}");
        var kind = java("test.Kind", "public enum Kind { OK, NOT$OK }");
        var c = Sources.compile(t, named, kind);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC919] field name `has space` is not a name of the language")
                .inFile(t).onLineContaining("@Column(field = \"has space\")");
        assertThat(c).hadErrorContaining("[SC919] field name `straße` is not a name of the language, which are ASCII letters")
                .inFile(t).onLineContaining("String straße;");
        assertThat(c).hadErrorContaining("help: name the field with @Column(field = \"...\")").inFile(t).onLineContaining("int cost$;");
        assertThat(c).hadErrorContaining("[SC919] entity name `Bad-Name` is not a name of the language")
                .inFile(named).onLineContaining("Bad-Name");
        assertThat(c).hadErrorContaining("[SC919] enum value name `NOT$OK`").inFile(kind).onLineContaining("NOT$OK");
        assertThat(c).hadErrorCount(5);
    }

    /**
     * A name refused as SC919 is that one error: the naming rules (not PascalCase, not snake_case, reserved) would
     * only suggest the same name back ("rename it `Café`"). A writable name in the same model still hears them.
     */
    @Test
    void aNameTheLanguageCannotWriteHearsNoNamingRuleSuggestingItBack() {
        var cafe = JpaMappingTest.jpa("Café", "/** A café. */ @Entity public class Café {",
                "  /** Key. */ @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  /** Name. */ String naïve;",
                "  /** Size. */ @Enumerated(EnumType.STRING) Größe größe;",
                "}");
        var size = JpaMappingTest.jpa("Größe", "/** A size. */ public enum Größe { KLEIN, GROẞ }");
        var badlyCased = java("test.order_note", "import dev.schemac.annotations.*;",
                "/** A note. */ @Entity public class order_note {",
                "  /** Text. */ @Column(field = \"Body_Text\") String body;", "}");
        var c = Sources.compile(cafe, size, badlyCased);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC919] entity name `Café`").inFile(cafe).onLineContaining("class Café");
        assertThat(c).hadErrorContaining("[SC919] field name `naïve`").inFile(cafe).onLineContaining("String naïve;");
        assertThat(c).hadErrorContaining("[SC919] field name `größe`").inFile(cafe).onLineContaining("Größe größe;");
        assertThat(c).hadErrorContaining("[SC919] enum name `Größe`").inFile(size).onLineContaining("enum Größe");
        assertThat(c).hadErrorContaining("[SC919] enum value name `GROẞ`").inFile(size).onLineContaining("enum Größe");
        assertThat(c).hadErrorCount(5);
        var named = c.diagnostics().stream().map(d -> d.getMessage(java.util.Locale.ROOT)).filter(m -> m.matches("(?s)\\[SC60\\d].*"))
                .toList();
        org.assertj.core.api.Assertions.assertThat(named).noneMatch(m -> m.contains("Café") || m.contains("naïve") || m.contains("größe") || m.contains("Größe")
                || m.contains("GROẞ"));
        // The naming rules still speak of every name the language can write.
        assertThat(c).hadWarningContaining("[SC601] entity `order_note` is not PascalCase").inFile(badlyCased)
                .onLineContaining("class order_note");
        assertThat(c).hadWarningContaining("[SC603] field `Body_Text` is not snake_case").inFile(badlyCased)
                .onLineContaining("Body_Text");
    }
}
