package dev.schemac.gen.sqlmodel;

import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a table's fields say themselves, as SQLModel's tutorial writes it, instead of
 * {@code __table_args__}: the primary key, one-column foreign keys, uniques and indexes,
 * wherever the {@link Convention} then gives the Catalog's exact name. A foreign key is a
 * {@code foreign_key=} (with {@code ondelete=}) when that is all it says; one with ON
 * UPDATE, a cycle's deferred key or a name of its own is an {@code sa.ForeignKey} in the
 * field's {@code sa_column_args}. Composite keys, uniques and indexes, and checks, stay in
 * {@link TableArgs}.
 */
final class OnField {
    final boolean primaryKey;
    private final Map<String, ForeignKey> foreignKeys = new HashMap<>();
    private final Set<String> uniques = new HashSet<>();
    private final Set<String> indexes = new HashSet<>();
    private final Set<Object> taken = new HashSet<>();

    OnField(Table t) {
        primaryKey = t.primaryKey().name().equals(Convention.name("pk", t.name(), null, List.of()));
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() == 1) {
                foreignKeys.put(fk.columns().get(0), fk);
                taken.add(fk);
            }
        }
        for (UniqueConstraint u : t.uniques()) {
            // A unique among live rows only is an index with a filter, which Field(unique=True) cannot say.
            if (!u.partial() && u.columns().size() == 1 && u.name().equals(Convention.name("uq", t.name(), null, u.columns()))
                    && uniques.add(u.columns().get(0))) {
                taken.add(u);
            }
        }
        for (Index i : t.indexes()) {
            String col = i.columns().get(0);
            // Field(unique=True, index=True) would make one unique index, not a constraint and an index.
            if (i.columns().size() == 1 && !uniques.contains(col)
                    && i.name().equals(Convention.name("ix", t.name(), null, i.columns())) && indexes.add(col)) {
                taken.add(i);
            }
        }
    }

    /** The one-column foreign key on this column, or null. */
    ForeignKey foreignKey(String column) { return foreignKeys.get(column); }

    boolean unique(String column) { return uniques.contains(column); }

    boolean index(String column) { return indexes.contains(column); }

    /** Whether a constraint or index object of the table is said by a field. */
    boolean says(Object constraint) { return taken.contains(constraint); }

    /** A foreign key that {@code foreign_key=} and {@code ondelete=} say in full. */
    static boolean plain(Table t, ForeignKey fk) {
        return fk.onUpdate() == dev.schemac.model.ReferentialAction.NO_ACTION && !fk.forward()
                && fk.name().equals(Convention.name("fk", t.name(), fk.referencedTable(), List.of()));
    }
}
