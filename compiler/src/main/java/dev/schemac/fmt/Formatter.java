package dev.schemac.fmt;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Attribute;
import dev.schemac.ast.Declaration;
import dev.schemac.ast.EntityDecl;
import dev.schemac.ast.EnumDecl;
import dev.schemac.ast.EnumValueDecl;
import dev.schemac.ast.FieldDecl;
import dev.schemac.ast.Ident;
import dev.schemac.ast.ImportDecl;
import dev.schemac.ast.Member;
import dev.schemac.ast.MixinDecl;
import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.ast.Setting;
import dev.schemac.ast.TypeRef;
import dev.schemac.ast.Value;
import dev.schemac.parse.SchemaReader;
import dev.schemac.parse.SchemaReader.Comment;
import dev.schemac.source.LineBreaks;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical printer. Layout is fixed (two-space indent, aligned names and types,
 * one blank line between declarations, blank lines inside bodies kept but collapsed to
 * one); comments and doc comments are written back byte for byte where they were: above a
 * line, at its end, or before a closing brace. Formatting its own output changes nothing,
 * and parsing it gives the same AST.
 */
public final class Formatter {
    private final SourceFile source;
    private final List<Comment> comments;
    private int nextComment;
    private final StringBuilder out = new StringBuilder();

    private Formatter(SourceFile source, List<Comment> comments) {
        this.source = source;
        this.comments = comments;
    }

    /** Marks where a line's trailing comments start (once per line); replaced by alignment padding at the end. */
    private static final char ALIGN = '\u0000';

    /** Formats a file that parsed without errors. */
    public static String format(SchemaFile file) {
        var f = new Formatter(file.source(), SchemaReader.comments(file.source()));
        f.file(file);
        return alignTrailingComments(f.out.toString());
    }

    /**
     * Trailing comments inside one body start in one column, two spaces after its longest
     * commented line; outside bodies they follow their line after two spaces.
     */
    static String alignTrailingComments(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            boolean inBody = lines[i].startsWith("  ");
            while (end < lines.length && lines[end].startsWith("  ") == inBody && !lines[end].isEmpty()) end++;
            if (end == i) end = i + 1;
            int width = 0;
            for (int k = i; k < end; k++) {
                int at = lines[k].indexOf(ALIGN);
                if (at >= 0) width = Math.max(width, at);
            }
            for (int k = i; k < end; k++) {
                int at = lines[k].indexOf(ALIGN);
                if (at < 0) continue;
                int pad = inBody ? width - at + 2 : 2;
                lines[k] = lines[k].substring(0, at) + " ".repeat(pad) + lines[k].substring(at + 1);
            }
            i = end;
        }
        return String.join("\n", lines);
    }

    private void file(SchemaFile file) {
        Declaration prev = null;
        for (Declaration d : file.declarations()) {
            if (prev != null) {
                boolean importRun = prev instanceof ImportDecl && d instanceof ImportDecl;
                out.append(importRun ? "" : "\n");
            }
            leading(d.span().start(), "", docOf(d));
            if (d instanceof SchemaDecl s) {
                schema(s);
            } else if (d instanceof ImportDecl i) {
                out.append("import ").append(i.path().source());
                trailingTopLevel(i.span().end());
            } else if (d instanceof EnumDecl e) {
                enumDecl(e);
            } else if (d instanceof MixinDecl m) {
                body("mixin " + m.name().text(), m.name().span().end(), m.members(), m.span().end());
            } else if (d instanceof EntityDecl e) {
                var head = new StringBuilder("entity ").append(e.name().text());
                int headEnd = e.name().span().end();
                if (!e.mixins().isEmpty()) {
                    head.append(" with ").append(String.join(", ", e.mixins().stream().map(Ident::text).toList()));
                    headEnd = e.mixins().get(e.mixins().size() - 1).span().end();
                }
                body(head.toString(), headEnd, e.members(), e.span().end());
            }
            prev = d;
        }
        // Comments after the last declaration.
        if ((!pending.isEmpty() || nextComment < comments.size()) && out.length() > 0) out.append('\n');
        for (Comment c : pending) out.append(c.text()).append('\n');
        pending.clear();
        while (nextComment < comments.size()) {
            out.append(comments.get(nextComment++).text()).append('\n');
        }
    }

    private static String docOf(Declaration d) {
        if (d instanceof SchemaDecl s) return s.doc();
        if (d instanceof EnumDecl e) return e.doc();
        if (d instanceof MixinDecl m) return m.doc();
        if (d instanceof EntityDecl e) return e.doc();
        return null;
    }

    /** The source offset just after the first `{` from {@code from} that is not inside a comment. */
    private int braceAfter(int from) {
        String text = source.text();
        int i = from;
        while (true) {
            i = text.indexOf('{', i);
            if (i < 0) return from;
            Comment inside = null;
            for (Comment c : comments) {
                if (c.start() <= i && i < c.end()) {
                    inside = c;
                    break;
                }
            }
            if (inside == null) return i + 1;
            i = inside.end();
        }
    }

    private void schema(SchemaDecl s) {
        int headEnd = braceAfter(s.name().span().end());
        out.append("schema ").append(s.name().text()).append(" {");
        trailing(headEnd, "  ");
        int width = s.settings().stream().mapToInt(x -> x.key().text().length()).max().orElse(0);
        for (Setting st : s.settings()) {
            leading(st.span().start(), "  ", null);
            out.append("  ").append(pad(st.key().text(), width)).append(" = ").append(value(st.value()));
            trailing(st.span().end());
        }
        closing(s.span().end(), "  ");
    }

    private void enumDecl(EnumDecl e) {
        int headEnd = braceAfter(e.name().span().end());
        out.append("enum ").append(e.name().text()).append(" {");
        trailing(headEnd, "  ");
        int prevEnd = headEnd;
        for (EnumValueDecl v : e.values()) {
            blankLineIfAny(prevEnd, v.span().start(), v.doc() != null);
            leading(v.span().start(), "  ", v.doc());
            out.append("  ").append(v.name().text());
            for (Attribute a : v.attributes()) out.append(' ').append(attribute(a));
            trailing(v.span().end());
            prevEnd = v.span().end();
        }
        closing(e.span().end(), "  ");
    }

    private void body(String head, int headNameEnd, List<Member> members, int end) {
        int headEnd = braceAfter(headNameEnd);
        out.append(head).append(" {");
        trailing(headEnd, "  ");
        int nameWidth = 0;
        int typeWidth = 0;
        for (Member m : members) {
            if (m instanceof FieldDecl f) {
                nameWidth = Math.max(nameWidth, f.name().text().length());
                if (!f.attributes().isEmpty()) typeWidth = Math.max(typeWidth, typeAndDefault(f).length());
            }
        }
        int prevEnd = headEnd;
        for (Member m : members) {
            String doc = m instanceof FieldDecl f ? f.doc() : null;
            blankLineIfAny(prevEnd, m.span().start(), doc != null);
            leading(m.span().start(), "  ", doc);
            out.append("  ");
            if (m instanceof FieldDecl f) {
                String td = typeAndDefault(f);
                out.append(pad(f.name().text(), nameWidth)).append(' ');
                if (f.attributes().isEmpty()) {
                    out.append(td);
                } else {
                    out.append(pad(td, typeWidth));
                    for (Attribute a : f.attributes()) out.append(' ').append(attribute(a));
                }
            } else {
                out.append(attribute((Attribute) m));
            }
            trailing(m.span().end());
            prevEnd = m.span().end();
        }
        closing(end, "  ");
    }

    private static String typeAndDefault(FieldDecl f) {
        String t = type(f.type());
        return f.defaultValue() == null ? t : t + " = " + value(f.defaultValue());
    }

    private static String type(TypeRef t) {
        var b = new StringBuilder(t.name().text());
        if (!t.args().isEmpty()) {
            b.append('(').append(String.join(", ", t.args().stream().map(Formatter::value).toList())).append(')');
        }
        if (t.list()) b.append("[]");
        if (t.optional()) b.append('?');
        return b.toString();
    }

    static String attribute(Attribute a) {
        var b = new StringBuilder(a.sigil()).append(a.name().text());
        if (!a.args().isEmpty()) {
            var parts = new ArrayList<String>();
            for (Argument arg : a.args()) parts.add(argument(arg));
            b.append('(').append(String.join(", ", parts)).append(')');
        }
        return b.toString();
    }

    private static String argument(Argument a) {
        if (a instanceof Argument.Positional p) return value(p.value());
        if (a instanceof Argument.Named n) return n.name().text() + (n.colon() ? ": " : " = ") + value(n.value());
        if (a instanceof Argument.Compare c) return c.written() + " " + value(c.value());
        if (a instanceof Argument.BinaryCompare b) return value(b.left()) + " " + b.written() + " " + value(b.right());
        var d = (Argument.Dependency) a;
        return String.join(", ", d.from().stream().map(Ident::text).toList()) + " -> "
                + String.join(", ", d.to().stream().map(Ident::text).toList());
    }

    private static String value(Value v) {
        return v.source();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    // --- comments and blank lines

    private void blankLineIfAny(int prevEnd, int start, boolean hasDoc) {
        // Blank lines are looked for after the comments already printed (a trailing one may span lines).
        int from = nextComment > 0 ? Math.max(prevEnd, Math.min(start, comments.get(nextComment - 1).end())) : prevEnd;
        int limit = firstCommentStartBetween(from, start);
        String between = source.text().substring(from, limit);
        if (LineBreaks.hasBlankLine(between)) out.append('\n');
    }

    private int firstCommentStartBetween(int from, int to) {
        for (int i = nextComment; i < comments.size(); i++) {
            int s = comments.get(i).start();
            if (s >= to) break;
            if (s >= from) return s;
        }
        // Doc comments are not in the list; the node start is after them, so look for the first `///`.
        String between = source.text().substring(from, to);
        int doc = between.indexOf("///");
        return doc < 0 ? to : from + doc;
    }

    /**
     * Comments before a node, each on its own line, as written: doc comments are among
     * them, so the AST's copy of a doc ({@code doc}, trimmed) is never what is printed.
     */
    private void leading(int start, String indent, String doc) {
        for (Comment c : pending) {
            out.append(indent).append(c.text()).append('\n');
            if (LineBreaks.hasBlankLine(source.text().substring(c.end(), Math.max(c.end(), Math.min(start, source.text().length()))))) {
                out.append('\n');
            }
        }
        pending.clear();
        while (nextComment < comments.size() && comments.get(nextComment).start() < start) {
            Comment c = comments.get(nextComment++);
            out.append(indent).append(c.text()).append('\n');
            if (LineBreaks.hasBlankLine(source.text().substring(c.end(), Math.min(start, source.text().length())))) {
                out.append('\n');
            }
        }
    }

    /**
     * Comments inside a node or after it on its last line go to the end of the printed line,
     * as written: the block comments first, then one line comment, which runs to the end of
     * the line (a {@code ///} if there is one, so that it stays after code and documents no
     * declaration, as it did inside the node). Further line comments go on lines of their own
     * below, which is how they print as leading comments, so formatting again keeps them there.
     */
    private void trailing(int end) {
        trailing(end, null);
    }

    /**
     * After a top-level line (an import, a closing brace), line comments that do not fit on
     * it are the next declaration's leading comments, printed where those go.
     */
    private void trailingTopLevel(int end) {
        deferExtras = true;
        trailing(end, "");
        deferExtras = false;
    }

    /** Line comments left over from a top-level line, for the next declaration (or the end of the file). */
    private final List<Comment> pending = new ArrayList<>();
    private boolean deferExtras;

    /** {@code nextIndent}: the indentation of the lines that follow (a body's, after its head); null: this line's. */
    private void trailing(int end, String nextIndent) {
        String text = source.text();
        int lineEnd = LineBreaks.lineEnd(text, end);
        var blocks = new ArrayList<Comment>();
        var lineComments = new ArrayList<Comment>();
        while (nextComment < comments.size()) {
            Comment c = comments.get(nextComment);
            boolean inside = c.start() < end;
            boolean sameLine = c.start() >= end && c.start() < lineEnd && text.substring(end, c.start()).isBlank();
            if (!inside && !sameLine) break;
            (c.toEndOfLine() ? lineComments : blocks).add(c);
            nextComment++;
            if (sameLine) {
                end = c.end();
                lineEnd = LineBreaks.lineEnd(text, end);
            }
        }
        Comment last = lineComments.stream().filter(c -> c.text().startsWith("///")).findFirst()
                .orElse(lineComments.isEmpty() ? null : lineComments.get(0));
        var onLine = new ArrayList<>(blocks);
        if (last != null) onLine.add(last);
        String indent = nextIndent != null ? nextIndent : currentIndent();
        for (int k = 0; k < onLine.size(); k++) out.append(k == 0 ? String.valueOf(ALIGN) : " ").append(onLine.get(k).text());
        for (Comment c : lineComments) {
            if (c == last) continue;
            if (deferExtras) pending.add(c);
            else out.append('\n').append(indent).append(c.text());
        }
        out.append('\n');
    }

    /** The indentation of the line being printed. */
    private String currentIndent() {
        int start = out.lastIndexOf("\n") + 1;
        int i = start;
        while (i < out.length() && out.charAt(i) == ' ') i++;
        return out.substring(start, i);
    }

    /** Comments left before a closing brace stay inside the body. */
    private void closing(int end, String indent) {
        int brace = end - 1;
        while (nextComment < comments.size() && comments.get(nextComment).start() < brace) {
            out.append(indent).append(comments.get(nextComment++).text()).append('\n');
        }
        out.append("}");
        trailingTopLevel(end);
    }
}
