package dev.schemac.gen.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.List;
import java.util.Locale;

/**
 * The Catalog part of the JSON document, with each column's type spelled per dialect; the text
 * literals of checks and defaults as the model's dialect writes them ({@link Sql#string}), the
 * SQL its schema runs.
 */
final class CatalogJson {
    private CatalogJson() {}

    private static ArrayNode strings(List<String> xs) {
        ArrayNode a = Mapper.MAPPER.createArrayNode();
        xs.forEach(a::add);
        return a;
    }

    /** The catalog's enums (the target writes its tables one at a time after them). */
    static ArrayNode enums(Catalog c) {
        ArrayNode enums = Mapper.MAPPER.createArrayNode();
        for (EnumDef e : c.enums()) {
            enums.addObject().put("name", e.name()).put("typeName", e.typeName()).set("values", strings(e.values()));
        }
        return enums;
    }

    static ObjectNode table(Table t, Dialect dialect) {
        ObjectNode o = Mapper.MAPPER.createObjectNode();
        o.put("name", t.name());
        ModelJson.putOpt(o, "entity", t.entity());
        if (t.join() != null) {
            o.putObject("joins").put("left", t.join().leftEntity() + "." + t.join().leftField())
                    .put("right", t.join().rightEntity() + "." + t.join().rightField());
        }
        ArrayNode cols = o.putArray("columns");
        for (Column c : t.columns()) {
            ObjectNode co = cols.addObject();
            co.put("name", c.name());
            ModelJson.putOpt(co, "field", c.field());
            ObjectNode types = co.putObject("type");
            if (c.type().isEnum()) {
                types.put("enum", c.type().enumName());
            } else {
                types.put("logical", c.type().kind().keyword());
                for (Dialect d : Dialect.values()) types.put(d.id(), TypeTable.sql(c.type(), d));
            }
            co.put("nullable", c.nullable());
            if (c.defaultValue() != null) co.put("default", describe(c, dialect));
            co.put("autoIncrement", c.autoIncrement());
            co.put("updatedAt", c.updatedAt());
            ModelJson.putOpt(co, "references", c.referencedColumn());
        }
        o.putObject("primaryKey").put("name", t.primaryKey().name()).set("columns", strings(t.primaryKey().columns()));
        ArrayNode fks = o.putArray("foreignKeys");
        for (ForeignKey fk : t.foreignKeys()) {
            ObjectNode f = fks.addObject();
            f.put("name", fk.name());
            f.set("columns", strings(fk.columns()));
            f.put("referencedTable", fk.referencedTable());
            f.set("referencedColumns", strings(fk.referencedColumns()));
            f.put("onDelete", fk.onDelete().keyword());
            f.put("onUpdate", fk.onUpdate().keyword());
            ModelJson.putOpt(f, "field", fk.field());
        }
        ArrayNode uqs = o.putArray("uniques");
        for (UniqueConstraint u : t.uniques()) {
            uqs.addObject().put("name", u.name()).put("reason", u.reason().name().toLowerCase(Locale.ROOT))
                    .set("columns", strings(u.columns()));
        }
        ArrayNode idx = o.putArray("indexes");
        for (Index i : t.indexes()) {
            idx.addObject().put("name", i.name()).put("reason", i.reason().name().toLowerCase(Locale.ROOT))
                    .set("columns", strings(i.columns()));
        }
        ArrayNode checks = o.putArray("checks");
        for (Check c : t.checks()) {
            ObjectNode co = checks.addObject();
            co.put("name", c.name());
            ArrayNode terms = co.putArray("terms");
            for (Check.Term term : c.terms()) terms.add(term(term, dialect, t));
        }
        return o;
    }

    /** A dialect-neutral spelling of a check term, its bound the value the dialect's DDL compares with (a datetime an instant). */
    private static String term(Check.Term t, Dialect d, Table table) {
        if (t instanceof Check.Compare c) return c.column() + " " + c.op().symbol() + " " + literal(Sql.compared(d, table, c), d);
        if (t instanceof Check.ColumnCompare c) return c.left() + " " + c.op().symbol() + " " + c.right();
        if (t instanceof Check.Length l) {
            return "length(" + l.column() + ")" + (l.min() != null ? " >= " + l.min() : "")
                    + (l.min() != null && l.max() != null ? " and length(" + l.column() + ")" : "")
                    + (l.max() != null ? " <= " + l.max() : "");
        }
        if (t instanceof Check.Pattern p) return p.column() + " matches " + literal(p.regex(), d);
        if (t instanceof Check.AllOrNone a) return a.described();
        var e = (Check.EnumMember) t;
        return e.column() + " in (" + String.join(", ", e.values().stream().map(v -> literal(v, d)).toList()) + ")";
    }

    private static String literal(Object v, Dialect d) {
        if (v instanceof java.math.BigDecimal n) return n.toPlainString();
        if (v instanceof String s) return Sql.string(d, s);
        return String.valueOf(v);
    }

    /** A default as the dialect's DDL writes its literal: a datetime is an instant, with the offset where the engine needs one. */
    private static String describe(Column c, Dialect dialect) {
        ColumnDefault d = c.defaultValue();
        if (d instanceof ColumnDefault.Number n) return n.value().toPlainString();
        if (d instanceof ColumnDefault.Text t) {
            String utc = Sql.instantOf(c.type(), t.value());
            return utc == null ? Sql.string(dialect, t.value()) : Sql.instantLiteral(dialect, utc);
        }
        if (d instanceof ColumnDefault.Bool b) return String.valueOf(b.value());
        if (d instanceof ColumnDefault.EnumValue e) return Sql.string(dialect, e.value());
        if (d instanceof ColumnDefault.Now) return "now()";
        return "uuid()";
    }
}
