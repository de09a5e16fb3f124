package dev.schemac.pull.lift;

import dev.schemac.ast.Value;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.lift.Draft.EntityDraft;
import dev.schemac.pull.lift.Draft.FieldLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a draft as .schema text (the formatter then lays it out) and remembers, for each
 * leftover, the comment that keeps it, so its warning can point at that line.
 */
final class ModelWriter {
    private final StringBuilder out = new StringBuilder();
    /** Each leftover and its comment, in the order they appear in the text. */
    final List<Placed> placed = new ArrayList<>();

    record Placed(Leftover leftover, String comment) {}

    /**
     * A comment is cut only past this length: it keeps what was left out, so a long definition
     * (a foreign key's {@code ... ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED} after a long
     * reason) is kept whole; only a body such as a huge CHECK is cut, where a line stops being read.
     */
    static final int MAX_COMMENT = 1000;

    static ModelWriter write(Draft d) {
        var w = new ModelWriter();
        w.draft(d);
        return w;
    }

    String text() { return out.toString(); }

    private void draft(Draft d) {
        out.append("schema ").append(d.schemaName).append(" {\n");
        for (String s : d.settings) out.append("  ").append(s).append('\n');
        out.append("}\n");
        for (var e : d.enums) {
            out.append('\n');
            doc("", e.doc());
            out.append("enum ").append(e.name()).append(" {\n");
            for (Leftover l : e.notes()) note("  ", l);
            for (var v : e.values()) {
                out.append("  ").append(v.name());
                if (!v.name().equals(v.stored())) out.append(" @map(").append(Value.quote(v.stored())).append(')');
                out.append('\n');
            }
            out.append("}\n");
        }
        for (Object o : d.entities) {
            out.append('\n');
            if (o instanceof Leftover l) note("", l);
            else entity((EntityDraft) o);
        }
        if (!d.trailing.isEmpty()) out.append('\n');
        for (Leftover l : d.trailing) note("", l);
    }

    private void entity(EntityDraft e) {
        doc("", e.doc);
        out.append("entity ").append(e.name).append(" {\n");
        for (var m : e.members) {
            if (m instanceof Draft.Note n) {
                note("  ", n.leftover());
            } else if (m instanceof FieldLine f) {
                field(f);
            }
        }
        for (String b : e.blocks) out.append("  ").append(b).append('\n');
        for (Leftover l : e.notes) note("  ", l);
        out.append("}\n");
    }

    void field(FieldLine f) {
        for (Leftover l : f.notes()) note("  ", l);
        doc("  ", f.doc());
        out.append("  ").append(f.name()).append(' ').append(f.type());
        if (f.defaultValue() != null) out.append(" = ").append(f.defaultValue());
        for (String a : f.attributes()) out.append(' ').append(a);
        out.append('\n');
    }

    /** The comment's lines as doc lines; a line's own indentation stays (the parser keeps what follows `/// `). */
    private void doc(String indent, String doc) {
        if (doc == null || doc.isBlank()) return;
        for (String line : doc.strip().replace("\r", "").split("\n")) {
            out.append(indent).append("///").append(line.isBlank() ? "" : " " + line.stripTrailing()).append('\n');
        }
    }

    private void note(String indent, Leftover l) {
        String c = comment(l);
        out.append(indent).append(c).append('\n');
        placed.add(new Placed(l, c));
    }

    /**
     * SQL as the engine lays it out, on one line: whitespace with a line break becomes one space,
     * except inside quotes (a name or a string keeps its own, which {@link Leftover#shown} escapes).
     */
    static String oneLine(String sql) {
        var b = new StringBuilder();
        char quote = 0;
        int i = 0, n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0; // a doubled quote closes and opens again: the same text
                b.append(c);
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                b.append(c);
                i++;
            } else if (Character.isWhitespace(c)) {
                int end = i;
                boolean lineBreak = false;
                while (end < n && Character.isWhitespace(sql.charAt(end))) lineBreak |= sql.charAt(end++) == '\n';
                b.append(lineBreak ? " " : sql.substring(i, end));
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString().strip();
    }

    /** {@code // SC966 column geom: no schemac type for `geometry` — geometry NOT NULL}, on one line. */
    static String comment(Leftover l) {
        String label = switch (l.kind()) {
            case TABLE -> "table " + l.table();
            case COLUMN -> "column " + l.column();
            case TYPE -> "column " + l.column();
            case DEFAULT -> (l.notAuto() ? "generated values of " : "default of ") + l.column();
            case CHECK -> l.name() == null ? "unnamed check" : "check " + l.name();
            case INDEX -> l.name() == null ? "unnamed index" : "index " + l.name();
            case FOREIGN_KEY -> l.name() == null ? "unnamed foreign key" : "foreign key " + l.name();
            case TRIGGER -> (l.table() == null ? "" : "trigger ") + l.name();
            case OBJECT -> l.name();
            case NAME -> "name " + l.name();
            case GUESSED, MARKER -> "column " + l.column();
            case DIFFERENCE -> l.column() != null ? "column " + l.column() : l.table() != null ? "table " + l.table() : l.name();
        };
        // Names are shown exactly (`x  y` keeps both spaces); only the engine's layout of a definition is joined into one line.
        String text = "// " + l.kind().code().id() + " " + label + ": " + l.reason()
                + (l.definition() == null || l.kind() == Leftover.Kind.TYPE || l.kind() == Leftover.Kind.NAME ? ""
                        : " — " + oneLine(l.definition()));
        text = Leftover.shown(text);
        return text.length() > MAX_COMMENT ? text.substring(0, MAX_COMMENT - 1) + "…" : text;
    }
}
