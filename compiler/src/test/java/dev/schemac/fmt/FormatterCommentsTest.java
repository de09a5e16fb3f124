package dev.schemac.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.SourceFile;
import dev.schemac.support.AstShape;
import dev.schemac.testing.Fuzz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fmt} keeps every comment and doc comment byte for byte: over every input of the
 * test corpus, and over files made by putting comments of every kind (line, doc, block,
 * multi-line block, several on one line) at every kind of place between the tokens of the
 * corpus's models, the multiset of comment texts is the same after formatting, formatting
 * again changes nothing, and the program and its doc comments are the same. Seeded; the
 * number of generated files is {@code -Dschemac.fuzz.cases} (see README).
 */
class FormatterCommentsTest {

    static List<Path> corpus() throws IOException {
        return FormatterTest.schemas().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommentOfTheCorpusSurvives(Path p) throws IOException {
        String text = Files.readString(p);
        assertKeepsComments(text);
    }

    @Test
    void commentsInEveryPositionSurvive() throws IOException {
        var bases = new ArrayList<String>();
        for (Path p : corpus()) bases.add(Files.readString(p));
        int cases = Fuzz.cases(400);
        var random = new Random(Fuzz.seed());
        int placed = 0;
        for (int i = 0; i < cases; i++) {
            String base = bases.get(random.nextInt(bases.size()));
            String text = withComments(base, random);
            placed += comments(text).size() - comments(base).size();
            try {
                assertKeepsComments(text);
                // A quarter of the cases again with other line ends: the same lines, so the same result.
                if (i % 4 == 0) assertLineEndsAgree(text);
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " (seed " + Fuzz.seed() + "):\n" + text, e);
            }
        }
        System.out.printf("fmt: %d generated files, %d comments placed (seed %d)%n", cases, placed, Fuzz.seed());
    }

    @Test
    void theCasesOfTheIssue() {
        assertKeepsComments("entity A {\n  x int /* one */ /* two */\n}\n");
        assertKeepsComments("entity A {\n  x int\n  /// before the brace\n}\n/// at the end\n");
        assertKeepsComments("entity A { x int // c\n /* d */ }\n");
        assertKeepsComments("entity A {\n  x int @check(/* a */ > 0 // b\n  /* c */)\n}\n");
        assertThat(FormatterTest.fmt("entity A {\n  x int /* one */ /* two */\n}\n")).doesNotContain("\0");
    }

    /** The text with `\r\n` and with lone `\r` formats as with `\n`: comments and blank lines stay where they were. */
    private static void assertLineEndsAgree(String lf) {
        String expected = FormatterTest.fmt(lf);
        for (String end : new String[] {"\r\n", "\r"}) {
            String text = lf.replace("\n", end);
            var parsed = SchemaReader.parse(new SourceFile("t.schema", text));
            assertThat(Formatter.format(parsed.file())).as("with line end %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .isEqualTo(expected);
        }
    }

    private static void assertKeepsComments(String text) {
        var parsed = SchemaReader.parse(new SourceFile("t.schema", text));
        assertThat(parsed.diagnostics().stream().filter(Diagnostic::isError).toList()).as(text).isEmpty();
        String once = Formatter.format(parsed.file());
        assertThat(once).doesNotContain("\0");
        var reparsed = SchemaReader.parse(new SourceFile("f.schema", once));
        assertThat(reparsed.diagnostics()).as("formatted text parses:\n" + once).isEmpty();
        assertThat(multiset(comments(once))).as("the same comments, byte for byte:\n" + once).isEqualTo(multiset(comments(text)));
        assertThat(Formatter.format(reparsed.file())).as("formatting again changes nothing").isEqualTo(once);
        assertThat(AstShape.of(parse(withoutDocs(once)))).as("the same program").isEqualTo(AstShape.of(parse(withoutDocs(text))));
        // A doc comment that documents no declaration (one inside a declaration's tokens) may come to document the
        // next one when it cannot stay after code on its line; every declaration keeps the doc comment it had.
        var after = docs(reparsed.file());
        docs(parsed.file()).forEach((declaration, doc) -> assertThat(after.get(declaration))
                .as("the doc comment of %s", declaration).isNotNull().endsWith(doc));
    }

    private static SchemaFile parse(String text) {
        return SchemaReader.parse(new SourceFile("p.schema", text)).file();
    }

    /** The text without its {@code ///} comments: the program, whatever the docs. */
    private static String withoutDocs(String text) {
        var b = new StringBuilder(text);
        var docs = SchemaReader.comments(new SourceFile("d", text)).stream().filter(c -> c.text().startsWith("///")).toList();
        for (int i = docs.size() - 1; i >= 0; i--) b.delete(docs.get(i).start(), docs.get(i).end());
        return b.toString();
    }

    static List<String> comments(String text) {
        return SchemaReader.comments(new SourceFile("c", text)).stream().map(SchemaReader.Comment::text).toList();
    }

    private static Map<String, Long> multiset(List<String> xs) {
        return xs.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** Every doc comment the AST holds, by the declaration it documents. */
    private static Map<String, String> docs(SchemaFile f) {
        var out = new TreeMap<String, String>();
        // A name declared twice (a corpus model that tests duplicates) is told apart by its place.
        var seen = new java.util.HashSet<String>();
        for (Declaration d : f.declarations()) {
            if (d instanceof SchemaDecl s) put(out, seen, "schema " + s.name().text(), s.doc());
            if (d instanceof EnumDecl e) {
                put(out, seen, "enum " + e.name().text(), e.doc());
                for (EnumValueDecl v : e.values()) put(out, seen, e.name().text() + "." + v.name().text(), v.doc());
            }
            List<Member> members = List.of();
            String owner = null;
            if (d instanceof EntityDecl e) {
                put(out, seen, "entity " + e.name().text(), e.doc());
                members = e.members();
                owner = e.name().text();
            }
            if (d instanceof MixinDecl m) {
                put(out, seen, "mixin " + m.name().text(), m.doc());
                members = m.members();
                owner = m.name().text();
            }
            for (Member m : members) if (m instanceof FieldDecl fd) put(out, seen, owner + "." + fd.name().text(), fd.doc());
        }
        return out;
    }

    private static void put(Map<String, String> out, java.util.Set<String> seen, String key, String doc) {
        String k = key;
        for (int n = 2; !seen.add(k); n++) k = key + " #" + n;
        if (doc != null) out.put(k, doc);
    }

    private static final List<String> TEXTS = List.of("note", "", " spaced  out ", "/* not nested", "*", "**/ x",
            "// inside", "/// inside", "{ } ( ) @map(\"x\")", "entity X { }", "ünïcödé ✓ 名前", "\t tab", "\"quoted\"",
            "`tick` <!-- x --> ## h", "trailing \\", "*/", "a */ b");

    /** The base text with comments put between tokens at random, each of a random kind and text. */
    static String withComments(String base, Random random) {
        var lexer = new SchemaLexer(CharStreams.fromString(base));
        lexer.removeErrorListeners();
        var tokens = lexer.getAllTokens();
        var b = new StringBuilder();
        int at = 0;
        for (Token t : tokens) {
            // ANTLR counts code points; the text is indexed in chars (an emoji is two).
            int start = base.offsetByCodePoints(0, t.getStartIndex());
            b.append(base, at, start);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && random.nextInt(4) == 0) b.append(comment(random));
            at = start;
        }
        b.append(base.substring(at));
        if (random.nextBoolean()) b.append(comment(random));
        return b.toString();
    }

    private static String comment(Random random) {
        String text = TEXTS.get(random.nextInt(TEXTS.size()));
        return switch (random.nextInt(6)) {
            case 0 -> " // " + text.replace("\n", " ") + "\n";
            case 1 -> "\n/// " + text + "\n";
            case 2 -> " /*" + text.replace("*/", "* /") + "*/ ";
            case 3 -> "\n/* " + text.replace("*/", "* /") + "\n   second line */\n";
            case 4 -> " /* a */ /* b */ ";
            default -> "\n  // " + text + "\n  ///" + text + "\n";
        };
    }
}
