package dev.schemac.gen.docs;

import dev.schemac.lang.ModelString;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.render.text.Counts;
import dev.schemac.render.text.English;
import dev.schemac.render.text.NameText;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.Model;
import dev.schemac.model.Origin;
import dev.schemac.model.Relation;
import dev.schemac.model.Dialect;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;

/** The phrases the documents build their sentences from, each a function of the model. */
final class Words {
    private final Model model;
    private final Catalog catalog;
    private final WrittenDialects written;

    Words(Model model, Catalog catalog, WrittenDialects written) {
        this.model = model;
        this.catalog = catalog;
        this.written = written;
    }

    /** A name or other text as a code span (see {@link Md#code}). */
    static String code(String s) { return Md.code(s); }

    /** A table's, a column's or a constraint's name as a code span, quoted unless one plain word (see {@link Md#name}). */
    static String name(String s) { return Md.name(s); }

    /** {@link #name} in a table cell. */
    static String nameCell(String s) { return Md.nameCell(s); }

    /** A column of a table as one code span: {@code table.column}, {@code "catalogue products".created_at}. */
    static String qualified(String table, String column) { return Md.qualified(table, column); }

    /** Columns of a table as one code span: {@code table.a, b}. */
    static String qualified(String table, java.util.List<String> columns) { return Md.qualified(table, columns); }

    /** Column names as one code span: {@code a, b}. */
    static String names(java.util.List<String> names) { return Md.names(names); }

    /**
     * A stored text value (a default, an enum's stored label) as a code span, spelled as the model
     * writes a string ({@link ModelString}): a quote, a backslash or a line break inside it stays
     * visible and unambiguous, where bare quotes around it would not.
     */
    static String textValue(String s) { return Md.code(ModelString.quote(s)); }

    /** A name or other text as a code span inside a table cell (see {@link Md#codeCell}). */
    static String codeCell(String s) { return Md.codeCell(s); }

    /** Model text inside a sentence: plain text, never Markdown (see {@link Md#text}). */
    static String text(String s) { return Md.text(s); }

    /** Column names listed in a sentence or a table cell: plain text, never Markdown. */
    static String columns(java.util.Collection<String> cols) { return Md.text(NameText.list(List.copyOf(cols))); }

    /** The schema's title as a sentence shows it. */
    static String title(Model model) { return Md.text(model.settings().displayTitle()); }

    /** A compiler message in Markdown: its names stay code spans, the rest is plain text (see {@link Quoted}). */
    static String message(String m) { return Quoted.markdown(m); }

    /** {@link #message} for a table cell. */
    static String messageCell(String m) { return Quoted.cell(m); }

    static String list(List<String> xs) {
        if (xs.isEmpty()) return "";
        if (xs.size() == 1) return xs.get(0);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    /** Alternatives, "`a`", "`a` or `b`", "`a`, `b` or `c`": any one of them. */
    static String either(List<String> xs) {
        if (xs.size() <= 1) return list(xs);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " or " + xs.get(xs.size() - 1);
    }

    /** "a User", "an Order": the article English wants before a name (see {@link English#article}). */
    static String a(String name) {
        return English.article(name);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code one} for a single thing, {@code many} for several: the verb or pronoun that agrees with a list. */
    static String agree(java.util.Collection<?> xs, String one, String many) {
        return xs.size() == 1 ? one : many;
    }

    /** A count as the documents write it (see {@link Counts#number}). */
    static String number(long n) {
        return Counts.number(n);
    }

    /** A {@code @@volume}'s rows, as the documents give them: "about 2,000,000 rows", "about 1 row". */
    static String aboutRows(dev.schemac.model.Volume v) {
        return Counts.aboutRows(v.rows());
    }

    /** The growth a {@code @@volume} states, as a clause after its row count; the model's words, quoted as written. */
    static String growth(dev.schemac.model.Volume v) {
        return v.growth() == null ? "" : ", expected growth " + Md.text(v.growth());
    }

    String table(Entity e) {
        return catalog.tableOf(e.name()).map(Table::name).orElse(e.name());
    }

    /** A field as the entity lists it: name, type, and what the model says about it. */
    String attribute(Entity e, Field f) {
        var notes = new ArrayList<String>();
        if (e.primaryKey().contains(f.name())) notes.add(e.primaryKey().size() > 1 ? "part of the primary key" : "primary key");
        if (f.auto()) notes.add("generated by the database");
        if (f.unique()) notes.add(liveOnly(e, f) ? "unique among live rows" + (written.has(Dialect.MYSQL) ? " (all rows on MySQL)" : "") : "unique");
        if (f.indexed()) notes.add("indexed");
        if (f.nullable()) notes.add("optional");
        if (f.pii()) notes.add("personal data (PII)");
        if (f.secret()) notes.add("secret: stored as a hash or digest only");
        if (f.updatedAt()) notes.add(updatedBy(model.settings().dialect()));
        for (FieldCheck c : f.checks()) notes.add(check(c));
        String dflt = defaultOf(e, f);
        if (dflt != null) notes.add(dflt);
        if (f.origin() == Origin.IMPLICIT) notes.add("added by the schema's settings");
        if (f.origin() == Origin.MIXIN && f.mixin() != null) notes.add("from mixin " + f.mixin());
        String type = f.type().display() + (f.nullable() ? "?" : "");
        String cols = "";
        // The column is named where it is not the field's own name (a relation's, a `@map`): the data dictionary
        // is read against the DDL, which knows only the column.
        var columns = catalog.tableOf(e.name()).map(t -> t.columnsOf(f.name()).stream().map(c -> c.name()).toList()).orElse(List.of());
        if (f.relation() != null || (columns.size() == 1 && !columns.get(0).equals(f.name()))) {
            cols = " stored in " + names(columns);
        }
        String doc = f.doc() != null ? " — " + Md.text(f.doc()) : "";
        return code(f.name()) + " " + type + cols + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")") + doc;
    }

    /**
     * The default the database applies to the field's column when an insert leaves it out, read
     * from the Catalog (a datetime written with an offset is the UTC text the scripts hold); an
     * enum's default is named by its value, whose stored label the enum's line gives. An
     * implicit field's origin already says what fills it.
     */
    private String defaultOf(Entity e, Field f) {
        if (f.relation() != null || f.origin() == Origin.IMPLICIT) return null;
        List<Column> cols = catalog.tableOf(e.name()).map(t -> t.columnsOf(f.name())).orElse(List.of());
        if (cols.size() != 1 || cols.get(0).defaultValue() == null) return null;
        ColumnDefault d = cols.get(0).defaultValue();
        if (d instanceof ColumnDefault.Number n) return "defaults to " + code(n.value().toPlainString());
        if (d instanceof ColumnDefault.Text t) {
            // A datetime default is an instant: the text is its UTC form, which the scripts write as that instant.
            return "defaults to " + textValue(t.value()) + (Sql.instantOf(cols.get(0).type(), t.value()) != null ? " UTC" : "");
        }
        if (d instanceof ColumnDefault.Bool b) return "defaults to " + code(String.valueOf(b.value()));
        if (d instanceof ColumnDefault.EnumValue v) {
            return "defaults to " + code(f.defaultValue() instanceof DefaultValue.EnumValue m ? m.value() : v.value());
        }
        if (d instanceof ColumnDefault.Now) {
            ScalarKind k = cols.get(0).type().kind();
            return "defaults to the " + (k == ScalarKind.DATE ? "date" : k == ScalarKind.TIME ? "time of day" : "time") + " of the insert";
        }
        return "defaults to a new UUID";
    }

    /**
     * When the database sets an {@code @updated} column: the SQLite and PostgreSQL triggers on
     * every UPDATE that leaves the column as it was; MySQL's {@code ON UPDATE} only when the
     * UPDATE changes another column's value (one that changes nothing leaves it alone).
     */
    static String updatedBy(dev.schemac.model.Dialect d) {
        return d == dev.schemac.model.Dialect.MYSQL ? "set to the time of every update that changes another column and does not set this one"
                : "set to the time of every update that does not give it a new value";
    }

    /** Whether the field's unique constraint holds among the live rows only (a partial unique of a soft-deleting entity). */
    private boolean liveOnly(Entity e, Field f) {
        var t = catalog.tableOf(e.name()).orElse(null);
        if (t == null) return false;
        var cols = t.columnsOf(f.name()).stream().map(c -> c.name()).toList();
        return t.uniques().stream().anyMatch(u -> u.partial() && u.columns().equals(cols));
    }

    static String check(FieldCheck c) {
        if (c instanceof FieldCheck.Compare cmp) {
            return "must be " + cmp.op().symbol() + " " + (cmp.value() instanceof String s ? Md.code(s) : cmp.value());
        }
        if (c instanceof FieldCheck.Length l) {
            if (l.min() != null && l.max() != null) return "length " + l.min() + " to " + l.max();
            return l.min() != null ? "at least " + plural(l.min(), "character", "characters") : "at most " + plural(l.max(), "character", "characters");
        }
        return "matches " + code(((FieldCheck.Pattern) c).regex());
    }

    /** One relation field, from its entity's point of view. */
    String relation(Entity e, Field f) {
        Relation r = f.relation();
        String target = r.target();
        String inverse = r.inverse() != null ? " (paired with " + code(target + "." + r.inverse()) + ")" : "";
        return switch (r.kind()) {
            case MANY_TO_ONE -> code(f.name()) + ": many-to-one to " + target + ", " + (f.nullable() ? "optional" : "required")
                    + inverse + "; " + onDelete(e, f);
            case ONE_TO_ONE -> code(f.name()) + ": one-to-one to " + target + ", " + (f.nullable() ? "optional" : "required")
                    + inverse + "; " + onDelete(e, f);
            case ONE_TO_MANY -> code(f.name()) + ": one-to-many, the " + target + " rows whose " + code(r.inverse())
                    + " is this " + e.name();
            case ONE_TO_ONE_BACK -> code(f.name()) + ": at most one " + target + " whose " + code(r.inverse()) + " is this "
                    + e.name();
            case MANY_TO_MANY -> code(f.name()) + ": many-to-many with " + target + inverse + ", through the join table "
                    + name(joinTable(e, f));
        };
    }

    String joinTable(Entity e, Field f) {
        for (Table t : catalog.tables()) {
            var j = t.join();
            if (j == null) continue;
            if ((j.leftEntity().equals(e.name()) && j.leftField().equals(f.name()))
                    || (j.rightEntity().equals(e.name()) && j.rightField().equals(f.name()))) return t.name();
        }
        return "?";
    }

    /** What deleting the referenced row does to rows of {@code e} that point at it through {@code f}. */
    String onDelete(Entity e, Field f) {
        Table t = catalog.tableOf(e.name()).orElseThrow();
        ForeignKey fk = t.foreignKeyOf(f.name()).orElseThrow();
        String target = f.relation().target();
        // A one-to-one has at most one referring row: "its Badge row", "while a Badge refers to it".
        boolean one = f.relation().kind() == Relation.Kind.ONE_TO_ONE;
        String rows = one ? e.name() + " row" : e.name() + " rows";
        String referring = one ? a(e.name()) + " refers to it" : e.name() + " rows refer to it";
        return switch (fk.onDelete()) {
            case CASCADE -> "deleting " + a(target) + " deletes its " + rows + CascadeChain.inTurn(catalog, t.name())
                    + CascadeChain.unless(catalog, t.name());
            case RESTRICT -> a(target) + " cannot be deleted while " + referring;
            case SET_NULL -> "deleting " + a(target) + " sets " + qualified(t.name(), fk.columns()) + " to NULL";
            case NO_ACTION -> a(target) + " cannot be deleted while " + referring + noActionChecked();
        };
    }

    /**
     * When a {@code NO ACTION} key is checked, per written dialect: PostgreSQL and SQLite at the
     * end of the statement (one statement may delete a row with the rows that refer to it),
     * MySQL's InnoDB row by row, as it checks {@code RESTRICT}.
     */
    private String noActionChecked() {
        String atEnd = written.names(Dialect.POSTGRES, Dialect.SQLITE);
        if (atEnd.isEmpty()) return "";
        if (!written.has(Dialect.MYSQL)) return " (checked at the end of the statement)";
        return " (checked at the end of the statement on " + atEnd + ", row by row on MySQL)";
    }
}
