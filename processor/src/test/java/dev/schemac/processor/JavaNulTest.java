package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.JpaMappingTest.jpa;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A NUL in what the processor reads is one finding, SC109, at the value that holds it, and
 * nothing else of the model is said or written: a {@code .schema} file holding a NUL is no text
 * and is not read (SC105), and a Java string holding one is refused as whole, whatever it was
 * to be (a name, a column list, a number, a mappedBy), not read on into a second finding.
 */
class JavaNulTest {
    private static final String NUL = "\\u0000";

    /** Each line holds a NUL in one slot of T's annotations (line 3); {@code @Id Long id;} follows. */
    @ParameterizedTest
    @ValueSource(strings = {
            "@Entity " + "@Table(name = \"or" + NUL + "ders\")",
            "@Entity(name = \"T" + NUL + "x\")",
            "@Entity " + "@Table(indexes = @Index(columnList = \"na" + NUL + "me\"))",
            "@Entity " + "@Table(indexes = @Index(name = \"idx" + NUL + "\", columnList = \"name\"))",
            "@Entity " + "@Table(uniqueConstraints = @UniqueConstraint(columnNames = {\"id\", \"na" + NUL + "me\"}))",
            "@Entity " + "@dev.schemac.annotations.Query(\"x" + NUL + "y\")",
            "@Entity " + "@dev.schemac.annotations.Depends(from = \"na" + NUL + "me\", to = \"id\")",
    })
    void aNulOnTheClassIsOneFindingAtItsValue(String annotation) {
        var t = jpa("T", annotation, "public class T {", "  @Id Long id;", "  String name;", "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC109]").inFile(t).onLine(3);
        assertThat(c).hadErrorContaining("holds U+0000 (NULL): no output can carry it").inFile(t).onLine(3);
    }

    /** Each line holds a NUL in one slot of a member of T (line 6), which has {@code @Id Long id;} and a parent. */
    @ParameterizedTest
    @ValueSource(strings = {
            "@Column(name = \"na" + NUL + "me\") String name;",
            "@Column(columnDefinition = \"varchar(5) default 'a" + NUL + "'\") String name;",
            "@DecimalMin(\"1" + NUL + "\") BigDecimal price;",
            "@jakarta.validation.constraints.Pattern(regexp = \"a" + NUL + "\") String code;",
            "@OneToMany(mappedBy = \"par" + NUL + "ent\") List<T> children;",
            "@ManyToOne @JoinColumn(name = \"p" + NUL + "\") T other;",
            "@dev.schemac.annotations.Default(text = \"a" + NUL + "\") String note;",
            "@dev.schemac.annotations.Check(\"> '" + NUL + "'\") String mark;",
    })
    void aNulOnAMemberIsOneFindingAtItsValue(String member) {
        var t = jpa("T", "@Entity public class T {", "  @Id Long id;", "  @ManyToOne T parent;", "  " + member, "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC109]").inFile(t).onLine(6);
    }

    @Test
    void aNulInJavadocIsOneFindingAtTheDeclaration() {
        var t = jpa("T", "/** A thing" + NUL + ". */", "@Entity public class T {", "  @Id Long id;", "  @Column(name = \"BadName\") String name;", "}");
        var c = fails(t);
        assertThat(c).hadErrorContaining("[SC109] the Javadoc of T holds U+0000 (NULL)").inFile(t).onLineContaining("class T");
    }

    /** Two NULs are two findings; the reserved name and the refused mapping beside them are not read. */
    @Test
    void everyNulIsSaidAndNothingElse() {
        var t = jpa("T", "@Entity @Table(name = \"a" + NUL + "\") public class T {", "  @Id Long id;",
                "  @Column(name = \"b" + NUL + "\") String name;", "  @Column(name = \"select\") String other;",
                "  @OneToMany List<T> children;", "}");
        var c = Sources.compile(List.of(t), "-Aschemac.targets=postgres");
        assertThat(c).failed();
        assertThat(errors(c)).hasSize(2).allMatch(m -> m.startsWith("[SC109]"));
        assertThat(c.warnings().stream().map(d -> d.getMessage(Locale.ROOT))).noneMatch(m -> m.startsWith("[SC"));
    }

    /** A NUL in an annotation the processor does not read reaches no output: it is javac's business, not schemac's. */
    @Test
    void aNulWhereTheProcessorDoesNotReadIsNotItsBusiness() {
        var t = jpa("T", "@Entity public class T {", "  @Id Long id;", "  @SuppressWarnings(\"x" + NUL + "\") String name;", "}");
        assertThat(Sources.compile(List.of(t), "-Aschemac.targets=postgres")).succeeded();
    }

    private static Compilation fails(JavaFileObject t) {
        var c = Sources.compile(List.of(t), "-Aschemac.targets=postgres");
        assertThat(c).failed();
        // The NUL's one finding, nothing read on from it.
        assertThat(errors(c)).hasSize(1).allMatch(m -> m.startsWith("[SC109]"));
        return c;
    }

    private static List<String> errors(Compilation c) {
        var out = new ArrayList<String>();
        for (Diagnostic<? extends JavaFileObject> d : c.errors()) out.add(d.getMessage(Locale.ROOT));
        return out;
    }
}
