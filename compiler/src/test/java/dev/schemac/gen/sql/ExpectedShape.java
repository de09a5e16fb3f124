package dev.schemac.gen.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Table;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Dialect;
import dev.schemac.gen.sql.DbShape.ColumnShape;
import dev.schemac.gen.sql.DbShape.ForeignKeyShape;
import dev.schemac.gen.sql.DbShape.KeyShape;
import dev.schemac.gen.sql.DbShape.TableShape;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * What the Catalog says a database built from the generated DDL must contain, in the
 * terms each engine reports it in. The engine spellings of types here are the engines'
 * documented catalog output, written out independently of the generator.
 */
public final class ExpectedShape {
    private ExpectedShape() {}

    public static DbShape of(Catalog catalog, Kind kind, boolean engineKeepsChecks) {
        var tables = new TreeMap<String, TableShape>();
        for (Table t : catalog.tables()) {
            var cols = new ArrayList<ColumnShape>();
            for (Column c : t.columns()) {
                boolean hasDefault = c.defaultValue() != null || c.autoIncrement();
                String type = kind == Kind.SQLITE && c.autoIncrement() ? "INTEGER" : type(c.type(), catalog, kind);
                cols.add(new ColumnShape(c.name(), type, c.nullable(), hasDefault,
                        c.updatedAt() && (kind == Kind.MYSQL || kind == Kind.MARIADB)));
            }
            boolean names = kind != Kind.SQLITE;
            KeyShape pk = new KeyShape(kind == Kind.POSTGRES ? t.primaryKey().name() : null, t.primaryKey().columns());
            var fks = new ArrayList<ForeignKeyShape>();
            for (ForeignKey fk : t.foreignKeys()) {
                fks.add(new ForeignKeyShape(names ? fk.name() : null, fk.columns(), fk.referencedTable(),
                        fk.referencedColumns(), reported(fk.onDelete()), reported(fk.onUpdate())));
            }
            var uniques = new ArrayList<KeyShape>();
            var indexes = new ArrayList<KeyShape>();
            // A unique among live rows is a partial unique index where the engine has them, which the
            // catalogs list with the indexes (SoftDeleteUniqueOnRealEnginesTest checks how it behaves).
            boolean partialIndexes = kind == Kind.SQLITE || kind == Kind.POSTGRES;
            for (var u : t.uniques()) {
                if (u.partial() && partialIndexes) indexes.add(new KeyShape(u.name(), u.columns()));
                else uniques.add(new KeyShape(names ? u.name() : null, u.columns()));
            }
            t.indexes().forEach(i -> indexes.add(new KeyShape(i.name(), i.columns())));
            var checks = new ArrayList<String>();
            for (Check c : t.checks()) {
                if (engineKeepsChecks && keeps(c, kind)) checks.add(c.name());
            }
            checks.sort(null);
            fks.sort(Introspector.FK_ORDER);
            uniques.sort(Introspector.KEY_ORDER);
            indexes.sort(Introspector.KEY_ORDER);
            tables.put(t.name(), new TableShape(cols, pk, fks, uniques, indexes, checks));
        }
        return new DbShape(tables);
    }

    /** The action as the engines' catalogs report it (JDBC metadata and information_schema). */
    static String reported(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> "CASCADE";
            case RESTRICT -> "RESTRICT";
            case SET_NULL -> "SET NULL";
            case NO_ACTION -> "NO ACTION";
        };
    }

    /**
     * Whether the dialect renders any term of the check (enum terms only on SQLite, patterns not on
     * SQLite, a reference kept whole not on MySQL and MariaDB).
     */
    private static boolean keeps(Check c, Kind kind) {
        for (Check.Term term : c.terms()) {
            if (term instanceof Check.AllOrNone) {
                if (kind == Kind.MARIADB || kind == Kind.MYSQL) continue;
                return true;
            }
            boolean enumTerm = term instanceof Check.EnumMember;
            boolean pattern = term instanceof Check.Pattern;
            if (kind == Kind.SQLITE ? !pattern : !enumTerm) return true;
        }
        return false;
    }

    static String type(ColumnType t, Catalog catalog, Kind kind) {
        if (t.isEnum()) {
            var values = catalog.enumDef(t.enumName()).orElseThrow().values();
            return switch (kind) {
                case SQLITE -> "VARCHAR(" + values.stream().mapToInt(String::length).max().orElse(1) + ")";
                case POSTGRES -> catalog.enumDef(t.enumName()).orElseThrow().typeName();
                // COLUMN_TYPE shows each member as a literal: a quote doubled, a backslash escaped.
                case MARIADB, MYSQL -> "enum(" + String.join(",", values.stream()
                        .map(v -> "'" + v.replace("\\", "\\\\").replace("'", "''") + "'").toList()) + ")";
            };
        }
        if (kind == Kind.SQLITE) return TypeTable.sql(t, Dialect.SQLITE).toUpperCase(Locale.ROOT);
        boolean unbounded = t.kind() == dev.schemac.model.ScalarKind.STRING && t.length() == null;
        return switch (t.kind()) {
            case BOOL -> kind == Kind.POSTGRES ? "boolean" : "tinyint(1)";
            case SMALLINT -> "smallint";
            case INT -> kind == Kind.POSTGRES ? "integer" : "int";
            case BIGINT -> "bigint";
            case FLOAT -> kind == Kind.POSTGRES ? "real" : "float";
            case DOUBLE -> kind == Kind.POSTGRES ? "double precision" : "double";
            case DECIMAL -> (kind == Kind.POSTGRES ? "numeric(" : "decimal(") + t.precision() + "," + t.scale() + ")";
            // MySQL's TEXT holds 65,535 bytes; unbounded text is its LONGTEXT.
            case STRING -> unbounded ? (kind == Kind.POSTGRES ? "text" : "longtext")
                    : (kind == Kind.POSTGRES ? "character varying(" : "varchar(") + t.length() + ")";
            case TEXT -> kind == Kind.POSTGRES ? "text" : "longtext";
            case CHAR -> (kind == Kind.POSTGRES ? "character(" : "char(") + t.length() + ")";
            case DATE -> "date";
            case TIME -> kind == Kind.POSTGRES ? "time without time zone" : "time";
            case DATETIME -> kind == Kind.POSTGRES ? "timestamp with time zone" : "datetime(6)";
            case UUID -> kind == Kind.POSTGRES ? "uuid" : "char(36)";
            case JSON -> kind == Kind.POSTGRES ? "jsonb" : kind == Kind.MARIADB ? "longtext" : "json";
            case BYTES -> kind == Kind.POSTGRES ? "bytea" : "longblob";
        };
    }

    static List<String> tableNames(Catalog c) {
        return c.tables().stream().map(Table::name).sorted().toList();
    }
}
