package dev.schemac.pull.lift;

import java.util.HashMap;
import java.util.Map;

/**
 * What the rounds of a pull learn about constraint and index names, for the next round's
 * lift: the lowering keeps names unique across the database (ignoring case and accents), so
 * whether a live name can be kept depends on the names the rest of the model gets.
 */
final class NameLedger {
    /** A name the lowering derives, and the table whose object it names; or, {@code ofTable}, a table's own name. */
    record Derived(String name, String table, boolean ofTable) {}

    /** Names the model must write explicitly (table, NUL, the object's key → name): the lowering derives others. */
    final Map<String, String> forced = new HashMap<>();
    /**
     * Names the lowering derives, and table names, by {@link dev.schemac.naming.Lookalikes} key. An explicit name may not take one:
     * the lowering would number a derived name (if the explicit one comes first) or refuse the model (if it
     * comes after, or takes a table's name, as PostgreSQL's relations share one namespace).
     */
    final Map<String, Derived> reserved = new HashMap<>();
    /**
     * The name the compiled model gives an object whose live name it does not keep (table, NUL, live name →
     * name), where that is not the derived name (the lowering numbered it): warnings say the name generate gives.
     */
    final Map<String, String> generated = new HashMap<>();

    /**
     * What the compiled model refused that the lift wrote (table, NUL, field, NUL, the attribute or {@code = default}
     * as written → the compiler's message): the next lift keeps it as a comment instead. The compiler is the one judge
     * of what a model can hold; a value the database took (a check bound past the type's range, an impossible date)
     * is left out alone rather than failing the whole pull.
     */
    final Map<String, String> refused = new HashMap<>();

    static String refusedKey(String table, String field, String written) {
        return table + "\0" + field + "\0" + written;
    }

    /** Adds the names a lift derived; whether any is new (the names chosen against them must be chosen again). */
    boolean reserve(Map<String, Derived> derived) {
        boolean grew = false;
        for (var e : derived.entrySet()) grew |= reserved.putIfAbsent(e.getKey(), e.getValue()) == null;
        return grew;
    }

    static String key(String table, String name) {
        return table + "\0" + name;
    }
}
