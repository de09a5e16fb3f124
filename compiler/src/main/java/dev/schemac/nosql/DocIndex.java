package dev.schemac.nosql;

import java.util.List;

/**
 * One index of a collection: its name (the Catalog's, where the relational design has the
 * same index), the document paths it covers in order, and its options. {@code partial} lists
 * the conditions of a partial index, each a path and the BSON types a document must hold
 * there to be indexed; {@code expireAfterSeconds} is set on a TTL index.
 */
public record DocIndex(String name, List<String> paths, boolean unique, List<Condition> partial,
                       Long expireAfterSeconds, Reason reason) {
    public DocIndex {
        paths = List.copyOf(paths);
        partial = List.copyOf(partial);
    }

    /** {@code path: {$type: types}}: only documents holding one of these types there are indexed. */
    public record Condition(String path, List<String> types) {
        public Condition {
            types = List.copyOf(types);
        }
    }

    public enum Reason {
        /** A composite primary key: unique over the paths of its {@code _id} sub-document, in any field order. */
        KEY,
        /** A unique constraint of the model. */
        UNIQUE,
        /** {@code @index} or {@code @@index}. */
        DECLARED,
        /** Finds the documents that refer to a given one (the relational design's foreign key index). */
        REFERENCE,
        /** Finds the documents whose id array holds a given id (a many-to-many's other side). */
        MANY_TO_MANY,
        /** {@code @ttl}: MongoDB deletes a document that long after the field's time. */
        EXPIRY,
        /** Serves the shard key. */
        SHARD_KEY
    }

    public DocIndex named(String other) {
        return new DocIndex(other, paths, unique, partial, expireAfterSeconds, reason);
    }

    public DocIndex withExpiry(long seconds) {
        return new DocIndex(name, paths, unique, partial, seconds, reason);
    }
}
