package dev.schemac.hostile;

import dev.schemac.model.Settings;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A Markdown document as a CommonMark parser (with GitHub's tables) reads it: its block
 * structure (headings by level and text, tables by their rows and cells, fences by their
 * info string, list items, paragraphs, and any HTML, links, quotes or breaks model text
 * could have made), its headings, and its text. The title and feature of the model are
 * written as placeholders in the structure, so a model and its plain twin compare equal
 * exactly when model text changed no structure.
 */
record MarkdownShape(List<String> structure, List<String> headings, String text) {

    /**
     * The structure with the given names (of entities, enums and the schema, which headings
     * such as "h2 Thing" and "Redis keys of schema plain" carry) written as placeholders, each
     * as a whole word. Comparing two models, pass both models' names to both shapes, so that a
     * heading word that is a name in one model only still compares equal.
     */
    List<String> structure(java.util.Collection<String> names) {
        var sorted = new ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        var out = new ArrayList<String>();
        for (String item : structure) {
            if (item.startsWith("h")) {
                for (String n : sorted) {
                    item = item.replaceAll("(?<![\\p{L}\\p{N}_])" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}\\p{N}_])",
                            java.util.regex.Matcher.quoteReplacement("<name>"));
                }
            }
            out.add(item);
        }
        return out;
    }
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static MarkdownShape of(String markdown, Settings settings) {
        Node doc = PARSER.parse(markdown);
        var structure = new ArrayList<String>();
        var headings = new ArrayList<String>();
        var text = new StringBuilder();
        // The documents show the title as every one-line text, its invisible characters written out.
        String title = squash(dev.schemac.render.text.PlainText.visible(dev.schemac.render.text.PlainText.oneLine(settings.displayTitle())));
        String feature = settings.feature() == null ? null : squash(settings.feature());
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Heading h) {
                String t = squash(textOf(h));
                headings.add(t);
                String shown = t.replace(title, "<title>");
                if (feature != null && shown.startsWith(feature + ":")) shown = "<feature>" + shown.substring(feature.length());
                structure.add("h" + h.getLevel() + " " + shown);
                visitChildren(h);
            }

            @Override public void visit(FencedCodeBlock f) { structure.add("fence " + f.getInfo()); }

            @Override public void visit(IndentedCodeBlock c) { structure.add("indented code"); }

            @Override public void visit(HtmlBlock h) { structure.add("html block"); }

            @Override public void visit(HtmlInline h) { structure.add("inline html"); }

            @Override public void visit(Link l) { structure.add("link"); visitChildren(l); }

            @Override public void visit(BlockQuote q) { structure.add("quote"); visitChildren(q); }

            @Override public void visit(ThematicBreak t) { structure.add("break"); }

            @Override public void visit(ListItem i) {
                // The compiler's findings are one item each, and a model's text may add a finding (a naming
                // rule's warning): that list counts as one list, whatever its length.
                if (findings(i)) {
                    if (i.getPrevious() == null) structure.add("findings");
                    text.append(textOf(i)).append(' ');
                    return;
                }
                structure.add("item");
                visitChildren(i);
            }

            private boolean findings(ListItem i) {
                Node list = i.getParent();
                Node before = list == null ? null : list.getPrevious();
                return before instanceof Paragraph p && textOf(p).startsWith("Findings of the compiler's checks");
            }

            @Override public void visit(Paragraph p) { structure.add("p"); visitChildren(p); }

            @Override public void visit(Text t) { text.append(t.getLiteral()).append(' '); }

            @Override public void visit(Code c) { text.append(c.getLiteral()).append(' '); }

            @Override public void visit(CustomBlock b) {
                if (b instanceof TableBlock) {
                    var rows = new ArrayList<Integer>();
                    for (Node section = b.getFirstChild(); section != null; section = section.getNext()) {
                        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                            if (!(row instanceof TableRow)) continue;
                            int cells = 0;
                            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) if (cell instanceof TableCell) cells++;
                            rows.add(cells);
                        }
                    }
                    structure.add("table " + rows);
                }
                visitChildren(b);
            }
        });
        return new MarkdownShape(structure, headings, squash(text.toString()));
    }

    private static String textOf(Node n) {
        var b = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override public void visit(Text t) { b.append(t.getLiteral()); }

            @Override public void visit(Code c) { b.append(c.getLiteral()); }
        });
        return b.toString();
    }

    /** Whitespace as Markdown renders it: every run one space, none at the ends. */
    static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
