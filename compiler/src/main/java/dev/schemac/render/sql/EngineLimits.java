package dev.schemac.render.sql;

import dev.schemac.render.text.PlainText;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import dev.schemac.naming.Names;
import dev.schemac.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sizes an engine refuses when the script runs: comment lengths, row and key sizes,
 * column lengths and counts, enum label lengths. Each is the engine's documented limit,
 * counted the way the engine counts it (bytes where it counts bytes), so a model that
 * passes {@code check} creates its tables on every dialect it is rendered for.
 */
public final class EngineLimits {
    /** MySQL's limits on comments (characters): a column's, a table's. */
    static final int MYSQL_COLUMN_COMMENT = 1024;
    static final int MYSQL_TABLE_COMMENT = 2048;
    /** MySQL's limit on the declared size of a row, in bytes. */
    static final int MYSQL_ROW = 65_535;
    /** InnoDB's limit on the bytes of an index key (DYNAMIC rows, the default of MySQL 8 and MariaDB 10.11). */
    static final int MYSQL_KEY = 3_072;
    /**
     * Keys in a table (primary, unique and index together; measured on MySQL 8.0 and MariaDB 10.11: 64 are taken, a 65th is
     * "Too many keys specified"), and columns in one key (MySQL 8: 16, a 17th is "Too many key parts specified"; MariaDB 32).
     */
    public static final int MYSQL_KEYS = 64;
    public static final int MYSQL_KEY_PARTS = 16;
    /** Characters of a utf8mb4 VARCHAR that fit MySQL's 65,535-byte column limit. */
    static final int MYSQL_VARCHAR = 16_383;
    /** Bytes per character of utf8mb4, the character set of every MySQL table schemac writes. */
    static final int UTF8MB4 = 4;
    /** MySQL's limits on an ENUM member: characters and bytes. */
    static final int MYSQL_ENUM_CHARS = 255;
    static final int MYSQL_ENUM_BYTES = 1_020;
    /** Columns per table: InnoDB, PostgreSQL, SQLite (its default SQLITE_MAX_COLUMN). */
    static final int MYSQL_COLUMNS = 1_017;
    static final int POSTGRES_COLUMNS = 1_600;
    static final int SQLITE_COLUMNS = 2_000;

    /**
     * The bytes of a table's definition text schemac allows for MySQL: MariaDB keeps the names, column
     * comments, ENUM labels, default expressions and checks of a table in 64 KiB with headers of its own
     * (measured on MariaDB 10.11: about 64,560 bytes of column comments, or 65,200 of one default
     * expression), and MySQL 8 a default expression in about as much. Below both, with room for how the
     * engine prints an expression back.
     */
    public static final int MYSQL_DEFINITION = 64_000;
    /** About the most bytes of definition text MariaDB takes in a table (measured as above): what SC545 says it refuses past. */
    public static final int MARIADB_DEFINITION_REFUSED = 64_500;
    /** What an engine adds to each expression it keeps: its kind, column number and length. */
    private static final int EXPRESSION_HEADER = 8;

    private EngineLimits() {}

    static void check(Dialect d, Model model, Catalog catalog, Consumer<Diagnostic> report) {
        for (Table t : catalog.tables()) {
            Span table = tableSpan(model, t);
            int limit = switch (d) {
                case MYSQL -> MYSQL_COLUMNS;
                case POSTGRES -> POSTGRES_COLUMNS;
                case SQLITE -> SQLITE_COLUMNS;
            };
            if (t.columns().size() > limit) report.accept(Messages.tooManyColumns(table, t.name(), t.columns().size(),
                    d.displayName(), limit));
            if (d == Dialect.MYSQL) mysql(model, catalog, t, table, report);
        }
        for (EnumType e : model.enums()) {
            EnumDef def = catalog.enumDef(e.name()).orElseThrow();
            for (EnumMember m : e.values()) {
                String label = m.dbValue();
                int bytes = label.getBytes(StandardCharsets.UTF_8).length;
                if (d == Dialect.POSTGRES && bytes > Names.MAX_IDENTIFIER) {
                    report.accept(Messages.enumLabelTooLong(m.span(), label, "of type " + Quoted.stored(def.typeName()) + " has " + bytes
                            + " bytes; PostgreSQL keeps at most " + Names.MAX_IDENTIFIER));
                }
                int chars = label.codePointCount(0, label.length());
                if (d == Dialect.MYSQL && (chars > MYSQL_ENUM_CHARS || bytes > MYSQL_ENUM_BYTES)) {
                    report.accept(Messages.enumLabelTooLong(m.span(), label, "has " + chars + " characters (" + bytes
                            + " bytes); a MySQL ENUM member has at most " + MYSQL_ENUM_CHARS + " and " + MYSQL_ENUM_BYTES));
                }
            }
        }
    }

    private static void mysql(Model model, Catalog catalog, Table t, Span table, Consumer<Diagnostic> report) {
        if (t.doc() != null && length(t.doc()) > MYSQL_TABLE_COMMENT) {
            report.accept(Messages.commentTooLong(table, "table " + Quoted.stored(t.name()), length(t.doc()), MYSQL_TABLE_COMMENT));
        }
        if (t.doc() != null) supplementary(() -> table, "table " + Quoted.stored(t.name()), t.doc(), report);
        long row = (t.columns().stream().filter(Column::nullable).count() + 7) / 8;
        Entity entity = t.entity() == null ? null : model.requireEntity(t.entity());
        for (Column c : t.columns()) {
            // Where a finding about the column points; its field is looked up only for a finding.
            Supplier<Span> at = () -> columnSpan(entity, c, table);
            String comment = c.comment();
            if (comment != null && length(comment) > MYSQL_COLUMN_COMMENT) {
                report.accept(Messages.commentTooLong(at.get(), "column " + Quoted.stored(t.name(), c.name()), length(comment),
                        MYSQL_COLUMN_COMMENT));
            }
            if (comment != null) supplementary(at, "column " + Quoted.stored(t.name(), c.name()), comment, report);
            ColumnType type = c.type();
            if (!type.isEnum() && type.kind() == dev.schemac.model.ScalarKind.STRING && type.length() != null
                    && type.length() > MYSQL_VARCHAR) {
                report.accept(Messages.columnTooLong(at.get(), "column " + Quoted.stored(t.name(), c.name()), "is a VARCHAR("
                        + type.length() + "); MySQL stores at most " + MYSQL_VARCHAR + " utf8mb4 characters in one"));
            }
            row += rowBytes(catalog, type);
        }
        if (row > MYSQL_ROW) report.accept(Messages.rowTooLarge(table, t.name(), row));
        definition(catalog, t, entity, table, report);
        enumLists(catalog, t, entity, table, report);
        var keys = new ArrayList<List<String>>();
        var names = new ArrayList<String>();
        keys.add(t.primaryKey().columns());
        names.add(t.primaryKey().name());
        t.uniques().forEach(u -> { keys.add(u.columns()); names.add(u.name()); });
        t.indexes().forEach(i -> { keys.add(i.columns()); names.add(i.name()); });
        if (keys.size() > MYSQL_KEYS) report.accept(Messages.tooManyKeys(table, Quoted.stored(t.name()), keys.size(), MYSQL_KEYS));
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).size() > MYSQL_KEY_PARTS) {
                report.accept(Messages.tooManyKeyParts(columnSpan(entity, t.requireColumn(keys.get(i).get(0)), table),
                        Quoted.stored(names.get(i)), Quoted.stored(t.name()), keys.get(i).size(), MYSQL_KEY_PARTS));
            }
            long bytes = 0;
            for (String col : keys.get(i)) bytes += keyBytes(catalog, t.requireColumn(col).type());
            if (bytes > MYSQL_KEY) {
                Span at = columnSpan(entity, t.requireColumn(keys.get(i).get(0)), table);
                report.accept(Messages.columnTooLong(at, "key " + Quoted.stored(names.get(i)) + " on " + Quoted.stored(t.name()), "holds up to "
                        + String.format(java.util.Locale.ROOT, "%,d", bytes) + " bytes; MySQL's index keys hold at most " + String.format(java.util.Locale.ROOT, "%,d", MYSQL_KEY)));
            }
        }
    }

    /**
     * The text MariaDB keeps for a table's definition ({@link #MYSQL_DEFINITION}), counted from what the
     * MySQL script writes: names, column comments, the labels of each ENUM type once, default expressions
     * and checks. Reported at the table, naming its largest part.
     */
    private static void definition(Catalog catalog, Table t, Entity entity, Span table, Consumer<Diagnostic> report) {
        var mysql = new MysqlDialect();
        long total = 0;
        long largest = -1;
        String largestWhat = null;
        Span largestAt = table;
        var enums = new java.util.HashSet<String>();
        for (Column c : t.columns()) {
            long part = utf8(c.name()) + 1;
            if (c.comment() != null) part += utf8(c.comment());
            if (c.type().isEnum() && enums.add(c.type().enumName())) {
                for (String label : catalog.enumDef(c.type().enumName()).orElseThrow().values()) part += utf8(label) + 3;
            }
            if (c.defaultValue() != null) {
                String def = mysql.defaultValue(c.defaultValue(), c.type());
                if (def.startsWith("(")) part += utf8(def) + EXPRESSION_HEADER;
            }
            total += part;
            if (part > largest) {
                largest = part;
                largestWhat = "column " + Quoted.stored(t.name(), c.name());
                largestAt = columnSpan(entity, c, table);
            }
        }
        for (var check : t.checks()) {
            String sql = mysql.check(check, t);
            if (sql == null) continue;
            long part = utf8(sql) + utf8(check.name()) + EXPRESSION_HEADER;
            total += part;
            if (part > largest) {
                largest = part;
                largestWhat = "check " + Quoted.stored(check.name());
                largestAt = table;
            }
        }
        if (total > MYSQL_DEFINITION) {
            report.accept(Messages.tableDefinitionTooLarge(largestAt, Quoted.stored(t.name()), total, MARIADB_DEFINITION_REFUSED, MYSQL_DEFINITION,
                    largestWhat + " (" + String.format(java.util.Locale.ROOT, "%,d", largest) + " bytes)"));
        }
    }

    /**
     * MariaDB keeps each distinct list of ENUM labels of a table once, numbered in a byte, and refuses a table with more
     * than {@link #MARIADB_ENUM_LISTS} of them ("Table definition is too large"; measured on MariaDB 10.11: 255 lists
     * are taken, a 256th refused, and a column whose labels are exactly another's, in order and case, is not another).
     * Reported at the column that brings the first list past it.
     */
    private static void enumLists(Catalog catalog, Table t, Entity entity, Span table, Consumer<Diagnostic> report) {
        var lists = new java.util.HashSet<List<String>>();
        for (Column c : t.columns()) {
            if (!c.type().isEnum() || !lists.add(catalog.enumDef(c.type().enumName()).orElseThrow().values())) continue;
            if (lists.size() == MARIADB_ENUM_LISTS + 1) {
                report.accept(Messages.tooManyEnumLists(columnSpan(entity, c, table), Quoted.stored(t.name()),
                        Quoted.stored(t.name(), c.name()), MARIADB_ENUM_LISTS));
            }
        }
    }

    /** The most distinct lists of ENUM labels MariaDB takes in one table (measured, {@link #enumLists}). */
    public static final int MARIADB_ENUM_LISTS = 255;

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** MySQL keeps comments in utf8mb3: a character outside the Basic Multilingual Plane becomes `?`. */
    private static void supplementary(Supplier<Span> at, String what, String comment, Consumer<Diagnostic> report) {
        comment.codePoints().filter(Character::isSupplementaryCodePoint).findFirst().ifPresent(c ->
                report.accept(Messages.commentCharacter(at.get(), what, PlainText.describe(c))));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** What a column counts against MySQL's row size: its most bytes, TEXT and BLOB as their 12-byte pointers. */
    private static long rowBytes(Catalog catalog, ColumnType t) {
        if (t.isEnum()) return catalog.enumDef(t.enumName()).orElseThrow().values().size() > 255 ? 2 : 1;
        return switch (t.kind()) {
            case BOOL -> 1;
            case SMALLINT -> 2;
            case INT, FLOAT -> 4;
            case BIGINT, DOUBLE, DATETIME -> 8;
            case DATE, TIME -> 3;
            case DECIMAL -> decimalBytes(t.precision(), t.scale());
            case UUID -> 36L * UTF8MB4;
            case CHAR -> (long) t.length() * UTF8MB4;
            case STRING -> t.length() == null ? 12 : (long) t.length() * UTF8MB4 + (t.length() * UTF8MB4 > 255 ? 2 : 1);
            case TEXT, JSON, BYTES -> 12;
        };
    }

    /** What a column counts against an index key's bytes. */
    private static long keyBytes(Catalog catalog, ColumnType t) {
        if (t.isEnum()) return rowBytes(catalog, t);
        return switch (t.kind()) {
            // Keys on unbounded columns are SC504 (DialectLimits), not a question of size.
            case TEXT, JSON, BYTES -> 0;
            case STRING -> t.length() == null ? 0 : (long) t.length() * UTF8MB4;
            default -> rowBytes(catalog, t);
        };
    }

    /** MySQL packs nine decimal digits into four bytes, on each side of the point. */
    private static long decimalBytes(int precision, int scale) {
        return digits(precision - scale) + digits(scale);
    }

    private static long digits(int n) {
        int[] leftover = {0, 1, 1, 2, 2, 3, 3, 4, 4};
        return (n / 9) * 4L + leftover[n % 9];
    }

    private static Span tableSpan(Model model, Table t) {
        if (t.entity() != null) return model.requireEntity(t.entity()).span();
        return model.requireEntity(t.join().leftEntity()).requireField(t.join().leftField()).span();
    }

    /** Where a column is reported: its field's span; a join table's column (no {@code entity}) at the table. */
    private static Span columnSpan(Entity entity, Column c, Span table) {
        if (entity == null || c.field() == null) return table;
        return entity.requireField(c.field()).span();
    }
}
