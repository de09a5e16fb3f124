package dev.schemac.gen.redis;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.nosql.KeyValueDesign;
import dev.schemac.nosql.KvEntity;
import dev.schemac.nosql.KvKey;
import dev.schemac.nosql.KvValues;
import dev.schemac.render.redis.RedisCli;
import dev.schemac.sample.SampleRows;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code redis/seed.redis}: the sample rows in the key design, one redis-cli command per
 * line: a hash per row, then each key's entries. A row that expires gets its TTL as of the
 * options' timestamp (the time the sample rows are written): the cache TTL, or what is left
 * of the time after its {@code @ttl} column, whichever is shorter; a row already expired then
 * is left out.
 */
final class SeedScript {
    private final Catalog catalog;
    private final KeyValueDesign design;
    private final Map<String, List<Map<String, Object>>> rows = new HashMap<>();
    private final LocalDateTime now;

    SeedScript(Catalog catalog, KeyValueDesign design, List<SampleRows> sample, LocalDateTime now) {
        this.catalog = catalog;
        this.design = design;
        this.now = now;
        for (SampleRows s : sample) rows.put(s.table().name(), s.settled());
    }

    String render() {
        var lines = new ArrayList<String>();
        for (KvEntity e : design.entities()) {
            for (KvKey k : e.keys()) entries(e, k, lines);
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Seconds the row has left, or null when it does not expire; zero or less: already gone. */
    Long ttl(KvEntity e, Map<String, Object> row) {
        Long out = null;
        if (e.cacheTtl() != null) out = e.cacheTtl().seconds();
        if (e.fieldTtl() != null && row.get(e.ttlColumn()) instanceof LocalDateTime t) {
            long left = t.toEpochSecond(ZoneOffset.UTC) + e.fieldTtl().seconds() - now.toEpochSecond(ZoneOffset.UTC);
            out = out == null ? left : Math.min(out, left);
        }
        return out;
    }

    private void entries(KvEntity e, KvKey k, List<String> lines) {
        Table source = catalog.table(k.source()).orElseThrow();
        for (Map<String, Object> row : rows.get(source.name())) {
            if (source.entity() != null && source.entity().equals(e.entity().name())) {
                Long left = ttl(e, row);
                if (left != null && left <= 0) continue;
                entry(e, k, source, row, left, lines);
            } else {
                entry(e, k, source, row, null, lines);
            }
        }
    }

    private void entry(KvEntity e, KvKey k, Table t, Map<String, Object> row, Long ttl, List<String> lines) {
        if (!k.covers(row)) return;
        var keyParts = new ArrayList<Object>();
        for (String c : k.keyColumns()) {
            if (row.get(c) == null) return;
            keyParts.add(row.get(c));
        }
        String key = key(k, t, keyParts);
        String member = k.memberColumns().isEmpty() ? null : KvValues.id(row, k.memberColumns(), t::requireColumn);
        switch (k.kind()) {
            case ROW -> {
                var b = new StringBuilder("HSET ").append(RedisCli.arg(key));
                for (Column c : t.columns()) {
                    Object v = row.get(c.name());
                    if (v == null) continue;
                    b.append(' ').append(RedisCli.arg(c.name())).append(' ').append(RedisCli.arg(KvValues.bytes(c, v)));
                }
                lines.add(b.toString());
                if (ttl != null) lines.add("EXPIRE " + RedisCli.arg(key) + " " + ttl);
            }
            case UNIQUE -> lines.add("SET " + RedisCli.arg(key) + " " + RedisCli.arg(KvValues.id(row, e.rowKeyColumns(), t::requireColumn))
                    + " NX" + (ttl != null ? " EX " + ttl : ""));
            default -> {
                if (k.structure() == KvKey.Structure.ZSET) {
                    Object s = row.get(k.score());
                    if (s == null) return;
                    lines.add("ZADD " + RedisCli.arg(key) + " " + KvValues.score(t.requireColumn(k.score()), s) + " " + RedisCli.arg(member));
                } else {
                    lines.add("SADD " + RedisCli.arg(key) + " " + RedisCli.arg(member));
                }
            }
        }
    }

    /** The key of one entry: the pattern with each placeholder replaced by its column's value. */
    static String key(KvKey k, Table t, List<Object> values) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < values.size(); i++) texts.add(KvValues.segment(t.requireColumn(k.keyColumns().get(i)), values.get(i)));
        return k.fill(texts);
    }
}
