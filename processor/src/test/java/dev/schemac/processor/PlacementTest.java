package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * schemac's field annotations are honoured where the processor reads fields (a getter of a
 * class JPA reads by property access among them) and refused everywhere else, on their
 * line, with where they belong: never accepted and ignored (SC923).
 */
class PlacementTest {
    private static final String IMPORTS = "import dev.schemac.annotations.*; import java.util.*;";

    private static Compilation fails(javax.tools.JavaFileObject... files) {
        Compilation c = Sources.compile(files);
        assertThat(c).failed();
        return c;
    }

    @Test
    void propertyAccessHonoursSchemacsAnnotationsOnGetters() {
        Equivalence.assertSame("""
                entity Person {
                  id    bigint @id @auto
                  email string(80) @unique @pii
                  nick  string(255)? @length(min = 2)
                  @@timestamps(false)
                }
                """,
                java("test.Person", "import jakarta.persistence.*;",
                        "@Entity public class Person {",
                        "  private Long id; private String email; private String nick;",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }",
                        "  @dev.schemac.annotations.Column(length = 80) @dev.schemac.annotations.Unique",
                        "  @dev.schemac.annotations.Pii @Column(nullable = false) public String getEmail() { return email; }",
                        "  @dev.schemac.annotations.Length(min = 2) public String getNick() { return nick; }",
                        "}"));
    }

    @Test
    void aGetterOfAClassReadByItsFields() {
        var t = java("test.User", IMPORTS,
                "@Entity public class User {",
                "  @Column(length = 80) String email;",
                "  String nick;",
                "  @Unique public String getEmail() { return email; }",
                "  @Column(length = 20)",
                "  public String getNick() { return nick; }",
                "  @Pii public String getDisplayName() { return nick; }",
                "  @Index public void touch() {}",
                "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC923] @Unique on `User.getEmail()` is not read: `User` is read by its fields, "
                + "not its getters").inFile(t).onLineContaining("@Unique public String getEmail()");
        assertThat(c).hadErrorContaining("help: put it on the field `email`").inFile(t).onLineContaining("getEmail()");
        assertThat(c).hadErrorContaining("[SC923] @Column on `User.getNick()` is not read").inFile(t)
                .onLineContaining("@Column(length = 20)");
        assertThat(c).hadErrorContaining("[SC923] @Pii on `User.getDisplayName()` is not read: `User` is read by its fields, "
                + "not its getters").inFile(t).onLineContaining("@Pii");
        assertThat(c).hadErrorContaining("help: put it on a field").inFile(t).onLineContaining("@Pii");
        assertThat(c).hadErrorContaining("[SC923] @Index on `User.touch()` is not read: a method with parameters or without a "
                + "result is no field").inFile(t).onLineContaining("@Index public void touch()");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void jpaFieldAndPropertyAccessEachSayWhereAnnotationsGo() {
        var fieldAccess = java("test.Account", "import jakarta.persistence.*;",
                "@Entity public class Account {",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
                "  String iban;",
                "  @dev.schemac.annotations.Secret public String getIban() { return iban; }",
                "}");
        var propertyAccess = java("test.Card", "import jakarta.persistence.*;",
                "@Entity public class Card {",
                "  @dev.schemac.annotations.Pii private String holder;",
                "  private Long id;",
                "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }",
                "  public String getHolder() { return holder; }",
                "}");
        var c = fails(fieldAccess, propertyAccess);
        assertThat(c).hadErrorContaining("[SC923] @Secret on `Account.getIban()` is not read: `Account` is read by its fields, "
                + "not its getters").inFile(fieldAccess).onLineContaining("getIban()");
        assertThat(c).hadErrorContaining("help: put it on the field `iban`, or read `Account` by its getters with "
                + "@Access(AccessType.PROPERTY)").inFile(fieldAccess).onLineContaining("getIban()");
        assertThat(c).hadErrorContaining("[SC923] @Pii on `Card.holder` is not read: `Card` is read by its getters (JPA's "
                + "property access)").inFile(propertyAccess).onLineContaining("private String holder;");
        assertThat(c).hadErrorContaining("help: put it on the getter `getHolder()`").inFile(propertyAccess)
                .onLineContaining("private String holder;");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void membersThatAreNoFieldsOfTheModel() {
        var deletable = java("test.Deletable", IMPORTS,
                "@Mixin public interface Deletable {",
                "  Optional<java.time.Instant> deletedAt();",
                "  @Pii default String who() { return \"\"; }",
                "}");
        var base = java("test.Base", IMPORTS, "public abstract class Base {", "  @Unique String code;", "}");
        var t = java("test.Thing", IMPORTS,
                "@Entity public class Thing extends Base implements Deletable {",
                "  @Unique static String prototype;",
                "  @Index transient String cache;",
                "  @Transient @Pii String scratch;",
                "  @Secret Optional<java.time.Instant> deletedAt;",
                "  public Optional<java.time.Instant> deletedAt() { return deletedAt; }",
                "}");
        var r = java("test.Row", IMPORTS,
                "@Entity public record Row(@Unique @Column(length = 9) String code, String name) {",
                "  @Column(length = 20) public String name() { return name; }",
                "}");
        var c = fails(deletable, base, t, r);
        assertThat(c).hadErrorContaining("[SC923] @Unique on `Thing.prototype` is not read: a static member is no field")
                .inFile(t).onLineContaining("static String prototype");
        assertThat(c).hadErrorContaining("[SC923] @Index on `Thing.cache` is not read: a transient field is not stored")
                .inFile(t).onLineContaining("transient String cache");
        assertThat(c).hadErrorContaining("[SC923] @Pii on `Thing.scratch` is not read: the member is not part of the model "
                + "(@Transient)").inFile(t).onLineContaining("String scratch");
        assertThat(c).hadErrorContaining("[SC923] @Secret on `Thing.deletedAt` is not read: it implements the accessor of a "
                + "mixin interface, which is read instead").inFile(t).onLineContaining("@Secret");
        assertThat(c).hadErrorContaining("help: put it on the accessor in the mixin").inFile(t).onLineContaining("@Secret");
        assertThat(c).hadErrorContaining("[SC923] @Pii on `Deletable.who()` is not read: an interface mixin is read by its "
                + "abstract accessors").inFile(deletable).onLineContaining("default String who()");
        assertThat(c).hadErrorContaining("[SC923] @Unique on `Base.code` is not read: `Base` is not a mixin, so its members "
                + "are no fields of the entities that extend it").inFile(base).onLineContaining("@Unique String code");
        assertThat(c).hadErrorContaining("help: annotate `Base` with @Mixin (or Jakarta's @MappedSuperclass)").inFile(base)
                .onLineContaining("@Unique String code");
        assertThat(c).hadErrorContaining("[SC923] @Column on `Row.name()` is not read: a record is read by its components")
                .inFile(r).onLineContaining("public String name()");
        assertThat(c).hadErrorContaining("help: put it on the component `name`").inFile(r).onLineContaining("public String name()");
        assertThat(c).hadErrorCount(7);
    }

    @Test
    void nullableOnAGetterMustAgreeWithItsField() {
        var t = java("test.Profile", IMPORTS, "import org.jspecify.annotations.Nullable;",
                "@Entity public class Profile {",
                "  @Nullable String bio;",
                "  String motto;",
                "  public @Nullable String getBio() { return bio; }",
                "  public @Nullable String getMotto() { return motto; }",
                "}");
        var c = fails(Sources.typeUseNullable("org.jspecify.annotations"), t);
        assertThat(c).hadErrorContaining("[SC923] @Nullable on `Profile.getMotto()` is not read: `Profile` is read by its "
                + "fields, and the field `motto` is required").inFile(t).onLineContaining("getMotto()");
        assertThat(c).hadErrorContaining("help: mark the field `motto` @Nullable, or remove the @Nullable").inFile(t)
                .onLineContaining("getMotto()");
        assertThat(c).hadErrorCount(1);
    }
}
