package dev.schemac.processor;

import static dev.schemac.processor.Sources.java;

import org.junit.jupiter.api.Test;

/** The type mapping, the nullability rule and every annotation, each checked against the .schema it stands for. */
class MappingTest {

    @Test
    void javaTypesMapToLogicalTypes() {
        Equivalence.assertSame("""
                enum Kind { A B }
                entity Types {
                  a bool  b bool  c smallint  d smallint  e int  f int  g bigint  h bigint
                  i float  j float  k double  l double  m decimal(12, 3)  n uuid
                  o datetime  p datetime  q datetime  r date  s time  t bytes
                  u text  v string(40)  w char(2)  x json  y string  z Kind  zz string(10)
                }
                """,
                java("test.Kind", "public enum Kind { A, B }"),
                java("test.Types",
                        "import dev.schemac.annotations.*;",
                        "import java.math.BigDecimal;",
                        "import java.time.*;",
                        "import java.util.UUID;",
                        "@Entity public record Types(boolean a, Boolean b, short c, Short d, int e, Integer f, long g, Long h,",
                        "    float i, Float j, double k, Double l, @Column(precision = 12, scale = 3) BigDecimal m, UUID n,",
                        "    Instant o, OffsetDateTime p, LocalDateTime q, LocalDate r, LocalTime s, byte[] t,",
                        "    String u, @Column(length = 40) String v, @Column(type = Column.Type.CHAR, length = 2) String w,",
                        "    @Column(type = Column.Type.JSON) String x, @Column(type = Column.Type.STRING) String y, Kind z,",
                        "    @Column(type = Column.Type.DEFAULT, length = 10) String zz) {}"));
    }

    @Test
    void referencesAreRequiredUnlessNullableOrOptional() {
        Equivalence.assertSame("""
                entity Row {
                  a text?  b text?  c text?  d int?  e int?  f bigint?  g double?  h int  i int  j text
                }
                """,
                Sources.typeUseNullable("org.jspecify.annotations"),
                Sources.declarationNullable("javax.annotation"),
                java("test.Row",
                        "import dev.schemac.annotations.*;",
                        "import java.util.*;",
                        "@Entity public class Row {",
                        "  @javax.annotation.Nullable String a;",
                        "  @org.jspecify.annotations.Nullable String b;",
                        "  Optional<String> c;",
                        "  @javax.annotation.Nullable Integer d;",
                        "  OptionalInt e;",
                        "  OptionalLong f;",
                        "  OptionalDouble g;",
                        "  Integer h;",
                        "  int i;",
                        "  String j;",
                        "  static String notAField;",
                        "  transient String notStoredEither;",
                        "  @Transient String norThis;",
                        "}"));
    }

    @Test
    void recordComponentsTakeTypeUseNullableAndDocsFromParams() {
        Equivalence.assertSame("""
                /// A row.
                entity Row {
                  /// The first
                  /// of two.
                  first  text?
                  second int
                }
                """,
                Sources.typeUseNullable("org.jspecify.annotations"),
                java("test.Row",
                        "import dev.schemac.annotations.*;",
                        "import org.jspecify.annotations.Nullable;",
                        "/**",
                        " * A row.",
                        " *",
                        " * @param first The first",
                        " *     of two.",
                        " * @param second",
                        " */",
                        "@Entity public record Row(@Nullable String first, int second) {}"));
    }

    /**
     * Javadoc is written with or without leading stars, indented with the code or not: the doc
     * is its text without the comment's margin, as {@code /// } gives it, indentation beyond
     * the margin kept.
     */
    @Test
    void javadocWithoutStarsLosesItsMarginAsWithStars() {
        String twin = """
                /// Para one
                /// continues here.
                ///
                ///   indented code
                /// last line.
                entity Doc {
                  /// Field doc
                  /// two lines.
                  name  string(10)
                  /// Tabbed
                  ///  one more.
                  other int
                  @@timestamps(false)
                }
                """;
        Equivalence.assertSame(twin, java("test.Doc",
                "import dev.schemac.annotations.*;",
                "/**",
                "   Para one",
                "   continues here.",
                "",
                "     indented code",
                "   last line.",
                " */",
                "@Entity(timestamps = false) public class Doc {",
                "    /** Field doc",
                "        two lines. */",
                "    @Column(length = 10) String name;",
                "    /**",
                "\t\tTabbed",
                "\t\t one more.",
                "\t */",
                "    int other;",
                "}"));
        Equivalence.assertSame(twin, java("test.Doc",
                "import dev.schemac.annotations.*;",
                "/**",
                " * Para one",
                " * continues here.",
                " *",
                " *   indented code",
                " * last line.",
                " */",
                "@Entity(timestamps = false) public class Doc {",
                "    /** Field doc",
                "     * two lines. */",
                "    @Column(length = 10) String name;",
                "    /**",
                "     * Tabbed",
                "     *  one more.",
                "     */",
                "    int other;",
                "}"));
    }

    /** The names a database chose for its constraints, said with {@code name}/{@code map} as the language's extension says them. */
    @Test
    void constraintNamesAreWrittenOnTheirAnnotations() {
        Equivalence.assertSame("""
                entity Player {
                  team Team @relation(map = "fk_player_team")
                  rank int @check(>= 0, name = "ck_player_rank")
                  @@id(team, rank, name = "pk_player")
                }
                entity Team {
                  code  string(8) @id(name = "pk_team")
                  size  int @min(0, name = "ck_team_size_min") @max(99, name = "ck_team_size_max")
                  title string(40) @length(2, 40, name = "ck_team_title_len") @pattern("[a-z]+", name = "ck_team_title_pat")
                }
                """,
                java("test.Team", "import dev.schemac.annotations.*;",
                        "@Entity public record Team(@Id(name = \"pk_team\") @Column(length = 8) String code,",
                        "    @Min(value = 0, name = \"ck_team_size_min\") @Max(value = 99, name = \"ck_team_size_max\") int size,",
                        "    @Length(min = 2, max = 40, name = \"ck_team_title_len\") @Pattern(value = \"[a-z]+\", name = \"ck_team_title_pat\")",
                        "    @Column(length = 40) String title) {}"),
                java("test.Player", "import dev.schemac.annotations.*;",
                        "@Entity @Id(value = {\"team\", \"rank\"}, name = \"pk_player\")",
                        "public record Player(@Relation(map = \"fk_player_team\") Team team,",
                        "    @Check(\">= 0, name = \\\"ck_player_rank\\\"\") int rank) {}"));
    }

    @Test
    void fieldAttributesAndDefaults() {
        Equivalence.assertSame("""
                enum Level { LOW @map("low") HIGH }
                entity Account {
                  code      string(8)   @id
                  email     string(80)  @unique @pii @map("email_address") @pattern("[^@]+@[^@]+")
                  secret    string(64)  @secret
                  level     Level = HIGH @index
                  score     int = 0     @check(>= 0) @check(<= 100)
                  ratio     double = 1.5 @min(0) @max(2.5)
                  name      string(40) = "guest" @length(2, 40)
                  nick      string(20) = "x\\"y" @length(max = 20)
                  alias     string(20)? @length(min = 1)
                  active    bool = true
                  token     uuid = uuid()
                  seen_at   datetime = now() @updated
                }
                """,
                java("test.Level", "import dev.schemac.annotations.*;",
                        "public enum Level { @Column(name = \"low\") LOW, HIGH }"),
                java("test.Account",
                        "import dev.schemac.annotations.*;",
                        "import java.time.Instant;",
                        "import java.util.*;",
                        "@Entity public record Account(",
                        "  @Id @Column(length = 8) String code,",
                        "  @Column(length = 80, name = \"email_address\") @Unique @Pii @Pattern(\"[^@]+@[^@]+\") String email,",
                        "  @Column(length = 64) @Secret String secret,",
                        "  @Default(\"HIGH\") @Index Level level,",
                        "  @Default(\"0\") @Check(\">= 0\") @Check(\"<= 100\") int score,",
                        "  @Default(\"1.5\") @Min(0) @Max(2.5) double ratio,",
                        "  @Column(length = 40) @Default(text = \"guest\") @Length(min = 2, max = 40) String name,",
                        "  @Column(length = 20) @Default(\"\\\"x\\\\\\\"y\\\"\") @Length(max = 20) String nick,",
                        "  @Column(length = 20) @Length(min = 1) Optional<String> alias,",
                        "  @Default(\"true\") boolean active,",
                        "  @Default(\"uuid()\") UUID token,",
                        "  @Default(\"now()\") @Updated Instant seenAt) {}"));
    }

    @Test
    void relationsKeysAndEntityAttributes() {
        Equivalence.assertSame("""
                schema crm { title = "CRM"  ids = uuid  timestamps = false  naming = snake  strict = false }
                entity Team {
                  name     string(50) @unique
                  members  Person[]
                  lead     Person? @relation("lead")
                  @@map("squads")
                  @@query("teams by name")
                  @@volume(rows = 200)
                }
                entity Person {
                  team      Team   @on_delete(cascade) @on_update(cascade)
                  leads     Team   @relation("lead") @unique @on_delete(restrict)
                  mentor    Person? @relation("mentoring") @on_delete(set_null)
                  mentees   Person[] @relation("mentoring")
                  given     string(50)
                  family    string(50)
                  starts_on date
                  ends_on   date?
                  @@unique(given, family, name = "uq_person_name")
                  @@index(family)
                  @@check(starts_on <= ends_on)
                  @@depends(given, family -> team)
                  @@depends(team -> leads)
                  @@denormalized("team is copied for reporting")
                  @@timestamps(true)
                }
                entity Membership {
                  team    Team
                  person  Person
                  role    string(20)
                  @@id(team, person)
                }
                """,
                java("test.Team",
                        "import dev.schemac.annotations.*;",
                        "import java.util.*;",
                        "@Entity(table = \"squads\") @Query(\"teams by name\") @Volume(rows = 200)",
                        "public record Team(@Column(length = 50) @Unique String name, List<Person> members,",
                        "    @Relation(\"lead\") Optional<Person> lead) {}"),
                java("test.Person",
                        "import dev.schemac.annotations.*;",
                        "import java.time.LocalDate;",
                        "import java.util.*;",
                        "@Entity(timestamps = true)",
                        "@Unique(value = {\"given\", \"family\"}, name = \"uq_person_name\") @Index(\"family\")",
                        "@Check(\"startsOn <= endsOn\")",
                        "@Depends(from = {\"given\", \"family\"}, to = \"team\") @Depends(from = \"team\", to = \"leads\")",
                        "@Denormalized(\"team is copied for reporting\")",
                        "public class Person {",
                        "  @OnDelete(Action.CASCADE) @OnUpdate(Action.CASCADE) Team team;",
                        "  @Relation(\"lead\") @Unique @OnDelete(Action.RESTRICT) Team leads;",
                        "  @Relation(\"mentoring\") @OnDelete(Action.SET_NULL) Optional<Person> mentor;",
                        "  @Relation(\"mentoring\") Set<Person> mentees;",
                        "  @Column(length = 50) String given;",
                        "  @Column(length = 50) String family;",
                        "  LocalDate startsOn;",
                        "  Optional<LocalDate> endsOn;",
                        "}"),
                java("test.Membership",
                        "import dev.schemac.annotations.*;",
                        "@Entity @Id({\"team\", \"person\"})",
                        "public record Membership(Team team, Person person, @Column(length = 20) String role) {}"),
                java("test.Crm",
                        "import dev.schemac.annotations.*;",
                        "@Schema(name = \"crm\", title = \"CRM\", ids = Schema.Ids.UUID, timestamps = false,",
                        "    naming = Schema.Naming.SNAKE, strict = false, types = {Team.class, Person.class, Membership.class})",
                        "final class Crm {}"));
    }

    @Test
    void mixinsAsInterfacesAndClassChains() {
        Equivalence.assertSame("""
                mixin Audited {
                  created_by string(40)
                  @@index(created_by)
                }
                mixin Versioned {
                  version int = 0
                }
                mixin Deletable {
                  deleted_at datetime?
                }
                entity Doc with Audited, Versioned, Deletable {
                  title string(80)
                }
                entity Note with Deletable {
                  body text
                }
                """,
                java("test.Audited", "import dev.schemac.annotations.*;",
                        "@Mixin @Index(\"createdBy\") public abstract class Audited extends Versioned {",
                        "  @Column(length = 40) String createdBy;", "}"),
                java("test.Base", "public abstract class Base extends Audited { String notPartOfTheModel; }"),
                java("test.Versioned", "import dev.schemac.annotations.*;",
                        "@Mixin public abstract class Versioned { @Default(\"0\") int version; }"),
                java("test.Deletable", "import dev.schemac.annotations.*;",
                        "@Mixin public interface Deletable { java.util.Optional<java.time.Instant> getDeletedAt(); }"),
                java("test.Doc", "import dev.schemac.annotations.*;",
                        "@Entity public class Doc extends Base implements Deletable, java.io.Serializable {",
                        "  private static final long serialVersionUID = 1L;",
                        "  @Column(length = 80) String title;",
                        "  @Override public java.util.Optional<java.time.Instant> getDeletedAt() { return java.util.Optional.empty(); }",
                        "}"),
                java("test.Note", "import dev.schemac.annotations.*;",
                        "@Entity public record Note(String body, java.util.Optional<java.time.Instant> deletedAt) implements Deletable {",
                        "  @Override public java.util.Optional<java.time.Instant> getDeletedAt() { return deletedAt; }",
                        "}"),
                java("test.Order", "import dev.schemac.annotations.*;",
                        "@Schema(name = \"schema\", types = {Audited.class, Versioned.class, Deletable.class, Doc.class, Note.class})",
                        "final class Order {}"));
    }

    @Test
    void explicitKeys() {
        Equivalence.assertSame("""
                entity Counter { id bigint @id @auto  label string(10) }
                entity Pair { left int @id  right int @id }
                """,
                java("test.Counter", "import dev.schemac.annotations.*;",
                        "@Entity public record Counter(@Id @Auto long id, @Column(length = 10) String label) {}"),
                java("test.Pair", "import dev.schemac.annotations.*;", "@Entity public record Pair(@Id int left, @Id int right) {}"));
    }

    @Test
    void aHeaderOnAnEntityLeavesItsJavadocToTheEntity() {
        Equivalence.assertSame("""
                schema s { title = "S" }
                /// The thing.
                entity Thing { n int }
                """,
                java("test.Thing", "import dev.schemac.annotations.*;", "/** The thing. */",
                        "@Schema(name = \"s\", title = \"S\") @Entity public record Thing(int n) {}"));
    }

    @Test
    void aHeaderOnAPackageTakesThePackageJavadoc() {
        Equivalence.assertSame("things", """
                /// All about things.
                schema things { dialect = postgres }
                entity Thing { n int }
                """,
                java("things.package-info", "/** All about things. */",
                        "@dev.schemac.annotations.Schema(name = \"things\", dialect = dev.schemac.annotations.Schema.Dialect.POSTGRES)",
                        "package things;"),
                java("things.Thing", "import dev.schemac.annotations.*;", "@Entity public record Thing(int n) {}"));
    }

    @Test
    void documentAndKeyValueAttributes() {
        Equivalence.assertSame("""
                entity Draft {
                  title string(40)
                  @@cache(ttl = "1h")
                }
                entity Hold {
                  token      string(64) @unique
                  expires_at datetime @ttl("30m")
                  @@cache(ttl = "15m", key = "hold:{token}")
                }
                entity Member {
                  tenant Tenant @on_delete(cascade)
                  email  string(255)
                }
                entity Tenant {
                  name    string(100)
                  members Member[] @embed
                  @@collection("accounts")
                }
                entity Venue {
                  tenant Tenant
                  name   string(120)
                  @@unique(tenant, name)
                  @@shard_key(tenant)
                }
                """,
                java("test.Tenant",
                        "import dev.schemac.annotations.*;",
                        "import java.util.List;",
                        "@Entity @Collection(\"accounts\")",
                        "public record Tenant(@Column(length = 100) String name, @Embed List<Member> members) {}"),
                java("test.Member",
                        "import dev.schemac.annotations.*;",
                        "@Entity public record Member(@OnDelete(Action.CASCADE) Tenant tenant, @Column(length = 255) String email) {}"),
                java("test.Venue",
                        "import dev.schemac.annotations.*;",
                        "@Entity @Unique({\"tenant\", \"name\"}) @ShardKey(\"tenant\")",
                        "public record Venue(Tenant tenant, @Column(length = 120) String name) {}"),
                java("test.Hold",
                        "import dev.schemac.annotations.*;",
                        "import java.time.Instant;",
                        "@Entity @Cache(ttl = \"15m\", key = \"hold:{token}\")",
                        "public record Hold(@Column(length = 64) @Unique String token, @Ttl(\"30m\") Instant expiresAt) {}"),
                java("test.Draft",
                        "import dev.schemac.annotations.*;",
                        "@Entity @Cache(ttl = \"1h\")",
                        "public record Draft(@Column(length = 40) String title) {}"));
    }
}
