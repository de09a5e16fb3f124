package dev.schemac.lower;

import dev.schemac.render.markdown.Quoted;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.PrimaryKey;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.EntityCheck;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.FieldCheck;
import dev.schemac.model.FieldType;
import dev.schemac.types.TemporalText;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Relation;
import dev.schemac.naming.CaseFold;
import dev.schemac.naming.HiddenNames;
import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.Names;
import dev.schemac.naming.ReservedWords;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model to Catalog: the one place where tables, columns, keys and every constraint and
 * index name are decided. Runs only on a model that resolved without errors.
 */
public final class Lowering {
    private final Model model;
    private final Diagnostics diags;
    private final NameRegistry names;
    private final Map<String, String> tableNames = new LinkedHashMap<>();
    private final Map<String, List<KeyColumn>> keyColumns = new HashMap<>();
    private final Map<String, String> joinTableNames = new HashMap<>();

    /** A column of an entity's primary key, as a referencing table copies it. */
    private record KeyColumn(String name, ColumnType type) {}

    public Lowering(Model model, Diagnostics diags) {
        this.model = model;
        this.diags = diags;
        this.names = new NameRegistry(diags);
    }

    public Catalog lower() {
        decideTableNames();
        reserveSequences();
        var tables = new ArrayList<Table>();
        for (Entity e : model.entities()) tables.add(entityTable(e));
        tables.addAll(joinTables());
        checkEnumTypes(tables);
        var enums = new ArrayList<EnumDef>();
        for (EnumType e : model.enums()) {
            enums.add(new EnumDef(e.name(), enumTypeName(e.name()), e.doc(),
                    e.values().stream().map(v -> v.dbValue()).toList(), e.values().stream().map(v -> v.name()).toList()));
        }
        return Catalog.of(TableOrder.sort(tables), enums);
    }

    public String tableName(String entity) { return tableNames.get(entity); }

    /**
     * PostgreSQL resolves a type name to its own type before a user type of the same name
     * in {@code public}, so an enum called {@code Json}, {@code Date} or {@code Trigger} gets a suffix.
     */
    public static String enumTypeName(String enumName) {
        String name = Names.snake(enumName);
        return ReservedWords.isPostgresOwnType(name) ? name + "_enum" : name;
    }

    private void decideTableNames() {
        Map<String, Entity> owners = new HashMap<>();
        for (Entity e : model.entities()) {
            String t = e.tableName() != null ? e.tableName() : Names.table(e.name(), model.settings().naming());
            Entity other = owners.putIfAbsent(Lookalikes.key(t), e);
            if (other != null) {
                String theirs = tableNames.get(other.name());
                if (theirs.equals(t)) diags.add(Messages.tableCollision(e.span(), t, other.name(), other.span()));
                else diags.add(Messages.namesFoldTogether(e.span(), "table", t, theirs, "", other.span()));
            }
            // A name the model gives is too long where it is written (a Java annotation's value), a derived one at the entity.
            checkLength(e.tableName() != null && e.tableNameSpan() != null ? e.tableNameSpan() : e.span(), "table", t);
            tableNames.put(e.name(), t);
            names.reserve(t);
        }
    }

    /** The sequences PostgreSQL makes for {@code @auto} columns share the tables' namespace: no derived name takes theirs. */
    private void reserveSequences() {
        var identities = new ArrayList<HiddenNames.Identity>();
        for (Entity e : model.entities()) {
            for (Field f : e.fields()) {
                if (f.auto() && f.isStored() && f.relation() == null) {
                    identities.add(new HiddenNames.Identity(tableNames.get(e.name()), columnName(f)));
                }
            }
        }
        for (var s : HiddenNames.possibleSequences(identities)) names.reserveForEngine(s.name());
    }

    /**
     * PostgreSQL 18 names each NOT NULL of a table (a key column's too) as a constraint of that table:
     * the table's derived constraint names step around those names, before the first of them is made.
     */
    private void reserveNotNulls(String table, List<Column> columns, List<String> keyColumns) {
        for (Column c : columns) {
            if (!c.nullable() || keyColumns.contains(c.name())) names.reserveForEngine(HiddenNames.postgresNotNull(table, c.name()));
        }
    }

    /**
     * Enum type names are names in PostgreSQL, where every table is a type too: they must fit
     * the identifier limit, and differ from each other and from the tables even when case and
     * accents are ignored (a name past the limit would be cut, and two cut names could meet).
     */
    private void checkEnumTypes(List<Table> tables) {
        var tableSpans = new HashMap<String, Span>();
        for (Table t : tables) {
            Span at = t.entity() != null ? model.requireEntity(t.entity()).span()
                    : model.requireEntity(t.join().leftEntity()).requireField(t.join().leftField()).span();
            tableSpans.putIfAbsent(CaseFold.key(t.name()), at);
        }
        var types = new HashMap<String, EnumType>();
        for (EnumType e : model.enums()) {
            String type = enumTypeName(e.name());
            checkLength(e.span(), "enum type", type);
            EnumType other = types.putIfAbsent(CaseFold.key(type), e);
            if (other != null) {
                String theirs = enumTypeName(other.name());
                diags.add(theirs.equals(type)
                        ? Messages.enumTypesCollide(e.span(), type, other.name(), e.name(), other.span())
                        : Messages.namesFoldTogether(e.span(), "enum type", type, theirs, " (the PostgreSQL types of enums "
                                + Quoted.name(other.name()) + " and " + Quoted.name(e.name()) + ")", other.span()));
            }
            Span table = tableSpans.get(CaseFold.key(type));
            if (table != null) diags.add(Messages.enumTypeIsTable(e.span(), type, table));
        }
    }

    private void checkLength(Span at, String kind, String name) {
        if (Names.bytes(name) > Names.MAX_IDENTIFIER) {
            diags.add(Messages.nameTooLong(at, kind, name, "PostgreSQL", Names.MAX_IDENTIFIER, true));
        }
    }

    // --- keys

    /**
     * The key columns of an entity; relation fields in a key expand to their target's key.
     * Keys can chain through thousands of entities, so the targets are resolved with an
     * explicit stack rather than recursion (the resolver has already ruled out cycles).
     */
    private List<KeyColumn> keyColumns(Entity e) {
        var cached = keyColumns.get(e.name());
        if (cached != null) return cached;
        var stack = new java.util.ArrayDeque<Entity>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Entity top = stack.peek();
            Entity pending = null;
            for (String k : top.primaryKey()) {
                Field f = top.requireField(k);
                if (f.relation() != null && !keyColumns.containsKey(f.relation().target())) {
                    pending = model.requireEntity(f.relation().target());
                    break;
                }
            }
            if (pending != null) {
                stack.push(pending);
                continue;
            }
            stack.pop();
            var out = new ArrayList<KeyColumn>();
            for (String k : top.primaryKey()) {
                Field f = top.requireField(k);
                if (f.relation() == null) {
                    out.add(new KeyColumn(columnName(f), columnType(f)));
                } else {
                    for (Column c : foreignKeyColumns(f)) out.add(new KeyColumn(c.name(), c.type()));
                }
            }
            keyColumns.put(top.name(), out);
        }
        return keyColumns.get(e.name());
    }

    private static String columnName(Field f) {
        return f.columnName() != null ? f.columnName() : f.name();
    }

    private static ColumnType columnType(Field f) {
        if (f.type() instanceof FieldType.EnumRef r) return ColumnType.ofEnum(r.name());
        var s = (FieldType.Scalar) f.type();
        return new ColumnType(s.kind(), s.length(), s.precision(), s.scale(), null);
    }

    /** {@code user User} → {@code user_id}, typed like {@code User}'s key; one column per key column. */
    private List<Column> foreignKeyColumns(Field f) {
        Entity target = model.requireEntity(f.relation().target());
        var keys = keyColumns(target);
        if (keys.size() > 1 && f.columnName() != null) {
            // One name cannot name several columns: said rather than ignored.
            diags.add(Messages.mapOnCompositeReference(f.span(), f.name(), target.name(),
                    keys.stream().map(k -> Names.foreignKeyColumn(f.name(), k.name())).toList()));
        }
        var out = new ArrayList<Column>();
        for (KeyColumn k : keys) {
            String name = keys.size() == 1 && f.columnName() != null ? f.columnName() : Names.foreignKeyColumn(f.name(), k.name());
            out.add(new Column(name, f.name(), k.type(), f.nullable(), null, false, false, f.doc(), false, false, k.name()));
        }
        return out;
    }

    // --- entity tables

    private Table entityTable(Entity e) {
        String table = tableNames.get(e.name());
        var columns = new ArrayList<Column>();
        var fieldColumns = new HashMap<String, List<String>>();
        List<ForeignKey> fks = new ArrayList<>();
        Map<String, Field> columnOwner = new HashMap<>();
        Map<String, String> columnNames = new HashMap<>();
        for (Field f : e.fields()) {
            if (!f.isStored()) continue;
            List<Column> cols = f.relation() == null ? List.of(scalarColumn(f)) : foreignKeyColumns(f);
            for (Column c : cols) {
                String key = Lookalikes.key(c.name());
                Field other = columnOwner.putIfAbsent(key, f);
                if (other != null) {
                    String theirs = columnNames.get(key);
                    if (theirs.equals(c.name())) {
                        diags.add(Messages.columnCollision(f.span(), table, c.name(), e.name() + "." + other.name()));
                    } else {
                        diags.add(Messages.namesFoldTogether(f.span(), "column", c.name(), theirs, " (in table " + Quoted.stored(table)
                                + ")", other.span()));
                    }
                    continue;
                }
                columnNames.put(key, c.name());
                checkLength(f.columnNameSpan() != null ? f.columnNameSpan() : f.span(), "column", c.name());
                columns.add(c);
            }
            fieldColumns.put(f.name(), cols.stream().map(Column::name).toList());
        }

        var pkColumns = new ArrayList<String>();
        for (String k : e.primaryKey()) pkColumns.addAll(fieldColumns.getOrDefault(k, List.of()));
        reserveNotNulls(table, columns, pkColumns);
        var pk = new PrimaryKey(e.primaryKeyName() != null ? names.explicit(e.primaryKeyName(), e.span(), table)
                : names.derived(Names.constraint("pk", table, List.of())), pkColumns);

        for (Field f : e.fields()) {
            if (f.relation() == null || !f.relation().kind().holdsForeignKey()) continue;
            fks.add(foreignKey(e, table, f, fieldColumns.get(f.name())));
        }
        // FK names are decided after all FKs are known: a second FK to the same table adds columns.
        fks = nameForeignKeys(table, fks);

        // On a soft-deleting entity a deleted row must not keep its unique values: a unique holds
        // among the live rows. A one-to-one stays total, since the relation's shape rests on it.
        String live = e.softDelete().map(f -> fieldColumns.get(f.name()).get(0)).orElse(null);
        var uniques = new ArrayList<UniqueConstraint>();
        for (Field f : e.fields()) {
            if (!f.unique() || !f.isStored()) continue;
            var cols = fieldColumns.get(f.name());
            if (cols.equals(pkColumns)) continue;
            String name = f.names().unique() != null ? names.explicit(f.names().unique(), f.span(), table)
                    : names.derived(Names.constraint("uq", table, cols));
            boolean oneToOne = f.relation() != null;
            uniques.add(new UniqueConstraint(name, cols,
                    oneToOne ? UniqueConstraint.Reason.ONE_TO_ONE : UniqueConstraint.Reason.FIELD,
                    oneToOne ? null : liveRows(live, cols)));
        }
        for (IndexSpec u : e.uniques()) {
            var cols = columnsOf(u.fields(), fieldColumns);
            String name = u.name() != null ? names.explicit(u.name(), u.span(), table)
                    : names.derived(Names.constraint("uq", table, cols));
            uniques.add(new UniqueConstraint(name, cols, UniqueConstraint.Reason.ENTITY, liveRows(live, cols)));
        }

        var indexes = new ArrayList<Index>();
        for (Field f : e.fields()) {
            if (!f.indexed() || !f.isStored()) continue;
            var cols = fieldColumns.get(f.name());
            String name = f.names().index() != null ? names.explicit(f.names().index(), f.span(), table)
                    : names.derived(Names.constraint("idx", table, cols));
            indexes.add(new Index(name, cols, Index.Reason.FIELD));
        }
        for (IndexSpec i : e.indexes()) {
            var cols = columnsOf(i.fields(), fieldColumns);
            String name = i.name() != null ? names.explicit(i.name(), i.span(), table)
                    : names.derived(Names.constraint("idx", table, cols));
            indexes.add(new Index(name, cols, Index.Reason.ENTITY));
        }
        for (ForeignKey fk : fks) {
            if (covered(fk.columns(), pkColumns, uniques, indexes)) continue;
            indexes.add(new Index(names.derived(Names.constraint("idx", table, fk.columns())), fk.columns(),
                    Index.Reason.FOREIGN_KEY));
        }

        var checks = checks(e, table, fieldColumns);
        for (ForeignKey fk : fks) {
            // An optional reference of several columns is kept whole: all NULL (no reference) or all set.
            if (fk.columns().size() > 1 && fk.columns().stream().anyMatch(c -> columns.stream()
                    .anyMatch(col -> col.name().equals(c) && col.nullable()))) {
                checks.add(new Check(names.derived(Names.constraint("ck", table, fk.columns())),
                        List.of(new Check.AllOrNone(fk.columns()))));
            }
        }
        boolean anyUpdated = columns.stream().anyMatch(Column::updatedAt);
        String trigger = anyUpdated ? names.derived(Names.constraint("trg", table, List.of("updated_at"))) : null;
        return new Table(table, e.name(), e.doc(), columns, pk, fks, uniques, indexes, checks, trigger, null);
    }

    private Column scalarColumn(Field f) {
        return new Column(columnName(f), f.name(), columnType(f), f.nullable(), columnDefault(f), f.auto(), f.updatedAt(),
                f.doc(), f.pii(), f.secret(), null);
    }

    private ColumnDefault columnDefault(Field f) {
        DefaultValue d = f.defaultValue();
        if (d == null) return null;
        if (d instanceof DefaultValue.Number n) return new ColumnDefault.Number(n.value());
        // A date, time or datetime in TemporalText's one form, as check literals: a datetime written with Z or an
        // offset is an instant, which every output writes in UTC.
        if (d instanceof DefaultValue.Text t) return new ColumnDefault.Text((String) literal(f, t.value()));
        if (d instanceof DefaultValue.Bool b) return new ColumnDefault.Bool(b.value());
        if (d instanceof DefaultValue.Now) return new ColumnDefault.Now();
        if (d instanceof DefaultValue.Uuid) return new ColumnDefault.Uuid();
        var ev = (DefaultValue.EnumValue) d;
        EnumType type = model.enumType(((FieldType.EnumRef) f.type()).name()).orElseThrow();
        String stored = type.values().stream().filter(v -> v.name().equals(ev.value())).findFirst().orElseThrow().dbValue();
        return new ColumnDefault.EnumValue(stored);
    }

    private ForeignKey foreignKey(Entity e, String table, Field f, List<String> cols) {
        Relation r = f.relation();
        Entity target = model.requireEntity(r.target());
        var refCols = keyColumns(target).stream().map(KeyColumn::name).toList();
        String explicit = f.names().foreignKey() == null ? null : names.explicit(f.names().foreignKey(), f.span(), table);
        return new ForeignKey(explicit, cols, tableNames.get(target.name()), refCols, r.onDelete(), r.onUpdate(),
                f.name(), false);
    }

    private List<ForeignKey> nameForeignKeys(String table, List<ForeignKey> fks) {
        var perTarget = new HashMap<String, Integer>();
        for (ForeignKey fk : fks) perTarget.merge(fk.referencedTable(), 1, Integer::sum);
        var out = new ArrayList<ForeignKey>();
        for (ForeignKey fk : fks) {
            var parts = new ArrayList<String>();
            parts.add(fk.referencedTable());
            if (perTarget.get(fk.referencedTable()) > 1) parts.addAll(fk.columns());
            String name = fk.name() != null ? fk.name() : names.derived(Names.constraint("fk", table, parts));
            out.add(new ForeignKey(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                    fk.onUpdate(), fk.field(), false));
        }
        return out;
    }

    /** The live rows of a soft-deleting table, unless the unique includes the marker itself (then it is meant as written). */
    private static RowFilter liveRows(String live, List<String> cols) {
        return live == null || cols.contains(live) ? null : new RowFilter.IsNull(live);
    }

    private static List<String> columnsOf(List<String> fields, Map<String, List<String>> fieldColumns) {
        var out = new ArrayList<String>();
        for (String f : fields) out.addAll(fieldColumns.getOrDefault(f, List.of()));
        return out;
    }

    /**
     * An index serves a foreign key when the key's columns are its leading columns. A partial
     * unique does not: cascades and joins must find the deleted rows too.
     */
    private static boolean covered(List<String> fkCols, List<String> pk, List<UniqueConstraint> uniques,
                                   List<Index> indexes) {
        if (startsWith(pk, fkCols)) return true;
        for (var u : uniques) if (!u.partial() && startsWith(u.columns(), fkCols)) return true;
        for (var i : indexes) if (startsWith(i.columns(), fkCols)) return true;
        return false;
    }

    private static boolean startsWith(List<String> cols, List<String> prefix) {
        return cols.size() >= prefix.size() && cols.subList(0, prefix.size()).equals(prefix);
    }

    // --- checks

    /**
     * A check's literal as the Catalog holds it: a date, time or datetime in {@link TemporalText}'s
     * one form, which every renderer and the engines' catalogs (read back by pull) agree on.
     */
    private static Object literal(Field f, Object value) {
        if (f.type() instanceof FieldType.Scalar s && value instanceof String text) return TemporalText.held(s.kind(), text);
        return value;
    }

    private List<Check> checks(Entity e, String table, Map<String, List<String>> fieldColumns) {
        var out = new ArrayList<Check>();
        for (Field f : e.fields()) {
            if (!f.isStored() || f.relation() != null) continue;
            String col = fieldColumns.get(f.name()).get(0);
            var terms = new ArrayList<Check.Term>();
            if (f.type() instanceof FieldType.EnumRef r) {
                EnumType t = model.enumType(r.name()).orElseThrow();
                terms.add(new Check.EnumMember(col, r.name(), t.values().stream().map(v -> v.dbValue()).toList()));
            }
            // Named checks are constraints of their own, in the order their names first appear.
            var named = new LinkedHashMap<String, List<Check.Term>>();
            var namedAt = new HashMap<String, Span>();
            for (FieldCheck c : f.checks()) {
                Check.Term term;
                if (c instanceof FieldCheck.Compare cmp) term = new Check.Compare(col, cmp.op(), literal(f, cmp.value()));
                else if (c instanceof FieldCheck.Length len) term = new Check.Length(col, len.min(), len.max());
                else term = new Check.Pattern(col, ((FieldCheck.Pattern) c).regex());
                if (c.name() == null) {
                    terms.add(term);
                } else {
                    named.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(term);
                    namedAt.putIfAbsent(c.name(), c.span());
                }
            }
            if (!terms.isEmpty()) out.add(new Check(names.derived(Names.constraint("ck", table, List.of(col))), terms));
            named.forEach((name, ts) -> out.add(new Check(names.explicit(name, namedAt.get(name), table), ts)));
        }
        for (EntityCheck c : e.checks()) {
            String l = fieldColumns.get(c.left()).get(0);
            String r = fieldColumns.get(c.right()).get(0);
            String name = c.name() != null ? names.explicit(c.name(), c.span(), table)
                    : names.derived(Names.constraint("ck", table, List.of(l, r)));
            out.add(new Check(name, List.of(new Check.ColumnCompare(l, c.op(), r))));
        }
        return out;
    }

    // --- join tables

    private List<Table> joinTables() {
        var out = new ArrayList<Table>();
        for (Entity e : model.entities()) {
            for (Field f : e.fields()) {
                Relation r = f.relation();
                if (r == null || r.kind() != Relation.Kind.MANY_TO_MANY) continue;
                Entity other = model.requireEntity(r.target());
                // Each pair once: from the side whose (table, field) sorts first.
                String mine = tableNames.get(e.name()) + "." + f.name();
                String theirs = tableNames.get(other.name()) + "." + r.inverse();
                if (mine.compareTo(theirs) > 0) continue;
                out.add(joinTable(e, f, other, other.requireField(r.inverse())));
            }
        }
        return out;
    }

    private Table joinTable(Entity left, Field leftField, Entity right, Field rightField) {
        String lt = tableNames.get(left.name());
        String rt = tableNames.get(right.name());
        boolean self = left.name().equals(right.name());
        String relationName = leftField.relation().name();
        String table = relationName != null ? Names.snake(relationName.replace(' ', '_'))
                : Names.joinTable(left.name(), rt);
        if (tableNames.values().stream().anyMatch(t -> CaseFold.key(t).equals(CaseFold.key(table)))) {
            diags.add(Messages.tableCollision(leftField.span(), table, "the join table of " + left.name() + "."
                    + leftField.name(), entitySpanOfTable(table)));
        }
        String otherJoin = joinTableNames.putIfAbsent(CaseFold.key(table), left.name() + "." + leftField.name());
        if (otherJoin != null) {
            diags.add(Messages.tableCollision(leftField.span(), table, "the join table of " + otherJoin, leftField.span()));
        }
        names.reserve(table);
        checkLength(leftField.span(), "table", table);
        // Columns hold each side's key; in a self relation they are named after the fields.
        var leftKeys = keyColumns(left);
        var rightKeys = keyColumns(right);
        String leftPrefix = self ? Names.singularize(rightField.name()) : Names.snake(left.name());
        String rightPrefix = self ? Names.singularize(leftField.name()) : Names.snake(right.name());
        var columns = new ArrayList<Column>();
        var leftCols = new ArrayList<String>();
        var rightCols = new ArrayList<String>();
        for (KeyColumn k : leftKeys) {
            String n = Names.foreignKeyColumn(leftPrefix, k.name());
            columns.add(new Column(n, null, k.type(), false, null, false, false, null, false, false, k.name()));
            leftCols.add(n);
        }
        for (KeyColumn k : rightKeys) {
            String n = Names.foreignKeyColumn(rightPrefix, k.name());
            columns.add(new Column(n, null, k.type(), false, null, false, false, null, false, false, k.name()));
            rightCols.add(n);
        }
        var pkCols = new ArrayList<>(leftCols);
        pkCols.addAll(rightCols);
        reserveNotNulls(table, columns, pkCols);
        var pk = new PrimaryKey(names.derived(Names.constraint("pk", table, List.of())), pkCols);
        var fks = new ArrayList<ForeignKey>();
        var leftParts = new ArrayList<String>(List.of(lt));
        var rightParts = new ArrayList<String>(List.of(rt));
        if (self) {
            leftParts.addAll(leftCols);
            rightParts.addAll(rightCols);
        }
        fks.add(new ForeignKey(names.derived(Names.constraint("fk", table, leftParts)), leftCols, lt,
                leftKeys.stream().map(KeyColumn::name).toList(), ReferentialAction.CASCADE, ReferentialAction.CASCADE,
                null, false));
        fks.add(new ForeignKey(names.derived(Names.constraint("fk", table, rightParts)), rightCols, rt,
                rightKeys.stream().map(KeyColumn::name).toList(), ReferentialAction.CASCADE, ReferentialAction.CASCADE,
                null, false));
        var idx = new Index(names.derived(Names.constraint("idx", table, rightCols)), rightCols, Index.Reason.FOREIGN_KEY);
        String doc = "Links " + left.name() + "." + leftField.name() + " and " + right.name() + "." + rightField.name() + ".";
        return new Table(table, null, doc, columns, pk, fks, List.of(), List.of(idx), List.of(), null,
                new Table.JoinTable(left.name(), leftField.name(), right.name(), rightField.name()));
    }

    private Span entitySpanOfTable(String table) {
        for (var e : tableNames.entrySet()) {
            if (CaseFold.key(e.getValue()).equals(CaseFold.key(table))) return model.requireEntity(e.getKey()).span();
        }
        return null;
    }
}
