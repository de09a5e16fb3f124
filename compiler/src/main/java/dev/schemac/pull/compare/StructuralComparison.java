package dev.schemac.pull.compare;

import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.compare.Change.Kind;
import dev.schemac.pull.compare.Change.Scope;
import dev.schemac.pull.introspect.NativeTypes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Object by object, in the terms the engine stores: types as the engine spells them,
 * constraint names where the engine keeps them, only the checks the engine keeps. Tables,
 * columns (order, type, nullability, default, autoincrement, {@code @updated}, comment),
 * keys, foreign keys, uniques, indexes, checks, PostgreSQL enum types, table comments.
 */
final class StructuralComparison implements SchemaComparison {

    @Override
    public List<Change> compare(Catalog model, LiveSchema db) {
        var out = new ArrayList<Change>();
        DbEngine engine = db.source().engine();
        var names = new TreeSet<String>();
        model.tables().forEach(t -> names.add(t.name()));
        db.catalog().tables().forEach(t -> names.add(t.name()));
        for (String name : names) {
            Table m = model.table(name).orElse(null);
            Table d = db.catalog().table(name).orElse(null);
            if (d == null) {
                out.add(new Change(Kind.ONLY_IN_MODEL, Scope.TABLE, name, null, null, null));
            } else if (m == null) {
                out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.TABLE, name, null, null, null));
            } else {
                new TableComparison(engine, model, m, db, d, out).run();
            }
        }
        if (engine == DbEngine.POSTGRES) enums(model, db, out);
        return out;
    }

    private static void enums(Catalog model, LiveSchema db, List<Change> out) {
        var m = new LinkedHashMap<String, EnumDef>();
        model.enums().forEach(e -> m.put(e.typeName(), e));
        var d = new LinkedHashMap<String, EnumDef>();
        db.catalog().enums().forEach(e -> d.put(e.typeName(), e));
        var names = new TreeSet<>(m.keySet());
        names.addAll(d.keySet());
        for (String n : names) {
            EnumDef a = m.get(n), b = d.get(n);
            if (b == null) out.add(new Change(Kind.ONLY_IN_MODEL, Scope.ENUM, null, n, String.valueOf(a.values()), null));
            else if (a == null) out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.ENUM, null, n, null, String.valueOf(b.values())));
            else if (!a.values().equals(b.values())) {
                out.add(new Change(Kind.DIFFERENT, Scope.ENUM, null, n, String.valueOf(a.values()), String.valueOf(b.values())));
            }
        }
    }

    private static final class TableComparison {
        final DbEngine engine;
        final Catalog modelCatalog;
        final Table m, d;
        final LiveSchema db;
        final LiveSchema.TableInfo info;
        final List<Change> out;
        final String t;

        TableComparison(DbEngine engine, Catalog modelCatalog, Table m, LiveSchema db, Table d, List<Change> out) {
            this.engine = engine;
            this.modelCatalog = modelCatalog;
            this.m = m;
            this.db = db;
            this.d = d;
            this.info = db.info(d.name());
            this.out = out;
            this.t = m.name();
        }

        void different(Scope scope, String object, Object inModel, Object inDatabase) {
            out.add(new Change(Kind.DIFFERENT, scope, t, object, String.valueOf(inModel), String.valueOf(inDatabase)));
        }

        void columnDiffers(String column, String aspect, Object inModel, Object inDatabase) {
            out.add(new Change(Kind.DIFFERENT, Scope.COLUMN, t, column, aspect, String.valueOf(inModel), String.valueOf(inDatabase)));
        }

        void run() {
            columns();
            primaryKey();
            foreignKeys();
            uniques();
            indexes();
            if (db.source().keepsChecks()) checks();
            if (engine != DbEngine.SQLITE && !Objects.equals(norm(m.doc()), norm(d.doc()))) {
                different(Scope.COMMENT, null, quoted(m.doc()), quoted(d.doc()));
            }
        }

        // --- columns

        void columns() {
            var modelNames = m.columns().stream().map(Column::name).toList();
            var dbNames = info == null ? d.columns().stream().map(Column::name).toList() : info.columnOrder();
            for (String c : modelNames) {
                if (!dbNames.contains(c)) out.add(new Change(Kind.ONLY_IN_MODEL, Scope.COLUMN, t, c, modelType(m.requireColumn(c)), null));
            }
            for (String c : dbNames) {
                if (!modelNames.contains(c)) out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.COLUMN, t, c, null, liveType(c)));
            }
            var commonModel = modelNames.stream().filter(dbNames::contains).toList();
            var commonDb = dbNames.stream().filter(modelNames::contains).toList();
            if (!commonModel.equals(commonDb)) different(Scope.COLUMN_ORDER, null, commonModel, commonDb);
            for (String c : commonModel) column(m.requireColumn(c), d.column(c).orElse(null));
        }

        private String liveType(String column) {
            var ci = info == null ? null : info.columns().get(column);
            return ci == null ? null : ci.nativeType();
        }

        void column(Column a, Column b) {
            String name = a.name();
            String mt = modelType(a);
            String dt = liveType(name);
            if (!Objects.equals(mt, dt)) columnDiffers(name, "type", mt, dt);
            if (b == null) return; // an unsupported type: the type difference says it
            if (a.nullable() != b.nullable()) columnDiffers(name, "nullability", nullText(a), nullText(b));
            if (!sameDefault(a.defaultValue(), b.defaultValue())) {
                columnDiffers(name, "default", Change.defaultText(a.defaultValue(), engine.dialect()),
                        Change.defaultText(b.defaultValue(), engine.dialect()));
            }
            if (a.autoIncrement() != b.autoIncrement()) columnDiffers(name, "autoincrement", a.autoIncrement(), b.autoIncrement());
            if (a.updatedAt() != b.updatedAt()) columnDiffers(name, "@updated", a.updatedAt(), b.updatedAt());
            if (!Objects.equals(norm(a.comment()), norm(b.doc()))) {
                different(Scope.COMMENT, name, quoted(a.comment()), quoted(b.doc()));
            }
        }

        private static String nullText(Column c) {
            return c.nullable() ? "NULL" : "NOT NULL";
        }

        /** Whether the database's table is SQLite STRICT, which declares each column with a STRICT type. */
        private boolean strict() {
            return info != null && info.leftovers().stream().anyMatch(l -> l.kind() == dev.schemac.pull.Leftover.Kind.DIFFERENCE
                    && dev.schemac.catalog.KeptSql.STRICT.equals(l.definition()));
        }

        /** The model column's type as this engine stores it, in the engine's canonical spelling. */
        String modelType(Column c) {
            if (c.type().isEnum()) {
                EnumDef e = modelCatalog.enumDef(c.type().enumName()).orElseThrow();
                return switch (engine) {
                    case POSTGRES -> e.typeName();
                    case MYSQL, MARIADB -> "enum(" + String.join(",", e.values().stream().map(v -> Sql.string(engine.dialect(), v)).toList()) + ")";
                    case SQLITE -> Sql.sqliteEnumType(e.values(), strict());
                };
            }
            if (engine == DbEngine.SQLITE && c.autoIncrement()) return "INTEGER";
            return NativeTypes.rendered(engine, c.type());
        }

        // --- keys

        void primaryKey() {
            if (d.primaryKey() == null) {
                different(Scope.PRIMARY_KEY, null, m.primaryKey().columns(), "none");
                return;
            }
            if (!m.primaryKey().columns().equals(d.primaryKey().columns())) {
                different(Scope.PRIMARY_KEY, null, m.primaryKey().columns(), d.primaryKey().columns());
            }
            if (d.primaryKey().name() != null && !d.primaryKey().name().equals(m.primaryKey().name())) {
                different(Scope.PRIMARY_KEY, "name", m.primaryKey().name(), d.primaryKey().name());
            }
        }

        void foreignKeys() {
            var unmatched = new ArrayList<>(d.foreignKeys());
            for (ForeignKey a : m.foreignKeys()) {
                ForeignKey b = unmatched.stream().filter(x -> x.name() != null && x.name().equals(a.name())).findFirst()
                        .orElse(unmatched.stream().filter(x -> x.name() == null && x.columns().equals(a.columns())
                                && x.referencedTable().equals(a.referencedTable())).findFirst().orElse(null));
                if (b == null) {
                    out.add(new Change(Kind.ONLY_IN_MODEL, Scope.FOREIGN_KEY, t, a.name(), fkText(a), null));
                    continue;
                }
                unmatched.remove(b);
                if (!fkText(a).equals(fkText(b))) different(Scope.FOREIGN_KEY, a.name(), fkText(a), fkText(b));
            }
            for (ForeignKey b : unmatched) {
                out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.FOREIGN_KEY, t, b.name(), null, fkText(b)));
            }
        }

        private static String fkText(ForeignKey fk) {
            return Change.foreignKeyText(fk.columns(), fk.referencedTable(), fk.referencedColumns(), Sql.action(fk.onDelete()),
                    Sql.action(fk.onUpdate()));
        }

        void uniques() {
            var unmatched = new ArrayList<>(d.uniques());
            for (UniqueConstraint a : m.uniques()) {
                UniqueConstraint b = unmatched.stream().filter(x -> x.name() != null && x.name().equals(a.name())).findFirst()
                        .orElse(unmatched.stream().filter(x -> x.name() == null && x.columns().equals(a.columns())).findFirst().orElse(null));
                if (b == null) {
                    out.add(new Change(Kind.ONLY_IN_MODEL, Scope.UNIQUE, t, a.name(), String.valueOf(a.columns()), null));
                    continue;
                }
                unmatched.remove(b);
                if (!a.columns().equals(b.columns())) different(Scope.UNIQUE, a.name(), a.columns(), b.columns());
                // A unique over every row and one over the live rows take different rows: on a soft-deleting entity
                // generate makes each unique of the latter kind, so a live unique over all rows would change.
                else if (Sql.partialIndexes(engine.dialect()) && !Objects.equals(a.where(), b.where())) {
                    out.add(new Change(Kind.DIFFERENT, Scope.UNIQUE, t, a.name(), Change.ROWS, rows(a), rows(b)));
                }
            }
            for (UniqueConstraint b : unmatched) {
                out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.UNIQUE, t, b.name(), null, String.valueOf(b.columns())));
            }
        }

        /** The rows a unique holds over, as {@link Change#ROWS} has them: its filter's SQL, or null for every row. */
        private String rows(UniqueConstraint u) {
            return u.where() == null ? null : "WHERE " + Sql.rowFilter(engine.dialect(), u.where());
        }

        void indexes() {
            var dbByName = new LinkedHashMap<String, Index>();
            d.indexes().forEach(i -> dbByName.put(i.name(), i));
            for (Index a : m.indexes()) {
                Index b = dbByName.remove(a.name());
                if (b == null) out.add(new Change(Kind.ONLY_IN_MODEL, Scope.INDEX, t, a.name(), String.valueOf(a.columns()), null));
                else if (!a.columns().equals(b.columns())) different(Scope.INDEX, a.name(), a.columns(), b.columns());
            }
            for (Index b : dbByName.values()) {
                out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.INDEX, t, b.name(), null, String.valueOf(b.columns())));
            }
        }

        // --- checks

        void checks() {
            var kept = new ArrayList<Check>();
            for (Check c : m.checks()) {
                var terms = c.terms().stream().filter(term -> dev.schemac.render.sql.Sql.keeps(engine.dialect(), term)).toList();
                if (!terms.isEmpty()) kept.add(new Check(c.name(), terms));
            }
            var unmatched = new ArrayList<>(d.checks());
            for (Check a : kept) {
                Check b = unmatched.stream().filter(x -> x.name() != null && x.name().equals(a.name())).findFirst()
                        .orElse(unmatched.stream().filter(x -> x.name() == null && terms(x, engine.dialect()).equals(terms(a, engine.dialect()))).findFirst().orElse(null));
                if (b == null) {
                    boolean unread = info != null && info.leftovers().stream().anyMatch(l -> l.kind() == dev.schemac.pull.Leftover.Kind.CHECK
                            && a.name().equals(l.name()));
                    if (unread) out.add(new Change(Kind.DIFFERENT, Scope.CHECK, t, a.name(), Change.UNREAD, terms(a, engine.dialect()), null));
                    else out.add(new Change(Kind.ONLY_IN_MODEL, Scope.CHECK, t, a.name(), terms(a, engine.dialect()), null));
                    continue;
                }
                unmatched.remove(b);
                if (!terms(a, engine.dialect()).equals(terms(b, engine.dialect()))) different(Scope.CHECK, a.name(), terms(a, engine.dialect()), terms(b, engine.dialect()));
            }
            for (Check b : unmatched) {
                out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.CHECK, t, b.name(), null, terms(b, engine.dialect())));
            }
            if (info != null) {
                for (var l : info.leftovers()) {
                    if (l.kind() == dev.schemac.pull.Leftover.Kind.CHECK && kept.stream().noneMatch(k -> k.name().equals(l.name()))) {
                        out.add(new Change(Kind.ONLY_IN_DATABASE, Scope.CHECK, t, l.name(), null, l.definition()));
                    }
                }
            }
        }
    }


    // --- shared

    /** The terms, normalized and sorted, as one comparable text; text as the engine's SQL writes it. */
    static String terms(Check c, Dialect d) {
        var parts = new TreeSet<String>();
        for (Check.Term term : c.terms()) {
            if (term instanceof Check.Compare x) parts.add(x.column() + " " + x.op().symbol() + " " + literal(x.literal(), d));
            else if (term instanceof Check.ColumnCompare x) parts.add(x.left() + " " + x.op().symbol() + " " + x.right());
            else if (term instanceof Check.Length x) parts.add("length(" + x.column() + ") in [" + x.min() + ", " + x.max() + "]");
            else if (term instanceof Check.Pattern x) parts.add(x.column() + " matches " + Sql.string(d, x.regex()));
            else if (term instanceof Check.EnumMember x) {
                parts.add(x.column() + " in (" + String.join(", ", x.values().stream().map(v -> Sql.string(d, v)).toList()) + ")");
            }
            else if (term instanceof Check.AllOrNone x) parts.add(x.described());
        }
        return String.join(" AND ", parts);
    }

    private static String literal(Object v, Dialect d) {
        if (v instanceof BigDecimal n) {
            BigDecimal s = n.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return v instanceof String s ? Sql.string(d, s) : String.valueOf(v);
    }

    static boolean sameDefault(ColumnDefault a, ColumnDefault b) {
        if (a instanceof ColumnDefault.Number x && b instanceof ColumnDefault.Number y) return x.value().compareTo(y.value()) == 0;
        return Objects.equals(a, b);
    }


    /** Comments compared line by line, blanks trimmed: SQLite keeps them as -- lines. */
    static String norm(String s) {
        if (s == null) return null;
        var lines = new ArrayList<String>();
        for (String l : s.replace("\r", "").split("\n")) if (!l.isBlank()) lines.add(l.strip());
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String quoted(String s) {
        return s == null ? "none" : "\"" + s.replace("\n", "\\n") + "\"";
    }

}
