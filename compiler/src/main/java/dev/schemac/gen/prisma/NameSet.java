package dev.schemac.gen.prisma;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names unique within one Prisma namespace, first come first served: a name
 * already taken gets the smallest free numeric suffix. Callers claim in a fixed order, so
 * the result is deterministic; only Prisma-side names go through here, database names stay
 * the Catalog's (through {@code @map}).
 */
final class NameSet {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;

    private NameSet(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** Model and enum names: the client's accessors lower-case the first letter, so case must not tell them apart. */
    static NameSet ignoringCase() { return new NameSet(true); }

    static NameSet caseSensitive() { return new NameSet(false); }

    String claim(String preferred) {
        String name = preferred;
        for (int i = 2; !taken.add(key(name)); i++) name = preferred + i;
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
