package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.evolve.Change;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import java.util.List;
import java.util.function.Function;

/**
 * A list of changes (from {@link dev.schemac.evolve.CatalogDiff}) as one dialect's
 * migration script. The Alembic revision walks the same statements (writing a change as
 * Alembic's own operation where it has one), so the SQL migrations, Alembic and Prisma
 * Migrate make the same changes in the same order.
 */
public final class MigrationSql {
    private MigrationSql() {}

    /**
     * One statement. {@code outsideTransaction}: PostgreSQL's ALTER TYPE … ADD VALUE, run
     * before the transaction. {@code note}: why the statement is destructive, or null.
     * {@code source}: the change this statement (with its neighbours of the same source)
     * renders alone, or null when it serves several (a SQLite table rebuild); the Alembic
     * revision writes such a group as the change's own Alembic operation where there is one.
     * {@code rebuilt}: the table a SQLite rebuild statement rebuilds, or null.
     */
    public record Statement(String sql, boolean outsideTransaction, String note, Change source, String rebuilt) {}

    private static SqlDialect of(Dialect d) {
        return switch (d) {
            case SQLITE -> new SqliteDialect();
            case POSTGRES -> new PostgresDialect();
            case MYSQL -> new MysqlDialect();
        };
    }

    /**
     * The statements of the changes, in order; {@code notes} gives a destructive change its comment, and a MySQL
     * script with one runs strict ({@link #MYSQL_STRICT_WHY}).
     */
    public static List<Statement> statements(Dialect d, List<Change> changes, Catalog from, Catalog to,
                                             Function<Change, String> notes) {
        var out = new java.util.ArrayList<Statement>();
        ZeroDates modes = d == Dialect.MYSQL ? zeroDates(from, to) : null;
        boolean zeroDates = modes != null;
        boolean strict = d == Dialect.MYSQL && changes.stream().anyMatch(c -> notes.apply(c) != null);
        if (zeroDates) {
            out.add(new Statement("-- " + modes.why() + "\n" + modes.off().get(0), false, null, null, null));
            modes.off().subList(1, modes.off().size()).forEach(x -> out.add(new Statement(x, false, null, null, null)));
        }
        if (strict) {
            String why = "-- " + MYSQL_STRICT_WHY + "\n";
            if (!zeroDates) out.add(new Statement(why + MYSQL_ZERO_DATES_OFF.get(0), false, null, null, null));
            out.add(new Statement(zeroDates ? why + MYSQL_STRICT_ON : MYSQL_STRICT_ON, false, null, null, null));
        }
        new ChangeSql(of(d), from, to, notes).render(changes).stream()
                .map(s -> new Statement(s.sql(), s.outsideTransaction(), s.note(), s.source(), s.rebuilt())).forEach(out::add);
        if (zeroDates || strict) out.add(new Statement(MYSQL_SQL_MODE_BACK, false, null, null, null));
        return List.copyOf(out);
    }

    /**
     * A server whose sql_mode has no strict mode ('', as many older or hosted servers run) turns a value that no
     * longer fits into the nearest one that does, with a warning: a narrowed decimal keeps its largest value, a NULL made
     * required becomes '' or 0, a dropped enum value ''. A script with a destructive step (an accepted up, or any down
     * that narrows or drops) is where a value may not fit, so it runs in strict mode, where such a value fails the
     * statement instead, and gives the session its sql_mode back at the end. Only migrations written since carry it:
     * one already applied stays as it is.
     */
    public static final String MYSQL_STRICT_WHY =
            "Strict mode, whatever the server's: a value that no longer fits fails its statement instead of being changed to fit.";
    public static final String MYSQL_STRICT_ON =
            "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES');";

    /**
     * MySQL 8.0.13 to 8.0.23 refuse every later ALTER TABLE of a table with a NOT NULL {@code DATE} whose default
     * is an expression ({@code (CURRENT_DATE)}, what {@code date = now()} is there) while the session's sql_mode has
     * NO_ZERO_DATE, the default's: "Invalid default value", even for an ALTER of another column, of an empty table.
     * A migration that knows such a column runs without that one mode (strict mode stays, so a value that does not
     * fit still fails the statement) and gives the session its sql_mode back at the end. The combination mode
     * TRADITIONAL, which MySQL keeps in the list beside the modes it stands for, goes too: setting a list that still
     * names it would put NO_ZERO_DATE (and NO_ZERO_IN_DATE) back; its other modes stay named on their own.
     */
    public static final String MYSQL_ZERO_DATES_WHY =
            "MySQL before 8.0.24 refuses to alter a table with a required date defaulting to CURRENT_DATE under NO_ZERO_DATE.";
    public static final List<String> MYSQL_ZERO_DATES_OFF = List.of(
            "SET @schemac_sql_mode = @@SESSION.sql_mode;",
            MysqlDialect.modesOff(List.of("TRADITIONAL", "NO_ZERO_DATE")));
    public static final String MYSQL_SQL_MODE_BACK = "SET SESSION sql_mode = @schemac_sql_mode;";

    /**
     * A MySQL table adopted with a zero date default ({@code '0000-00-00'}, {@code '2010-05-00'}: no model can hold it,
     * pull says SC968, and the history keeps it, {@link dev.schemac.catalog.KeptSql#zeroDateDefault}) still has it:
     * MySQL and MariaDB check every column's default again at each ALTER TABLE of the table, and refuse a wholly zero
     * one under NO_ZERO_DATE (MySQL 8's default sql_mode) and one with a zero month or day under NO_ZERO_IN_DATE (also
     * MySQL 8's). Such a migration runs without both (strict mode stays) and gives the session its sql_mode back.
     */
    public static final String MYSQL_ZERO_DEFAULT_WHY =
            "A table adopted with a zero date default keeps it, and MySQL refuses to alter such a table under NO_ZERO_DATE "
                    + "or NO_ZERO_IN_DATE.";
    public static final List<String> MYSQL_ZERO_DEFAULTS_OFF = List.of(
            MYSQL_ZERO_DATES_OFF.get(0),
            MysqlDialect.modesOff(List.of("TRADITIONAL", "NO_ZERO_IN_DATE", "NO_ZERO_DATE")));

    /**
     * The sql_mode a MySQL script that makes or alters tables runs under where MySQL would refuse it otherwise: why (the
     * script's comment) and the statements that save the session's sql_mode and set it ({@link #MYSQL_SQL_MODE_BACK}
     * gives it back).
     */
    public record ZeroDates(String why, List<String> off) {}

    /**
     * How a MySQL script that makes or alters the tables of these catalogs must set its sql_mode ({@link
     * #MYSQL_ZERO_DEFAULT_WHY}, {@link #MYSQL_ZERO_DATES_WHY}), or null when it need not: the one home of that decision
     * for the SQL scripts and Alembic. A kept zero default comes first, as turning off both modes serves both reasons.
     */
    public static ZeroDates zeroDates(Catalog... catalogs) {
        for (Catalog c : catalogs) {
            if (c.tables().stream().anyMatch(t -> t.kept().stream().anyMatch(KeptSql::zeroDateDefault))) {
                return new ZeroDates(MYSQL_ZERO_DEFAULT_WHY, MYSQL_ZERO_DEFAULTS_OFF);
            }
        }
        for (Catalog c : catalogs) if (requiredDateNow(c)) return new ZeroDates(MYSQL_ZERO_DATES_WHY, MYSQL_ZERO_DATES_OFF);
        return null;
    }

    /** Whether a MySQL migration that makes or alters {@code c}'s tables must run without NO_ZERO_DATE (above). */
    private static boolean requiredDateNow(Catalog c) {
        return c.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(col -> !col.nullable() && !col.type().isEnum()
                && col.type().kind() == ScalarKind.DATE && col.defaultValue() instanceof ColumnDefault.Now);
    }

    /**
     * What a SQLite table rebuild cannot make again: {@code what} of {@code table}, and why;
     * {@code rebuilt}: this migration rebuilds the table (else it renames what the SQL names,
     * and a later rebuild could not).
     */
    public record Lost(String table, String what, String why, boolean rebuilt) {}

    /**
     * What the SQLite rebuilds of these changes would drop for good: objects of an adopted
     * database outside the model ({@link dev.schemac.catalog.KeptSql}) whose SQL no longer fits
     * the rebuilt table, or that a rename in place leaves naming what is gone. Empty for any history that did not adopt a SQLite database.
     */
    public static List<Lost> lostInRebuilds(List<Change> changes, Catalog from, Catalog to) {
        var sql = new ChangeSql(of(Dialect.SQLITE), from, to, c -> null);
        sql.render(changes);
        return sql.lost().stream().map(l -> new Lost(l.table(), l.what(), l.why(), l.rebuilt())).toList();
    }

    /** The SQLite statements that make a migration one transaction that keeps every foreign key. */
    public static final List<String> SQLITE_BEGIN = List.of("PRAGMA foreign_keys = OFF;", "BEGIN;");

    /** The SQLite statements that end a migration to {@code to}: its foreign keys checked ({@link #sqliteForeignKeyCheck}), then COMMIT. */
    public static List<String> sqliteEnd(Catalog to) {
        var out = new java.util.ArrayList<>(sqliteForeignKeyCheck(to));
        out.add("COMMIT;");
        out.add("PRAGMA foreign_keys = ON;");
        return out;
    }

    /**
     * The statements that fail a SQLite migration to {@code to} when a foreign key does not hold, naming where: SQLite's
     * error for a failed CHECK gives only the constraint's name, so each count has a CHECK of its own named after what it
     * counts (``CHECK constraint failed: rows of line break the foreign key (order_id) references order (id)``): per key
     * of each table of {@code to}, the rows that break it; per table, the rows that break a key the model does not have
     * (an adopted table's kept SQL, or one added by hand), so every key of every table is counted; and the rows of every table outside {@code to}. A table with a foreign key SQLite cannot check (an
     * adopted database's {@link dev.schemac.catalog.KeptSql.Place#MISMATCHED}) stops SQLite's check with an error where its
     * columns are no key of the table it names, and is broken in every row with a value in each of its columns where there
     * is no such table, so it is left out with all its keys. The counts go into temporary tables of at most
     * {@link #CHECKS_PER_TABLE} columns each, well within SQLite's 2,000 columns of a table.
     */
    public static List<String> sqliteForeignKeyCheck(Catalog to) {
        var unchecked = to.tables().stream().filter(t -> t.keptSql().stream().anyMatch(KeptSql::unchecked)).map(Table::name).sorted().toList();
        var counts = new java.util.ArrayList<String[]>();
        for (Table t : to.tables().stream().sorted(java.util.Comparator.comparing(Table::name)).toList()) {
            if (unchecked.contains(t.name())) continue;
            String check = "SELECT count(*) FROM pragma_foreign_key_check(" + Sql.string(Dialect.SQLITE, t.name()) + ") WHERE fkid ";
            for (var fk : t.foreignKeys()) {
                counts.add(new String[] {"rows of " + t.name() + " break the foreign key (" + String.join(", ", fk.columns())
                        + ") references " + fk.referencedTable() + " (" + String.join(", ", fk.referencedColumns()) + ")",
                        "(" + check + "IN " + keyIds(t.name(), List.of(fk)) + ")"});
            }
            counts.add(new String[] {"rows of " + t.name() + " break a foreign key the model does not have",
                    "(" + check + (t.foreignKeys().isEmpty() ? "IS NOT NULL" : "NOT IN " + keyIds(t.name(), t.foreignKeys())) + ")"});
        }
        var inTo = new java.util.TreeSet<String>(unchecked);
        to.tables().forEach(t -> inTo.add(t.name()));
        counts.add(new String[] {"rows of a table outside the model break a foreign key",
                "(SELECT count(*) FROM sqlite_master m, pragma_foreign_key_check(m.name) WHERE m.type = 'table'" + (inTo.isEmpty() ? ""
                        : " AND m.name NOT IN (" + String.join(", ", inTo.stream().map(n -> Sql.string(Dialect.SQLITE, n)).toList()) + ")")
                        + ")"});
        var out = new java.util.ArrayList<String>();
        out.add("-- Every foreign key must still hold: a CHECK fails, naming the table and key, and nothing is committed, if one does not.");
        if (!unchecked.isEmpty()) {
            out.add(SqlDialect.lineComment("", "SQLite cannot check the foreign keys of " + String.join(", ", unchecked)
                    + ": each has a foreign key to no key of a table, or to a table that does not exist, so each is left out"
                    + " with all its foreign keys.").stripTrailing());
        }
        for (int from = 0; from < counts.size(); from += CHECKS_PER_TABLE) {
            var part = counts.subList(from, Math.min(counts.size(), from + CHECKS_PER_TABLE));
            var columns = new java.util.ArrayList<String>();
            var values = new java.util.ArrayList<String>();
            for (int i = 0; i < part.size(); i++) {
                columns.add("n" + i + " INTEGER CONSTRAINT " + Sql.id(Dialect.SQLITE, part.get(i)[0]) + " CHECK (n" + i + " = 0)");
                values.add(part.get(i)[1]);
            }
            out.add("CREATE TEMP TABLE _schemac_foreign_key_check (" + String.join(", ", columns) + ");");
            out.add("INSERT INTO _schemac_foreign_key_check SELECT " + String.join(", ", values) + ";");
            out.add("DROP TABLE _schemac_foreign_key_check;");
        }
        return out;
    }

    /**
     * The ids SQLite's check gives {@code keys} of {@code table} (the order of a table's keys in the PRAGMAs is SQLite's,
     * not the declaration's): each key found by what it is, its columns and the table it references, in any case of their
     * ASCII letters, as SQLite finds names.
     */
    private static String keyIds(String table, List<dev.schemac.catalog.ForeignKey> keys) {
        var each = new java.util.ArrayList<String>();
        for (var fk : keys) {
            int n = fk.columns().size();
            each.add("(count(*) = " + n + " AND sum(\"from\" COLLATE NOCASE IN (" + String.join(", ", fk.columns().stream()
                    .map(c -> Sql.string(Dialect.SQLITE, c)).toList()) + ")) = " + n + " AND max(\"table\") = "
                    + Sql.string(Dialect.SQLITE, fk.referencedTable()) + " COLLATE NOCASE)");
        }
        return "(SELECT id FROM pragma_foreign_key_list(" + Sql.string(Dialect.SQLITE, table) + ") GROUP BY id HAVING "
                + String.join(" OR ", each) + ")";
    }

    /** How many counts of {@link #sqliteForeignKeyCheck} one temporary table holds. */
    static final int CHECKS_PER_TABLE = 500;

    /** A whole script: header, then the statements with each dialect's transaction handling. */
    public static String script(Dialect d, List<Change> changes, Catalog from, Catalog to, Function<Change, String> notes,
                                String what, String schema) {
        SqlDialect dialect = of(d);
        var b = new StringBuilder("-- ").append(what).append(" for ").append(dialect.engine())
                .append(", generated by schemac from schema \"").append(schema).append("\".\n")
                .append("-- Do not edit: a migration that was applied must stay as it is; write the next one with schemac migrate.\n");
        var statements = statements(d, changes, from, to, notes);
        switch (d) {
            case SQLITE -> b.append("-- One transaction with foreign key enforcement off, as SQLite's table-rebuild procedure asks;\n"
                    + "-- every foreign key is checked before COMMIT.\n");
            case POSTGRES -> b.append("-- One transaction (ALTER TYPE ... ADD VALUE runs before it, in a transaction of its own: a new\n"
                    + "-- enum value cannot be used in the transaction that adds it).\n");
            case MYSQL -> b.append("-- MySQL and MariaDB commit every DDL statement on its own: a failing statement leaves the\n"
                    + "-- ones before it applied. Needs MySQL 8.0.19 or later (DROP CONSTRAINT) or MariaDB 10.5 or later.\n");
        }
        b.append('\n');
        // PostgreSQL 12+ adds enum values inside a transaction block, but a value is usable only once committed. A
        // script sent as one query string (Prisma Migrate, a driver's execute) is one implicit transaction unless it
        // commits itself, so the new values get a transaction of their own that commits before the migration's.
        boolean early = statements.stream().anyMatch(Statement::outsideTransaction);
        if (early && d == Dialect.POSTGRES) b.append("BEGIN;\n");
        for (Statement s : statements) if (s.outsideTransaction()) append(b, s);
        if (early && d == Dialect.POSTGRES) b.append("COMMIT;\n");
        if (d == Dialect.SQLITE) SQLITE_BEGIN.forEach(x -> b.append(x).append('\n'));
        if (d == Dialect.POSTGRES) b.append("BEGIN;\n");
        for (Statement s : statements) if (!s.outsideTransaction()) append(b, s);
        if (d == Dialect.SQLITE) sqliteEnd(to).forEach(x -> b.append(x).append('\n'));
        if (d == Dialect.POSTGRES) b.append("COMMIT;\n");
        return Sql.guarded(d, b.toString());
    }

    private static void append(StringBuilder b, Statement s) {
        if (s.note() != null) b.append(SqlDialect.lineComment("", "Destructive: " + s.note()));
        b.append(s.sql()).append('\n');
    }
}
