package dev.schemac.gen.erd;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.render.sql.Sql;
import dev.schemac.render.text.DiagramText;
import dev.schemac.render.text.NameText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text ER diagram: one line per relationship in {@code [a] 1----* [b]} notation, then
 * one box per table with its keys. Implicit join tables are drawn as the many-to-many
 * they store ({@code *----*}), because that is what the model says; the box still shows
 * the table. Cardinalities: {@code 1} exactly one, {@code 0..1} at most one, {@code *} many.
 * The file ends with a legend of the column marks. Every name is written through
 * {@link DiagramText#name}, so a name of several words or with the diagram's own signs in it
 * is quoted rather than read as something else.
 */
final class TextEr {
    private final Catalog catalog;

    TextEr(Catalog catalog) {
        this.catalog = catalog;
    }

    String render() {
        var rel = new ArrayList<String[]>();
        for (Table t : catalog.tables()) {
            if (t.isJoinTable() && t.foreignKeys().size() == 2) {
                ForeignKey a = t.foreignKeys().get(0), b = t.foreignKeys().get(1);
                rel.add(new String[] {"[" + name(a.referencedTable()) + "] *----* [" + name(b.referencedTable()) + "]",
                        "through " + name(t.name()) + (a.onDelete() == b.onDelete() ? ", both keys ON DELETE " + Sql.action(a.onDelete())
                                : ", ON DELETE " + Sql.action(a.onDelete()) + " from " + name(a.referencedTable()) + ", "
                                + Sql.action(b.onDelete()) + " from " + name(b.referencedTable()))});
                continue;
            }
            for (ForeignKey fk : t.foreignKeys()) rel.add(relationship(t, fk));
        }
        var b = new StringBuilder();
        if (!rel.isEmpty()) {
            int width = rel.stream().mapToInt(r -> DiagramText.width(r[0])).max().orElse(0);
            for (String[] r : rel) b.append(pad(r[0], width)).append("  ").append(r[1]).append('\n');
            b.append('\n');
        }
        for (Table t : catalog.tables()) b.append(box(t)).append('\n');
        if (!catalog.tables().isEmpty()) b.append(LEGEND);
        if (quotes) b.append(QUOTES);
        return b.toString().stripTrailing() + "\n";
    }

    static final String QUOTES = "A name in double quotes is one name as the database holds it, a \" in it doubled.\n";

    /** Whether a name of this diagram is written in quotes: the legend then says what they mean. */
    private boolean quotes;

    private String name(String n) {
        quotes |= !NameText.plain(n);
        return NameText.of(n);
    }

    private String names(java.util.List<String> ns) {
        return String.join(", ", ns.stream().map(this::name).toList());
    }

    static final String LEGEND = "PK: in the primary key; FK: in a foreign key; UK: unique on its own; null: may be NULL.\n"
            + "A key of several columns, and a unique among live rows only, is listed under its table's columns.\n";

    private String[] relationship(Table t, ForeignKey fk) {
        boolean required = fk.columns().stream().noneMatch(c -> t.requireColumn(c).nullable());
        String parent = required ? "1" : "0..1";
        String child = t.atMostOneRowPer(fk.columns()) ? "0..1" : "*";
        String diagram = "[" + name(fk.referencedTable()) + "] " + parent + "----" + child + " [" + name(t.name()) + "]";
        String how = name(t.name()) + "(" + names(fk.columns()) + ") -> " + name(fk.referencedTable()) + "("
                + names(fk.referencedColumns()) + "), ON DELETE " + Sql.action(fk.onDelete());
        return new String[] {diagram, how};
    }

    /**
     * A column's marks say what holds of that column alone: {@code PK} in the primary key,
     * {@code FK} in a foreign key, {@code UK} unique over every row on its own, {@code null}
     * nullable. A key of several columns, and a unique that holds among live rows only, is a
     * line of its own under the columns: none of its columns is unique alone.
     */
    private String box(Table t) {
        var lines = new ArrayList<String>();
        for (Column c : t.columns()) {
            var marks = new ArrayList<String>();
            if (t.primaryKey().columns().contains(c.name())) marks.add("PK");
            if (t.inForeignKey(c.name())) marks.add("FK");
            if (t.uniqueOnItsOwn(c.name())) marks.add("UK");
            if (c.nullable()) marks.add("null");
            lines.add(name(c.name()) + (marks.isEmpty() ? "" : "  " + String.join(" ", marks)));
        }
        var keys = new ArrayList<String>();
        for (Table.KeyBeyondMarks k : t.keysBeyondMarks()) keys.add((k.primary() ? "PK " : "UK ") + "(" + names(k.columns()) + ")"
                + (k.where() == null ? "" : " where " + name(k.where().column()) + " is null"));
        var all = new ArrayList<>(lines);
        all.addAll(keys);
        String title = name(t.name());
        int width = Math.max(DiagramText.width(title), all.stream().mapToInt(DiagramText::width).max().orElse(0));
        String rule = "+" + "-".repeat(width + 2) + "+\n";
        var b = new StringBuilder(rule).append("| ").append(pad(title, width)).append(" |\n").append(rule);
        for (String l : lines) b.append("| ").append(pad(l, width)).append(" |\n");
        if (!keys.isEmpty()) {
            b.append(rule);
            for (String l : keys) b.append("| ").append(pad(l, width)).append(" |\n");
        }
        return b.append(rule).toString();
    }

    private static String pad(String s, int width) {
        return DiagramText.pad(s, width);
    }
}
