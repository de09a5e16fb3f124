package dev.schemac.processor;

import dev.schemac.ast.Argument;
import dev.schemac.ast.Value;
import dev.schemac.ast.Attribute;
import dev.schemac.lang.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The annotations of an entity or mixin class as {@code @@} attributes, in the order
 * written; like {@link AttributeReader}, it only transcribes.
 */
final class BlockAttributeReader {
    private final Expressions expressions;

    BlockAttributeReader(Expressions expressions) { this.expressions = expressions; }

    List<Attribute> read(TypeElement type, Nodes nodes) {
        var out = new ArrayList<Attribute>();
        for (AnnotationMirror m : Mirrors.all(type)) {
            Origin at = Origin.of(type).with(m);
            String t = Mirrors.typeName(m);
            Map<String, AnnotationValue> v = Mirrors.explicit(m);
            if (t.equals(Annotations.ID)) {
                out.add(nodes.attribute(Attributes.ID, true, AttributeReader.fieldsAndName(v, at, nodes), at));
            } else if (t.equals(Annotations.UNIQUE) || t.equals(Annotations.INDEX)) {
                out.add(nodes.attribute(t.equals(Annotations.UNIQUE) ? Attributes.UNIQUE : Attributes.INDEX, true,
                        AttributeReader.fieldsAndName(v, at, nodes), at));
            } else if (t.equals(Annotations.CHECK)) {
                AnnotationValue text = v.get("value");
                var args = expressions.entityCheck(AttributeReader.string(text), at.with(m, text), nodes);
                if (args != null) out.add(nodes.attribute(Attributes.CHECK, true, args, at));
            } else if (t.equals(Annotations.DEPENDS)) {
                var from = AttributeReader.idents(v.get("from"), at, nodes);
                var to = AttributeReader.idents(v.get("to"), at, nodes);
                out.add(nodes.attribute(Attributes.DEPENDS, true, List.of(new Argument.Dependency(nodes.at(at), from, to)), at));
            } else if (t.equals(Annotations.DENORMALIZED) || t.equals(Annotations.RENAMED_FROM)) {
                out.add(nodes.attribute(t.equals(Annotations.RENAMED_FROM) ? Attributes.RENAMED_FROM : Attributes.DENORMALIZED, true,
                        List.of(string(v.get("value"), at, nodes)), at));
            } else if (t.equals(Annotations.QUERY)) {
                out.add(nodes.attribute(Attributes.QUERY, true, query(v, at, nodes), at));
            } else if (t.equals(Annotations.COLLECTION)) {
                out.add(nodes.attribute(Attributes.COLLECTION, true, List.of(string(v.get("value"), at, nodes)), at));
            } else if (t.equals(Annotations.SHARD_KEY)) {
                out.add(nodes.attribute(Attributes.SHARD_KEY, true, AttributeReader.fields(v, at, nodes), at));
            } else if (t.equals(Annotations.CACHE)) {
                out.add(nodes.attribute(Attributes.CACHE, true, cache(v, at, nodes), at));
            } else if (t.equals(Annotations.VOLUME)) {
                out.add(nodes.attribute(Attributes.VOLUME, true, volume(v, at, nodes), at));
            } else if (t.equals(Annotations.ENTITY)) {
                entity(v, at, nodes, out);
            }
        }
        return out;
    }

    /**
     * {@code @Entity(table)} says {@code @@map}, read apart from the rest (before the fields: see
     * {@link TypeReader#entity}).
     */
    static List<Attribute> table(TypeElement type, Nodes nodes) {
        AnnotationMirror m = Mirrors.find(type, Annotations.ENTITY);
        AnnotationValue table = m == null ? null : Mirrors.explicit(m).get("table");
        if (table == null) return List.of();
        Origin at = Origin.of(type).with(m);
        return List.of(nodes.attribute(Attributes.MAP, true, List.of(string(table, at, nodes)), at.with(m, table)));
    }

    /** {@code @Entity(timestamps)} says {@code @@timestamps}; its {@code table} is {@link #table}'s. */
    private static void entity(Map<String, AnnotationValue> v, Origin at, Nodes nodes, List<Attribute> out) {
        AnnotationValue ts = v.get("timestamps");
        if (ts != null && ts.getValue() instanceof Boolean b) {
            Origin o = at.with(at.annotation(), ts);
            out.add(nodes.attribute(Attributes.TIMESTAMPS, true, List.of(Nodes.positional(nodes.ref(b.toString(), o))), o));
        }
    }

    private static List<Argument> volume(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        var out = new ArrayList<Argument>();
        AnnotationValue rows = v.get("rows");
        if (AttributeReader.isNumber(rows)) {
            Origin o = at.with(at.annotation(), rows);
            out.add(nodes.named(Attributes.ROWS_ARGUMENT, nodes.num(AttributeReader.integer(rows), o), o));
        }
        AnnotationValue growth = v.get("growth");
        if (growth != null) {
            Origin o = at.with(at.annotation(), growth);
            out.add(nodes.named(Attributes.GROWTH_ARGUMENT, nodes.str(AttributeReader.string(growth), o), o));
        }
        return out;
    }

    /** {@code @Cache(ttl, key)} as {@code @@cache(ttl = "...", key = "...")}; an empty key is no key. */
    private static List<Argument> cache(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        var out = new ArrayList<Argument>();
        for (String name : List.of(Attributes.TTL_ARGUMENT, Attributes.KEY_ARGUMENT)) {
            AnnotationValue value = v.get(name);
            if (value == null || (name.equals(Attributes.KEY_ARGUMENT) && AttributeReader.string(value).isEmpty())) continue;
            Origin o = at.with(at.annotation(), value);
            out.add(nodes.named(name, nodes.str(AttributeReader.string(value), o), o));
        }
        return out;
    }

    /**
     * {@code @Query(value = "...", where = {"author"}, order = {"publishedAt desc"})} as the
     * language writes it: {@code @@query("...", where: [author], order: [published_at desc])}.
     */
    private static List<Argument> query(Map<String, AnnotationValue> v, Origin at, Nodes nodes) {
        var out = new ArrayList<Argument>();
        out.add(string(v.get("value"), at, nodes));
        for (String name : List.of(Attributes.WHERE_ARGUMENT, Attributes.ORDER_ARGUMENT)) {
            AnnotationValue list = v.get(name);
            if (list == null) continue;
            Origin o = at.with(at.annotation(), list);
            var items = new ArrayList<Value>();
            for (AnnotationValue item : Mirrors.items(list)) {
                Origin io = at.with(at.annotation(), item);
                String[] words = AttributeReader.string(item).strip().split("\\s+");
                Value field = nodes.ref(ElementNames.field(words[0]), io);
                // A second word is the direction; the compiler checks it (and refuses a third) as for .schema text.
                for (int i = 1; i < words.length; i++) field = new Value.Directed(nodes.at(io), field, nodes.ident(words[i], io));
                items.add(field);
            }
            out.add(new Argument.Named(nodes.at(o), nodes.ident(name, o), new Value.ListOf(nodes.at(o), items), true));
        }
        return out;
    }

    private static Argument string(AnnotationValue s, Origin at, Nodes nodes) {
        return Nodes.positional(nodes.str(AttributeReader.string(s), at.with(at.annotation(), s)));
    }
}
