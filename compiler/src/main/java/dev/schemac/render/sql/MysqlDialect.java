package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.regex.WholeMatch;
import dev.schemac.sqltext.SqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL 8 and MariaDB 10.11: InnoDB tables in utf8mb4, ENUM columns, AUTO_INCREMENT keys,
 * {@code @updated} as ON UPDATE CURRENT_TIMESTAMP, uuids as CHAR(36) defaulting to UUID(),
 * docs as COMMENT clauses. Indexes are declared inside CREATE TABLE so that foreign keys
 * use them instead of creating indexes of their own.
 */
final class MysqlDialect extends SqlDialect {
    @Override Dialect dialect() { return Dialect.MYSQL; }

    @Override String engine() { return "MySQL " + Dialect.MYSQL_CHECKS_ENFORCED_FROM + " or later, MariaDB 10.5 or later"; }

    @Override char quoteChar() { return '`'; }

    /**
     * MySQL reads backslash escapes inside strings unless NO_BACKSLASH_ESCAPES is set. Line
     * breaks, tabs and Ctrl-Z are written as escapes too: the mysql client drops the CR of
     * a CR LF inside a literal when it reads a script, and Ctrl-Z ends input on Windows.
     */
    @Override
    String string(String s) {
        var b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("''");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 0x1A -> b.append("\\Z");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    @Override
    String columnType(Column c, Catalog catalog) {
        if (c.type().isEnum()) {
            return "ENUM(" + String.join(", ", catalog.enumDef(c.type().enumName()).orElseThrow().values().stream()
                    .map(this::string).toList()) + ")";
        }
        return super.columnType(c, catalog);
    }

    @Override
    String columnDefinition(Column c, Table t, Catalog catalog) {
        var b = new StringBuilder(super.columnDefinition(c, t, catalog));
        if (c.autoIncrement()) b.append(" AUTO_INCREMENT");
        b.append(onUpdate(c));
        String text = c.comment();
        if (text != null) b.append(" COMMENT ").append(string(text));
        return b.toString();
    }

    /**
     * The clause that keeps an {@code @updated} column current, or "" for another column: the DDL
     * writes it here, Alembic after its {@code server_default} (Sql.serverDefault), alike.
     */
    String onUpdate(Column c) {
        return c.updatedAt() ? " ON UPDATE " + now(c.type().kind()) : "";
    }

    /**
     * MariaDB gives a required DATETIME with ON UPDATE and no default of its own the zero date
     * as its default, at every definition that names none (CREATE TABLE, ADD and MODIFY COLUMN):
     * an INSERT that leaves the column out then stores 0000-00-00 00:00:00 where MySQL 8 refuses
     * it. Dropping the default after the definition makes MariaDB refuse it too and report no
     * default, as the model has none; MySQL 8 has none to drop and accepts the statement.
     */
    @Override
    String afterDefinition(String table, Column c) {
        if (!c.updatedAt() || c.nullable() || c.defaultValue() != null) return null;
        return "ALTER TABLE " + id(table) + " ALTER COLUMN " + id(c.name()) + " DROP DEFAULT;";
    }

    /** Literal defaults on TEXT, BLOB and JSON columns must be written as expressions. */
    @Override
    String defaultValue(dev.schemac.catalog.ColumnDefault d, dev.schemac.catalog.ColumnType type) {
        String v = super.defaultValue(d, type);
        boolean blobLike = !type.isEnum() && (type.kind() == ScalarKind.TEXT || type.kind() == ScalarKind.JSON
                || type.kind() == ScalarKind.BYTES || (type.kind() == ScalarKind.STRING && type.length() == null));
        return blobLike && !v.startsWith("(") ? "(" + v + ")" : v;
    }

    @Override
    String now(ScalarKind kind) {
        return switch (kind) {
            case DATE -> "(CURRENT_DATE)";
            case TIME -> "(CURRENT_TIME)";
            default -> "CURRENT_TIMESTAMP(6)";
        };
    }

    @Override String uuid() { return "(UUID())"; }

    @Override String lengthFunction() { return "CHAR_LENGTH"; }

    @Override String regex(String column, String pattern) { return column + " REGEXP " + pattern; }

    /** MySQL's ICU and MariaDB's PCRE, with the column's collation ({@link WholeMatch#icuOrPcre}). */
    @Override
    String pattern(String regex) {
        return WholeMatch.icuOrPcre(regex);
    }

    /**
     * Enum membership is the ENUM type's own. A whole optional reference is not kept: MySQL
     * 8.0.16+ and MariaDB refuse a CHECK on a column that a foreign key's ON DELETE or ON UPDATE
     * action writes ("cannot be used in the CHECK clause"), and every reference has such an
     * action, so a reference of several columns may hold some of them NULL there.
     */
    @Override
    boolean keeps(Check.Term t) {
        return !(t instanceof Check.EnumMember || t instanceof Check.AllOrNone);
    }

    /**
     * The script says its own encoding: the mysql client may read it as utf8mb3, which
     * cannot carry characters outside the Basic Multilingual Plane in a default or a check.
     */
    @Override List<String> preamble(Catalog catalog) { return List.of(SET_NAMES); }

    static final String SET_NAMES = "SET NAMES utf8mb4;";

    /**
     * A literal holding a backslash, line break, tab or Ctrl-Z is written with MySQL's backslash escapes
     * ({@link #string}), which a session whose sql_mode has NO_BACKSLASH_ESCAPES reads as the backslashes
     * themselves, and no other form reads alike in both modes where MySQL takes only a string literal (a
     * COMMENT, an ENUM label). So a script holding one turns that mode off for itself, first, and gives the
     * session its sql_mode back at its end; a script without one is left as it is, and means the same in both.
     * The variable is the script's own: a zero-date guard ({@link MigrationSql#MYSQL_SQL_MODE_BACK}) nests inside.
     */
    static final String ESCAPES_WHY =
            "-- Backslash escapes in string literals are read as escapes, whatever the server's sql_mode (given back at the end).";
    static final List<String> ESCAPES_ON = List.of(
            "SET @schemac_escapes_sql_mode = @@SESSION.sql_mode;", modesOff(List.of("NO_BACKSLASH_ESCAPES")));

    /**
     * The statement that takes {@code modes} out of the session's sql_mode and leaves every other mode named as it was: the
     * one home of that rule for every script and the Alembic revisions. A mode is matched as a whole item of the
     * comma-separated list (one name is never cut out of another), wherever it stands in it. A combination mode that stands
     * for one of them (TRADITIONAL for NO_ZERO_DATE) must be among {@code modes}: MySQL keeps it in the list beside the
     * modes it stands for, and setting a list that still names it would put them all back.
     */
    static String modesOff(List<String> modes) {
        String list = "CONCAT(',', @@SESSION.sql_mode, ',')";
        for (String m : modes) list = "REPLACE(" + list + ", '," + m + ",', ',')";
        return "SET SESSION sql_mode = TRIM(BOTH ',' FROM " + list + ");";
    }
    static final String ESCAPES_BACK = "SET SESSION sql_mode = @schemac_escapes_sql_mode;";

    /**
     * {@code script} as it must be run whatever the client's connection character set: one holding a character
     * outside ASCII says its encoding first ({@link #encodingStated}), and one whose string literal holds a backslash
     * has the escape guard above.
     */
    static String asRun(String script) {
        return namesGivenBack(escapesGuarded(encodingStated(script)));
    }

    /**
     * SET NAMES changes the session's character_set_client, character_set_connection (with collation_connection) and
     * character_set_results: a user who sources a script from an interactive client in latin1 would go on typing, and
     * reading results, in utf8mb4 after it. So a script that states its encoding saves the three first and gives them
     * back as its last statement, as it does its sql_mode; setting collation_connection sets character_set_connection.
     */
    static final String NAMES_WHY =
            "-- The connection's character set is utf8mb4 for this script, whatever the client's (given back at the end).";
    static final String NAMES_SAVED = "SET @schemac_character_set_client = @@SESSION.character_set_client, "
            + "@schemac_character_set_results = @@SESSION.character_set_results, "
            + "@schemac_collation_connection = @@SESSION.collation_connection;";
    static final String NAMES_BACK = "SET SESSION character_set_client = @schemac_character_set_client, "
            + "character_set_results = @schemac_character_set_results, collation_connection = @schemac_collation_connection;";

    /** {@code script} saving the session's character sets before its SET NAMES and giving them back at its end, when it has one. */
    static String namesGivenBack(String script) {
        int names = setNamesAt(script);
        if (names < 0) return script;
        String body = script.substring(0, names) + NAMES_WHY + "\n" + NAMES_SAVED + "\n" + script.substring(names);
        return body + (body.endsWith("\n") ? "" : "\n") + "\n" + NAMES_BACK + "\n";
    }

    /**
     * A script holding a character outside ASCII (in a name, a label, a default, a comment) states its encoding right
     * after its header's comment lines: the mysql client reads it in its own connection character set otherwise, and
     * one run with {@code --default-character-set=latin1} or {@code utf8mb3} stores such text as mojibake or
     * {@code ?} without a word. Every character set a client may use reads ASCII alike, so a script of ASCII
     * alone relies on none and is left as it is (the schema script always starts with it, {@link #preamble}).
     */
    static String encodingStated(String script) {
        if (setNamesAt(script) >= 0 || script.chars().allMatch(c -> c < 0x80)) return script;
        int at = afterHeader(script);
        return script.substring(0, at) + "\n" + SET_NAMES + "\n" + script.substring(at);
    }

    /**
     * Where the script's own SET NAMES statement starts (a line of its own, as {@link #preamble}, the seed and
     * {@link #encodingStated} write it), or -1: the guards are placed around that line, never around the words
     * inside a comment.
     */
    private static int setNamesAt(String script) {
        if (script.startsWith(SET_NAMES + "\n")) return 0;
        int at = script.indexOf("\n" + SET_NAMES + "\n");
        return at < 0 ? -1 : at + 1;
    }

    /** Where a script's header (its first comment lines) ends. */
    private static int afterHeader(String script) {
        int at = 0;
        while (script.startsWith("--", at) && script.indexOf('\n', at) >= 0) at = script.indexOf('\n', at) + 1;
        return at;
    }

    /** Whether a string literal of {@code script} holds a backslash: the script reads as written only without NO_BACKSLASH_ESCAPES. */
    static boolean readsEscapes(String script) {
        // Most scripts hold no backslash at all: then no literal of them does, and the script need not be lexed.
        if (script.indexOf('\\') < 0) return false;
        var tokens = SqlLexer.tokens(script, true);
        // A double-quoted text is a string too in MySQL (without ANSI_QUOTES): a kept view may hold one.
        return tokens.stream().anyMatch(t -> (t.kind() == SqlLexer.Kind.STRING || script.charAt(t.start()) == '"')
                && script.substring(t.start(), t.end()).indexOf('\\') >= 0);
    }

    /** {@code script} with the escape guard above when a string literal of it holds a backslash. */
    static String escapesGuarded(String script) {
        if (!readsEscapes(script)) return script;
        String guard = "\n" + ESCAPES_WHY + "\n" + String.join("\n", ESCAPES_ON) + "\n";
        int names = setNamesAt(script);
        // Without SET NAMES (a script of ASCII alone): after the header's comment lines.
        int at = names >= 0 ? names + SET_NAMES.length() + 1 : afterHeader(script);
        String body = script.substring(0, at) + guard + script.substring(at);
        return body + (body.endsWith("\n") ? "" : "\n") + "\n" + ESCAPES_BACK + "\n";
    }

    @Override List<String> afterTable(Table t, Catalog catalog) { return List.of(); }

    @Override boolean inlineIndexes() { return true; }

    /**
     * Every table's storage engine, character set and collation, by MySQL's option name: the
     * DDL writes them, and the Alembic revisions and the SQLModel tables pass them as SQLAlchemy's
     * {@code mysql_engine}, {@code mysql_charset}, {@code mysql_collate}, so a table is utf8mb4
     * whatever the server's or the database's default.
     */
    static final List<Map.Entry<String, String>> TABLE_OPTIONS = List.of(
            Map.entry("engine", "InnoDB"), Map.entry("charset", "utf8mb4"), Map.entry("collate", "utf8mb4_unicode_ci"));

    @Override boolean partialIndexes() { return false; }

    /** MySQL and MariaDB have no boolean type: BOOLEAN (and BOOL) is a synonym that makes a TINYINT(1) column. */
    @Override
    String madeType(String declared) {
        String t = declared.strip().toUpperCase(Locale.ROOT);
        return t.equals("BOOLEAN") || t.equals("BOOL") ? "TINYINT(1)" : declared;
    }

    @Override
    String tableOptions(Table t) {
        var s = new StringBuilder();
        for (var o : TABLE_OPTIONS) {
            // The character set is the table's default for its columns, which MySQL writes so.
            s.append(o.getKey().equals("charset") ? " DEFAULT " : " ").append(o.getKey().toUpperCase(java.util.Locale.ROOT))
                    .append('=').append(o.getValue());
        }
        return t.doc() == null ? s.toString() : s + " COMMENT=" + string(t.doc());
    }

    @Override
    String dropForeignKey(String table, String name) {
        return "ALTER TABLE " + id(table) + " DROP FOREIGN KEY " + id(name) + ";";
    }

    @Override List<String> dropExtras(Catalog catalog) { return List.of(); }
}
