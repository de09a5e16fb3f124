package dev.schemac.gen.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.support.TestModels;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JavaTargetTest {
    /** Every model and javadoc run of this class is written under it, and removed after. */
    @TempDir
    static Path tmp;

    static Path root() {
        String env = System.getenv("SCHEMAC_ROOT");
        Path p = env != null ? Path.of(env) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    static Compilation compile(String schema) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "schemac-java-target");
        Path file = dir.resolve("model.schema");
        Files.writeString(file, schema, StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        return c;
    }

    static Targets.Result run(Compilation c, Map<String, String> extra) {
        var d = TargetOptions.defaults();
        return Targets.run(c, List.of(new JavaTarget()), new TargetOptions(d.timestamp(), d.seed(), d.rows(), extra));
    }

    static Stream<Path> examples() throws IOException {
        try (var dirs = Files.list(root().resolve("examples"))) {
            return dirs.map(d -> d.resolve(d.getFileName() + ".schema")).filter(Files::isRegularFile).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleCompilesWithEveryLintAndDoclintCheck(Path schema) throws IOException {
        var result = run(Compiler.compile(List.of(schema)), Map.of());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.files()).isNotEmpty();
        assertThat(GeneratedJava.compile(result.files())).isEmpty();
    }

    static Stream<Path> reservedWordModels() {
        return TestModels.reservedWords().stream();
    }

    /** Every reserved word as an entity, enum, enum value and field: the sources compile, so every rename is legal Java. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reservedWordModels")
    void everyReservedWordCompiles(Path schema) throws IOException {
        var result = run(Compiler.compile(List.of(schema)), Map.of());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(GeneratedJava.compile(result.files())).isEmpty();
    }

    @Test
    void shopHasARecordAndAMetamodelPerEntityAndAnEnumPerEnum() throws IOException {
        var result = run(Compiler.compile(List.of(root().resolve("examples/shop/shop.schema"))), Map.of());
        assertThat(result.files().keySet()).containsExactly("java/shop/Address.java", "java/shop/Address_.java",
                "java/shop/Employee.java", "java/shop/Employee_.java", "java/shop/Order.java", "java/shop/OrderItem.java",
                "java/shop/OrderItem_.java", "java/shop/OrderStatus.java", "java/shop/Order_.java", "java/shop/Product.java",
                "java/shop/Product_.java", "java/shop/Tag.java", "java/shop/Tag_.java", "java/shop/User.java",
                "java/shop/User_.java");
    }

    @Test
    void recordHasOneComponentPerColumnWithForeignKeysAsKeyValues() throws IOException {
        var files = run(Compiler.compile(List.of(root().resolve("examples/shop/shop.schema"))), Map.of()).files();
        String order = files.get("java/shop/Order.java");
        assertThat(order).contains("public record Order(int id, int userId, OrderStatus status, BigDecimal totalAmount, String note,")
                .contains("Instant createdAt, Instant updatedAt)")
                .contains("@param note column <code>note</code> (nullable)")
                .doesNotContain("items");
        String item = files.get("java/shop/OrderItem.java");
        assertThat(item).contains("public record OrderItem(int orderId, int productId, int quantity,");
    }

    /**
     * Names from the model shown in code font read, in the documentation javadoc renders, as the
     * model wrote them: a backslash-u escape, braces, markup, an inline tag, a comment end.
     */
    @Test
    void namesInCodeFontRenderAsTheModelWroteThemInJavadoc() throws IOException {
        String table = "a}{@code x}<i>&amp;@param"; // a table name holds no \\ / or . (MySQL files)
        String column = "a\\u0022b}\\z*/&#92;";
        Compilation c = compile("/// A thing.\nentity Thing {\n  id int @id\n  v string(10) @map(" + literal(column) + ")\n"
                + "  @@map(" + literal(table) + ")\n}\n");
        var files = run(c, Map.of(JavaTarget.PACKAGE_OPTION, "p")).files();
        assertThat(GeneratedJava.compile(files)).isEmpty();
        Path src = Files.createTempDirectory(tmp, "schemac-javadoc-src");
        Path docs = Files.createTempDirectory(tmp, "schemac-javadoc-out");
        for (var f : files.entrySet()) {
            Path p = src.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        var tool = javax.tools.ToolProvider.getSystemDocumentationTool();
        var err = new java.io.ByteArrayOutputStream();
        int rc = tool.run(null, err, err, "-quiet", "-encoding", "UTF-8", "-d", docs.toString(), "-sourcepath",
                src.resolve("java").toString(), "p");
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(docs.resolve("p/Thing_.html"), StandardCharsets.UTF_8);
        assertThat(codeTexts(html)).contains(table, column);
        String record = Files.readString(docs.resolve("p/Thing.html"), StandardCharsets.UTF_8);
        assertThat(codeTexts(record)).contains(table, column);
    }

    /** A model string literal of {@code s}. */
    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text of each {@code <code>} element of a page, as a browser shows it. */
    private static List<String> codeTexts(String html) {
        var texts = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("<code>(.*?)</code>", java.util.regex.Pattern.DOTALL).matcher(html);
        while (m.find()) texts.add(decode(m.group(1).replaceAll("<[^>]*>", "")));
        return texts;
    }

    private static String decode(String s) {
        var m = java.util.regex.Pattern.compile("&(#(\\d+)|#x([0-9a-fA-F]+)|lt|gt|amp|quot|apos);").matcher(s);
        var b = new StringBuilder();
        while (m.find()) {
            String r = m.group(2) != null ? Character.toString(Integer.parseInt(m.group(2)))
                    : m.group(3) != null ? Character.toString(Integer.parseInt(m.group(3), 16))
                    : switch (m.group(1)) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        default -> "'";
                    };
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    @Test
    void metamodelNamesComeFromTheCatalog() throws IOException {
        var files = run(Compiler.compile(List.of(root().resolve("examples/shop/shop.schema"))), Map.of()).files();
        assertThat(files.get("java/shop/OrderItem_.java"))
                .contains("public static final String TABLE = \"order_items\";")
                .contains("public static final String ORDER_ID = \"order_id\";");
        assertThat(files.get("java/shop/Tag_.java"))
                .contains("public static final class ProductsJoin {")
                .contains("public static final String TABLE = \"product_tags\";")
                .contains("public static final List<String> COLUMNS = List.of(PRODUCT_ID, TAG_ID);");
    }

    @Test
    void namesThatAreNotJavaIdentifiersAreMadeLegalAndStillCompile() throws IOException {
        Compilation c = compile("""
                /// Docs with <html> & */ comment ends, @tags and \\u002a/ escapes.
                schema weird { naming = preserve }
                enum Kind { class @map("klass") public value }
                entity record {
                  class      string(10) @map("orderDate")
                  hash_code  int
                  kind       Kind = class
                  Email      string(20)
                  table      int
                  payload    bytes?
                  when       datetime?
                  flag       bool?
                  int_       int   @map("class")
                }
                entity Other {
                  first   record? @relation("first")
                  tags    Tag[]
                }
                entity Tag {
                  others  Other[]
                  owner   record @relation("first") @unique
                }
                entity String {
                  label   string(10)
                }
                """);
        var result = run(c, Map.of(JavaTarget.PACKAGE_OPTION, "com.example.db"));
        assertThat(result.diagnostics()).isEmpty();
        String rec = result.files().get("java/com/example/db/record_.java");
        assertThat(rec).contains("public record record_(int id, String orderDate, int hashCode_, Kind kind, String Email,")
                .contains("byte[] payload, Instant when, Boolean flag, int class_,");
        assertThat(result.files().get("java/com/example/db/record__.java"))
                .contains("public static final String ORDERDATE = \"orderDate\";")
                .contains("public static final String TABLE_ = \"table\";")
                .contains("public static final String EMAIL = \"Email\";");
        assertThat(result.files().get("java/com/example/db/Kind.java")).contains("class_(\"klass\")", "public_(\"public\")", "value_(\"value\")");
        // A record named String would take the place of java.lang.String in every other record of the package.
        assertThat(result.files()).containsKey("java/com/example/db/String_.java").doesNotContainKey("java/com/example/db/String.java");
        assertThat(result.files().get("java/com/example/db/Other_.java")).contains("class TagsJoin");
        assertThat(result.files().get("java/com/example/db/Tag_.java")).contains("class OthersJoin");
        assertThat(GeneratedJava.compile(result.files())).isEmpty();
    }

    @Test
    void badPackageOptionIsReported() throws IOException {
        var result = run(compile("entity A { x int }"), Map.of(JavaTarget.PACKAGE_OPTION, "com.class.db"));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SC950");
            assertThat(d.message()).contains("com.class.db");
        });
        assertThat(result.files()).isEmpty();
    }

    @Test
    void entityNamedLikeAMetamodelIsACollision() throws IOException {
        // check reports it, before any target runs.
        Path file = Files.createTempDirectory(tmp, "schemac-java-target").resolve("model.schema");
        Files.writeString(file, "entity User { x int }\nentity User_ { y int }", StandardCharsets.UTF_8);
        var result = Compiler.compile(List.of(file));
        assertThat(result.diagnostics()).filteredOn(d -> d.isError()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SC951");
            assertThat(d.message()).contains("`User_`");
        });
    }

    @Test
    void aLabelLongerThanAJavaStringConstantIsRefusedByCheckAndOneThatFitsCompiles() throws IOException {
        // A class file holds a string constant in 65,535 bytes of modified UTF-8: 21,845 CJK letters of three bytes
        // fit, one more does not. Only SQLite takes such a label (SC544 warns for the other two databases).
        String head = "/// M.\nschema s {\n  dialect = sqlite\n}\n\n/// K.\nenum Kind {\n  plain\n  wide @map(\"";
        String tail = "\")\n}\n\n/// T.\nentity Thing {\n  kind Kind = plain\n}\n";
        Path file = Files.createTempDirectory(tmp, "schemac-java-target").resolve("model.schema");
        Files.writeString(file, head + "\u540d".repeat(21_846) + tail, StandardCharsets.UTF_8);
        var refused = Compiler.compile(List.of(file));
        assertThat(refused.diagnostics()).filteredOn(d -> d.isError()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("SC952");
            assertThat(d.span().line()).isEqualTo(9);
            assertThat(d.span().column()).isEqualTo(3);
            assertThat(d.message()).startsWith("the stored label of `Kind.wide` takes 65,538 bytes in a Java class file, "
                    + "which holds a string constant in at most 65,535");
            assertThat(d.help()).isEqualTo("shorten the label with @map(\"stored value\")");
        });
        Files.writeString(file, head + "\u540d".repeat(21_845) + tail, StandardCharsets.UTF_8);
        var fits = Compiler.compile(List.of(file));
        assertThat(fits.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        var result = run(fits, Map.of());
        assertThat(GeneratedJava.compile(result.files())).isEmpty();
        // A NUL takes two bytes and a letter beyond the Basic Multilingual Plane six, as javac counts them.
        assertThat(JavaConstants.classFileBytes("\u0000a\u00e9\ud83d\ude00")).isEqualTo(2 + 1 + 2 + 6);
    }

    @Test
    void outputIsDeterministic() throws IOException {
        Path shop = root().resolve("examples/shop/shop.schema");
        assertThat(run(Compiler.compile(List.of(shop)), Map.of()).files())
                .isEqualTo(run(Compiler.compile(List.of(shop)), Map.of()).files());
    }
}
