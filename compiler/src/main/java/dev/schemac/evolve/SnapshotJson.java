package dev.schemac.evolve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.KeptSql;
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

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two-space indentation and LF line ends on every platform. */
    static String print(JsonNode n) {
        try {
            return writer().writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of {@link #print}'s text as UTF-8, hashed as it is printed: a snapshot hashes
     * its whole Catalog, whose text need not be held for that.
     */
    static String sha256(JsonNode n) {
        return Sha256.hex(w -> {
            writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, n);
            w.write('\n');
        });
    }

    private static ObjectWriter writer() {
        var pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(pp);
    }

    static ObjectNode catalog(Catalog c) {
        var o = F.objectNode();
        var enums = o.putArray("enums");
        for (EnumDef e : c.enums()) {
            var n = enums.addObject().put("name", e.name()).put("type_name", e.typeName());
            if (e.doc() != null) n.put("doc", e.doc());
            strings(n.putArray("values"), e.values());
            // Absent from snapshots written before schemac kept member names; such a catalog reads back as it was.
            if (e.members() != null) strings(n.putArray("members"), e.members());
        }
        var tables = o.putArray("tables");
        for (Table t : c.tables()) tables.add(table(t));
        // Only an adopted database's history has views: a catalog without them prints as snapshots always did.
        if (!c.views().isEmpty()) {
            var views = o.putArray("views");
            for (View v : c.views()) views.addObject().put("dialect", v.dialect().name()).put("name", v.name()).put("sql", v.sql());
        }
        return o;
    }

    private static void strings(ArrayNode a, List<String> xs) {
        xs.forEach(a::add);
    }

    private static ObjectNode table(Table t) {
        var o = F.objectNode().put("name", t.name());
        if (t.entity() != null) o.put("entity", t.entity());
        if (t.doc() != null) o.put("doc", t.doc());
        var cols = o.putArray("columns");
        for (Column c : t.columns()) cols.add(column(c));
        var pk = o.putObject("primary_key").put("name", t.primaryKey().name());
        strings(pk.putArray("columns"), t.primaryKey().columns());
        var fks = o.putArray("foreign_keys");
        for (ForeignKey f : t.foreignKeys()) {
            var n = fks.addObject().put("name", f.name());
            strings(n.putArray("columns"), f.columns());
            n.put("referenced_table", f.referencedTable());
            strings(n.putArray("referenced_columns"), f.referencedColumns());
            n.put("on_delete", f.onDelete().name()).put("on_update", f.onUpdate().name());
            if (f.field() != null) n.put("field", f.field());
            n.put("forward", f.forward());
        }
        var uniques = o.putArray("uniques");
        for (UniqueConstraint u : t.uniques()) {
            var n = uniques.addObject().put("name", u.name());
            strings(n.putArray("columns"), u.columns());
            n.put("reason", u.reason().name());
            // Written only for a partial unique, so snapshots of models without one read as before.
            if (u.where() instanceof RowFilter.IsNull f) n.putObject("where").put("is_null", f.column());
        }
        var indexes = o.putArray("indexes");
        for (Index i : t.indexes()) {
            var n = indexes.addObject().put("name", i.name());
            strings(n.putArray("columns"), i.columns());
            n.put("reason", i.reason().name());
        }
        var checks = o.putArray("checks");
        for (Check k : t.checks()) {
            var n = checks.addObject().put("name", k.name());
            var terms = n.putArray("terms");
            for (Check.Term term : k.terms()) terms.add(term(term));
        }
        if (t.updatedAtTrigger() != null) o.put("updated_at_trigger", t.updatedAtTrigger());
        // Written only for an adopted SQLite table with objects outside the model, so other snapshots read as before.
        if (!t.kept().isEmpty()) {
            var kept = o.putArray("kept");
            for (KeptSql k : t.kept()) kept.addObject().put("table", k.table()).put("what", k.what()).put("sql", k.sql()).put("place", k.place().name());
        }
        if (t.join() != null) {
            o.putObject("join").put("left_entity", t.join().leftEntity()).put("left_field", t.join().leftField())
                    .put("right_entity", t.join().rightEntity()).put("right_field", t.join().rightField());
        }
        return o;
    }

    private static ObjectNode column(Column c) {
        var o = F.objectNode().put("name", c.name());
        if (c.field() != null) o.put("field", c.field());
        var type = o.putObject("type");
        ColumnType t = c.type();
        if (t.kind() != null) type.put("kind", t.kind().name());
        if (t.length() != null) type.put("length", t.length());
        if (t.precision() != null) type.put("precision", t.precision());
        if (t.scale() != null) type.put("scale", t.scale());
        if (t.enumName() != null) type.put("enum", t.enumName());
        o.put("nullable", c.nullable());
        if (c.defaultValue() != null) o.set("default", defaultValue(c.defaultValue()));
        if (c.autoIncrement()) o.put("auto_increment", true);
        if (c.updatedAt()) o.put("updated_at", true);
        if (c.doc() != null) o.put("doc", c.doc());
        if (c.pii()) o.put("pii", true);
        if (c.secret()) o.put("secret", true);
        if (c.referencedColumn() != null) o.put("referenced_column", c.referencedColumn());
        return o;
    }

    private static ObjectNode defaultValue(ColumnDefault d) {
        var o = F.objectNode();
        if (d instanceof ColumnDefault.Number n) o.put("number", n.value().toPlainString());
        else if (d instanceof ColumnDefault.Text t) o.put("text", t.value());
        else if (d instanceof ColumnDefault.Bool b) o.put("bool", b.value());
        else if (d instanceof ColumnDefault.EnumValue e) o.put("enum_value", e.value());
        else if (d instanceof ColumnDefault.Now) o.put("now", true);
        else o.put("uuid", true);
        return o;
    }

    private static ObjectNode term(Check.Term t) {
        var o = F.objectNode();
        if (t instanceof Check.Compare c) {
            o.put("compare", c.column()).put("op", c.op().name());
            if (c.literal() instanceof BigDecimal n) o.put("number", n.toPlainString());
            else if (c.literal() instanceof Boolean b) o.put("bool", b);
            else o.put("text", String.valueOf(c.literal()));
        } else if (t instanceof Check.ColumnCompare c) {
            o.put("left", c.left()).put("op", c.op().name()).put("right", c.right());
        } else if (t instanceof Check.Length l) {
            o.put("length", l.column());
            if (l.min() != null) o.put("min", l.min());
            if (l.max() != null) o.put("max", l.max());
        } else if (t instanceof Check.Pattern p) {
            o.put("pattern", p.column()).put("regex", p.regex());
        } else if (t instanceof Check.AllOrNone a) {
            strings(o.putArray("all_or_none"), a.columns());
        } else {
            var e = (Check.EnumMember) t;
            o.put("enum_member", e.column()).put("enum", e.enumName());
            strings(o.putArray("values"), e.values());
        }
        return o;
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
            views.add(new View(constant(dev.schemac.model.Dialect.class, text(v, "dialect")), text(v, "name"), text(v, "sql")));
        }
        return Catalog.of(tables, enums, views);
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
            kept.add(new KeptSql(text(k, "table"), text(k, "what"), text(k, "sql"), constant(KeptSql.Place.class, text(k, "place"))));
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
        ColumnDefault def = null;
        JsonNode d = c.get("default");
        if (d != null && !d.isNull()) def = readDefault(d);
        // Earlier releases kept a temporal default as written; it is read into the one form the lowering gives it.
        if (def instanceof ColumnDefault.Text text) def = new ColumnDefault.Text(TemporalText.held(type.kind(), text.value()));
        return new Column(text(c, "name"), opt(c, "field"), type, need(c, "nullable").asBoolean(), def,
                c.path("auto_increment").asBoolean(), c.path("updated_at").asBoolean(), opt(c, "doc"),
                c.path("pii").asBoolean(), c.path("secret").asBoolean(), opt(c, "referenced_column"));
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
