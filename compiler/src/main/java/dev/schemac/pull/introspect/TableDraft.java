package dev.schemac.pull.introspect;

import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema.ColumnInfo;
import dev.schemac.pull.LiveSchema.TableInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One table as a reader collects it, turned into a Catalog table and its extras at the end. */
final class TableDraft {
    /** A column as read: {@code type} null when schemac has no type for it. */
    record ColumnDraft(String name, ColumnType type, boolean nullable, ColumnDefault defaultValue, boolean autoIncrement,
                       String comment, ColumnInfo info) {}

    final String name;
    String comment;
    final List<ColumnDraft> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final Set<String> updatedColumns = new HashSet<>();
    String updatedTrigger;
    final Set<String> uniqueIndexes = new HashSet<>();
    final List<Leftover> leftovers = new ArrayList<>();
    /** Each unique over the rows where a column IS NULL: the SC970 leftover it is unless that column is the marker. */
    final Map<String, Leftover> filteredUniques = new LinkedHashMap<>();
    /** The table's default collation (MySQL, MariaDB), and its text columns that keep it where generate gives another. */
    String collation;
    final List<String> tableCollated = new ArrayList<>();
    /** Text columns comparing under a collation of their own (on MySQL and MariaDB, not the table's): column → collation. */
    final Map<String, String> ownCollations = new LinkedHashMap<>();

    TableDraft(String name) { this.name = name; }

    void leftover(Leftover.Kind kind, String column, String object, String definition, String reason) {
        leftover(kind, column, object, definition, reason, null);
    }

    void leftover(Leftover.Kind kind, String column, String object, String definition, String reason, Leftover.Shape shape) {
        leftovers.add(new Leftover(kind, name, column, object, definition, reason, shape));
    }

    /** A unique over the rows where one column IS NULL, and the SC970 leftover it is where the lifter finds that column is not the marker. */
    void filteredUnique(UniqueConstraint u, String definition, String reason, Leftover.Shape shape) {
        uniques.add(u);
        filteredUniques.put(u.name(), new Leftover(Leftover.Kind.INDEX, name, null, u.name(), definition, reason, shape));
    }

    ColumnDraft column(String column) {
        for (ColumnDraft c : columns) if (c.name().equals(column)) return c;
        return null;
    }

    /** Column name → type, null for unsupported ones: what check clauses may mention. */
    Map<String, ColumnType> types() {
        var out = new LinkedHashMap<String, ColumnType>();
        for (ColumnDraft c : columns) out.put(c.name(), c.type());
        return out;
    }

    /** Whether every column named has a schemac type. */
    boolean supported(List<String> cols) {
        for (String c : cols) {
            ColumnDraft d = column(c);
            if (d == null || d.type() == null) return false;
        }
        return true;
    }

    Table table() {
        var referenced = new LinkedHashMap<String, String>();
        for (ForeignKey fk : foreignKeys) {
            for (int i = 0; i < fk.columns().size(); i++) referenced.putIfAbsent(fk.columns().get(i), fk.referencedColumns().get(i));
        }
        var cols = new ArrayList<Column>();
        for (ColumnDraft c : columns) {
            if (c.type() == null) continue;
            cols.add(new Column(c.name(), null, c.type(), c.nullable(), c.defaultValue(), c.autoIncrement(),
                    updatedColumns.contains(c.name()), c.comment(), false, false, referenced.get(c.name()), ownCollations.get(c.name())));
        }
        return new Table(name, null, comment, cols, primaryKey, foreignKeys, uniques, indexes, checks, updatedTrigger, null);
    }

    TableInfo info() {
        var order = new ArrayList<String>();
        var infos = new LinkedHashMap<String, ColumnInfo>();
        for (ColumnDraft c : columns) {
            order.add(c.name());
            infos.put(c.name(), c.info());
        }
        return new TableInfo(order, infos, uniqueIndexes, leftovers, filteredUniques);
    }
}
