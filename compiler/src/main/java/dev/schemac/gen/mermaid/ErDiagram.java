package dev.schemac.gen.mermaid;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.lang.ModelString;
import dev.schemac.render.mermaid.Mermaid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders tables as Mermaid entities and foreign keys as relationships. Entities are the
 * Catalog's table names, so the diagram reads like the database; a relationship is
 * identifying ({@code --}) when the foreign key is part of the child's primary key.
 */
final class ErDiagram {
    private final Catalog catalog;
    /** Each table's Mermaid word; stored names Mermaid cannot take get one no other table has. */
    private final java.util.Map<String, String> ids = new java.util.HashMap<>();

    ErDiagram(Catalog catalog) {
        this.catalog = catalog;
        var taken = new HashSet<String>();
        for (Table t : catalog.tables()) if (Mermaid.entityWord(t.name()).equals(t.name())) taken.add(t.name());
        for (Table t : catalog.tables()) ids.put(t.name(), unique(t.name(), Mermaid::entityWord, taken));
    }

    String render() {
        var b = new StringBuilder("erDiagram\n");
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) b.append("    ").append(relationship(t, fk)).append('\n');
        }
        for (Table t : catalog.tables()) {
            String id = ids.get(t.name());
            b.append("    ").append(id);
            if (!id.equals(t.name())) b.append('[').append(Mermaid.string(t.name())).append(']');
            b.append(" {\n");
            var columnIds = columnIds(t);
            for (Column c : t.columns()) b.append("        ").append(attribute(t, c, columnIds.get(c.name()))).append('\n');
            b.append("    }\n");
        }
        return b.toString();
    }

    private String relationship(Table t, ForeignKey fk) {
        boolean required = fk.columns().stream().noneMatch(c -> t.requireColumn(c).nullable());
        boolean oneToOne = t.atMostOneRowPer(fk.columns());
        String parent = required ? "||" : "|o";
        String child = oneToOne ? "o|" : "o{";
        String line = t.primaryKey().columns().containsAll(fk.columns()) ? "--" : "..";
        return ids.get(fk.referencedTable()) + " " + parent + line + child + " " + ids.get(t.name()) + " : "
                + Mermaid.string(label(t, fk));
    }

    /**
     * The relation field that holds the key; in a join table, the list field it stores. A join
     * table holds the left side's key first (lowering writes its foreign keys in that order), so
     * each key is labelled by its own side even when both reference one table (a self
     * many-to-many: {@code followers} and {@code following}).
     */
    private static String label(Table t, ForeignKey fk) {
        if (fk.field() != null) return fk.field();
        var j = t.join();
        if (j == null) return String.join(", ", fk.columns());
        return t.foreignKeys().indexOf(fk) == 0 ? j.leftField() : j.rightField();
    }

    /** Each column's Mermaid word within its table, as {@link #ids} are for tables. */
    private static java.util.Map<String, String> columnIds(Table t) {
        var taken = new HashSet<String>();
        for (Column c : t.columns()) if (Mermaid.attributeWord(c.name()).equals(c.name())) taken.add(c.name());
        var out = new java.util.HashMap<String, String>();
        for (Column c : t.columns()) out.put(c.name(), unique(c.name(), Mermaid::attributeWord, taken));
        return out;
    }

    private String attribute(Table t, Column c, String id) {
        var keys = new ArrayList<String>();
        if (t.primaryKey().columns().contains(c.name())) keys.add("PK");
        if (t.inForeignKey(c.name())) keys.add("FK");
        if (!keys.contains("PK") && t.uniqueOnItsOwn(c.name())) keys.add("UK");
        var b = new StringBuilder(type(c)).append(' ').append(id);
        if (!keys.isEmpty()) b.append(' ').append(String.join(", ", keys));
        String comment = id.equals(c.name()) ? comment(t, c)
                : ("column " + c.name() + (comment(t, c).isEmpty() ? "" : "; " + comment(t, c)));
        if (!comment.isEmpty()) b.append(' ').append(Mermaid.string(comment));
        return b.toString();
    }

    /**
     * What a mark cannot say: a unique that the column holds only together with others, or only
     * among live rows; a primary key of several columns (Mermaid marks each of them PK).
     */
    private static List<String> keyNotes(Table t, Column c) {
        var out = new ArrayList<String>();
        for (Table.KeyBeyondMarks k : t.keysBeyondMarks()) {
            if (k.columns().contains(c.name())) out.add((k.primary() ? "primary key " : "unique ") + k.extent());
        }
        return out;
    }

    /** Mermaid's attribute type is one word: the model's type keyword, or the enum's name ({@code Pk} → {@code Pk_}). */
    private static String type(Column c) {
        if (c.type().isEnum()) return Mermaid.attributeWord(c.type().enumName());
        return c.type().kind().keyword().toLowerCase(Locale.ROOT);
    }

    /** The name itself when Mermaid takes it, else its Mermaid word with a number when another name has that word. */
    private static String unique(String name, java.util.function.UnaryOperator<String> words, Set<String> taken) {
        String word = words.apply(name);
        if (word.equals(name)) return name;
        String id = word;
        for (int i = 2; !taken.add(id); i++) id = word + "_" + i;
        return id;
    }

    /**
     * An enum's stored values, {@code |} between them. Where one value holds what separates them
     * (a {@code |}, the {@code ;} between a comment's parts), a quote, or space at an end, the list
     * would read as other values: then each is written as the model writes a string.
     */
    static String values(List<String> values) {
        boolean plain = values.stream().allMatch(v -> !v.isEmpty() && v.strip().equals(v)
                && v.indexOf('|') < 0 && v.indexOf(';') < 0 && v.indexOf('"') < 0);
        return String.join(" | ", plain ? values : values.stream().map(ModelString::quote).toList());
    }

    private String comment(Table t, Column c) {
        var parts = new ArrayList<String>();
        if (c.nullable()) parts.add("nullable");
        parts.addAll(keyNotes(t, c));
        if (c.pii()) parts.add("PII");
        if (c.secret()) parts.add("secret");
        if (c.type().isEnum()) {
            catalog.enumDef(c.type().enumName()).ifPresent(e -> parts.add(values(e.values())));
        }
        if (c.doc() != null) parts.add(c.doc().strip());
        return String.join("; ", parts);
    }
}
