package dev.schemac.lower;

import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.Map;

/**
 * Index and constraint names, unique across the whole database: PostgreSQL keeps index
 * names per schema (with the tables, so an index cannot have a table's name), MySQL
 * foreign key names per database, SQLite index names per database. Names count as taken
 * when they are equal ignoring case and accents, as MySQL and SQLite compare them. A
 * derived name that is taken gets a numeric suffix; an explicit name that is taken is the
 * user's to fix.
 */
final class NameRegistry {
    private final Map<String, String> taken = new HashMap<>();
    private final Diagnostics diags;

    NameRegistry(Diagnostics diags) { this.diags = diags; }

    String derived(String name) {
        String candidate = name;
        for (int i = 2; taken.putIfAbsent(Lookalikes.key(candidate), candidate) != null; i++) {
            candidate = Names.shorten(name + "_" + i);
        }
        return candidate;
    }

    String explicit(String name, Span at, String table) {
        if (Names.bytes(name) > Names.MAX_IDENTIFIER) {
            diags.add(Messages.nameTooLong(at, "constraint", name, "PostgreSQL", Names.MAX_IDENTIFIER, true));
        }
        String other = taken.putIfAbsent(Lookalikes.key(name), name);
        if (other != null && other.equals(name)) diags.add(Messages.constraintCollision(at, name, table));
        else if (other != null) diags.add(Messages.namesFoldTogether(at, "index or constraint name", name, other, " (on "
                + table + ")", null));
        return name;
    }

    /** A name that constraints and indexes cannot take (a table's, in PostgreSQL's one namespace of relations). */
    void reserve(String name) { taken.putIfAbsent(Lookalikes.key(name), name); }
}
