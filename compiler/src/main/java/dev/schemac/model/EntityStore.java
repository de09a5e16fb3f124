package dev.schemac.model;

import dev.schemac.source.Span;
import java.util.List;

/**
 * What an entity says about document and key-value stores: {@code @@collection("name")}
 * (null when not given), {@code @@shard_key(fields)} (empty when not given) and
 * {@code @@cache(...)} (null when not given). Spans are kept for the checks that need the
 * paired relations.
 */
public record EntityStore(String collection, Span collectionSpan, List<String> shardKey, Span shardKeySpan,
                          CacheHint cache) {
    public static final EntityStore NONE = new EntityStore(null, null, List.of(), null, null);

    public EntityStore {
        shardKey = List.copyOf(shardKey);
    }

    public EntityStore withCollection(String name, Span at) {
        return new EntityStore(name, at, shardKey, shardKeySpan, cache);
    }

    public EntityStore withShardKey(List<String> fields, Span at) {
        return new EntityStore(collection, collectionSpan, fields, at, cache);
    }

    public EntityStore withCache(CacheHint c) {
        return new EntityStore(collection, collectionSpan, shardKey, shardKeySpan, c);
    }

    public boolean isEmpty() {
        return collection == null && shardKey.isEmpty() && cache == null;
    }
}
