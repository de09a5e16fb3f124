package dev.schemac.evolve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.MysqlText;
import dev.schemac.catalog.View;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Op;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import dev.schemac.output.Sha256;
import dev.schemac.types.TemporalText;
import dev.schemac.types.TypeTable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Catalog as JSON and back, losslessly: every record component, in declaration order,
 * so the text is deterministic and a snapshot read back equals the Catalog written.
 * Enum constants are written by their Java names; absent values are omitted.
 */
final class SnapshotJson {
    private SnapshotJson() {}

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two-space indentation and LF line ends on every platform. */
    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /**
     * A generator over {@code w} (left open) that prints as snapshots are printed. The catalog is
     * written straight from its records, never as a tree first: at 10,000 entities a tree of it
     * held several hundred megabytes while it was hashed and printed.
     */
    static JsonGenerator generator(Writer w) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(w);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(printer());
        return g;
    }

    /**
     * The SHA-256 of a catalog's printed text as UTF-8, as a snapshot records it
     * ({@code catalog_sha256}): of a catalog read from a file, printed as the file holds it.
     */
    static String sha256(JsonNode n) {
        return Sha256.hex(w -> {
            try (JsonGenerator g = generator(w)) {
                g.writeTree(n);
            }
            w.write('\n');
        });
    }

    /** The same hash of a catalog about to be written, with no tree in between. */
    static String sha256(Catalog c) {
        return Sha256.hex(w -> {
            try (JsonGenerator g = generator(w)) {
                catalog(g, c);
            }
            w.write('\n');
        });
    }

    static void catalog(JsonGenerator g, Catalog c) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("enums");
        for (EnumDef e : c.enums()) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeStringField("type_name", e.typeName());
            if (e.doc() != null) g.writeStringField("doc", e.doc());
            strings(g, "values", e.values());
            // Absent from snapshots written before schemac kept member names; such a catalog reads back as it was.
            if (e.members() != null) strings(g, "members", e.members());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tables");
        for (Table t : c.tables()) table(g, t);
        g.writeEndArray();
        // Only an adopted database's history has views: a catalog without them prints as snapshots always did.
        if (!c.views().isEmpty()) {
            g.writeArrayFieldStart("views");
            for (View v : c.views()) {
                g.writeStartObject();
                g.writeStringField("dialect", v.dialect().name());
                g.writeStringField("name", v.name());
                g.writeStringField("sql", v.sql());
                // What the engine recorded that the view reads, where it keeps such a record (PostgreSQL).
                if (v.reads() != null) {
                    g.writeObjectFieldStart("reads");
                    for (var e : v.reads().entrySet()) strings(g, e.getKey(), e.getValue());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> xs) throws IOException {
        g.writeArrayFieldStart(field);
        for (String x : xs) g.writeString(x);
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }

    private static void table(JsonGenerator g, Table t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        optional(g, "entity", t.entity());
        optional(g, "doc", t.doc());
        g.writeArrayFieldStart("columns");
        for (Column c : t.columns()) column(g, c);
        g.writeEndArray();
        g.writeObjectFieldStart("primary_key");
        g.writeStringField("name", t.primaryKey().name());
        strings(g, "columns", t.primaryKey().columns());
        g.writeEndObject();
        g.writeArrayFieldStart("foreign_keys");
        for (ForeignKey f : t.foreignKeys()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            strings(g, "columns", f.columns());
            g.writeStringField("referenced_table", f.referencedTable());
            strings(g, "referenced_columns", f.referencedColumns());
            g.writeStringField("on_delete", f.onDelete().name());
            g.writeStringField("on_update", f.onUpdate().name());
            optional(g, "field", f.field());
            g.writeBooleanField("forward", f.forward());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("uniques");
        for (UniqueConstraint u : t.uniques()) {
            g.writeStartObject();
            g.writeStringField("name", u.name());
            strings(g, "columns", u.columns());
            g.writeStringField("reason", u.reason().name());
            // Written only for a partial unique, so snapshots of models without one read as before.
            if (u.where() instanceof RowFilter.IsNull f) {
                g.writeObjectFieldStart("where");
                g.writeStringField("is_null", f.column());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indexes");
        for (Index i : t.indexes()) {
            g.writeStartObject();
            g.writeStringField("name", i.name());
            strings(g, "columns", i.columns());
            g.writeStringField("reason", i.reason().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checks");
        for (Check k : t.checks()) {
            g.writeStartObject();
            g.writeStringField("name", k.name());
            g.writeArrayFieldStart("terms");
            for (Check.Term term : k.terms()) term(g, term);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "updated_at_trigger", t.updatedAtTrigger());
        // Written only for an adopted table with something outside the model (SQLite) or a zero date default (MySQL,
        // MariaDB), so other snapshots read as before.
        if (!t.kept().isEmpty()) {
            g.writeArrayFieldStart("kept");
            for (KeptSql k : t.kept()) {
                g.writeStartObject();
                g.writeStringField("table", k.table());
                g.writeStringField("what", k.what());
                g.writeStringField("sql", k.sql());
                g.writeStringField("place", k.place().name());
                // Absent where its place is the end (a history adopted before kept none): such a snapshot reads as it was.
                optional(g, "after", k.after());
                // Absent where nothing holds the column (and in every snapshot written before pull read it).
                if (!k.held().isEmpty()) {
                    g.writeArrayFieldStart("held");
                    for (String h : k.held()) g.writeString(h);
                    g.writeEndArray();
                    // Absent in histories adopted before schemac recorded it: their held views read as GeneratedThrough says.
                    optional(g, "schema", k.schema());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (t.join() != null) {
            g.writeObjectFieldStart("join");
            g.writeStringField("left_entity", t.join().leftEntity());
            g.writeStringField("left_field", t.join().leftField());
            g.writeStringField("right_entity", t.join().rightEntity());
            g.writeStringField("right_field", t.join().rightField());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) g.writeNumberField(field, value);
    }

    private static void column(JsonGenerator g, Column c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        optional(g, "field", c.field());
        g.writeObjectFieldStart("type");
        ColumnType t = c.type();
        if (t.kind() != null) g.writeStringField("kind", t.kind().name());
        number(g, "length", t.length());
        number(g, "precision", t.precision());
        number(g, "scale", t.scale());
        optional(g, "enum", t.enumName());
        // What MySQL and MariaDB hold an unbounded text column in: a snapshot without it was written when that was TEXT.
        MysqlText held = TypeTable.mysqlText(t);
        if (held != null) g.writeStringField(MYSQL_TEXT, held.name());
        g.writeEndObject();
        g.writeBooleanField("nullable", c.nullable());
        if (c.defaultValue() != null) defaultValue(g, c.defaultValue());
        if (c.autoIncrement()) g.writeBooleanField("auto_increment", true);
        if (c.updatedAt()) g.writeBooleanField("updated_at", true);
        optional(g, "doc", c.doc());
        if (c.pii()) g.writeBooleanField("pii", true);
        if (c.secret()) g.writeBooleanField("secret", true);
        optional(g, "referenced_column", c.referencedColumn());
        optional(g, "collation", c.collation());
        g.writeEndObject();
    }

    private static void defaultValue(JsonGenerator g, ColumnDefault d) throws IOException {
        g.writeObjectFieldStart("default");
        if (d instanceof ColumnDefault.Number n) g.writeStringField("number", n.value().toPlainString());
        else if (d instanceof ColumnDefault.Text t) g.writeStringField("text", t.value());
        else if (d instanceof ColumnDefault.Bool b) g.writeBooleanField("bool", b.value());
        else if (d instanceof ColumnDefault.EnumValue e) g.writeStringField("enum_value", e.value());
        else if (d instanceof ColumnDefault.Now) g.writeBooleanField("now", true);
        else g.writeBooleanField("uuid", true);
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, Check.Term t) throws IOException {
        g.writeStartObject();
        if (t instanceof Check.Compare c) {
            g.writeStringField("compare", c.column());
            g.writeStringField("op", c.op().name());
            if (c.literal() instanceof BigDecimal n) g.writeStringField("number", n.toPlainString());
            else if (c.literal() instanceof Boolean b) g.writeBooleanField("bool", b);
            else g.writeStringField("text", String.valueOf(c.literal()));
        } else if (t instanceof Check.ColumnCompare c) {
            g.writeStringField("left", c.left());
            g.writeStringField("op", c.op().name());
            g.writeStringField("right", c.right());
        } else if (t instanceof Check.Length l) {
            g.writeStringField("length", l.column());
            number(g, "min", l.min());
            number(g, "max", l.max());
        } else if (t instanceof Check.Pattern p) {
            g.writeStringField("pattern", p.column());
            g.writeStringField("regex", p.regex());
        } else if (t instanceof Check.AllOrNone a) {
            strings(g, "all_or_none", a.columns());
        } else {
            var e = (Check.EnumMember) t;
            g.writeStringField("enum_member", e.column());
            g.writeStringField("enum", e.enumName());
            strings(g, "values", e.values());
        }
        g.writeEndObject();
    }

    // --- reading

    /** Thrown for JSON that is not a snapshot of this format; the message says what is wrong. */
    static final class BadSnapshot extends RuntimeException {
        BadSnapshot(String message) { super(message); }
    }

    private static JsonNode need(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) throw new BadSnapshot("missing \"" + key + "\"");
        return v;
    }

    private static String text(JsonNode n, String key) {
        return need(n, key).asText();
    }

    private static String opt(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer optInt(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static List<String> strs(JsonNode n, String key) {
        var out = new ArrayList<String>();
        need(n, key).forEach(x -> out.add(x.asText()));
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BadSnapshot("unknown " + type.getSimpleName() + " \"" + name + "\"");
        }
    }

    static Catalog readCatalog(JsonNode o) {
        var enums = new ArrayList<EnumDef>();
        for (JsonNode e : need(o, "enums")) {
            var values = strs(e, "values");
            var members = e.has("members") ? strs(e, "members") : null;
            if (members != null && members.size() != values.size()) throw new BadSnapshot("enum \"" + text(e, "name") + "\" has "
                    + members.size() + " members for " + values.size() + " values");
            enums.add(new EnumDef(text(e, "name"), text(e, "type_name"), opt(e, "doc"), values, members));
        }
        var tables = new ArrayList<Table>();
        for (JsonNode t : need(o, "tables")) tables.add(readTable(t));
        var views = new ArrayList<View>();
        for (JsonNode v : o.path("views")) {
            java.util.Map<String, List<String>> reads = null;
            if (v.has("reads")) {
                reads = new java.util.LinkedHashMap<>();
                for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) v.get("reads")::fields) {
                    var cs = new ArrayList<String>();
                    for (JsonNode col : e.getValue()) cs.add(col.asText());
                    reads.put(e.getKey(), cs);
                }
            }
            views.add(new View(constant(dev.schemac.model.Dialect.class, text(v, "dialect")), text(v, "name"), text(v, "sql"), reads));
        }
        return GeneratedThrough.heldAsNow(Catalog.of(tables, enums, views));
    }

    private static Table readTable(JsonNode t) {
        var cols = new ArrayList<Column>();
        for (JsonNode c : need(t, "columns")) cols.add(readColumn(c));
        JsonNode pkn = need(t, "primary_key");
        var pk = new PrimaryKey(text(pkn, "name"), strs(pkn, "columns"));
        var fks = new ArrayList<ForeignKey>();
        for (JsonNode f : need(t, "foreign_keys")) {
            fks.add(new ForeignKey(text(f, "name"), strs(f, "columns"), text(f, "referenced_table"), strs(f, "referenced_columns"),
                    constant(ReferentialAction.class, text(f, "on_delete")), constant(ReferentialAction.class, text(f, "on_update")),
                    opt(f, "field"), f.path("forward").asBoolean()));
        }
        var uniques = new ArrayList<UniqueConstraint>();
        for (JsonNode u : need(t, "uniques")) {
            JsonNode where = u.path("where");
            uniques.add(new UniqueConstraint(text(u, "name"), strs(u, "columns"),
                    constant(UniqueConstraint.Reason.class, text(u, "reason")),
                    where.isMissingNode() ? null : new RowFilter.IsNull(text(where, "is_null"))));
        }
        var indexes = new ArrayList<Index>();
        for (JsonNode i : need(t, "indexes")) {
            indexes.add(new Index(text(i, "name"), strs(i, "columns"), constant(Index.Reason.class, text(i, "reason"))));
        }
        var checks = new ArrayList<Check>();
        for (JsonNode k : need(t, "checks")) {
            var terms = new ArrayList<Check.Term>();
            for (JsonNode term : need(k, "terms")) terms.add(held(readTerm(term), cols));
            checks.add(new Check(text(k, "name"), terms));
        }
        Table.JoinTable join = null;
        JsonNode j = t.get("join");
        if (j != null && !j.isNull()) {
            join = new Table.JoinTable(text(j, "left_entity"), text(j, "left_field"), text(j, "right_entity"), text(j, "right_field"));
        }
        var kept = new ArrayList<KeptSql>();
        for (JsonNode k : t.path("kept")) {
            var held = new ArrayList<String>();
            for (JsonNode h : k.path("held")) held.add(h.asText());
            kept.add(new KeptSql(text(k, "table"), text(k, "what"), text(k, "sql"), constant(KeptSql.Place.class, text(k, "place")),
                    opt(k, "after"), held, held.isEmpty() ? null : opt(k, "schema")));
        }
        return new Table(text(t, "name"), opt(t, "entity"), opt(t, "doc"), cols, pk, fks, uniques, indexes, checks,
                opt(t, "updated_at_trigger"), join).withKept(kept);
    }

    private static Column readColumn(JsonNode c) {
        JsonNode t = need(c, "type");
        String kind = opt(t, "kind");
        var type = new ColumnType(kind == null ? null : constant(ScalarKind.class, kind), optInt(t, "length"),
                optInt(t, "precision"), optInt(t, "scale"), opt(t, "enum"));
        if (type.kind() == null && type.enumName() == null) throw new BadSnapshot("a column type needs \"kind\" or \"enum\"");
        type = heldOnMysql(type, opt(t, MYSQL_TEXT));
        ColumnDefault def = null;
        JsonNode d = c.get("default");
        if (d != null && !d.isNull()) def = readDefault(d);
        // Earlier releases kept a temporal default as written; it is read into the one form the lowering gives it.
        if (def instanceof ColumnDefault.Text text) def = new ColumnDefault.Text(TemporalText.held(type.kind(), text.value()));
        return new Column(text(c, "name"), opt(c, "field"), type, need(c, "nullable").asBoolean(), def,
                c.path("auto_increment").asBoolean(), c.path("updated_at").asBoolean(), opt(c, "doc"),
                c.path("pii").asBoolean(), c.path("secret").asBoolean(), opt(c, "referenced_column"), opt(c, "collation"));
    }

    /** The key of an unbounded text column's type on MySQL and MariaDB in a snapshot. */
    private static final String MYSQL_TEXT = "mysql";

    /**
     * An unbounded text column as its snapshot says MySQL and MariaDB hold it: releases before the key was written
     * declared it TEXT, so a snapshot without it is of a TEXT column; one held as the model's type now is plain.
     */
    private static ColumnType heldOnMysql(ColumnType type, String held) {
        if (!type.unboundedText()) {
            if (held != null) throw new BadSnapshot("\"" + MYSQL_TEXT + "\" on a column that is not unbounded text");
            return type;
        }
        MysqlText t = held == null ? MysqlText.TEXT : MysqlText.named(held);
        if (t == null) throw new BadSnapshot("unknown MySQL text type \"" + held + "\"");
        return t == TypeTable.mysqlText(type) ? type : type.heldOnMysqlAs(t);
    }

    private static ColumnDefault readDefault(JsonNode d) {
        if (d.has("number")) return new ColumnDefault.Number(number(d.get("number").asText()));
        if (d.has("text")) return new ColumnDefault.Text(d.get("text").asText());
        if (d.has("bool")) return new ColumnDefault.Bool(d.get("bool").asBoolean());
        if (d.has("enum_value")) return new ColumnDefault.EnumValue(d.get("enum_value").asText());
        if (d.has("now")) return new ColumnDefault.Now();
        if (d.has("uuid")) return new ColumnDefault.Uuid();
        throw new BadSnapshot("unknown default " + d);
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadSnapshot("not a number: \"" + s + "\"");
        }
    }

    /**
     * A temporal literal in the one form the Catalog holds it (TemporalText.held), as a default
     * is: a snapshot of an earlier release may hold it as it was written.
     */
    private static Check.Term held(Check.Term term, List<Column> cols) {
        if (!(term instanceof Check.Compare c) || !(c.literal() instanceof String text)) return term;
        for (Column col : cols) {
            if (col.name().equals(c.column())) {
                return new Check.Compare(c.column(), c.op(), TemporalText.held(col.type().kind(), text));
            }
        }
        return term;
    }

    private static Check.Term readTerm(JsonNode o) {
        if (o.has("compare")) {
            Object literal = o.has("number") ? number(o.get("number").asText())
                    : o.has("bool") ? (Object) o.get("bool").asBoolean() : text(o, "text");
            return new Check.Compare(text(o, "compare"), constant(Op.class, text(o, "op")), literal);
        }
        if (o.has("left")) return new Check.ColumnCompare(text(o, "left"), constant(Op.class, text(o, "op")), text(o, "right"));
        if (o.has("length")) return new Check.Length(text(o, "length"), optInt(o, "min"), optInt(o, "max"));
        if (o.has("pattern")) return new Check.Pattern(text(o, "pattern"), text(o, "regex"));
        if (o.has("all_or_none")) return new Check.AllOrNone(strs(o, "all_or_none"));
        if (o.has("enum_member")) return new Check.EnumMember(text(o, "enum_member"), text(o, "enum"), strs(o, "values"));
        throw new BadSnapshot("unknown check term " + o);
    }
}
