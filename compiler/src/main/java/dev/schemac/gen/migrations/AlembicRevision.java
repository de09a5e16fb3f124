package dev.schemac.gen.migrations;

import dev.schemac.render.python.Py;
import dev.schemac.render.python.SqlName;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.catalog.View;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The initial Alembic revision, written with {@code op.create_table} and
 * {@code op.create_index} so that one file runs on SQLite, PostgreSQL and MySQL. Where the
 * dialects spell a default or a check differently, the revision carries all spellings
 * (from the SQL renderer) and picks by the connection's dialect, so it agrees with the DDL
 * targets by construction.
 */
final class AlembicRevision {
    private final Model model;
    private final Catalog catalog;
    private final String timestamp;
    /** The docstring's first words: what this first revision is. */
    private final String heading;

    /** Whether the history has MySQL scripts for this model ({@link Sql#writes}): else the revision refuses MySQL. */
    private final boolean writesMysql;

    AlembicRevision(Model model, Catalog catalog, String timestamp, String heading, boolean writesMysql) {
        this.writesMysql = writesMysql;
        this.model = model;
        this.catalog = catalog;
        this.timestamp = timestamp;
        this.heading = heading;
    }

    /**
     * What a revision runs on MySQL when the SQL history has no MySQL script from it on (a MySQL limit,
     * warned of): it stops before any statement, since MySQL's DDL is not transactional and a revision
     * stopped half way leaves the database between two revisions. The first revision and every later
     * one ({@link AlembicStep}) say it alike.
     */
    static final String REFUSE_MYSQL = "raise RuntimeError(" + Py.str("MySQL cannot hold this model as it is (schemac's "
            + "warnings for MySQL say why): this history has no MySQL migrations from this revision on") + ")";

    /**
     * A revision whose MySQL statements hold a backslash in a string literal ({@link Sql#readsEscapes}) writes it as an
     * escape, as the SQL scripts do, which a session whose sql_mode has NO_BACKSLASH_ESCAPES would read as the
     * backslash itself: so it turns that mode off around its MySQL statements, as the SQL scripts do
     * ({@link Sql#guarded}). SQLAlchemy writes its own literals (comments, enum labels) by the sql_mode its engine's
     * Dialect read on first connecting, a flag every pooled connection shares, so it is told the guarded session's
     * inside and given its own back after. Both come back in {@code finally}: a statement that fails in between would
     * otherwise leave this session without NO_BACKSLASH_ESCAPES and the engine's other connections, which have it,
     * writing doubled backslashes. Offline ({@code alembic upgrade head --sql}) there is no session to read, so the
     * printed SQL has the guard's statements and SQLAlchemy keeps its default, which reads escapes, as the guarded
     * session does.
     */
    static final String ESCAPES_HELPER = """


            @contextlib.contextmanager
            def _mysql_backslash_escapes() -> Iterator[None]:
                # Backslash escapes in string literals are read as escapes, whatever the server's sql_mode (given back after).
                if _dialect() != "mysql":
                    yield
                    return
                # Offline (--sql) there is no session to read: SQLAlchemy's literals then read escapes, as the printed guard has them.
                dialect: Any = None if op.get_context().as_sql else op.get_bind().dialect
                before = None if dialect is None else dialect._backslash_escapes
            %s
                try:
                    if dialect is not None:
                        # SQLAlchemy writes its own literals (comments, enum labels) by the sql_mode it read on connecting: now the session's.
                        dialect._backslash_escapes = "NO_BACKSLASH_ESCAPES" not in str(op.get_bind().execute(sa.text("SELECT @@SESSION.sql_mode")).scalar())
                    yield
                finally:
                    if dialect is not None:
                        dialect._backslash_escapes = before
            %s
            """.formatted(
            String.join("\n", Sql.mysqlEscapesOn().stream().map(x -> "    op.execute(sa.text(" + Py.statement(x) + "))").toList()),
            "        op.execute(sa.text(" + Py.statement(Sql.mysqlEscapesBack()) + "))");

    /** The imports {@link #ESCAPES_HELPER} needs, before the revision's others. */
    static final String ESCAPES_IMPORT = "import contextlib\nfrom collections.abc import Iterator\nfrom typing import Any\n\n";

    /** {@code body}, statements of a function at {@code indent} spaces, run inside {@link #ESCAPES_HELPER}'s guard. */
    static String escapesGuarded(String body, int indent) {
        String pad = " ".repeat(indent);
        // Every line of the body is one statement or part of one (a literal never spans lines), so indenting is safe.
        return pad + "with _mysql_backslash_escapes():\n" + body.replaceAll("(?m)^(?=.)", "    ");
    }

    /**
     * The views of an adopted database (only a baseline's catalog has any), on the database they
     * were read from: made after the tables, each after those it reads, or dropped before them.
     */
    private void views(StringBuilder b, boolean create) {
        for (Dialect d : Dialect.values()) {
            var views = View.inDependencyOrder(catalog.views().stream().filter(v -> v.dialect() == d).toList());
            if (views.isEmpty()) continue;
            if (!create) {
                views = new ArrayList<>(views);
                java.util.Collections.reverse(views);
            }
            b.append("    if _dialect() == ").append(Py.str(PrismaMigration.provider(d))).append(":\n");
            for (View v : views) {
                b.append("        op.execute(sa.text(").append(Py.statement(create ? Sql.createView(v) : Sql.dropView(d, v)))
                        .append("))\n");
            }
        }
    }

    String render() {
        var b = new StringBuilder();
        b.append(Py.docstring("", heading + ": "
                + String.join(", ", catalog.tables().stream().map(Table::name).toList()) + ".\n\n"
                + "Revision ID: " + timestamp + "\nRevises:\nCreate Date: " + date() + "\n"));
        // Where the SQL script guards its session, the revision guards its MySQL session alike.
        boolean escapes = writesMysql && Sql.readsEscapes(Dialect.MYSQL, Sql.create(Dialect.MYSQL, catalog, model.settings().name()));
        if (escapes) b.append(ESCAPES_IMPORT);
        b.append("import sqlalchemy as sa\nfrom alembic import op\n");
        var types = catalog.tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> !c.type().isEnum()).map(c -> TypeTable.alembic(c.type())).toList();
        boolean mysqlTypes = types.stream().anyMatch(x -> x.contains("mysql."));
        boolean postgresql = !catalog.enums().isEmpty() || types.stream().anyMatch(x -> x.contains("postgresql."));
        if (mysqlTypes || postgresql) {
            b.append("from sqlalchemy.dialects import ")
                    .append(mysqlTypes && postgresql ? "mysql, postgresql" : mysqlTypes ? "mysql" : "postgresql").append('\n');
        }
        b.append("\nrevision = ").append(Py.str(timestamp)).append("\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n");
        for (EnumDef e : catalog.enums()) {
            // Types are created once up front: create_table would try to create a shared enum type again.
            b.append(enumVar(e)).append(" = ").append(enumType(e)).append('\n');
        }
        b.append("""


                def _dialect() -> str:
                    name = op.get_bind().dialect.name
                    return "mysql" if name == "mariadb" else name


                def _pick(sqlite: str | None, postgresql: str | None, mysql: str | None) -> str | None:
                    return {"sqlite": sqlite, "postgresql": postgresql, "mysql": mysql}[_dialect()]


                def _checks(*checks: tuple[str, str | None]) -> list[sa.CheckConstraint]:
                    return [sa.CheckConstraint(sql, name=name) for name, sql in checks if sql is not None]
                """);
        if (escapes) b.append(ESCAPES_HELPER);
        b.append("\n\ndef upgrade() -> None:\n");
        if (!writesMysql) b.append("    if _dialect() == \"mysql\":\n        ").append(REFUSE_MYSQL).append('\n');
        int guarded = b.length();
        if (!catalog.enums().isEmpty()) {
            b.append("    if _dialect() == \"postgresql\":\n");
            for (EnumDef e : catalog.enums()) b.append("        ").append(enumVar(e)).append(".create(op.get_bind(), checkfirst=True)\n");
        }
        boolean forward = catalog.tables().stream().flatMap(t -> t.foreignKeys().stream()).anyMatch(ForeignKey::forward);
        if (forward) {
            // SQLite cannot add a foreign key later, but it accepts one to a table that does not exist yet.
            b.append("    inline_cycle_keys = _dialect() == \"sqlite\"\n");
        }
        // The CREATE INDEX after a CREATE TABLE is an ALTER of that table to MySQL (MigrationSql.MYSQL_ZERO_DATES_WHY).
        MigrationSql.ZeroDates zeroDateModes = writesMysql ? MigrationSql.zeroDates(catalog) : null;
        boolean zeroDates = zeroDateModes != null;
        if (zeroDates) zeroDates(b, zeroDateModes);
        for (Table t : catalog.tables()) b.append(createTable(t));
        if (forward) {
            b.append("    if not inline_cycle_keys:\n");
            for (Table t : catalog.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (!fk.forward()) continue;
                    b.append("        op.create_foreign_key(").append(SqlName.of(fk.name())).append(", ").append(SqlName.of(t.name()))
                            .append(", ").append(SqlName.of(fk.referencedTable())).append(", ").append(SqlName.list(fk.columns()))
                            .append(", ").append(SqlName.list(fk.referencedColumns())).append(actions(fk)).append(")\n");
                }
            }
        }
        views(b, true);
        if (zeroDates) zeroDates(b, null);
        if (escapes) {
            String body = b.substring(guarded);
            b.setLength(guarded);
            b.append(escapesGuarded(body, 4));
        }
        // The downgrade drops what the upgrade made, and writes no literal.
        b.append("\n\ndef downgrade() -> None:\n");
        views(b, false);
        if (forward) {
            if (zeroDates) zeroDates(b, zeroDateModes);
            b.append("    if _dialect() != \"sqlite\":\n");
            for (Table t : catalog.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (!fk.forward()) continue;
                    b.append("        op.drop_constraint(").append(SqlName.of(fk.name())).append(", ").append(SqlName.of(t.name()))
                            .append(", type_=\"foreignkey\")\n");
                }
            }
            if (zeroDates) zeroDates(b, null);
        }
        // No drop_index before drop_table: on MySQL an index that backs a foreign key cannot be dropped first.
        var tables = new ArrayList<>(catalog.tables());
        java.util.Collections.reverse(tables);
        for (Table t : tables) b.append("    op.drop_table(").append(SqlName.of(t.name())).append(")\n");
        var functions = tables.stream().filter(t -> t.updatedAtTrigger() != null).toList();
        if (!functions.isEmpty() || !catalog.enums().isEmpty()) {
            // PostgreSQL keeps trigger functions and enum types after their tables are dropped.
            b.append("    if _dialect() == \"postgresql\":\n");
            for (Table t : functions) {
                for (String fn : Sql.updatedFunctionNames(t, catalog)) {
                    b.append("        op.execute(").append(Py.statement("DROP FUNCTION IF EXISTS " + Sql.id(Dialect.POSTGRES, fn) + "()"))
                            .append(")\n");
                }
            }
            var enums = new ArrayList<>(catalog.enums());
            java.util.Collections.reverse(enums);
            for (EnumDef e : enums) b.append("        ").append(enumVar(e)).append(".drop(op.get_bind(), checkfirst=True)\n");
        }
        return b.toString();
    }

    /** On MySQL only: the zero date modes off as {@code modes} says ({@link MigrationSql#zeroDates}), or (null) the session's sql_mode back. */
    private static void zeroDates(StringBuilder b, MigrationSql.ZeroDates modes) {
        boolean off = modes != null;
        b.append("    if _dialect() == \"mysql\":\n");
        if (off) b.append("        # ").append(modes.why()).append('\n');
        for (String s : off ? modes.off() : List.of(MigrationSql.MYSQL_SQL_MODE_BACK)) {
            b.append("        op.execute(").append(Py.statement(s)).append(")\n");
        }
    }

    private String date() {
        return date(timestamp);
    }

    static String date(String t) {
        return t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6, 8) + " " + t.substring(8, 10) + ":"
                + t.substring(10, 12) + ":" + t.substring(12, 14) + " (the --timestamp option)";
    }

    /** The enum as a type that never creates itself: PostgreSQL's is created once, by name; elsewhere the column spells it. */
    static String enumType(EnumDef e) {
        return "postgresql.ENUM(" + String.join(", ", e.values().stream().map(Py::str).toList()) + ", name="
                + (SqlName.forcesQuotesAsType(e.typeName()) ? SqlName.quoted(Py.str(e.typeName())) : Py.str(e.typeName()))
                + ", create_type=False)";
    }

    /**
     * The module-level name of an enum type: its type name in capitals, with anything that
     * is not an ASCII letter or digit as {@code _}, and a suffix when two types would meet.
     */
    private String enumVar(EnumDef e) {
        if (enumVars.isEmpty()) {
            var taken = new java.util.HashSet<String>();
            for (EnumDef x : catalog.enums()) {
                String base = x.typeName().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_") + "_ENUM";
                String name = base;
                for (int i = 2; !taken.add(name); i++) name = base + "_" + i;
                enumVars.put(x.typeName(), Py.identifier(name));
            }
        }
        return enumVars.get(e.typeName());
    }

    private final java.util.Map<String, String> enumVars = new java.util.HashMap<>();

    /**
     * An adopted SQLite table that keeps what the model cannot say ({@link Sql#makesKept}) is made there by the SQL
     * renderer's statements, with it, which op.create_table could not; every other dialect creates it as any table.
     */
    private String createTable(Table t) {
        String created = createTableByAlembic(t);
        if (!Sql.makesKept(Dialect.SQLITE, t)) return created;
        var b = new StringBuilder("    if _dialect() == \"sqlite\":\n");
        for (String s : Sql.tableStatements(Dialect.SQLITE, t, catalog)) b.append("        op.execute(").append(Py.statement(s)).append(")\n");
        b.append("    else:\n");
        created.lines().forEach(l -> b.append(l.isEmpty() ? "" : "    " + l).append('\n'));
        return b.toString();
    }

    private String createTableByAlembic(Table t) {
        var args = new ArrayList<String>();
        args.add(SqlName.of(t.name()));
        for (Column c : t.columns()) args.add(column(t, c));
        var pk = t.primaryKey();
        args.add("sa.PrimaryKeyConstraint(" + String.join(", ", pk.columns().stream().map(SqlName::of).toList())
                + ", name=" + SqlName.of(pk.name()) + ")");
        for (UniqueConstraint u : t.uniques()) {
            if (u.partial()) continue; // an index of its own, created after the table
            args.add("sa.UniqueConstraint(" + String.join(", ", u.columns().stream().map(SqlName::of).toList())
                    + ", name=" + SqlName.of(u.name()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            String s = "sa.ForeignKeyConstraint(" + SqlName.list(fk.columns()) + ", " + referenced(fk)
                    + ", name=" + SqlName.of(fk.name()) + actions(fk) + ")";
            args.add(fk.forward() ? "*([" + s + "] if inline_cycle_keys else [])" : s);
        }
        if (!t.checks().isEmpty()) {
            var checks = new ArrayList<String>();
            for (Check c : t.checks()) checks.add("(" + Py.str(c.name()) + ", " + perDialect(d -> Sql.check(d, t, c)) + ")");
            args.add("*_checks(\n            " + String.join(",\n            ", checks) + ",\n        )");
        }
        if (t.doc() != null) args.add("comment=" + Py.str(t.doc()));
        if (t.columns().stream().anyMatch(Column::autoIncrement)) args.add("sqlite_autoincrement=True");
        // On every dialect: MySQL's are ignored by the others, as SQLite's is.
        args.addAll(mysqlTableOptions());
        var b = new StringBuilder("    op.create_table(\n");
        for (String a : args) b.append("        ").append(a).append(",\n");
        b.append("    )\n");
        for (UniqueConstraint u : t.uniques()) {
            if (!u.partial()) continue;
            // Unique among the rows of the filter where the dialect has partial indexes (SQLAlchemy ignores
            // the other dialects' *_where), over every row on MySQL: as the DDL and the SQLModel classes say.
            b.append("    op.create_index(").append(SqlName.of(u.name())).append(", ").append(SqlName.of(t.name())).append(", ")
                    .append(SqlName.list(u.columns())).append(", unique=True");
            for (Dialect d : Dialect.values()) {
                if (Sql.partialIndexes(d)) {
                    b.append(", ").append(PrismaMigration.provider(d)).append("_where=sa.text(").append(Py.sqlText(Sql.rowFilter(d, u.where()))).append(")");
                }
            }
            b.append(")\n");
        }
        for (Index i : t.indexes()) {
            b.append("    op.create_index(").append(SqlName.of(i.name())).append(", ").append(SqlName.of(t.name())).append(", ")
                    .append(SqlName.list(i.columns())).append(")\n");
        }
        var redefined = t.columns().stream().flatMap(c -> Sql.redefinedForOnUpdate(Dialect.MYSQL, t, c, catalog).stream()).toList();
        if (!redefined.isEmpty()) {
            b.append("    if _dialect() == \"mysql\":\n");
            for (String s : redefined) b.append("        op.execute(").append(Py.statement(s)).append(")\n");
        }
        var sqlite = Sql.updatedAtTriggers(Dialect.SQLITE, t, catalog);
        var postgres = Sql.updatedAtTriggers(Dialect.POSTGRES, t, catalog);
        if (!sqlite.isEmpty() || !postgres.isEmpty()) {
            b.append(Py.comment("    ", "Keeping " + t.name() + ".updated_at current needs a trigger, which Alembic has no operation for;\n"
                    + "MySQL does it with ON UPDATE in the column default instead."));
            b.append("    if _dialect() == \"sqlite\":\n");
            for (String s : sqlite) b.append("        op.execute(").append(Py.statement(s)).append(")\n");
            b.append("    elif _dialect() == \"postgresql\":\n");
            for (String s : postgres) b.append("        op.execute(").append(Py.statement(s)).append(")\n");
        }
        return b.toString();
    }

    /**
     * The referenced columns: {@code "table.column"}, or, when a name must be quoted, columns of a
     * stub table, because Alembic rebuilds the referenced table from the string and loses the quote.
     */
    static String referenced(ForeignKey fk) {
        boolean quoted = SqlName.forcesQuotes(fk.referencedTable()) || fk.referencedColumns().stream().anyMatch(SqlName::forcesQuotes);
        if (!quoted) return Py.strs(fk.referencedColumns().stream().map(c -> fk.referencedTable() + "." + c).toList());
        return "[*sa.Table(" + SqlName.of(fk.referencedTable()) + ", sa.MetaData(), "
                + String.join(", ", fk.referencedColumns().stream().map(c -> "sa.Column(" + SqlName.of(c) + ")").toList()) + ").c]";
    }

    private String column(Table t, Column c) {
        var b = new StringBuilder("sa.Column(").append(SqlName.of(c.name())).append(", ").append(type(c));
        if (c.autoIncrement()) b.append(", sa.Identity()");
        b.append(", nullable=").append(c.nullable() ? "True" : "False");
        if (c.autoIncrement()) b.append(", autoincrement=True");
        else if (t.primaryKey().columns().contains(c.name())) b.append(", autoincrement=False");
        java.util.function.Function<Dialect, String> def = d -> Sql.serverDefault(d, c);
        if (List.of(Dialect.values()).stream().map(def).allMatch(java.util.Objects::nonNull)) {
            b.append(", server_default=sa.text(").append(perDialect(def)).append(")");
        } else {
            // A default on some dialects only (MySQL's ON UPDATE) is none on the others, not sa.text(None).
            String chosen = "None";
            for (Dialect d : List.of(Dialect.MYSQL, Dialect.POSTGRES, Dialect.SQLITE)) {
                String sql = def.apply(d);
                if (sql != null) {
                    chosen = "sa.text(" + Py.sqlText(sql) + ") if _dialect() == " + Py.str(PrismaMigration.provider(d))
                            + " else " + chosen;
                }
            }
            if (!chosen.equals("None")) b.append(", server_default=").append(chosen);
        }
        String comment = c.comment();
        if (comment != null) b.append(", comment=").append(Py.str(comment));
        return b.append(")").toString();
    }

    private String type(Column c) {
        if (c.type().isEnum()) return enumVar(catalog.enumDef(c.type().enumName()).orElseThrow());
        String type = TypeTable.alembic(c.type());
        // As in the DDL: SQLite's AUTOINCREMENT exists only on a column declared INTEGER.
        return c.autoIncrement() ? type + ".with_variant(sa.Integer(), \"sqlite\")" : type;
    }

    static String actions(ForeignKey fk) {
        return ", ondelete=" + Py.str(Sql.action(fk.onDelete())) + ", onupdate=" + Py.str(Sql.action(fk.onUpdate()));
    }

    /**
     * One literal when every dialect writes the same SQL, else a {@code _pick} of the three;
     * SQL that SQLAlchemy reads as text() (a check, a server default), so {@link Py#sqlText}.
     */
    private static String perDialect(java.util.function.Function<Dialect, String> sql) {
        List<String> v = new ArrayList<>();
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL)) v.add(sql.apply(d));
        if (v.stream().distinct().count() == 1) return v.get(0) == null ? "None" : Py.sqlText(v.get(0));
        return "_pick(" + String.join(", ", v.stream().map(s -> s == null ? "None" : Py.sqlText(s)).toList()) + ")";
    }

    /** MySQL's table options as the DDL has them, as {@code op.create_table}'s keyword arguments ({@code mysql_charset=...}). */
    static List<String> mysqlTableOptions() {
        return Sql.mysqlTableOptions().stream().map(o -> "mysql_" + o.getKey() + "=" + Py.str(o.getValue())).toList();
    }
}
