package dev.schemac.lower;

import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * Index and constraint names, unique across the whole database: PostgreSQL keeps index
 * names per schema, MySQL foreign key names per database, SQLite index names per
 * database. A derived name that is taken gets a numeric suffix; an explicit name that is
 * taken is the user's to fix.
 */
final class NameRegistry {
    private final Set<String> taken = new HashSet<>();
    private final Diagnostics diags;

    NameRegistry(Diagnostics diags) { this.diags = diags; }

    String derived(String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) candidate = Names.shorten(name + "_" + i);
        return candidate;
    }

    String explicit(String name, Span at, String table) {
        if (name.length() > Names.MAX_IDENTIFIER) {
            diags.add(Messages.nameTooLong(at, "constraint", name, "PostgreSQL", Names.MAX_IDENTIFIER));
        }
        if (!taken.add(name)) diags.add(Messages.constraintCollision(at, name, table));
        return name;
    }

    void reserve(String name) { taken.add(name); }
}
