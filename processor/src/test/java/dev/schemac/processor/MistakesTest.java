package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each kind of mistake a model can have fails the compilation with the compiler's own
 * diagnostic, on the line of the Java element, annotation or annotation value it is about.
 */
class MistakesTest {

    private static final String IMPORTS = "import dev.schemac.annotations.*; import java.util.*; import java.time.*; import java.math.*;";

    private static JavaFileObject entity(String name, String... body) {
        String[] lines = new String[body.length + 1];
        lines[0] = IMPORTS;
        System.arraycopy(body, 0, lines, 1, body.length);
        return java("test." + name, lines);
    }

    private static Compilation fails(JavaFileObject... files) {
        Compilation c = Sources.compile(files);
        assertThat(c).failed();
        return c;
    }

    @Test
    void unknownType() {
        var user = entity("User", "@Entity public class User {", "  String name;", "  Customer customer;", "}");
        var customer = java("test.Customer", "public class Customer {}");
        var c = fails(user, customer);
        assertThat(c).hadErrorContaining("[SC208] unknown type `Customer`").inFile(user).onLineContaining("Customer customer;");
        assertThat(c).hadErrorCount(1);
    }

    /**
     * The model names a type by its simple name: a second class of that name, in another package,
     * is reported on its own line (and left out, so its fields are no second declaration).
     */
    @Test
    void twoTypesWithOneSimpleName() {
        var first = java("a.User", IMPORTS, "@Entity public class User {", "  String name;", "}");
        var second = java("b.User", IMPORTS, "@Entity", "public class User {", "  String mail;", "}");
        var c = fails(first, second);
        assertThat(c).hadErrorContaining("[SC925] `b.User` would declare entity `User`, a name `a.User` already takes in the "
                + "model, which names each type by its simple class name or its annotation's name").inFile(second)
                .onLineContaining("public class User {");
        assertThat(c).hadErrorContaining("help: rename one of the classes, or name this one with @Entity(name = \"...\")");
        assertThat(c).hadErrorContaining("note: `a.User` takes the name here");
        assertThat(c).hadErrorCount(1);

        var tier = java("a.Tier", "public enum Tier { GOLD }");
        var otherTier = java("b.Tier", "public enum Tier { SILVER }");
        var account = java("a.Account", IMPORTS, "@Entity public class Account {", "  Tier tier;", "  b.Tier other;", "}");
        var e = fails(tier, otherTier, account);
        assertThat(e).hadErrorContaining("[SC925] `b.Tier` would declare enum `Tier`, a name `a.Tier` already takes")
                .inFile(otherTier).onLineContaining("public enum Tier");
        assertThat(e).hadErrorContaining("help: rename one of the enums");
        assertThat(e).hadErrorCount(1);

        // Named apart, the two classes are two entities.
        var named = java("b.User", IMPORTS, "@Entity(name = \"Member\")", "public class User {", "  String mail;", "}");
        assertThat(Sources.compile(first, named)).succeeded();
    }

    @Test
    void aDatetimeWithAZoneIsTheInstantItSaysAndOneOffTheCalendarIsRefused() {
        var ok = entity("Event", "@Entity public class Event {",
                "  @Default(\"\\\"2030-06-15T14:00:00+02:00\\\"\") Instant starts;",
                "  @Check(\">= \\\"2030-06-15 12:00Z\\\"\") Instant ends;", "}");
        var c = Sources.compile(ok);
        assertThat(c).succeeded();
        String sql = Sources.generated(c, "sql/postgres/schema.sql");
        // Both as the instant in UTC, in the one form every output writes.
        org.assertj.core.api.Assertions.assertThat(sql.split("2030-06-15 12:00:00", -1)).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(sql).doesNotContain("14:00").doesNotContain("+02").doesNotContain("12:00Z");

        var bad = entity("Late", "@Entity public class Late {",
                "  @Default(\"\\\"2030-02-30T10:00:00+02:00\\\"\") Instant starts;", "}");
        var b = fails(bad);
        assertThat(b).hadErrorContaining("[SC520] the default of `Late.starts` is not a date on the calendar: "
                + "`2030-02-30T10:00:00+02:00`").inFile(bad).onLineContaining("2030-02-30");
    }

    @Test
    void missingKeyAnIdFieldWithoutId() {
        var item = entity("Item", "@Entity public record Item(", "  long id,", "  String name) {}");
        var c = fails(item);
        assertThat(c).hadErrorContaining("[SC205] field `id` is declared twice in `Item` (an entity without @id gets an implicit key named `id`)")
                .inFile(item).onLineContaining("long id,");
        assertThat(c).hadErrorContaining("mark this field @id to make it the key (Item.id)");
    }

    @Test
    void missingKeyACompositeKeyNamingNoField() {
        var line = entity("Line", "@Entity", "@Id({\"order\",", "     \"position\"})",
                "public record Line(int order, int pos) {}");
        var c = fails(line);
        assertThat(c).hadErrorContaining("[SC210] entity `Line` has no field `position`.").inFile(line)
                .onLineContaining("\"position\"})");
    }

    @Test
    void aFieldListedTwiceInAKeyOrIndexWhateverItsSpelling() {
        var person = entity("Person",
                "@Entity",
                "@Unique({\"firstName\", \"lastName\",",
                "         \"first_name\"})",
                "@Index({\"lastName\", \"lastName\"})",
                "@Query(value = \"by name\", where = {\"lastName\", \"last_name\"})",
                "public record Person(@Column(length = 50) String firstName, @Column(length = 50) String lastName) {}");
        var c = fails(person);
        assertThat(c).hadErrorContaining("[SC214] field `first_name` is listed twice in a unique constraint")
                .inFile(person).onLineContaining("\"first_name\"})");
        assertThat(c).hadErrorContaining("[SC214] field `last_name` is listed twice in an index")
                .inFile(person).onLineContaining("@Index(");
        assertThat(c).hadErrorContaining("[SC214] field `last_name` is listed twice in a query")
                .inFile(person).onLineContaining("@Query(");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void unpairedRelation() {
        var user = entity("User", "@Entity public class User {", "  List<Order> orders;", "}");
        var order = entity("Order", "@Entity public record Order(int total) {}");
        var c = fails(user, order);
        assertThat(c).hadErrorContaining("[SC403] relation field `User.orders` has no partner on `Order`")
                .inFile(user).onLineContaining("List<Order> orders;");
    }

    @Test
    void badAnnotationArguments() {
        var p = entity("Product",
                "@Entity",
                "@Volume(rows = -1)",
                "public class Product {",
                "  @Check(\"=> 0\") int stock;",
                "  @Column(length = 10) @Length(min = 5, max = 2) String code;",
                "  @Column(length = 10) @Index(\"code\") String sku;",
                "  @Column(length = 0) String name;",
                "  @Default(\"soon\") Instant launch;",
                "  @Column(length = 9) @Pattern(\"[a-\") String tag;",
                "  @OnDelete(Action.SET_NULL) Vendor vendor;",
                "}");
        var vendor = entity("Vendor", "@Entity public record Vendor(List<Product> products) {}");
        var c = fails(p, vendor);
        assertThat(c).hadErrorContaining("[SC100] unexpected `>`").inFile(p).onLineContaining("@Check(\"=> 0\")");
        assertThat(c).hadErrorContaining("[SC311] `@length`: minimum 5 is larger than maximum 2")
                .inFile(p).onLineContaining("@Length(min = 5, max = 2)");
        assertThat(c).hadErrorContaining("[SC311] `@index`: takes no positional arguments").inFile(p).onLineContaining("@Index(\"code\")");
        assertThat(c).hadErrorContaining("[SC300] `0` is not a length from 1 to 65535 for `string`")
                .inFile(p).onLineContaining("@Column(length = 0)");
        assertThat(c).hadErrorContaining("[SC320]").inFile(p).onLineContaining("@Default(\"soon\")");
        assertThat(c).hadErrorContaining("invalid regular expression").inFile(p).onLineContaining("@Pattern(\"[a-\")");
        assertThat(c).hadErrorContaining("[SC407]").inFile(p).onLineContaining("@OnDelete(Action.SET_NULL)");
        assertThat(c).hadErrorContaining("rows cannot be negative").inFile(p).onLineContaining("@Volume(rows = -1)");
    }

    @Test
    void functionalDependencyOnAMissingField() {
        var a = entity("Address",
                "@Entity",
                "@Depends(from = \"zip\",",
                "         to = {\"city\", \"town\"})",
                "public record Address(@Column(length = 10) String zip, @Column(length = 50) String city) {}");
        var c = fails(a);
        assertThat(c).hadErrorContaining("[SC210] entity `Address` has no field `town`.")
                .inFile(a).onLineContaining("to = {\"city\", \"town\"})");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void badSchemaSetting() {
        var pkg = java("shop.package-info", "@dev.schemac.annotations.Schema(name = \"shop\",",
                "    feature = \"no spaces allowed\")", "package shop;");
        var e = java("shop.Thing", "import dev.schemac.annotations.*;", "@Entity public record Thing(int n) {}");
        var c = fails(pkg, e);
        assertThat(c).hadErrorContaining("[SC203]").inFile(pkg).onLineContaining("feature = \"no spaces allowed\"");
    }

    @Test
    void twoEntitiesWithOneNameNoteTheFirst() {
        var a = java("a.Thing", "import dev.schemac.annotations.*;", "@Entity public record Thing(int n) {}");
        var b = java("b.Other", "import dev.schemac.annotations.*;", "@Entity(name = \"Thing\") public record Other(int m) {}");
        var c = fails(a, b);
        assertThat(c).hadErrorContaining("[SC925] `b.Other` would declare entity `Thing`, a name `a.Thing` already takes")
                .inFile(b).onLineContaining("public record Other(int m)");
        assertThat(c).hadErrorContaining("note: `a.Thing` takes the name here");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void oneBadClassDoesNotHideTheOthers() {
        var a = entity("A", "@Entity public class A {", "  Map<String, String> attributes;", "}");
        var b = entity("B", "@Entity public class B {", "  Missing missing;", "}");
        var d = entity("D", "@Entity public class D {", "  @Length(max = 3) int n;", "}");
        var missing = java("test.Missing", "public class Missing {}");
        var c = fails(a, b, d, missing);
        assertThat(c).hadErrorContaining("[SC900]").inFile(a).onLineContaining("Map<String, String> attributes;");
        assertThat(c).hadErrorContaining("[SC208] unknown type `Missing`").inFile(b).onLineContaining("Missing missing;");
        assertThat(c).hadErrorContaining("[SC322]").inFile(d).onLineContaining("@Length(max = 3)");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void listOfScalarsBreaksFirstNormalForm() {
        var post = entity("Post", "@Entity public record Post(", "  List<String> tags) {}");
        var c = fails(post);
        assertThat(c).hadErrorContaining("[SC301]").inFile(post).onLineContaining("List<String> tags");
    }

    @Test
    void twoSchemaHeaders() {
        var a = entity("A", "@Schema(name = \"one\") @Entity public record A(int n) {}");
        var b = entity("B", "@Schema(name = \"two\")", "@Entity public record B(int n) {}");
        var c = fails(a, b);
        assertThat(c).hadErrorContaining("[SC201]").inFile(b).onLineContaining("@Schema(name = \"two\")");
    }

    @Test
    void aListIsNeverNull() {
        var user = entity("User", "@Entity public class User {", "  @Nullable List<Order> orders;", "}");
        var order = entity("Order", "@Entity public record Order(User user) {}");
        var c = fails(Sources.declarationNullable("test"), user, order);
        assertThat(c).hadErrorContaining("[SC302]").inFile(user).onLineContaining("@Nullable List<Order> orders;");
    }

    /** SC706 reads names, so it warns and the model still compiles (docs/rules.md, SC706). */
    @Test
    void floatMoneyIsAWarning() {
        var item = entity("LineItem", "@Entity public class LineItem {", "  double totalAmount;", "  int quantity;", "}");
        var c = Sources.compile(item);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC706] `LineItem.total_amount` looks like money but is `double`")
                .inFile(item).onLineContaining("double totalAmount;");
    }

    @Test
    void documentAndKeyValueMistakesLandOnTheirAnnotations() {
        var hold = entity("Hold", "@Entity", "@Cache(ttl = \"15m\",", "       key = \"hold:{tokn}\")",
                "public record Hold(@Column(length = 64) @Unique String token,", "  @Ttl(\"soon\") Instant expiresAt) {}");
        var c = fails(hold);
        assertThat(c).hadErrorContaining("[SC436] key pattern `hold:{tokn}` names no field `tokn` of `Hold`. Did you mean `token`?")
                .inFile(hold).onLineContaining("key = \"hold:{tokn}\"");
        assertThat(c).hadErrorContaining("[SC435] `@ttl`: `soon` is not a duration").inFile(hold).onLineContaining("@Ttl(\"soon\")");
    }

    @Test
    void embeddingASharedChildIsReportedOnTheField() {
        var country = entity("Country", "@Entity public record Country(@Column(length = 2) String code) {}");
        var customer = entity("Customer", "@Entity public record Customer(", "  @Embed Country country) {}");
        var c = fails(country, customer);
        assertThat(c).hadErrorContaining("[SC430] @embed on `Customer.country`: `Country` can be the country of many Customer rows")
                .inFile(customer).onLineContaining("@Embed Country country");
    }
}
