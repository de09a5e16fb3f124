package dev.schemac.lang;

import java.util.List;

/**
 * The attribute vocabulary of the language, written once for its two front ends: the
 * resolver, which accepts, checks or refuses each attribute, and the annotation processor,
 * which writes each annotation as the attribute it stands for. A name here is what follows
 * {@code @} on a field or enum value and {@code @@} in an entity or mixin; the argument
 * names are those written {@code name = value} inside the parentheses.
 */
public final class Attributes {
    private Attributes() {}

    // Constants, not an enum: the resolver switches on the written name.
    public static final String ID = "id";
    public static final String AUTO = "auto";
    public static final String UNIQUE = "unique";
    public static final String INDEX = "index";
    public static final String MAP = "map";
    public static final String CHECK = "check";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String LENGTH = "length";
    public static final String PATTERN = "pattern";
    public static final String PII = "pii";
    public static final String SECRET = "secret";
    public static final String UPDATED = "updated";
    public static final String RELATION = "relation";
    public static final String ON_DELETE = "on_delete";
    public static final String ON_UPDATE = "on_update";
    public static final String DEPENDS = "depends";
    public static final String DENORMALIZED = "denormalized";
    public static final String VOLUME = "volume";
    public static final String QUERY = "query";
    public static final String TIMESTAMPS = "timestamps";
    public static final String EMBED = "embed";
    public static final String TTL = "ttl";
    public static final String COLLECTION = "collection";
    public static final String SHARD_KEY = "shard_key";
    public static final String CACHE = "cache";
    public static final String RENAMED_FROM = "renamed_from";

    /** {@code @name} on a field, in the order the reference lists them. */
    public static final List<String> FIELD = List.of(ID, AUTO, UNIQUE, INDEX, MAP, CHECK, MIN, MAX, LENGTH, PATTERN,
            PII, SECRET, UPDATED, RELATION, ON_DELETE, ON_UPDATE, EMBED, TTL, RENAMED_FROM);

    /** {@code @@name} in an entity or mixin. */
    public static final List<String> BLOCK = List.of(ID, UNIQUE, INDEX, MAP, CHECK, DEPENDS, DENORMALIZED, VOLUME, QUERY,
            TIMESTAMPS, COLLECTION, SHARD_KEY, CACHE, RENAMED_FROM);

    /** {@code @name} on an enum value. */
    public static final List<String> ENUM_VALUE = List.of(MAP);

    /** What a field or enum-value attribute is written after. */
    public static final String SIGIL = "@";
    /** What an entity attribute is written after. */
    public static final String BLOCK_SIGIL = "@@";

    /** How a field or enum-value attribute is written: {@code @name}, the key a {@code Spelling} knows it by. */
    public static String display(String name) {
        return SIGIL + name;
    }

    /** How an entity attribute is written: {@code @@name}. */
    public static String blockDisplay(String name) {
        return BLOCK_SIGIL + name;
    }

    /** {@code @@unique(a, b, name = "...")}, {@code @@index(...)}: the constraint's or index's name. */
    public static final String NAME_ARGUMENT = "name";
    /** {@code @relation(map = "...")}: the foreign key's name. */
    public static final String MAP_ARGUMENT = "map";
    /** {@code @length(min = n)}. */
    public static final String MIN_ARGUMENT = "min";
    /** {@code @length(max = n)}. */
    public static final String MAX_ARGUMENT = "max";
    /** {@code @@volume(rows = N)}. */
    public static final String ROWS_ARGUMENT = "rows";
    /** {@code @@volume(growth = "...")}. */
    public static final String GROWTH_ARGUMENT = "growth";
    /** {@code @@query("...", where: [field, ...])}: the fields the query compares for equality. */
    public static final String WHERE_ARGUMENT = "where";
    /** {@code @@query("...", order: [field desc, ...])}: the fields it sorts by. */
    public static final String ORDER_ARGUMENT = "order";
    /** {@code @@cache(ttl = "...")}. */
    public static final String TTL_ARGUMENT = "ttl";
    /** {@code @@cache(key = "...")}. */
    public static final String KEY_ARGUMENT = "key";
}
