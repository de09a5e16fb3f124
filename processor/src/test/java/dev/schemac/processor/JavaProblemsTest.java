package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What only the Java side can get wrong (codes SC900-SC913), each on its line. */
class JavaProblemsTest {
    private static final String IMPORTS = "import dev.schemac.annotations.*; import java.util.*;";

    private static JavaFileObject src(String name, String... body) {
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
    void typesWithoutALogicalType() {
        var t = src("T",
                "@Entity public class T<X> {",
                "  Map<String, Integer> map;",
                "  X generic;",
                "  List raw;",
                "  List<?> wildcard;",
                "  java.time.OffsetTime letter;",
                "  Byte[] legacy;",
                "  List<List<T<X>>> nested;",
                "  Optional<Optional<String>> twice;",
                "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC900] field `map`").inFile(t).onLineContaining("Map<String, Integer> map;");
        assertThat(c).hadErrorContaining("[SC900] field `generic` has Java type `X`, a type variable of `T` that no "
                + "type argument gives a type").inFile(t).onLineContaining("X generic;");
        assertThat(c).hadErrorContaining("a raw List has no element type").inFile(t).onLineContaining("List raw;");
        assertThat(c).hadErrorContaining("a wildcard without an upper bound").inFile(t).onLineContaining("List<?> wildcard;");
        assertThat(c).hadErrorContaining("[SC900] field `letter`").inFile(t).onLineContaining("OffsetTime letter;");
        assertThat(c).hadErrorContaining("[SC900] field `legacy` has Java type `java.lang.Byte[]`, which has no logical type: "
                + "Hibernate refuses a Byte[] field; write byte[]").inFile(t).onLineContaining("Byte[] legacy;");
        assertThat(c).hadErrorContaining("a collection of collections").inFile(t).onLineContaining("nested;");
        assertThat(c).hadErrorContaining("an Optional of an Optional").inFile(t).onLineContaining("twice;");
        assertThat(c).hadErrorCount(8);
    }

    @Test
    void nullablePrimitive() {
        var t = src("T", "@Entity public record T(", "  @Nullable int n) {}");
        var c = fails(Sources.declarationNullable("test"), t);
        assertThat(c).hadErrorContaining("[SC901] field `n` is marked nullable but has primitive type `int`")
                .inFile(t).onLineContaining("@Nullable int n");
    }

    @Test
    void columnTypeOnANonString() {
        var t = src("T", "@Entity public class T {", "  @Column(type = Column.Type.JSON) int n;", "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC902] @Column(type = JSON) on field `n` of Java type `int`")
                .inFile(t).onLineContaining("Column.Type.JSON");
    }

    @Test
    void defaultNeedsExactlyOneForm() {
        var t = src("T", "@Entity public class T {",
                "  @Default int none;",
                "  @Default(value = \"1\", text = \"1\") String both;",
                "  @Default(\"1 2\") int two;",
                "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC903] @Default on field `none` gives neither").inFile(t).onLineContaining("@Default int none;");
        assertThat(c).hadErrorContaining("[SC903] @Default on field `both` gives both").inFile(t).onLineContaining("both;");
        assertThat(c).hadErrorContaining("[SC100]").inFile(t).onLineContaining("@Default(\"1 2\")");
    }

    @Test
    void textThatIsNotOnePiece() {
        var t = src("T", "@Entity public class T {",
                "  @Check(\">= 0) @unique @check(< 1\") int n;",
                "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC908] @Check(\">= 0) @unique @check(< 1\") is not one comparison")
                .inFile(t).onLineContaining("int n;");
    }

    @Test
    void entitiesAndMixinsOfTheWrongKind() {
        var i = src("I", "@Entity public interface I {}");
        var e = src("E", "@Entity public enum E { A }");
        var r = src("R", "@Mixin public record R(int n) {}");
        var both = src("Both", "@Entity @Mixin public class Both { int n; }");
        var c = fails(i, e, r, both);
        assertThat(c).hadErrorContaining("[SC904] @Entity on interface `I`").inFile(i).onLineContaining("interface I");
        assertThat(c).hadErrorContaining("[SC904] @Entity on enum `E`").inFile(e).onLineContaining("enum E");
        assertThat(c).hadErrorContaining("[SC905] @Mixin on record `R`").inFile(r).onLineContaining("record R");
        assertThat(c).hadErrorContaining("[SC913] `Both` is annotated both @Entity and @Mixin").inFile(both)
                .onLineContaining("class Both");
    }

    /**
     * Diagnostics come in declaration order, mixins before entities: a type that is both is
     * placed as a mixin, though the reading meets it as an entity first (before `Plain`).
     */
    @Test
    void aTypeThatIsTwoKindsTakesTheFirstKindsPlace() {
        var plain = src("Plain", "@Entity public class Plain { @Id long id; java.time.OffsetTime letter; }");
        var both = src("Twice", "@Entity @Mixin public class Twice { int n; }");
        var c = fails(plain, both);
        var codes = c.errors().stream().map(d -> d.getMessage(java.util.Locale.ROOT).substring(0, 7)).toList();
        org.assertj.core.api.Assertions.assertThat(codes).containsSubsequence("[SC913]", "[SC900]");
    }

    @Test
    void entityExtendingEntity() {
        var base = src("Base", "@Entity public class Base { int n; }");
        var sub = src("Sub", "@Entity public class Sub extends Base { int m; }");
        var c = fails(base, sub);
        assertThat(c).hadErrorContaining("[SC906] entity `Sub` extends entity `Base`").inFile(sub).onLineContaining("class Sub");
    }

    @Test
    void schemaListsSomethingElse() {
        var s = src("S", "@Schema(name = \"s\", types = {T.class,", "    String.class})", "final class S {}");
        var t = src("T", "@Entity public record T(int n) {}");
        var c = fails(s, t);
        assertThat(c).hadErrorContaining("[SC907] `java.lang.String` is listed in @Schema(types)").inFile(s)
                .onLineContaining("String.class})");
    }

    @Test
    void enumConstantColumnGivesOnlyTheStoredValue() {
        var k = src("K", "public enum K {", "  @Column(name = \"a\", length = 3) A,", "  B", "}");
        var t = src("T", "@Entity public record T(K k) {}");
        var c = fails(k, t);
        assertThat(c).hadErrorContaining("[SC909] @Column on enum constant `A`").inFile(k).onLineContaining("length = 3) A,");
    }

    @Test
    void processorOptionsAreChecked() {
        var t = src("T", "@Entity public record T(int n) {}");
        var c = Sources.compile(java.util.List.of(t), "-Aschemac.targets=json,nosuch", "-Aschemac.rows=0",
                "-Aschemac.timestamp=yesterday");
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC911] processor option -Aschemac.targets names unknown target `nosuch`");
        assertThat(c).hadErrorContaining("[SC911] processor option -Aschemac.rows must be a whole number from 1 to 10000");
        assertThat(c).hadErrorContaining("[SC911] processor option -Aschemac.timestamp must be 14 digits");
    }

    @Test
    void unknownOptionIsAWarningWithASuggestion() {
        var t = src("T", "@Entity public record T(int n) {}");
        var c = Sources.compile(java.util.List.of(t), "-Aschemac.target=json");
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SC912] unknown processor option `-Aschemac.target`. Did you mean `-Aschemac.targets`?");
    }

    @Test
    void targetsAreChosenWithTheCommandLinesVocabulary() {
        var t = src("T", "@Entity public record T(int n) {}");
        var all = Sources.compile(java.util.List.of(t), "-Aschemac.targets=all");
        var none = Sources.compile(java.util.List.of(t), "-Aschemac.targets=none");
        var byDefault = Sources.compile(java.util.List.of(t));
        assertThat(all).succeeded();
        org.assertj.core.api.Assertions.assertThat(Equivalence.java(all)).isEqualTo(Equivalence.java(byDefault)).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(Equivalence.java(none)).isEmpty();
    }

    @Test
    void generatedSourcesThatWouldReplaceAClassOfTheCompilationAreRefused() {
        var t = src("T", "@Entity public record T(int n) {}");
        var c = Sources.compile(java.util.List.of(t), "-Aschemac.java.package=test");
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SC915] the java target would write `test.T`, which is a class of this compilation");
        assertThat(c).hadErrorContaining("help: give the generated sources another package with -Aschemac.java.package (now `test`)");
    }
}
