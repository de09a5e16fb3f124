package dev.schemac.types;

import java.util.Map;

/**
 * The bytes a value takes in BSON (bsonspec.org), by the {@code bsonType} {@link TypeTable#bson} gives its column:
 * what a document's size is counted in. A fixed-width type takes its bytes; a {@code string} its length (int32),
 * its UTF-8 bytes and a NUL; a {@code binData} its length (int32), its subtype byte and its bytes.
 */
public final class BsonWidth {
    private BsonWidth() {}

    private static final Map<String, Integer> FIXED = Map.of("bool", 1, "int", 4, "long", 8, "double", 8, "date", 8,
            "decimal", 16, "null", 0);

    /** The bytes of a value of a fixed-width {@code bsonType}; a string or binData has none of its own. */
    public static long of(String bsonType) {
        Integer bytes = FIXED.get(bsonType);
        if (bytes == null) throw new IllegalArgumentException("no fixed BSON width for bsonType '" + bsonType + "'");
        return bytes;
    }

    /** A {@code string} of {@code utf8Bytes} bytes of UTF-8. */
    public static long string(long utf8Bytes) {
        return 4 + utf8Bytes + 1;
    }

    /** A {@code binData} of {@code bytes} bytes. */
    public static long binData(long bytes) {
        return 4 + 1 + bytes;
    }
}
