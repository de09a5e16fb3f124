package dev.schemac.lower;

import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Index and constraint names, unique across the whole database: PostgreSQL keeps index
 * names per schema (with the tables and the sequences it makes, so an index cannot have a
 * table's name), MySQL foreign key names per database, SQLite index names per database.
 * Names count as taken when they are equal ignoring case and accents, as MySQL and SQLite
 * compare them. A derived name that is taken gets a numeric suffix; an explicit name that is
 * taken is the user's to fix.
 */
final class NameRegistry {
    /**
     * Each name taken, by its key: the name as taken, the table it is a name of (null for a table's
     * own name, empty for a derived name) and where the model gives it (an explicit name).
     */
    private record Taken(String name, String table, Span at) {}

    private final Map<String, Taken> taken = new HashMap<>();
    /** Names an engine gives objects of its own ({@code HiddenNames}): derived names avoid them, the dialect checks report them. */
    private final Set<String> engines = new HashSet<>();
    private final Diagnostics diags;

    NameRegistry(Diagnostics diags) { this.diags = diags; }

    String derived(String name) {
        String candidate = name;
        for (int i = 2; engines.contains(Lookalikes.key(candidate))
                || taken.putIfAbsent(Lookalikes.key(candidate), new Taken(candidate, "", null)) != null; i++) {
            candidate = Names.shorten(name + "_" + i);
        }
        return candidate;
    }

    String explicit(String name, Span at, String table) {
        if (Names.bytes(name) > Names.MAX_IDENTIFIER) {
            diags.add(Messages.nameTooLong(at, "constraint", name, "PostgreSQL", Names.MAX_IDENTIFIER, true));
        }
        Taken other = taken.putIfAbsent(Lookalikes.key(name), new Taken(name, table, at));
        if (other == null) return name;
        if (other.name().equals(name)) diags.add(other.table() == null ? Messages.constraintIsTable(at, name, table)
                : Messages.constraintCollision(at, name, table));
        else diags.add(Messages.namesFoldTogether(at, "index or constraint name", name, other.name(), " (on "
                + table + (other.table() == null ? "; the table " + Messages.tick(other.name()) : "") + ")", null));
        return name;
    }

    /** A table's name, which constraints and indexes cannot take (in PostgreSQL's one namespace of relations). */
    void reserve(String table) {
        Taken other = taken.putIfAbsent(Lookalikes.key(table), new Taken(table, null, null));
        // A join table is named after the entities' constraints are: one of theirs may have its name.
        if (other != null && other.at() != null) {
            diags.add(other.name().equals(table) ? Messages.constraintIsTable(other.at(), other.name(), other.table())
                    : Messages.namesFoldTogether(other.at(), "index or constraint name", other.name(), table, " (on "
                            + other.table() + "; the table " + Messages.tick(table) + ")", null));
        }
    }

    /** A name an engine may give an object of its own, which no derived name takes. */
    void reserveForEngine(String name) { engines.add(Lookalikes.key(name)); }
}
