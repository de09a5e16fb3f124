package dev.schemac.gen.migrations;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.Change.*;
import dev.schemac.evolve.Renames;
import dev.schemac.model.Dialect;
import dev.schemac.render.python.Py;
import dev.schemac.render.python.SqlName;
import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.MigrationSql.Statement;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An Alembic revision after the first, one branch per dialect. It walks the statements the
 * SQL renderer makes of the change list for that dialect, so Alembic, the SQL migrations
 * and Prisma Migrate apply the same changes in the same order; a change that Alembic has an
 * operation for ({@code op.add_column}, {@code op.drop_column}, {@code op.rename_table},
 * {@code op.alter_column}, {@code op.create_index}, {@code op.create_foreign_key},
 * {@code op.drop_constraint}, SQLite's table rebuilds as {@code op.batch_alter_table}, …) is
 * written as that operation, and the rest (enum changes, constraint renames, the
 * {@code @updated} triggers, column changes that need a USING cast or MySQL's whole column
 * definition) as the renderer's SQL through {@code op.execute}. {@code down_revision} is the previous migration: one head, always.
 */
final class AlembicStep {
    private AlembicStep() {}

    static String render(String title, String revision, String previous, String name, String summary, List<Change> up,
                         List<Change> down, Catalog from, Catalog to, Function<Change, String> notes,
                         Function<Change, String> downNotes, boolean writesMysql) {
        var b = new StringBuilder();
        // Model text reaches the docstring only through Py.docstring, which no text can end early.
        b.append(Py.docstring("", title + ": " + name.replace('_', ' ') + ".\n\n" + summary + "\n\nRevision ID: " + revision
                + "\nRevises: " + previous + "\nCreate Date: " + AlembicRevision.date(revision)));
        boolean escapes = writesMysql && (readsEscapes(up, from, to, notes) || readsEscapes(down, to, from, downNotes));
        if (escapes) b.append(AlembicRevision.ESCAPES_IMPORT);
        b.append("import sqlalchemy as sa\nfrom alembic import op\n");
        var types = new ArrayList<String>();
        for (Catalog c : List.of(from, to)) c.tables().forEach(t -> t.columns().stream()
                .filter(col -> !col.type().isEnum()).forEach(col -> types.add(TypeTable.alembic(col.type()))));
        boolean mysql = types.stream().anyMatch(x -> x.contains("mysql."));
        boolean postgresql = !from.enums().isEmpty() || !to.enums().isEmpty() || types.stream().anyMatch(x -> x.contains("postgresql."));
        if (mysql || postgresql) {
            b.append("from sqlalchemy.dialects import ")
                    .append(mysql && postgresql ? "mysql, postgresql" : mysql ? "mysql" : "postgresql").append('\n');
        }
        b.append("\nrevision = ").append(Py.str(revision)).append("\ndown_revision = ").append(Py.str(previous))
                .append("\nbranch_labels = None\ndepends_on = None\n");
        b.append("""


                def _dialect() -> str:
                    name = op.get_bind().dialect.name
                    return "mysql" if name == "mariadb" else name


                def _sql(*statements: str) -> None:
                    # Each statement's colons are escaped where it is written: text() runs it as it is, with no bind parameters.
                    for sql in statements:
                        op.execute(sa.text(sql))


                def _outside_transaction(*statements: str) -> None:
                    # ALTER TYPE ... ADD VALUE: a new enum value cannot be used in the transaction that adds it.
                    with op.get_context().autocommit_block():
                        _sql(*statements)
                """);
        if (escapes) b.append(AlembicRevision.ESCAPES_HELPER);
        function(b, "upgrade", up, from, to, notes, writesMysql);
        function(b, "downgrade", down, to, from, downNotes, writesMysql);
        return b.toString();
    }

    /** Whether the MySQL statements of the changes read as written only without NO_BACKSLASH_ESCAPES ({@link Sql#readsEscapes}). */
    private static boolean readsEscapes(List<Change> changes, Catalog from, Catalog to, Function<Change, String> notes) {
        return Sql.readsEscapes(Dialect.MYSQL, String.join("\n",
                MigrationSql.statements(Dialect.MYSQL, changes, from, to, notes).stream().map(Statement::sql).toList()));
    }

    /** {@code writesMysql}: whether the SQL history has this migration's MySQL scripts; else MySQL's branch refuses it. */
    private static void function(StringBuilder b, String fn, List<Change> changes, Catalog from, Catalog to,
                                 Function<Change, String> notes, boolean writesMysql) {
        b.append("\n\ndef ").append(fn).append("() -> None:\n    dialect = _dialect()\n");
        String keyword = "if";
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL)) {
            b.append("    ").append(keyword).append(" dialect == ").append(Py.str(PrismaMigration.provider(d))).append(":\n");
            keyword = "elif";
            if (d == Dialect.MYSQL && !writesMysql) {
                b.append("        ").append(AlembicRevision.REFUSE_MYSQL).append('\n');
                continue;
            }
            var body = new StringBuilder();
            List<Statement> all = MigrationSql.statements(d, changes, from, to, notes);
            // As the SQL migration guards its session (Sql.guarded), around all of them.
            boolean escapes = d == Dialect.MYSQL && readsEscapes(changes, from, to, notes);
            var outside = all.stream().filter(Statement::outsideTransaction).map(Statement::sql).toList();
            if (!outside.isEmpty()) call(body, "_outside_transaction", outside);
            var inside = all.stream().filter(s -> !s.outsideTransaction()).toList();
            var pending = new ArrayList<String>(); // SQL of consecutive changes without an operation: one _sql call
            for (int i = 0; i < inside.size(); ) {
                Statement s = inside.get(i);
                int j = i + 1;
                while (j < inside.size() && s.source() != null && inside.get(j).source() == s.source()) j++;
                while (j < inside.size() && s.rebuilt() != null && s.rebuilt().equals(inside.get(j).rebuilt())) j++;
                var group = inside.subList(i, j);
                // A rebuild that makes again what an adopted database has outside the model runs the renderer's own
                // SQL: Alembic's batch declares the model's table only.
                String op = s.source() != null ? operation(d, s.source(), to)
                        : s.rebuilt() != null && to.table(s.rebuilt()).map(t -> t.keptSql().isEmpty() && t.columns().stream().allMatch(c -> c.collation() == null)).orElse(true)
                        && !movesEnumRows(s.rebuilt(), changes, from) && !fills(s.rebuilt(), changes) ? batch(s.rebuilt(), changes, to) : null;
                if (op == null) {
                    group.forEach(x -> pending.add(x.note() == null ? x.sql() : "-- Destructive: " + x.note().replace("\n", " ") + "\n" + x.sql()));
                } else {
                    if (!pending.isEmpty()) call(body, "_sql", pending);
                    pending.clear();
                    if (s.note() != null) body.append("        # Destructive: ").append(s.note().replace("\n", " ")).append('\n');
                    body.append("        ").append(op.replace("\n", "\n        ")).append('\n');
                }
                i = j;
            }
            if (!pending.isEmpty()) call(body, "_sql", pending);
            // SQLite: the connection Alembic uses enforces no foreign keys, so only the final check is added.
            if (d == Dialect.SQLITE && !inside.isEmpty()) call(body, "_sql", MigrationSql.sqliteForeignKeyCheck(to).stream().filter(x -> !x.startsWith("--")).toList());
            b.append(body.length() == 0 ? "        pass\n" : escapes ? AlembicRevision.escapesGuarded(body.toString(), 8) : body);
        }
    }

    /**
     * Whether the rebuild of {@code table} moves the rows of an enum whose stored values change
     * ({@link RelabelEnum}): Alembic's batch copies each column as it is, so the renderer's SQL,
     * whose copy replaces the values, runs instead.
     */
    private static boolean movesEnumRows(String table, List<Change> changes, Catalog from) {
        var relabelled = new java.util.HashSet<String>();
        for (Change c : changes) if (c instanceof RelabelEnum r) relabelled.add(r.from().name());
        if (relabelled.isEmpty()) return false;
        String old = Renames.tables(changes).entrySet().stream().filter(e -> e.getValue().equals(table)).map(java.util.Map.Entry::getKey)
                .findFirst().orElse(table);
        return from.table(old).map(t -> t.columns().stream().anyMatch(c -> relabelled.contains(c.type().enumName()))).orElse(false);
    }

    /**
     * Whether the rebuild of {@code table} fills a column it adds from another table ({@link FillColumn}): Alembic's batch
     * adds it empty, so the renderer's SQL, whose copy fills it, runs instead.
     */
    private static boolean fills(String table, List<Change> changes) {
        return changes.stream().anyMatch(c -> c instanceof FillColumn f && f.table().equals(table));
    }

    private static void call(StringBuilder b, String fn, List<String> statements) {
        b.append("        ").append(fn).append("(\n");
        for (String s : statements) b.append("            ").append(Py.statement(s)).append(",\n");
        b.append("        )\n");
    }

    /**
     * The change as Alembic's own operation on this dialect, or null where Alembic has none
     * that gives what the SQL renderer gives (the SQL is run instead).
     */
    static String operation(Dialect d, Change c, Catalog to) {
        boolean sqlite = d == Dialect.SQLITE;
        if (c instanceof CreateTable t) {
            // SQLite declares the new table's foreign keys inline: it cannot add them later.
            Table made = sqlite ? to.table(t.t().name()).orElse(t.t()) : t.t();
            // Alembic's create_table would leave out what an adopted table keeps outside the model.
            return Sql.makesKept(d, made) ? null : createTable(d, made, to);
        }
        if (c instanceof RenameTable r) return "op.rename_table(" + SqlName.of(r.from()) + ", " + SqlName.of(r.to()) + ")";
        if (c instanceof DropTable t) return "op.drop_table(" + SqlName.of(t.t().name()) + ")";
        if (c instanceof AddColumn a) {
            Column col = a.column();
            if (col.type().isEnum() || col.autoIncrement()) return null;
            // A STRICT table takes the type the SQL renderer declares there, not the model's that Alembic would.
            if (sqlite && to.table(a.table()).map(Table::strict).orElse(false)) return null;
            var b = new StringBuilder("op.add_column(" + SqlName.of(a.table()) + ", " + column(d, col) + ")");
            for (String s : to.table(a.table()).map(t -> Sql.redefinedForOnUpdate(d, t, col, to)).orElse(List.of())) {
                b.append("\nop.execute(").append(Py.statement(s)).append(")");
            }
            return b.toString();
        }
        if (c instanceof DropColumn a) return "op.drop_column(" + SqlName.of(a.table()) + ", " + SqlName.of(a.column().name()) + ")";
        if (c instanceof RenameColumn r && d != Dialect.MYSQL) {
            // MySQL: Alembic renames with CHANGE COLUMN and the whole definition; RENAME COLUMN is run instead.
            return "op.alter_column(" + SqlName.of(r.table()) + ", " + SqlName.of(r.from()) + ", new_column_name="
                    + SqlName.of(r.to()) + ")";
        }
        if (c instanceof AlterColumn a && d == Dialect.POSTGRES) return alterColumn(a);
        if (c instanceof AddIndex i) {
            return "op.create_index(" + SqlName.of(i.index().name()) + ", " + SqlName.of(i.table()) + ", " + SqlName.list(i.index().columns()) + ")";
        }
        if (c instanceof DropIndex i) return "op.drop_index(" + SqlName.of(i.index().name()) + ", table_name=" + SqlName.of(i.table()) + ")";
        // A partial unique is an index of its own where the dialect has partial indexes, as the SQL renderer writes it.
        if (c instanceof AddUnique u && separate(d, u.unique())) return partialUnique(d, u.table(), u.unique());
        if (c instanceof DropUnique u && separate(d, u.unique())) {
            return "op.drop_index(" + SqlName.of(u.unique().name()) + ", table_name=" + SqlName.of(u.table()) + ")";
        }
        if (sqlite) return null; // SQLite changes constraints by rebuilding the table
        if (c instanceof AddUnique u) {
            return "op.create_unique_constraint(" + SqlName.of(u.unique().name()) + ", " + SqlName.of(u.table()) + ", "
                    + SqlName.list(u.unique().columns()) + ")";
        }
        if (c instanceof DropUnique u) {
            return "op.drop_constraint(" + SqlName.of(u.unique().name()) + ", " + SqlName.of(u.table()) + ", type_=\"unique\")";
        }
        if (c instanceof AddForeignKey f) {
            ForeignKey fk = f.key();
            return "op.create_foreign_key(" + SqlName.of(fk.name()) + ", " + SqlName.of(f.table()) + ", " + SqlName.of(fk.referencedTable())
                    + ", " + SqlName.list(fk.columns()) + ", " + SqlName.list(fk.referencedColumns()) + AlembicRevision.actions(fk) + ")";
        }
        if (c instanceof DropForeignKey f) {
            return "op.drop_constraint(" + SqlName.of(f.key().name()) + ", " + SqlName.of(f.table()) + ", type_=\"foreignkey\")";
        }
        // MySQL and MariaDB spell a check's drop differently, and Alembic writes MySQL's for both: the SQL is run.
        Table checked = c instanceof AddCheck k ? to.table(k.table()).orElse(null) : null;
        if (c instanceof AddCheck k && d == Dialect.POSTGRES && Sql.check(d, checked, k.check()) != null) {
            return "op.create_check_constraint(" + SqlName.of(k.check().name()) + ", " + SqlName.of(k.table()) + ", sa.text("
                    + Py.sqlText(Sql.check(d, checked, k.check())) + "))";
        }
        if (c instanceof DropCheck k && d == Dialect.POSTGRES && Sql.check(d, null, k.check()) != null) {
            return "op.drop_constraint(" + SqlName.of(k.check().name()) + ", " + SqlName.of(k.table()) + ", type_=\"check\")";
        }
        return null;
    }

    /**
     * {@code op.create_table} with the table's key, uniques, foreign keys (given here only on
     * SQLite), this dialect's checks and comments, then {@code op.create_index}; the same
     * construction as the initial revision, for one dialect.
     */
    private static String createTable(Dialect d, Table t, Catalog catalog) {
        var args = new ArrayList<String>();
        args.add(SqlName.of(t.name()));
        for (Column c : t.columns()) args.add(column(d, t, c, catalog));
        args.add("sa.PrimaryKeyConstraint(" + String.join(", ", t.primaryKey().columns().stream().map(SqlName::of).toList())
                + ", name=" + SqlName.of(t.primaryKey().name()) + ")");
        for (UniqueConstraint u : t.uniques()) {
            if (separate(d, u)) continue; // an index of its own, created after the table
            args.add("sa.UniqueConstraint(" + String.join(", ", u.columns().stream().map(SqlName::of).toList()) + ", name="
                    + SqlName.of(u.name()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            args.add("sa.ForeignKeyConstraint(" + SqlName.list(fk.columns()) + ", " + AlembicRevision.referenced(fk) + ", name="
                    + SqlName.of(fk.name()) + AlembicRevision.actions(fk) + ")");
        }
        for (Check k : t.checks()) {
            String sql = Sql.check(d, t, k);
            if (sql != null) args.add("sa.CheckConstraint(" + Py.sqlText(sql) + ", name=" + SqlName.of(k.name()) + ")");
        }
        if (t.doc() != null) args.add("comment=" + Py.str(t.doc()));
        if (d == Dialect.SQLITE && t.columns().stream().anyMatch(Column::autoIncrement)) args.add("sqlite_autoincrement=True");
        if (d == Dialect.MYSQL) args.add(String.join(", ", AlembicRevision.mysqlTableOptions()));
        var b = new StringBuilder("op.create_table(\n");
        for (String a : args) b.append("    ").append(a).append(",\n");
        b.append(")");
        for (Column c : t.columns()) {
            for (String s : Sql.redefinedForOnUpdate(d, t, c, catalog)) b.append("\nop.execute(").append(Py.statement(s)).append(")");
        }
        for (UniqueConstraint u : t.uniques()) if (separate(d, u)) b.append('\n').append(partialUnique(d, t.name(), u));
        for (Index i : t.indexes()) {
            b.append("\nop.create_index(").append(SqlName.of(i.name())).append(", ").append(SqlName.of(t.name())).append(", ")
                    .append(SqlName.list(i.columns())).append(")");
        }
        return b.toString();
    }

    /**
     * SQLite's rebuild of a table as {@code op.batch_alter_table}: {@code copy_from} is the
     * table as it is when the rebuild runs, kept columns under the names they have then (the
     * copy reads them) with their new definitions; the batch renames them, adds the new
     * columns, and declares the key, uniques, checks, foreign keys and indexes of the new
     * table. Alembic's batch mode refers to a renamed column by its name before the batch,
     * so the constraints name kept columns that way. Alembic then creates the new table,
     * copies the rows, drops the old one, renames the new one and creates the indexes: the
     * same procedure as the SQL migration's.
     */
    static String batch(String table, List<Change> changes, Catalog to) {
        Table t = to.table(table).orElseThrow();
        var added = new java.util.HashSet<String>();
        for (Change c : changes) if (c instanceof AddColumn a && a.table().equals(table)) added.add(a.column().name());
        var before = new java.util.HashMap<String, String>(); // name after the migration → name when the batch runs
        Renames.columns(changes, table).forEach((b, a) -> before.put(a, b));
        java.util.function.UnaryOperator<String> key = n -> added.contains(n) ? n : before.getOrDefault(n, n);
        java.util.function.Function<List<String>, String> keys = cols -> SqlName.list(cols.stream().map(key).toList());
        var copy = new ArrayList<String>();
        copy.add(SqlName.of(table));
        copy.add("sa.MetaData()");
        for (Column c : t.columns()) if (!added.contains(c.name())) copy.add(column(Dialect.SQLITE, t, c, to, key.apply(c.name())));
        if (t.columns().stream().anyMatch(Column::autoIncrement)) copy.add("sqlite_autoincrement=True");
        var b = new StringBuilder("with op.batch_alter_table(").append(SqlName.of(table)).append(", recreate=\"always\", copy_from=sa.Table(\n");
        for (String a : copy) b.append("    ").append(a).append(",\n");
        b.append(")) as batch_op:");
        for (Column c : t.columns()) {
            String k = key.apply(c.name());
            if (!added.contains(c.name()) && !k.equals(c.name())) {
                b.append("\n    batch_op.alter_column(").append(SqlName.of(k)).append(", new_column_name=").append(SqlName.of(c.name())).append(")");
            }
        }
        for (Column c : t.columns()) {
            if (added.contains(c.name())) b.append("\n    batch_op.add_column(").append(column(Dialect.SQLITE, t, c, to, c.name())).append(")");
        }
        b.append("\n    batch_op.create_primary_key(").append(SqlName.of(t.primaryKey().name())).append(", ")
                .append(keys.apply(t.primaryKey().columns())).append(")");
        for (UniqueConstraint u : t.uniques()) {
            if (separate(Dialect.SQLITE, u)) continue; // the SQL renderer creates it as an index after the rebuild
            b.append("\n    batch_op.create_unique_constraint(").append(SqlName.of(u.name())).append(", ").append(keys.apply(u.columns())).append(")");
        }
        for (Check k : t.checks()) {
            String sql = Sql.check(Dialect.SQLITE, t, k);
            if (sql != null) {
                b.append("\n    batch_op.create_check_constraint(").append(SqlName.of(k.name())).append(", sa.text(").append(Py.sqlText(sql)).append("))");
            }
        }
        for (ForeignKey fk : t.foreignKeys()) {
            b.append("\n    batch_op.create_foreign_key(").append(SqlName.of(fk.name())).append(", ").append(SqlName.of(fk.referencedTable()))
                    .append(", ").append(keys.apply(fk.columns())).append(", ").append(SqlName.list(fk.referencedColumns()))
                    .append(AlembicRevision.actions(fk)).append(")");
        }
        for (Index i : t.indexes()) {
            b.append("\n    batch_op.create_index(").append(SqlName.of(i.name())).append(", ").append(keys.apply(i.columns())).append(")");
        }
        return b.toString();
    }

    /**
     * Whether a unique is an index of its own on this dialect: a partial unique where the
     * dialect has partial indexes (MySQL keeps it as a constraint over every row), as the SQL
     * renderer and the initial revision write it.
     */
    private static boolean separate(Dialect d, UniqueConstraint u) {
        return u.partial() && Sql.partialIndexes(d);
    }

    /** {@code op.create_index(..., unique=True, <dialect>_where=...)}: a unique among the rows of its filter. */
    private static String partialUnique(Dialect d, String table, UniqueConstraint u) {
        return "op.create_index(" + SqlName.of(u.name()) + ", " + SqlName.of(table) + ", " + SqlName.list(u.columns())
                + ", unique=True, " + PrismaMigration.provider(d) + "_where=sa.text(" + Py.sqlText(Sql.rowFilter(d, u.where())) + "))";
    }

    /** A column of a new table: identity and the key's autoincrement as the initial revision writes them. */
    private static String column(Dialect d, Table t, Column c, Catalog catalog) {
        return column(d, t, c, catalog, c.name());
    }

    private static String column(Dialect d, Table t, Column c, Catalog catalog, String name) {
        String type = c.type().isEnum() ? AlembicRevision.enumType(catalog.enumDef(c.type().enumName()).orElseThrow())
                : TypeTable.alembic(c.type());
        if (c.autoIncrement() && d == Dialect.SQLITE) type = "sa.Integer()"; // AUTOINCREMENT exists only on INTEGER
        var b = new StringBuilder("sa.Column(").append(SqlName.of(name)).append(", ").append(type);
        if (c.autoIncrement() && d == Dialect.POSTGRES) b.append(", sa.Identity()");
        b.append(", nullable=").append(c.nullable() ? "True" : "False");
        if (c.autoIncrement()) b.append(", autoincrement=True");
        else if (t.primaryKey().columns().contains(c.name())) b.append(", autoincrement=False");
        String def = Sql.serverDefault(d, c);
        if (def != null) b.append(", server_default=sa.text(").append(Py.sqlText(def)).append(")");
        if (c.comment() != null) b.append(", comment=").append(Py.str(c.comment()));
        return b.append(")").toString();
    }

    /** A new column as {@code sa.Column}, its server default this dialect's spelling from the SQL renderer. */
    private static String column(Dialect d, Column c) {
        var b = new StringBuilder("sa.Column(").append(SqlName.of(c.name())).append(", ").append(TypeTable.alembic(c.type()))
                .append(", nullable=").append(c.nullable() ? "True" : "False");
        String def = Sql.serverDefault(d, c);
        if (def != null) b.append(", server_default=sa.text(").append(Py.sqlText(def)).append(")");
        if (c.comment() != null) b.append(", comment=").append(Py.str(c.comment()));
        return b.append(")").toString();
    }

    /**
     * PostgreSQL: nullability, default and comment through {@code op.alter_column}; a type or
     * identity change (a USING cast, GENERATED … AS IDENTITY) is the renderer's SQL.
     */
    private static String alterColumn(AlterColumn a) {
        Column o = a.from();
        Column n = a.to();
        if (!Objects.equals(o.type(), n.type()) || o.autoIncrement() != n.autoIncrement() || o.equals(n)) return null;
        if (n.type().isEnum()) return null; // the enum's values changed: the column is retyped
        var args = new ArrayList<String>();
        args.add(SqlName.of(a.table()));
        args.add(SqlName.of(n.name()));
        args.add("existing_type=" + TypeTable.alembic(n.type()));
        if (o.nullable() != n.nullable()) args.add("nullable=" + (n.nullable() ? "True" : "False"));
        else args.add("existing_nullable=" + (n.nullable() ? "True" : "False"));
        String od = Sql.defaultValue(Dialect.POSTGRES, o);
        String nd = Sql.defaultValue(Dialect.POSTGRES, n);
        if (!Objects.equals(od, nd)) args.add("server_default=" + (nd == null ? "None" : "sa.text(" + Py.sqlText(nd) + ")"));
        if (!Objects.equals(o.comment(), n.comment())) {
            args.add("comment=" + (n.comment() == null ? "None" : Py.str(n.comment())));
            args.add("existing_comment=" + (o.comment() == null ? "None" : Py.str(o.comment())));
        }
        if (args.size() == 4 && o.nullable() == n.nullable()) return null; // nothing Alembic would say (e.g. only @updated)
        return "op.alter_column(" + String.join(", ", args) + ")";
    }
}
