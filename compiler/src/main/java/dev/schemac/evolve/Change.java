package dev.schemac.evolve;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.catalog.View;
import java.util.Objects;

/**
 * One step from an old Catalog towards a new one. Every change carries the whole objects
 * it creates or removes (not just names), so its inverse is mechanical and a down
 * migration is the reversed list of inverses. Tables are named as they are when the
 * change runs: renames come before everything that uses the new name (see {@link Phase}).
 */
public sealed interface Change {

    /** The change that undoes this one. */
    Change inverse();

    /** When this change runs relative to the others; the diff sorts by it. */
    Phase phase();

    /** The table this change is about (its name at the time the change runs), or null for enums. */
    String table();

    /**
     * The order of a migration. Everything that could be in the way (foreign keys, triggers,
     * constraints to be replaced) goes first, everything that needs the final shape last;
     * foreign keys are only ever added after every table exists, so cycles need nothing special.
     */
    enum Phase {
        DROP_VIEW, DROP_TRIGGER, DROP_FOREIGN_KEY, ADD_INDEX_FIRST, DROP_CONSTRAINT, DROP_COLUMN, DROP_TABLE, CREATE_ENUM, RENAME_TABLE,
        RENAME_COLUMN, RENAME_CONSTRAINT, CREATE_TABLE, ADD_COLUMN, FILL_COLUMN, ALTER_COLUMN, DROP_ENUM, ADD_CONSTRAINT,
        ADD_FOREIGN_KEY, CREATE_TRIGGER, CREATE_VIEW
    }

    // --- enums

    /**
     * A new enum; {@code first} when a column of it is added before the drops (an index a foreign key needs is on
     * it), so that PostgreSQL has the type by then.
     */
    record CreateEnum(EnumDef e, boolean first) implements Change {
        public CreateEnum(EnumDef e) {
            this(e, false);
        }

        public Change inverse() { return new DropEnum(e); }
        public Phase phase() { return first ? Phase.ADD_INDEX_FIRST : Phase.CREATE_ENUM; }
        public String table() { return null; }
    }

    record DropEnum(EnumDef e) implements Change {
        public Change inverse() { return new CreateEnum(e); }
        public Phase phase() { return Phase.DROP_ENUM; }
        public String table() { return null; }
    }

    /**
     * The enum keeps its name and values but its type is named differently: PostgreSQL renames the
     * type in place (the columns keep it); MySQL and SQLite have no type to rename. An adopted
     * database's enum type that the model derives another name for is one.
     */
    record RenameEnum(EnumDef from, EnumDef to) implements Change {
        public Change inverse() { return new RenameEnum(to, from); }
        public Phase phase() { return Phase.CREATE_ENUM; }
        public String table() { return null; }
    }

    /**
     * Members of an enum keep their names and change their stored values: {@code to} is
     * {@code from} with those values replaced in place (same members, same order). PostgreSQL
     * renames each value of the type (ALTER TYPE … RENAME VALUE); MySQL widens each column of
     * the enum to hold both values, moves its rows with an UPDATE, and narrows it with the
     * {@link AlterColumn} after; SQLite's rebuild of each such table moves them as it copies
     * them. An {@link AlterEnum} follows when other values change too.
     */
    record RelabelEnum(EnumDef from, EnumDef to) implements Change {
        public RelabelEnum {
            if (from.values().size() != to.values().size()) throw new IllegalArgumentException("a relabel keeps the members");
        }

        public Change inverse() { return new RelabelEnum(to, from); }
        public Phase phase() { return Phase.CREATE_ENUM; }
        public String table() { return null; }

        /** Each old stored value that changes → its new one, in the enum's order. */
        public java.util.Map<String, String> labels() {
            var out = new java.util.LinkedHashMap<String, String>();
            for (int i = 0; i < from.values().size(); i++) {
                if (!from.values().get(i).equals(to.values().get(i))) out.put(from.values().get(i), to.values().get(i));
            }
            return out;
        }

        /**
         * The relabel from {@code old} towards {@code neu}, or null: a member known in both by its
         * name whose stored value changes, to a value no member of {@code old} had and from one
         * no member of {@code neu} has, both compared as SC512 compares labels (without case and
         * accents: MySQL's ENUM could not hold both while its rows move). Member names unknown on
         * either side (a snapshot of an earlier release, a database pulled) recognise nothing.
         */
        public static RelabelEnum between(EnumDef old, EnumDef neu) {
            if (old.members() == null || neu.members() == null) return null;
            var oldLabels = new java.util.HashSet<String>();
            old.values().forEach(v -> oldLabels.add(dev.schemac.naming.CaseFold.key(v)));
            var newLabels = new java.util.HashSet<String>();
            neu.values().forEach(v -> newLabels.add(dev.schemac.naming.CaseFold.key(v)));
            var values = new java.util.ArrayList<>(old.values());
            boolean any = false;
            for (int i = 0; i < old.members().size(); i++) {
                int j = neu.members().indexOf(old.members().get(i));
                if (j < 0) continue;
                String a = old.values().get(i);
                String b = neu.values().get(j);
                if (a.equals(b) || oldLabels.contains(dev.schemac.naming.CaseFold.key(b))
                        || newLabels.contains(dev.schemac.naming.CaseFold.key(a))) continue;
                values.set(i, b);
                any = true;
            }
            return any ? new RelabelEnum(old, new EnumDef(old.name(), old.typeName(), old.doc(), values, old.members())) : null;
        }
    }

    /** The values of an enum change (same name and type name). */
    record AlterEnum(EnumDef from, EnumDef to) implements Change {
        public Change inverse() { return new AlterEnum(to, from); }
        public Phase phase() { return Phase.CREATE_ENUM; }
        public String table() { return null; }

        /** Values are only added (anywhere): PostgreSQL's ALTER TYPE … ADD VALUE can do it in place. */
        public boolean onlyAdds() {
            var kept = to.values().stream().filter(from.values()::contains).toList();
            return kept.equals(from.values());
        }
    }

    // --- tables

    /** A new table with its key, uniques, checks and indexes; its foreign keys come as {@link AddForeignKey}. */
    record CreateTable(Table t) implements Change {
        public Change inverse() { return new DropTable(t); }
        public Phase phase() { return Phase.CREATE_TABLE; }
        public String table() { return t.name(); }
    }

    /** Removes a table (named as it was); its foreign keys were dropped before, as {@link DropForeignKey}. */
    record DropTable(Table t) implements Change {
        public Change inverse() { return new CreateTable(t); }
        public Phase phase() { return Phase.DROP_TABLE; }
        public String table() { return t.name(); }
    }

    record RenameTable(String from, String to) implements Change {
        public Change inverse() { return new RenameTable(to, from); }
        public Phase phase() { return Phase.RENAME_TABLE; }
        public String table() { return to; }
    }

    /** The table's own comment. */
    record SetTableComment(String table, String from, String to) implements Change {
        public Change inverse() { return new SetTableComment(table, to, from); }
        public Phase phase() { return Phase.ALTER_COLUMN; }
    }

    // --- columns

    /**
     * {@code first}: added before the indexes go, since a new index a foreign key is to rest on needs it (MySQL
     * refuses to drop the last index a key can use while the new one cannot be made yet).
     */
    record AddColumn(String table, Column column, boolean first) implements Change {
        public AddColumn(String table, Column column) {
            this(table, column, false);
        }

        public Change inverse() { return new DropColumn(table, column); }
        public Phase phase() { return first ? Phase.ADD_INDEX_FIRST : Phase.ADD_COLUMN; }
    }

    /**
     * A column this migration adds to a relation whose referenced key gained it, filled on every row from the referenced
     * table: {@code column} of {@code table} takes {@code fromColumn} of the row of {@code from} whose {@code fromBy} columns
     * hold the row's {@code by} columns, the ones the reference kept (all named as after the migration). It runs after the
     * columns are added and before the column is made required and the reference's check and foreign key are added, so a
     * row that referred to a row still refers to it; a row that referred to none stays NULL. SQLite fills it in the copy
     * of its table's rebuild. Nothing undoes a fill: the down, the diff run back, drops the column, so no down holds
     * one, and {@link #inverse} is the fill itself.
     */
    record FillColumn(String table, String column, String from, String fromColumn, java.util.List<String> by,
                      java.util.List<String> fromBy) implements Change {
        public FillColumn {
            by = java.util.List.copyOf(by);
            fromBy = java.util.List.copyOf(fromBy);
            if (by.size() != fromBy.size() || by.isEmpty()) throw new IllegalArgumentException("a fill joins on pairs of columns");
        }

        public Change inverse() { return this; }
        public Phase phase() { return Phase.FILL_COLUMN; }
    }

    /** Removes a column; runs before the renames, so the table has its old name. */
    record DropColumn(String table, Column column) implements Change {
        public Change inverse() { return new AddColumn(table, column); }
        public Phase phase() { return Phase.DROP_COLUMN; }
    }

    record RenameColumn(String table, String from, String to) implements Change {
        public Change inverse() { return new RenameColumn(table, to, from); }
        public Phase phase() { return Phase.RENAME_COLUMN; }
    }

    /**
     * A column's type, nullability, default, identity, {@code @updated} or comment changes;
     * also emitted with {@code from.equals(to)} for a column whose enum's values change,
     * because MySQL and SQLite spell the values in the column itself.
     */
    record AlterColumn(String table, Column from, Column to) implements Change {
        public Change inverse() { return new AlterColumn(table, to, from); }
        public Phase phase() { return Phase.ALTER_COLUMN; }

        /**
         * Whether only the text type MySQL and MariaDB hold the column in changes ({@code ColumnType#mysqlText}): a
         * history's TEXT widened to the model's type, or narrowed back by its down. SQLite and PostgreSQL have nothing to do.
         * What the column stores is compared, as the diff compares it, never its name or field: a column renamed with it
         * is renamed by a change of its own.
         */
        public boolean mysqlTextOnly() {
            ColumnType a = from.type();
            ColumnType b = to.type();
            return !a.equals(b) && a.sameLogical(b) && from.nullable() == to.nullable()
                    && Objects.equals(from.defaultValue(), to.defaultValue()) && from.autoIncrement() == to.autoIncrement()
                    && from.updatedAt() == to.updatedAt() && Objects.equals(from.comment(), to.comment())
                    && Objects.equals(from.collation(), to.collation());
        }

        /**
         * Whether PostgreSQL changes the column's type for this change ({@code ALTER COLUMN ... TYPE}), among
         * {@code changes}, the migration's: another type, or its enum made anew. The diff's {@link AlterEnum} of an enum
         * starts where its {@link RelabelEnum} (renamed in place) leaves it, so an enum whose values are only relabelled,
         * or only added to after a relabel, keeps its type. The SQL writer and {@code GeneratedThrough} (SC573) both ask
         * this, so what is refused and what is written cannot disagree.
         */
        public boolean retypesOnPostgres(java.util.List<Change> changes) {
            if (!from.type().sameLogical(to.type())) return true;
            if (!to.type().isEnum()) return false;
            String e = to.type().enumName();
            return changes.stream().anyMatch(c -> c instanceof AlterEnum a && a.to().name().equals(e) && !a.onlyAdds());
        }
    }

    // --- keys, constraints and indexes

    record AddPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change inverse() { return new DropPrimaryKey(table, key); }
        public Phase phase() { return Phase.ADD_CONSTRAINT; }
    }

    record DropPrimaryKey(String table, PrimaryKey key) implements Change {
        public Change inverse() { return new AddPrimaryKey(table, key); }
        public Phase phase() { return Phase.DROP_CONSTRAINT; }
    }

    record AddForeignKey(String table, ForeignKey key) implements Change {
        public Change inverse() { return new DropForeignKey(table, key); }
        public Phase phase() { return Phase.ADD_FOREIGN_KEY; }
    }

    record DropForeignKey(String table, ForeignKey key) implements Change {
        public Change inverse() { return new AddForeignKey(table, key); }
        public Phase phase() { return Phase.DROP_FOREIGN_KEY; }
    }

    /** {@code first}: as {@link AddIndex}'s, a unique that takes over from a dropped index a foreign key rests on. */
    record AddUnique(String table, UniqueConstraint unique, boolean first) implements Change {
        public AddUnique(String table, UniqueConstraint unique) {
            this(table, unique, false);
        }

        public Change inverse() { return new DropUnique(table, unique); }
        public Phase phase() { return first ? Phase.ADD_INDEX_FIRST : Phase.ADD_CONSTRAINT; }
    }

    record DropUnique(String table, UniqueConstraint unique) implements Change {
        public Change inverse() { return new AddUnique(table, unique); }
        public Phase phase() { return Phase.DROP_CONSTRAINT; }
    }

    record AddCheck(String table, Check check) implements Change {
        public Change inverse() { return new DropCheck(table, check); }
        public Phase phase() { return Phase.ADD_CONSTRAINT; }
    }

    record DropCheck(String table, Check check) implements Change {
        public Change inverse() { return new AddCheck(table, check); }
        public Phase phase() { return Phase.DROP_CONSTRAINT; }
    }

    /**
     * {@code first}: made before the indexes go, since it takes over from a dropped one a foreign key rests
     * on (MySQL refuses to drop the last index a key can use; dropping the key around it instead would
     * rebuild and revalidate a table's key on every engine for nothing).
     */
    record AddIndex(String table, Index index, boolean first) implements Change {
        public AddIndex(String table, Index index) {
            this(table, index, false);
        }

        public Change inverse() { return new DropIndex(table, index); }
        public Phase phase() { return first ? Phase.ADD_INDEX_FIRST : Phase.ADD_CONSTRAINT; }
    }

    record DropIndex(String table, Index index) implements Change {
        public Change inverse() { return new AddIndex(table, index); }
        public Phase phase() { return Phase.DROP_CONSTRAINT; }
    }

    /**
     * A key, unique, check, index or foreign key whose definition stays and whose name
     * changes (names derive from table and column names, so renames carry them along).
     * {@code from} and {@code to} are the same kind of catalog object.
     */
    record RenameConstraint(String table, Object from, Object to) implements Change {
        public Change inverse() { return new RenameConstraint(table, to, from); }
        public Phase phase() { return Phase.RENAME_CONSTRAINT; }

        public String fromName() { return Constraints.name(from); }

        public String toName() { return Constraints.name(to); }
    }

    // --- @updated triggers

    /** Removes the triggers (and PostgreSQL function) that keep a table's {@code @updated} columns. */
    record DropTrigger(Table t) implements Change {
        public Change inverse() { return new CreateTrigger(t); }
        public Phase phase() { return Phase.DROP_TRIGGER; }
        public String table() { return t.name(); }
    }

    record CreateTrigger(Table t) implements Change {
        public Change inverse() { return new DropTrigger(t); }
        public Phase phase() { return Phase.CREATE_TRIGGER; }
        public String table() { return t.name(); }
    }

    // --- views of an adopted database ({@link View}): a model has none, so only retiring one
    // (migrate --drop-view) drops it, and that migration's down makes it again

    record DropView(View v) implements Change {
        public Change inverse() { return new CreateView(v); }
        public Phase phase() { return Phase.DROP_VIEW; }
        public String table() { return null; }
    }

    record CreateView(View v) implements Change {
        public Change inverse() { return new DropView(v); }
        public Phase phase() { return Phase.CREATE_VIEW; }
        public String table() { return null; }
    }
}
