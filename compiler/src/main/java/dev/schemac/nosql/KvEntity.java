package dev.schemac.nosql;

import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Ttl;
import java.util.List;

/**
 * One entity in the key-value design: its rows' key columns (the primary key's, or the
 * placeholders of {@code @@cache(key = ...)}), how its rows expire ({@code cacheTtl} after
 * each write, {@code fieldTtl} after the time in {@code ttlColumn}; either may be null),
 * and its keys, the row key first.
 */
public record KvEntity(Entity entity, Table table, List<String> rowKeyColumns, Ttl cacheTtl, String ttlColumn, Ttl fieldTtl,
                       List<KvKey> keys) {
    public KvEntity {
        rowKeyColumns = List.copyOf(rowKeyColumns);
        keys = List.copyOf(keys);
    }

    public boolean expires() { return cacheTtl != null || fieldTtl != null; }

    public KvKey rowKey() { return keys.get(0); }
}
