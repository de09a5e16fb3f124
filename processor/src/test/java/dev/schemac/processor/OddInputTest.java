package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.Sources.java;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Input a processor meets in real code bases, which must never crash it. */
class OddInputTest {

    @Test
    void nestedAndInnerClasses() {
        Equivalence.assertSame("""
                entity Alpha { a int }
                entity Beta { alpha Alpha }
                entity Gamma { beta Beta }
                entity Delta { d int }
                """,
                java("test.Outer", "import dev.schemac.annotations.*;",
                        "public class Outer {",
                        "  @Entity public static class Alpha { int a; }",
                        "  @Entity public class Beta { Alpha alpha; }",
                        "  @Entity public record Gamma(Beta beta) {}",
                        "  interface Holder { @Entity record Delta(int d) {} }",
                        "}"));
    }

    @Test
    void genericClasses() {
        Equivalence.assertSame("entity Box { n int }",
                java("test.Box", "import dev.schemac.annotations.*;",
                        "@Entity public class Box<T extends Comparable<T>> { int n; @Transient T value; transient java.util.List<T> more; }"));
        var keyed = java("test.Keyed", "import dev.schemac.annotations.*;",
                "@Mixin public abstract class Keyed<K> {", "  @Id K key;", "}");
        var user = java("test.User", "import dev.schemac.annotations.*;", "@Entity public class User extends Keyed<Long> { int n; }");
        // The entity's extends gives the mixin's type variable its type (Types.asMemberOf), as Hibernate reads a
        // generic mapped superclass; only a raw extends leaves it with none.
        assertThat(Sources.compile(keyed, user)).succeeded();
        var raw = java("test.Raw", "import dev.schemac.annotations.*;", "@Entity public class Raw extends Keyed { int n; }");
        var c = Sources.compile(keyed, raw);
        assertThat(c).hadErrorContaining("[SC900] field `key` has Java type `K`").inFile(keyed).onLineContaining("@Id K key;");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void interfaceMixinsExtendingEachOtherAndDiamonds() {
        Equivalence.assertSame("""
                mixin Titled { title text }
                mixin Named { name text }
                mixin Tagged { tag string(20)? }
                entity Book with Titled, Named, Tagged { pages int }
                """,
                java("test.Named", "import dev.schemac.annotations.*;", "@Mixin public interface Named { String name(); }"),
                java("test.Titled", "import dev.schemac.annotations.*;",
                        "@Mixin public interface Titled extends Named { String title(); default String display() { return title(); } }"),
                java("test.Tagged", "import dev.schemac.annotations.*;",
                        "@Mixin public interface Tagged extends Named {",
                        "  @Column(length = 20) java.util.Optional<String> tag();",
                        "  static String none() { return \"\"; }",
                        "}"),
                java("test.Book", "import dev.schemac.annotations.*;",
                        "@Entity public record Book(String title, String name, int pages, java.util.Optional<String> tag)",
                        "    implements Titled, Tagged {}"));
    }

    @Test
    void longInheritanceChains() {
        var files = new ArrayList<JavaFileObject>();
        var dsl = new StringBuilder();
        var with = new ArrayList<String>();
        int depth = 24;
        for (int i = 0; i < depth; i++) {
            boolean mixin = i % 2 == 0;
            String ext = i == 0 ? "" : " extends L" + (i - 1);
            files.add(java("test.L" + i, "import dev.schemac.annotations.*;",
                    (mixin ? "@Mixin " : "") + "public abstract class L" + i + ext + " { int f" + i + "; }"));
        }
        for (int i = depth - 2; i >= 0; i -= 2) {
            dsl.append("mixin L").append(i).append(" { f").append(i).append(" int }\n");
            with.add("L" + i);
        }
        dsl.append("entity E with ").append(String.join(", ", with)).append(" { e int }\n");
        files.add(java("test.E", "import dev.schemac.annotations.*;", "@Entity public class E extends L" + (depth - 1) + " { int e; }"));
        Equivalence.assertSame(dsl.toString(), files.toArray(JavaFileObject[]::new));
    }

    @Test
    void emptyEntitiesAndEmptyEnums() {
        Equivalence.assertSame("entity Empty {}", java("test.Empty", "import dev.schemac.annotations.*;", "@Entity public class Empty {}"));
        var nothing = java("test.Nothing", "public enum Nothing {}");
        var e = java("test.E", "import dev.schemac.annotations.*;", "@Entity public record E(Nothing n) {}");
        var c = Sources.compile(nothing, e);
        assertThat(c).hadErrorContaining("[SC209] enum `Nothing` has no values").inFile(nothing).onLineContaining("enum Nothing");
    }

    @Test
    void aTypeAnotherProcessorGeneratesInALaterRound() {
        var holder = java("test.Holder", "import dev.schemac.annotations.*;", "@Entity public record Holder(Made made) {}");
        var c = Compiler.javac().withProcessors(new Generating(), new SchemacProcessor()).withOptions("-Xlint:all").compile(holder);
        assertThat(c).succeededWithoutWarnings();
        var expected = Equivalence.dsl("""
                entity Holder { made Made }
                entity Made { n int  holders Holder[] }
                """);
        Equivalence.assertSameFiles(expected, Equivalence.java(c));
    }

    @Test
    void aTypeThatNeverExistsIsLeftToJavac() {
        var h = java("test.H", "import dev.schemac.annotations.*;", "@Entity public record H(Nowhere n, int k) {}");
        var c = Sources.compile(h);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(h).onLineContaining("Nowhere n");
        assertThat(c.errors()).noneMatch(d -> d.getMessage(null).contains("[SC"));
    }

    /** Writes {@code test.Made}, an entity that points back at the hand-written {@code Holder}, in its first round. */
    static final class Generating extends AbstractProcessor {
        private boolean done;

        @Override public Set<String> getSupportedAnnotationTypes() { return Set.of("*"); }

        @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done) return false;
            done = true;
            try (Writer w = processingEnv.getFiler().createSourceFile("test.Made").openWriter()) {
                w.write("package test;\n@dev.schemac.annotations.Entity\n"
                        + "public record Made(int n, java.util.List<Holder> holders) {}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }
}
