package dev.schemac.render.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.naming.HiddenNames;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The names an engine takes for itself ({@link HiddenNames}) met by a name of the model: the
 * script would fail on that engine. Lowering keeps derived names clear of them, so what meets
 * one here is a name the model gives.
 */
final class EngineNames {
    private EngineNames() {}

    static void check(Dialect d, Model model, Catalog catalog, Consumer<Diagnostic> report) {
        switch (d) {
            case POSTGRES -> postgres(model, catalog, report);
            case SQLITE -> sqlite(model, catalog, report);
            case MYSQL -> mysql(model, catalog, report);
        }
    }

    /**
     * Tables, primary keys, unique constraints and indexes are relations of one namespace, with the
     * sequences; and from PostgreSQL 18 on each NOT NULL is a constraint of its table, named as
     * {@link HiddenNames#postgresNotNull} says, which a constraint of the model cannot be named.
     */
    private static void postgres(Model model, Catalog catalog, Consumer<Diagnostic> report) {
        var identities = new ArrayList<HiddenNames.Identity>();
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) if (c.autoIncrement()) identities.add(new HiddenNames.Identity(t.name(), c.name()));
        }
        Map<String, HiddenNames.Sequence> sequences = new HashMap<>();
        for (var s : HiddenNames.postgresSequences(identities)) sequences.put(s.name(), s);
        for (Table t : catalog.tables()) {
            for (Named n : relations(model, t)) {
                var s = sequences.get(n.name());
                if (s != null) {
                    report.accept(n.takenBy("the name PostgreSQL gives the sequence of " + Quoted.stored(s.table(), s.column())
                            + (n.kind() == Kind.TABLE || n.kind() == Kind.INDEX
                                    ? ", and PostgreSQL keeps tables, indexes and sequences in one namespace"
                                    : ", and PostgreSQL gives a " + n.kind().words + "'s index its name, in the one namespace of "
                                            + "tables, indexes and sequences")));
                }
            }
            Map<String, String> notNull = new HashMap<>();
            for (Column c : t.columns()) if (!c.nullable()) notNull.putIfAbsent(HiddenNames.postgresNotNull(t.name(), c.name()), c.name());
            for (Named n : constraints(model, t)) {
                String column = notNull.get(n.name());
                if (column != null) {
                    report.accept(n.takenBy("the name PostgreSQL 18 gives the NOT NULL constraint of "
                            + Quoted.stored(t.name(), column) + ", and two constraints of one table cannot share a name"));
                }
            }
        }
    }

    /** SQLite keeps names starting {@code sqlite_}, in any case, for its own tables and indexes. */
    private static void sqlite(Model model, Catalog catalog, Consumer<Diagnostic> report) {
        for (Table t : catalog.tables()) {
            for (Named n : relations(model, t)) {
                // A primary key is declared in CREATE TABLE, where SQLite does not keep its name; a unique
                // constraint may be an index of its own (CREATE UNIQUE INDEX ... WHERE, for live rows).
                if (n.kind() == Kind.PRIMARY_KEY) continue;
                if (n.name().toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    report.accept(n.takenBy("reserved by SQLite, which keeps names starting with `sqlite_` for its own tables and indexes"));
                }
            }
        }
    }

    /**
     * MySQL and MariaDB name every primary key {@code PRIMARY}, and compare the names of a table's keys ignoring case. Both
     * refuse an index or unique constraint of that name; MariaDB a foreign key (its index would take the name, "Incorrect
     * index name") and a check ("Duplicate CHECK constraint name") too, where MySQL takes a foreign key whose columns
     * already have an index, as schemac writes them.
     */
    private static void mysql(Model model, Catalog catalog, Consumer<Diagnostic> report) {
        var mysql = new MysqlDialect();
        for (Table t : catalog.tables()) {
            String why = "the name MySQL and MariaDB give the primary key of " + Quoted.stored(t.name());
            var named = new ArrayList<>(relations(model, t));
            for (Named n : constraints(model, t)) {
                if (n.kind() == Kind.FOREIGN_KEY) named.add(n);
            }
            Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
            Span table = named.get(0).at();
            for (Check c : t.checks()) {
                if (mysql.check(c, t) != null) named.add(new Named(Kind.CHECK, c.name(), at(e, c.name(), table)));
            }
            for (Named n : named) {
                if (n.kind() == Kind.TABLE || n.kind() == Kind.PRIMARY_KEY) continue;
                if (n.name().equalsIgnoreCase("PRIMARY")) {
                    report.accept(n.takenBy(why + switch (n.kind()) {
                        case INDEX -> ", and two indexes of one table cannot share a name";
                        case UNIQUE_CONSTRAINT -> ", and a unique constraint is an index of its table, whose indexes cannot share a name";
                        default -> ", which MariaDB refuses for a " + n.kind().words;
                    }));
                }
            }
        }
    }

    /** What a name of a table's names, worded as a message names it. */
    private enum Kind {
        TABLE("table"), PRIMARY_KEY("primary key"), UNIQUE_CONSTRAINT("unique constraint"), INDEX("index"),
        FOREIGN_KEY("foreign key"), CHECK("check constraint");

        private final String words;

        Kind(String words) { this.words = words; }
    }

    /** A name of a table's, where the model gives it. */
    private record Named(Kind kind, String name, Span at) {
        /** SC514 for this name, which is {@code what}. */
        Diagnostic takenBy(String what) {
            return Messages.nameTakenByEngine(at, kind.words, kind == Kind.TABLE, name, what);
        }
    }

    /** The table's name and the names of its key, unique constraints and indexes. */
    private static java.util.List<Named> relations(Model model, Table t) {
        Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
        Span table = e != null ? (e.tableNameSpan() != null ? e.tableNameSpan() : e.span())
                : model.requireEntity(t.join().leftEntity()).requireField(t.join().leftField()).span();
        var out = new ArrayList<Named>();
        out.add(new Named(Kind.TABLE, t.name(), table));
        if (t.primaryKey() != null) out.add(new Named(Kind.PRIMARY_KEY, t.primaryKey().name(), at(e, t.primaryKey().name(), table)));
        for (UniqueConstraint u : t.uniques()) out.add(new Named(Kind.UNIQUE_CONSTRAINT, u.name(), at(e, u.name(), table)));
        for (Index i : t.indexes()) out.add(new Named(Kind.INDEX, i.name(), at(e, i.name(), table)));
        return out;
    }

    /** The names of a table's constraints: its key, unique constraints, foreign keys and checks. */
    private static java.util.List<Named> constraints(Model model, Table t) {
        Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
        var relations = relations(model, t);
        Span table = relations.get(0).at();
        var out = new ArrayList<Named>();
        for (Named n : relations) if (n.kind() == Kind.PRIMARY_KEY || n.kind() == Kind.UNIQUE_CONSTRAINT) out.add(n);
        for (ForeignKey k : t.foreignKeys()) out.add(new Named(Kind.FOREIGN_KEY, k.name(), at(e, k.name(), table)));
        for (Check c : t.checks()) out.add(new Named(Kind.CHECK, c.name(), at(e, c.name(), table)));
        return out;
    }

    /** Where the model gives the name: the key, field or index that declares it, else the table. */
    private static Span at(Entity e, String name, Span table) {
        if (e == null) return table;
        if (name.equals(e.primaryKeyName())) return e.span();
        for (IndexSpec s : e.uniques()) if (name.equals(s.name())) return s.span();
        for (IndexSpec s : e.indexes()) if (name.equals(s.name())) return s.span();
        for (EntityCheck c : e.checks()) if (name.equals(c.name())) return c.span();
        for (Field f : e.fields()) {
            if (name.equals(f.names().unique()) || name.equals(f.names().index()) || name.equals(f.names().foreignKey())) return f.span();
            for (FieldCheck c : f.checks()) if (name.equals(c.name())) return c.span();
        }
        return table;
    }
}
