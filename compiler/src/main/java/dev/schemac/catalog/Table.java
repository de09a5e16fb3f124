package dev.schemac.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table. {@code entity} is null for implicit join tables, which carry {@code join}
 * instead. {@code updatedAtTrigger} names the trigger that keeps {@code @updated} columns
 * current on dialects that need one, or is null. {@code lookup} is derived from the columns
 * and foreign keys, so that targets asking per column or per field do not scan them.
 * {@code kept} is empty but in a migration history that adopted a SQLite database, a MySQL or MariaDB table with a
 * zero date default, or a PostgreSQL, MySQL or MariaDB table with a generated column ({@link KeptSql}).
 */
public record Table(String name, String entity, String doc, List<Column> columns, PrimaryKey primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<Index> indexes,
                    List<Check> checks, String updatedAtTrigger, JoinTable join, List<KeptSql> kept, Lookup lookup) {

    public Table {
        kept = kept == null ? List.of() : List.copyOf(kept);
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        lookup = Lookup.of(columns, foreignKeys);
    }

    /** A table; its {@link Lookup} is built from the columns and foreign keys. */
    public Table(String name, String entity, String doc, List<Column> columns, PrimaryKey primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<Index> indexes,
                 List<Check> checks, String updatedAtTrigger, JoinTable join) {
        this(name, entity, doc, columns, primaryKey, foreignKeys, uniques, indexes, checks, updatedAtTrigger, join, List.of(), null);
    }

    /** This table with what SQLite must make again when it rebuilds the table ({@link KeptSql}). */
    public Table withKept(List<KeptSql> kept) {
        // The same table when nothing changes: a copy rebuilds the lookup, and DDL asks this for every table it writes.
        if ((kept == null ? List.of() : kept).equals(this.kept)) return this;
        return new Table(name, entity, doc, columns, primaryKey, foreignKeys, uniques, indexes, checks, updatedAtTrigger, join, kept,
                null);
    }

    /**
     * What SQLite's rebuilds of this table make again: its {@link #kept} SQL but a MySQL table's zero date default
     * ({@link KeptSql.Place#ZERO_DATE}), which is no SQLite SQL and only asks how a MySQL migration's session runs, and
     * a PostgreSQL, MySQL or MariaDB generated column ({@link KeptSql#generated}), which the engine keeps itself.
     */
    public List<KeptSql> keptSql() {
        return kept.stream().filter(k -> k.place() != KeptSql.Place.ZERO_DATE && !k.generated()).toList();
    }

    /**
     * Whether the table is SQLite STRICT, an option an adopted database's table keeps ({@link KeptSql#strict}):
     * each definition of its columns then declares a type STRICT takes.
     */
    public boolean strict() {
        return kept.stream().anyMatch(KeptSql::strict);
    }

    /** One column definition of CREATE TABLE: a model's column, or one the table keeps as SQL ({@link KeptSql#declaresColumn}). */
    public record Declaration(Column column, KeptSql kept) {}

    /**
     * The column definitions CREATE TABLE writes, in order: the model's columns, each column the table keeps as SQL right
     * after its {@link KeptSql#after} column (before them all for {@code ""}), the rest of them after the model's.
     */
    public List<Declaration> declarations() {
        var out = new java.util.ArrayList<Declaration>();
        var rest = new java.util.ArrayList<Declaration>();
        var placed = new java.util.HashSet<KeptSql>();
        java.util.function.Consumer<String> keptAfter = name -> kept.stream()
                .filter(k -> k.declaresColumn() && name.equals(k.after()) && placed.add(k)).forEach(k -> out.add(new Declaration(null, k)));
        keptAfter.accept("");
        for (Column c : columns) {
            out.add(new Declaration(c, null));
            keptAfter.accept(c.name());
        }
        kept.stream().filter(k -> k.declaresColumn() && !placed.contains(k)).forEach(k -> rest.add(new Declaration(null, k)));
        out.addAll(rest);
        return List.copyOf(out);
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(lookup.columns.get(name));
    }

    public Column requireColumn(String name) {
        return column(name).orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** The columns that store a model field (for a to-one relation field, its foreign key columns). */
    public List<Column> columnsOf(String field) {
        return lookup.fieldColumns.getOrDefault(field, List.of());
    }

    /** The columns the fields make, in the fields' order: a relation's key columns where it stands. */
    public List<String> columnNamesOf(List<String> fields) {
        return fields.stream().flatMap(f -> columnsOf(f).stream()).map(Column::name).toList();
    }

    public Optional<ForeignKey> foreignKeyOf(String field) {
        return Optional.ofNullable(lookup.fieldKeys.get(field));
    }

    public boolean isJoinTable() { return join != null; }

    /**
     * Whether at most one row holds each value of {@code columns}: the primary key or a unique
     * over every row lies within them. A partial unique (live rows only) does not count: deleted
     * rows repeat its values.
     */
    public boolean atMostOneRowPer(List<String> columns) {
        if (columns.containsAll(primaryKey.columns())) return true;
        return uniques.stream().anyMatch(u -> !u.partial() && columns.containsAll(u.columns()));
    }

    /** Whether {@code column} alone is unique over every row: a one-column unique that is not partial (what a diagram marks UK). */
    public boolean uniqueOnItsOwn(String column) {
        return uniques.stream().anyMatch(u -> !u.partial() && u.columns().equals(List.of(column)));
    }

    /**
     * The keys that no one column's mark can say ({@link #uniqueOnItsOwn} is the mark's rule),
     * in order: the primary key when it has several columns, then each unique of several
     * columns or of live rows only. Diagrams list them beside the columns.
     */
    public List<KeyBeyondMarks> keysBeyondMarks() {
        var out = new ArrayList<KeyBeyondMarks>();
        if (primaryKey.columns().size() > 1) out.add(new KeyBeyondMarks(true, primaryKey.columns(), null));
        for (UniqueConstraint u : uniques) {
            if (u.columns().size() > 1 || u.partial()) out.add(new KeyBeyondMarks(false, u.columns(), u.where()));
        }
        return out;
    }

    /** A key of {@link #keysBeyondMarks}: the primary key or a unique; {@code where} null when it holds over every row. */
    public record KeyBeyondMarks(boolean primary, List<String> columns, RowFilter where) {
        public KeyBeyondMarks {
            columns = List.copyOf(columns);
        }

        /** Its columns and the rows it holds among, as a diagram writes them: {@code (a, b)}, {@code (email) where deleted_at is null}. */
        public String extent() {
            return "(" + String.join(", ", columns) + ")" + (where == null ? "" : " where " + where.column() + " is null");
        }
    }

    /** Whether {@code column} is a column of one of the table's foreign keys. */
    public boolean inForeignKey(String column) {
        return foreignKeys.stream().anyMatch(f -> f.columns().contains(column));
    }

    /** The implicit join table of a many-to-many: which relation fields it stores. */
    public record JoinTable(String leftEntity, String leftField, String rightEntity, String rightField) {}

    /** Columns by name, a field's columns and a field's foreign key: always derived, never passed in. */
    public static final class Lookup {
        private final Map<String, Column> columns = new HashMap<>();
        private final Map<String, List<Column>> fieldColumns = new HashMap<>();
        private final Map<String, ForeignKey> fieldKeys = new HashMap<>();

        private Lookup() {}

        static Lookup of(List<Column> columns, List<ForeignKey> foreignKeys) {
            var l = new Lookup();
            for (Column c : columns) {
                l.columns.putIfAbsent(c.name(), c);
                if (c.field() != null) l.fieldColumns.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c);
            }
            l.fieldColumns.replaceAll((k, v) -> List.copyOf(v));
            for (ForeignKey fk : foreignKeys) if (fk.field() != null) l.fieldKeys.putIfAbsent(fk.field(), fk);
            return l;
        }

        // Derived state: two lookups of equal tables are equal, so the table's equality is its content's.
        @Override public boolean equals(Object o) { return o instanceof Lookup; }

        @Override public int hashCode() { return 0; }
    }
}
