package dev.schemac.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.NodeHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that hold Markdown's and GitHub's syntax ({@code | \ ` < > [ ] ( ) * _}) in every
 * document the targets write, read by two real GFM parsers: commonmark-java (cmark-gfm's table
 * rules, as GitHub renders) and marked 16 (the tools/node harness), which disagree on a {@code |}
 * after backslashes. In each document, by each parser: every table row has as many cells as its
 * header (counted by the parser itself, which would drop a row's extra cells), no HTML and no link
 * comes from a name, every code span that holds such syntax holds a whole name, and no backtick
 * or {@code |} of a name is left in the text outside one. The JSON files' reasons are plain text:
 * a name as written and no Markdown around it.
 */
class NamesInMarkdownTest {
    @TempDir Path dir;

    /**
     * Table, column, constraint and enum-value names with Markdown syntax in them, each starting
     * with {@code zq} so a piece of one is found wherever it lands; entity and field names are
     * identifiers. The title and doc comments are hostile too (free text, escaped as text).
     */
    static final String MODEL = """
            /// Hostile | doc `tick` <b>x</b> [x](javascript:alert(1))
            schema hostile {
              title = "T | `x` <b>bold</b> [l](javascript:x)"
              feature = "f1"
              dialect = postgres
            }

            /// Kinds.
            enum Kind {
              A @map("zqa|b`c\\\\d")
              B @map("zq<b>x</b> [l](javascript:x) *e* _f_")
            }

            /// Authors.
            entity Author {
              key   int @id @auto @map("zqa`k`ey")
              name  string(50) @unique(name = "zquq`n`\\\\|x")
              email string(80) @unique(name = "zquq *e* [m](javascript:x) _u_")
              posts Post[]
              @@map("zqAu|th `x` \\"q\\"")
            }

            /// Posts.
            entity Post {
              author Author @relation(map = "zqfk`a`\\\\|b") @map("author_key")
              title  string(80) @index(name = "zqix`t`\\\\|i")
              v      int @map("zq<img src=x onerror=alert(1)>") @index
              w      int @map("zq[x](javascript:alert(1))") @index
              label  string(200) @map("zqla|b\\\\el")
              note   string(50) @check(!= "a|b") @map("zqn o\\\\|te")
              even   string(20) @map("zqe\\\\\\\\|v")
              kind   Kind = A
              @@index(author, title, name = "zqix2`\\\\|")
              @@query("by v", where: [v])
              @@query("by w", where: [w])
              // No index serves these: the design documents list the columns an index would need (SC730).
              x      int @map("zq<b>x</b>|`y`")
              @@query("by x", where: [x])
              @@query("by v and x", where: [v, x])
            }
            """;

    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    @Test
    void everyDocumentKeepsItsTablesAndNamesUnderBothParsers() throws Exception {
        Path file = dir.resolve("hostile.schema");
        Files.writeString(file, MODEL, StandardCharsets.UTF_8);
        Compilation c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("the model compiles: %s", c.diagnostics()).isFalse();
        var result = Targets.run(c, Targets.all(), new TargetOptions(TargetOptions.DEFAULT_TIMESTAMP, 42, 3, Map.of()));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).toList()).isEmpty();
        Map<String, String> files = result.files();
        List<String> names = hostileNames(c.catalog());
        assertThat(names).as("the model's names with Markdown syntax").hasSizeGreaterThan(10);

        var findings = new ArrayList<String>();
        var markdown = files.keySet().stream().filter(p -> p.endsWith(".md")).sorted().toList();
        assertThat(markdown).as("the documents").contains("Database_Design.md", "redis/keys.md");
        for (String path : markdown) {
            String md = files.get(path);
            check(findings, path + " (commonmark-java)", commonmark(md), names);
            check(findings, path + " (marked)", marked(md), names);
        }
        for (String path : List.of("redis/keys.json", "mongo/collections.json")) {
            assertThat(files).containsKey(path);
            plainReasons(findings, path, new ObjectMapper().readTree(files.get(path)), names);
        }
        assertThat(findings).isEmpty();
    }

    /** What a parser made of a document. {@code rows}: each table row's cell count against its header's. */
    record Read(List<int[]> rows, List<String> rowLines, List<String> codeSpans, List<String> texts, List<String> html, List<String> links) {}

    private static void check(List<String> findings, String where, Read r, List<String> names) {
        for (int i = 0; i < r.rows().size(); i++) {
            int[] n = r.rows().get(i);
            if (n[0] != n[1]) findings.add(where + ": a row of " + n[0] + " cells under a header of " + n[1] + ": " + r.rowLines().get(i));
        }
        for (String h : r.html()) findings.add(where + ": raw HTML " + h);
        // The generator links to its own sections (#performance); any other link came from model text.
        for (String l : r.links()) if (!l.startsWith("#")) findings.add(where + ": a link to " + l);
        for (String code : r.codeSpans()) {
            // A key pattern or a collection holds a name made an identifier: each character outside [A-Za-z0-9_] an `_`;
            // a stored value (an enum's label) is spelled as the model writes a string.
            // A name in the documents' own sentences is written by the one rule for names read among other words: in
            // double quotes, a `"` in it doubled, unless it is one plain word (NameText); a constraint's name made
            // from a table's holds the table's name so doubled.
            boolean whole = names.stream().anyMatch(n -> code.contains(n) || code.contains(n.replaceAll("[^A-Za-z0-9_]", "_"))
                    || code.contains(dev.schemac.lang.ModelString.quote(n)) || code.contains(dev.schemac.render.text.NameText.of(n))
                    || (code.startsWith("\"") && code.contains(n.replace("\"", "\"\""))));
            if (code.contains(MARK) && !whole) findings.add(where + ": a code span holding part of a name: " + code);
        }
        for (String t : r.texts()) {
            String rest = t;
            for (String n : names) rest = rest.replace(n, "");
            if (rest.contains(MARK)) findings.add(where + ": part of a name in the text: " + t);
        }
    }

    /** {@code reason} and {@code notEnforced} texts: a name as written, no code span around it and nothing escaped. */
    private static void plainReasons(List<String> findings, String path, JsonNode json, List<String> names) {
        var texts = new ArrayList<String>();
        collect(json, null, texts);
        assertThat(texts).as(path + "'s reasons").isNotEmpty();
        for (String t : texts) {
            String rest = t;
            for (String n : names) rest = rest.replace(n, "");
            if (rest.indexOf('`') >= 0 || rest.indexOf('|') >= 0) findings.add(path + ": Markdown in a reason: " + t);
        }
    }

    private static void collect(JsonNode n, String key, List<String> out) {
        if (n.isTextual() && ("reason".equals(key) || "notEnforced".equals(key))) out.add(n.asText());
        n.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), out));
        if (n.isArray()) n.forEach(x -> collect(x, key, out));
    }

    private static Read commonmark(String md) {
        var rows = new ArrayList<int[]>();
        var rowLines = new ArrayList<String>();
        var codes = new ArrayList<String>();
        var texts = new ArrayList<String>();
        var html = new ArrayList<String>();
        var links = new ArrayList<String>();
        String[] lines = md.split("\n", -1);
        COMMONMARK.parse(md).accept(new AbstractVisitor() {
            @Override public void visit(org.commonmark.node.CustomBlock b) {
                if (b instanceof TableBlock) {
                    List<SourceSpan> spans = b.getSourceSpans();
                    int header = cells(lines[spans.get(0).getLineIndex()]);
                    for (int k = 0; k < spans.size(); k++) {
                        if (k == 1) continue; // the delimiter row
                        String line = lines[spans.get(k).getLineIndex()];
                        rows.add(new int[] {cells(line), header});
                        rowLines.add(line);
                    }
                }
                visitChildren(b);
            }

            @Override public void visit(Code c) { codes.add(c.getLiteral()); }

            @Override public void visit(Text t) { texts.add(t.getLiteral()); }

            @Override public void visit(HtmlInline h) { html.add(h.getLiteral()); }

            @Override public void visit(HtmlBlock h) { html.add(h.getLiteral()); }

            @Override public void visit(Link l) { links.add(l.getDestination()); visitChildren(l); }

            @Override public void visit(Image i) { links.add(i.getDestination()); visitChildren(i); }
        });
        return new Read(rows, rowLines, codes, texts, html, links);
    }

    /**
     * How many cells commonmark-java splits a row into. A table keeps as many cells as its header
     * has, so the row is read as a header: it is one only under a delimiter row of as many cells.
     */
    private static int cells(String line) {
        for (int k = 1; k <= 64; k++) {
            Node doc = COMMONMARK.parse(line + "\n|" + " --- |".repeat(k) + "\n");
            if (doc.getFirstChild() instanceof TableBlock) return k;
        }
        return -1;
    }

    private static Read marked(String md) {
        JsonNode r = NodeHarness.get().callWithStdin(md, "markdown-parse", "-");
        var rows = new ArrayList<int[]>();
        var rowLines = new ArrayList<String>();
        for (JsonNode t : r.get("tables")) {
            for (JsonNode row : t.get("rows")) {
                rows.add(new int[] {row.get("cells").asInt(), t.get("columns").asInt()});
                rowLines.add(row.get("line").asText());
            }
        }
        return new Read(rows, rowLines, strings(r.get("codeSpans")), strings(r.get("texts")), strings(r.get("html")), strings(r.get("links")));
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final String MARK = "zq";

    /** Every stored name of the catalog that holds a hostile name, longest first (so a name inside another is not matched first). */
    private static List<String> hostileNames(Catalog catalog) {
        var all = new TreeSet<String>();
        for (Table t : catalog.tables()) {
            all.add(t.name());
            all.add(t.primaryKey().name());
            for (Column col : t.columns()) all.add(col.name());
            t.foreignKeys().forEach(f -> all.add(f.name()));
            t.uniques().forEach(u -> all.add(u.name()));
            t.indexes().forEach(i -> all.add(i.name()));
            t.checks().forEach(k -> all.add(k.name()));
        }
        for (EnumDef e : catalog.enums()) all.addAll(e.values());
        return all.stream().filter(n -> n.contains(MARK))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
