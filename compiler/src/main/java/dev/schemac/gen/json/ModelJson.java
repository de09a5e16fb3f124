package dev.schemac.gen.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldType;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.model.Settings;
import java.util.List;
import java.util.Locale;

/**
 * The Model part of the JSON document. Source locations are left out on purpose: the same
 * model written as annotated Java must give the same bytes.
 */
final class ModelJson {
    private ModelJson() {}

    private static ObjectNode obj() { return Mapper.MAPPER.createObjectNode(); }

    private static ArrayNode strings(List<String> xs) {
        ArrayNode a = Mapper.MAPPER.createArrayNode();
        xs.forEach(a::add);
        return a;
    }

    static ObjectNode settings(Settings s) {
        ObjectNode o = obj();
        o.put("name", s.name());
        putOpt(o, "title", s.title());
        putOpt(o, "feature", s.feature());
        putOpt(o, "doc", s.doc());
        o.put("dialect", s.dialect().id());
        o.put("ids", s.ids().name().toLowerCase(Locale.ROOT));
        o.put("timestamps", s.timestamps());
        o.put("naming", s.naming().name().toLowerCase(Locale.ROOT));
        o.put("strict", s.strict());
        ObjectNode sev = o.putObject("severity");
        s.severities().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sev.put(e.getKey(), e.getValue()));
        return o;
    }

    static ArrayNode enums(Model m) {
        ArrayNode a = Mapper.MAPPER.createArrayNode();
        for (EnumType e : m.enums()) {
            ObjectNode o = a.addObject();
            o.put("name", e.name());
            putOpt(o, "doc", e.doc());
            ArrayNode values = o.putArray("values");
            for (EnumMember v : e.values()) {
                ObjectNode vo = values.addObject();
                vo.put("name", v.name());
                vo.put("dbValue", v.dbValue());
                putOpt(vo, "doc", v.doc());
            }
        }
        return a;
    }

    /** One entity of the {@code entities} array (the target writes them one at a time). */
    static ObjectNode entity(Entity e) {
        ObjectNode o = Mapper.MAPPER.createObjectNode();
        o.put("name", e.name());
        putOpt(o, "doc", e.doc());
        putOpt(o, "tableName", e.tableName());
        o.set("mixins", strings(e.mixins()));
        o.set("primaryKey", strings(e.primaryKey()));
        o.put("timestamps", e.timestamps());
        ArrayNode fields = o.putArray("fields");
        for (Field f : e.fields()) fields.add(field(f));
        o.set("indexes", specs(e.indexes()));
        o.set("uniques", specs(e.uniques()));
        ArrayNode checks = o.putArray("checks");
        e.checks().forEach(c -> checks.addObject().put("left", c.left()).put("op", c.op().symbol()).put("right", c.right()));
        ArrayNode deps = o.putArray("dependencies");
        e.dependencies().forEach(d -> {
            ObjectNode dn = deps.addObject();
            dn.set("from", strings(d.from()));
            dn.set("to", strings(d.to()));
        });
        ArrayNode den = o.putArray("denormalized");
        e.denormalized().forEach(d -> den.add(d.reason()));
        if (e.volume() != null) {
            ObjectNode v = o.putObject("volume");
            v.put("rows", e.volume().rows());
            putOpt(v, "growth", e.volume().growth());
        }
        ArrayNode q = o.putArray("queries");
        e.queries().forEach(x -> q.add(x.description()));
        ArrayNode ap = o.putArray("accessPatterns");
        for (var x : e.queries()) {
            ObjectNode p = ap.addObject().put("description", x.description());
            ArrayNode w = p.putArray("where");
            x.where().forEach(w::add);
            ArrayNode ord = p.putArray("order");
            x.order().forEach(k -> ord.addObject().put("field", k.field()).put("descending", k.descending()));
        }
        var store = e.store();
        if (!store.isEmpty()) {
            ObjectNode so = o.putObject("store");
            putOpt(so, "collection", store.collection());
            if (!store.shardKey().isEmpty()) so.set("shardKey", strings(store.shardKey()));
            if (store.cache() != null) {
                ObjectNode co = so.putObject("cache");
                co.put("ttl", store.cache().ttl().text()).put("ttlSeconds", store.cache().ttl().seconds());
                if (store.cache().key() != null) co.put("key", store.cache().key().text());
            }
        }
        return o;
    }

    private static ObjectNode field(Field f) {
        ObjectNode o = obj();
        o.put("name", f.name());
        putOpt(o, "doc", f.doc());
        ObjectNode t = o.putObject("type");
        if (f.type() instanceof FieldType.Scalar s) {
            t.put("kind", "scalar").put("scalar", s.kind().keyword());
            if (s.length() != null) t.put("length", s.length());
            if (s.precision() != null) t.put("precision", s.precision()).put("scale", s.scale());
        } else if (f.type() instanceof FieldType.EnumRef r) {
            t.put("kind", "enum").put("enum", r.name());
        } else {
            var r = (FieldType.EntityRef) f.type();
            t.put("kind", "entity").put("entity", r.entity()).put("list", r.list());
        }
        o.put("nullable", f.nullable());
        if (f.defaultValue() != null) o.set("default", defaultValue(f.defaultValue()));
        o.put("id", f.id());
        o.put("auto", f.auto());
        o.put("unique", f.unique());
        o.put("index", f.indexed());
        putOpt(o, "columnName", f.columnName());
        ArrayNode checks = o.putArray("checks");
        for (FieldCheck c : f.checks()) {
            ObjectNode co = checks.addObject();
            if (c instanceof FieldCheck.Compare cmp) {
                co.put("kind", "compare").put("op", cmp.op().symbol());
                if (cmp.value() instanceof java.math.BigDecimal n) co.put("value", n);
                else if (cmp.value() instanceof Boolean b) co.put("value", b);
                else co.put("value", String.valueOf(cmp.value()));
            } else if (c instanceof FieldCheck.Length l) {
                co.put("kind", "length");
                if (l.min() != null) co.put("min", l.min());
                if (l.max() != null) co.put("max", l.max());
            } else if (c instanceof FieldCheck.Pattern p) {
                co.put("kind", "pattern").put("regex", p.regex());
            }
        }
        o.put("pii", f.pii());
        o.put("secret", f.secret());
        o.put("updatedAt", f.updatedAt());
        o.put("origin", f.origin().name().toLowerCase(Locale.ROOT));
        putOpt(o, "mixin", f.mixin());
        if (f.store().embedded()) o.put("embed", true);
        if (f.store().ttl() != null) o.putObject("ttl").put("text", f.store().ttl().text()).put("seconds", f.store().ttl().seconds());
        if (f.relation() != null) {
            var r = f.relation();
            ObjectNode ro = o.putObject("relation");
            putOpt(ro, "name", r.name());
            ro.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
            ro.put("target", r.target());
            putOpt(ro, "inverse", r.inverse());
            if (r.onDelete() != null) ro.put("onDelete", r.onDelete().keyword());
            if (r.onUpdate() != null) ro.put("onUpdate", r.onUpdate().keyword());
        }
        return o;
    }

    private static ObjectNode defaultValue(DefaultValue d) {
        ObjectNode o = obj();
        if (d instanceof DefaultValue.Number n) o.put("kind", "number").put("value", n.value());
        else if (d instanceof DefaultValue.Text t) o.put("kind", "text").put("value", t.value());
        else if (d instanceof DefaultValue.Bool b) o.put("kind", "bool").put("value", b.value());
        else if (d instanceof DefaultValue.EnumValue e) o.put("kind", "enum").put("value", e.value());
        else if (d instanceof DefaultValue.Now) o.put("kind", "now");
        else o.put("kind", "uuid");
        return o;
    }

    private static ArrayNode specs(List<IndexSpec> specs) {
        ArrayNode a = Mapper.MAPPER.createArrayNode();
        for (IndexSpec s : specs) {
            ObjectNode o = a.addObject();
            o.set("fields", strings(s.fields()));
            putOpt(o, "name", s.name());
            // Where the index is declared: the mixin's name, absent when the entity declares it itself.
            putOpt(o, "mixin", s.mixin());
        }
        return a;
    }

    static void putOpt(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
    }
}
