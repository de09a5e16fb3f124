package dev.schemac.nosql;

import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import java.util.List;

/**
 * One collection: the entity whose documents it holds (with every entity embedded in them),
 * their shape, the indexes, the shard key's paths (empty when not sharded) and what the
 * relational design enforces that these documents leave to the application.
 */
public record DocCollection(String name, Entity entity, Table table, DocShape shape, List<DocIndex> indexes,
                            List<String> shardKey, List<String> unenforced) {
    public DocCollection {
        indexes = List.copyOf(indexes);
        shardKey = List.copyOf(shardKey);
        unenforced = List.copyOf(unenforced);
    }
}
