package dev.schemac.gen.redis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.KvEntity;
import dev.schemac.nosql.KvKey;
import dev.schemac.nosql.KvValues;
import dev.schemac.nosql.Reasons;
import dev.schemac.render.json.Json;
import dev.schemac.render.markdown.Quoted;
import java.util.Locale;

/**
 * {@code redis/keys.json}: per entity, its keys: the pattern, the Redis type, which table's
 * rows make its entries (the columns that fill the placeholders, make the members and give
 * the score), whether it expires, the command that reads it, and why it exists; and how a
 * value becomes one segment of a key or id ({@code valueSegments}, the rule of {@link KvValues#segment}).
 * Version 2 added {@code valueSegments}: from it on, values in keys and ids are escaped.
 */
final class KeysFile {
    static final int FORMAT_VERSION = 2;

    private final KeyValueDesign design;

    KeysFile(KeyValueDesign design) {
        this.design = design;
    }

    ObjectNode build() {
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("app", design.app());
        ObjectNode values = root.putObject("valueSegments");
        values.put("separator", String.valueOf(KvValues.SEPARATOR));
        values.put("escape", String.valueOf(KvValues.ESCAPE));
        ArrayNode escaped = values.putArray("escaped");
        KvValues.ESCAPED.forEach(c -> escaped.add(String.valueOf(c)));
        ArrayNode entities = root.putArray("entities");
        for (KvEntity e : design.entities()) {
            ObjectNode n = entities.addObject();
            n.put("entity", e.entity().name());
            n.put("table", e.table().name());
            e.rowKeyColumns().forEach(n.putArray("idColumns")::add);
            if (e.expires()) {
                ObjectNode x = n.putObject("expires");
                if (e.cacheTtl() != null) {
                    x.put("afterWrite", e.cacheTtl().text());
                    x.put("afterWriteSeconds", e.cacheTtl().seconds());
                }
                if (e.fieldTtl() != null) {
                    x.put("afterColumn", e.ttlColumn());
                    x.put("afterColumnTtl", e.fieldTtl().text());
                    x.put("afterColumnSeconds", e.fieldTtl().seconds());
                }
            }
            ArrayNode keys = n.putArray("keys");
            for (KvKey k : e.keys()) keys.add(key(k, e));
        }
        return root;
    }

    private ObjectNode key(KvKey k, KvEntity e) {
        ObjectNode n = Json.object();
        n.put("kind", k.kind().name().toLowerCase(Locale.ROOT));
        n.put("pattern", k.pattern());
        n.put("type", k.structure().type());
        n.put("source", k.source());
        k.keyColumns().forEach(n.putArray("keyColumns")::add);
        if (k.kind() == KvKey.Kind.ROW) {
            e.table().columns().forEach(c -> n.withArray("fields").add(c.name()));
        } else {
            n.put("members", k.members());
            k.memberColumns().forEach(n.putArray("memberColumns")::add);
        }
        if (k.score() != null) n.put("score", k.score());
        if (k.onlyWhereNull() != null) n.put("onlyWhereNull", k.onlyWhereNull());
        n.put("expires", k.expires());
        n.put("access", access(k));
        n.put("reason", Quoted.plain(Reasons.key(k, e, design)));
        return n;
    }

    /** The command that reads one entry, with the key's placeholders as written in its pattern. */
    static String access(KvKey k) {
        return switch (k.structure()) {
            case HASH -> "HGETALL " + k.pattern();
            case STRING -> "GET " + k.pattern();
            case SET -> "SMEMBERS " + k.pattern();
            case ZSET -> "ZRANGE " + k.pattern() + " -inf +inf BYSCORE";
        };
    }
}
