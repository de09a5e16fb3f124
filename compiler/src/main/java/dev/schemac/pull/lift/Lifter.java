package dev.schemac.pull.lift;

import dev.schemac.ast.Value;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Check;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.model.Naming;
import dev.schemac.model.Op;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.introspect.NativeTypes;
import dev.schemac.pull.lift.Draft.EntityDraft;
import dev.schemac.pull.lift.Draft.FieldLine;
import dev.schemac.render.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lifts a live database's Catalog to a model: entities from tables, fields from columns,
 * relations from foreign keys (back sides paired, many-to-many from pure join tables),
 * enums, keys, uniques, indexes, checks, defaults and docs, with every name written only
 * where the lowering would not derive it (the names come from {@link Names}, as the
 * lowering's do). What the language cannot say becomes a {@link Leftover} at its place.
 */
public final class Lifter {
    private final LiveSchema live;
    private final DbEngine engine;
    private final Dialect dialect;
    private final Catalog catalog;
    private final Predicate<String> selected;
    /** Names the model must give explicitly, found by comparing a compiled model with the database. */
    private final Map<String, String> forcedNames;

    private Naming naming = Naming.SNAKE_PLURAL;
    private final Map<String, String> entityOf = new LinkedHashMap<>();
    private final Set<String> typeNames = new HashSet<>();
    private final Map<String, String> enumOfType = new HashMap<>(); // catalog enum name -> model enum name
    private final Map<String, Map<String, String>> enumValueNames = new HashMap<>(); // model enum -> stored -> name
    private final Map<String, JoinPlan> joins = new LinkedHashMap<>();
    private final Map<String, TablePlan> plans = new LinkedHashMap<>();
    private final Set<String> explicitNames = new HashSet<>();
    private boolean idsUuid;
    private boolean timestamps;

    public Lifter(LiveSchema live, Predicate<String> selected, Map<String, String> forcedNames) {
        this.live = live;
        this.engine = live.source().engine();
        this.dialect = engine.dialect();
        this.catalog = live.catalog();
        this.selected = selected;
        this.forcedNames = forcedNames;
    }

    /** The tables this pull writes (selected, with a primary key). */
    public List<String> pulledTables() {
        return plans.keySet().stream().toList();
    }

    public Set<String> joinTables() {
        return joins.keySet();
    }

    // ------------------------------------------------------------------ the whole model

    Draft lift(String schemaName) {
        var draft = new Draft();
        draft.schemaName = schemaName;
        var candidates = new ArrayList<Table>();
        var notPulled = new LinkedHashMap<String, Leftover>();
        for (Table t : catalog.tables()) {
            if (!selected.test(t.name())) continue;
            if (t.primaryKey() == null) {
                notPulled.put(t.name(), new Leftover(Leftover.Kind.TABLE, t.name(), null, t.name(), describe(t),
                        noKeyReason(t)));
            } else if (!Idents.writableName(t.name())) {
                notPulled.put(t.name(), new Leftover(Leftover.Kind.TABLE, t.name(), null, t.name(), describe(t),
                        "its name has control characters, which a model string cannot hold"));
            } else if (t.name().length() > Names.MAX_IDENTIFIER
                    || t.columns().stream().anyMatch(c -> c.name().length() > Names.MAX_IDENTIFIER)) {
                notPulled.put(t.name(), new Leftover(Leftover.Kind.TABLE, t.name(), null, t.name(), describe(t),
                        "a table or column name is longer than " + Names.MAX_IDENTIFIER + " characters, the most PostgreSQL "
                                + "allows; schemac keeps names valid on every dialect"));
            } else if (t.columns().stream().anyMatch(c -> !Idents.writableName(c.name()))) {
                notPulled.put(t.name(), new Leftover(Leftover.Kind.TABLE, t.name(), null, t.name(), describe(t),
                        "a column name has control characters, which a model string cannot hold"));
            } else {
                candidates.add(t);
            }
        }
        chooseNaming(candidates);
        decideEnums();
        // Tables the naming setting derives claim their entity names first; the others take @@map.
        for (Table t : candidates) {
            String e = singularPascal(t.name());
            if (e != null && !mapped(e, t.name()) && !typeNames.contains(e)) entityOf.put(t.name(), entityName(t.name()));
        }
        for (Table t : candidates) if (!entityOf.containsKey(t.name())) entityOf.put(t.name(), entityName(t.name()));
        for (Table t : candidates) {
            JoinPlan j = joinPlan(t);
            if (j != null) joins.put(t.name(), j);
        }
        for (Table t : candidates) {
            if (!joins.containsKey(t.name())) plans.put(t.name(), new TablePlan(t));
        }
        decideSettings();
        for (TablePlan p : plans.values()) p.relations();
        for (TablePlan p : plans.values()) p.nameFields();
        countPairs();
        for (TablePlan p : plans.values()) p.fields();
        for (TablePlan p : plans.values()) p.backSides();
        for (JoinPlan j : joins.values()) j.fields();
        for (TablePlan p : plans.values()) p.draft.members.addAll(p.listFields);

        settings(draft);
        for (EnumDef e : catalog.enums()) enumDraft(e, draft);
        var byTable = new java.util.TreeMap<String, Object>();
        for (TablePlan p : plans.values()) byTable.put(p.table.name(), p.draft);
        notPulled.forEach(byTable::put);
        draft.entities.addAll(byTable.values());
        for (Leftover l : live.leftovers()) {
            if (l.table() == null || selected.test(l.table())) draft.trailing.add(l);
        }
        return draft;
    }

    private String noKeyReason(Table t) {
        var info = live.info(t.name());
        boolean unsupportedKey = info != null && info.leftovers().stream().anyMatch(l -> l.kind() == Leftover.Kind.TABLE);
        return unsupportedKey ? "its primary key has a column schemac cannot type"
                : "it has no primary key, and every entity has one";
    }

    /** The table as a comment: its columns, for a table the model cannot hold. */
    private String describe(Table t) {
        var info = live.info(t.name());
        var cols = info == null ? t.columns().stream().map(Column::name).toList() : info.columnOrder();
        var parts = new ArrayList<String>();
        for (String c : cols) {
            String type = info == null || info.columns().get(c) == null ? "" : " " + info.columns().get(c).nativeType();
            parts.add(c + type);
        }
        return "(" + String.join(", ", parts) + ")";
    }

    // ------------------------------------------------------------------ settings

    /**
     * The naming setting that derives the most table names from their entities' names
     * (singular PascalCase, the same for every setting), so the fewest need @@map.
     */
    private void chooseNaming(List<Table> tables) {
        int best = -1;
        for (Naming n : List.of(Naming.SNAKE_PLURAL, Naming.SNAKE, Naming.PRESERVE)) {
            int derivable = 0;
            for (Table t : tables) {
                String e = singularPascal(t.name());
                if (e != null && Names.table(e, n).equals(t.name())) derivable++;
            }
            if (derivable > best) {
                best = derivable;
                naming = n;
            }
        }
    }

    /** {@code order_items}, {@code OrderItems} → {@code OrderItem}; null for a name that is no identifier. */
    private static String singularPascal(String table) {
        if (!Idents.isIdent(table)) return null;
        String e = Names.pascal(Names.singularize(Names.snake(table)));
        return Idents.isTypeName(e) ? e : null;
    }

    private String entityName(String table) {
        String e = singularPascal(table);
        if (e == null) e = singularPascal(Idents.pascalIdent(table));
        if (e == null) e = Idents.pascalIdent(table);
        if (!Idents.isTypeName(e)) e = e + "Entity";
        String base = e;
        for (int i = 2; typeNames.contains(e); i++) e = base + i;
        typeNames.add(e);
        return e;
    }

    private boolean mapped(String entity, String table) {
        return !Names.table(entity, naming).equals(table);
    }

    private void decideSettings() {
        int autoIds = 0, uuidIds = 0, withTimestamps = 0;
        for (TablePlan p : plans.values()) {
            if (p.implicitId(false)) autoIds++;
            if (p.implicitId(true)) uuidIds++;
            if (p.implicitTimestamps()) withTimestamps++;
        }
        idsUuid = uuidIds > autoIds;
        timestamps = withTimestamps * 2 > plans.size() - withTimestamps;
    }

    private void settings(Draft d) {
        d.settings.add("dialect = " + dialect.id());
        if (naming != Naming.SNAKE_PLURAL) d.settings.add("naming = " + naming.name().toLowerCase(Locale.ROOT));
        if (idsUuid) d.settings.add("ids = uuid");
        if (!timestamps) d.settings.add("timestamps = false");
    }

    // ------------------------------------------------------------------ enums

    private void decideEnums() {
        var byValues = new LinkedHashMap<List<String>, String>();
        for (EnumDef e : catalog.enums()) {
            String name;
            if (e.typeName() != null) {
                name = Idents.pascalIdent(e.typeName());
                if (Names.snake(name).equals(e.typeName()) || (Names.isPostgresBuiltinType(Names.snake(name))
                        && (Names.snake(name) + "_enum").equals(e.typeName()))) {
                    // derivable as is
                } else if (Idents.isTypeName(e.typeName()) && Names.snake(e.typeName()).equals(e.typeName())) {
                    name = e.typeName();
                }
                if (e.typeName().endsWith("_enum") && Names.isPostgresBuiltinType(e.typeName().substring(0, e.typeName().length() - 5))) {
                    name = Idents.pascalIdent(e.typeName().substring(0, e.typeName().length() - 5));
                }
            } else {
                // MySQL and SQLite keep enums per column: one model enum per distinct value list.
                String existing = byValues.get(e.values());
                if (existing != null) {
                    enumOfType.put(e.name(), existing);
                    continue;
                }
                name = columnEnumName(e.name());
                byValues.put(e.values(), null);
            }
            String base = name;
            for (int i = 2; typeNames.contains(name); i++) name = base + i;
            typeNames.add(name);
            enumOfType.put(e.name(), name);
            if (e.typeName() == null) byValues.put(e.values(), name);
            var values = new LinkedHashMap<String, String>();
            var used = new HashSet<String>();
            for (String v : e.values()) {
                String n = Idents.isIdent(v) ? v : Idents.snakeIdent(v).toUpperCase(Locale.ROOT);
                if (!Idents.isIdent(n)) n = "V" + n;
                String b = n;
                for (int i = 2; !used.add(n); i++) n = b + "_" + i;
                values.put(v, n);
            }
            enumValueNames.put(name, values);
        }
    }

    /** {@code orders.status} → {@code OrderStatus}; a column that already names its table stays as it is. */
    private static String columnEnumName(String tableDotColumn) {
        int dot = tableDotColumn.lastIndexOf('.');
        String table = tableDotColumn.substring(0, dot);
        String column = tableDotColumn.substring(dot + 1);
        boolean snake = table.equals(table.toLowerCase(Locale.ROOT));
        String single = Idents.isIdent(table) && snake ? Names.singularize(table) : table;
        String col = Idents.snakeIdent(column).toLowerCase(Locale.ROOT);
        if (col.startsWith(single.toLowerCase(Locale.ROOT) + "_")) return Idents.pascalIdent(col);
        return Idents.pascalIdent(single + "_" + col);
    }

    private void enumDraft(EnumDef e, Draft d) {
        String name = enumOfType.get(e.name());
        if (name == null || d.enums.stream().anyMatch(x -> x.name().equals(name))) return;
        if (e.typeName() == null && !enumUsed(e.name())) return;
        var notes = new ArrayList<Leftover>();
        if (e.typeName() != null) {
            String derived = Names.snake(name);
            if (Names.isPostgresBuiltinType(derived)) derived += "_enum";
            if (!derived.equals(e.typeName())) {
                notes.add(new Leftover(Leftover.Kind.NAME, null, null, e.typeName(), derived,
                        "enum type names are derived from the enum's name: generate names it `" + derived + "`"));
            }
        }
        var values = new ArrayList<Draft.EnumValueDraft>();
        enumValueNames.get(name).forEach((stored, n) -> values.add(new Draft.EnumValueDraft(n, stored)));
        d.enums.add(new Draft.EnumDraft(name, e.doc(), values, notes));
    }

    private boolean enumUsed(String catalogEnum) {
        for (TablePlan p : plans.values()) {
            for (Column c : p.table.columns()) {
                if (c.type().isEnum() && catalogEnum.equals(c.type().enumName()) && !p.relationColumns.contains(c.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ many-to-many

    /** A pure join table the lowering would write for a many-to-many, with the fields that say so. */
    private final class JoinPlan {
        final Table table;
        final String leftTable, rightTable, leftField, rightField, relationName;

        JoinPlan(Table table, String leftTable, String leftField, String rightTable, String rightField, String relationName) {
            this.table = table;
            this.leftTable = leftTable;
            this.rightTable = rightTable;
            this.leftField = leftField;
            this.rightField = rightField;
            this.relationName = relationName;
        }

        void fields() {
            TablePlan l = plans.get(leftTable);
            TablePlan r = plans.get(rightTable);
            String rel = relationName == null ? "" : " @relation(" + Value.quote(relationName) + ")";
            l.listFields.add(new FieldLine(leftField, entityOf.get(rightTable) + "[]", null,
                    rel.isEmpty() ? List.of() : List.of(rel.strip()), null, List.of()));
            r.listFields.add(new FieldLine(rightField, entityOf.get(leftTable) + "[]", null,
                    rel.isEmpty() ? List.of() : List.of(rel.strip()), null, List.of()));
        }
    }

    private JoinPlan joinPlan(Table j) {
        if (j.foreignKeys().size() != 2 || !j.uniques().isEmpty() || !j.checks().isEmpty() || j.indexes().size() != 1) return null;
        for (Table t : catalog.tables()) {
            for (ForeignKey fk : t.foreignKeys()) if (fk.referencedTable().equals(j.name())) return null;
        }
        var info = live.info(j.name());
        if (info == null || !info.leftovers().isEmpty() || info.columnOrder().size() != j.columns().size()) return null;
        for (Column c : j.columns()) if (c.defaultValue() != null || c.autoIncrement() || c.comment() != null || c.updatedAt()) return null;
        ForeignKey a = j.foreignKeys().get(0);
        ForeignKey b = j.foreignKeys().get(1);
        for (ForeignKey fk : List.of(a, b)) {
            Table target = catalog.table(fk.referencedTable()).orElse(null);
            if (target == null || !entityOf.containsKey(target.name()) || target.primaryKey() == null
                    || !fk.referencedColumns().equals(target.primaryKey().columns())
                    || fk.onDelete() != ReferentialAction.CASCADE || fk.onUpdate() != ReferentialAction.CASCADE) {
                return null;
            }
            if (!sameTypes(j, fk.columns(), target, fk.referencedColumns())) return null;
        }
        for (ForeignKey[] order : List.of(new ForeignKey[] {a, b}, new ForeignKey[] {b, a})) {
            ForeignKey left = order[0], right = order[1];
            boolean self = left.referencedTable().equals(right.referencedTable());
            // A second many-to-many between the same entities needs a relation name to pair.
            boolean pairTaken = joins.values().stream().anyMatch(x -> pairKey(x.leftTable, x.rightTable)
                    .equals(pairKey(left.referencedTable(), right.referencedTable())));
            for (String[] fields : fieldCandidates(j, left, right, self)) {
                for (String relation : self || pairTaken ? List.of(j.name()) : java.util.Arrays.asList(null, j.name())) {
                    if (relation != null && !(Idents.isIdent(relation) && Names.snake(relation).equals(relation))) continue;
                    if (matchesJoin(j, left, right, fields[0], fields[1], relation, self)) {
                        return new JoinPlan(j, left.referencedTable(), fields[0], right.referencedTable(), fields[1], relation);
                    }
                }
            }
        }
        return null;
    }

    /** Field names to try: [field on the left entity, field on the right entity]. */
    private List<String[]> fieldCandidates(Table j, ForeignKey left, ForeignKey right, boolean self) {
        var out = new ArrayList<String[]>();
        String le = entityOf.get(left.referencedTable());
        String re = entityOf.get(right.referencedTable());
        // The lowering documents a join table with the fields it links: a table it made says their names.
        var said = j.doc() == null ? null : JOIN_DOC.matcher(j.doc());
        if (said != null && said.matches() && said.group(1).equals(le) && said.group(3).equals(re)) {
            out.add(new String[] {said.group(2), said.group(4)});
        }
        if (!self) {
            out.add(new String[] {Names.pluralize(Names.snake(re)), Names.pluralize(Names.snake(le))});
            return out;
        }
        // A self many-to-many names its columns after the singular of the opposite field.
        String lk = left.referencedColumns().get(0);
        String lp = prefix(left.columns().get(0), lk);
        String rp = prefix(right.columns().get(0), right.referencedColumns().get(0));
        if (lp == null || rp == null) return out;
        for (String leftField : List.of(Names.pluralize(rp), rp)) {
            for (String rightField : List.of(Names.pluralize(lp), lp)) {
                if (Idents.isIdent(leftField) && Idents.isIdent(rightField) && !leftField.equals(rightField)) {
                    out.add(new String[] {leftField, rightField});
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern JOIN_DOC = java.util.regex.Pattern.compile(
            "Links ([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*) and ([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\.");

    private static String prefix(String column, String key) {
        return column.endsWith("_" + key) && column.length() > key.length() + 1
                ? column.substring(0, column.length() - key.length() - 1) : null;
    }

    /** Whether the lowering's join table for these fields is exactly this table (mirrors Lowering.joinTable). */
    private boolean matchesJoin(Table j, ForeignKey left, ForeignKey right, String leftField, String rightField,
                                String relation, boolean self) {
        String lt = left.referencedTable();
        String rt = right.referencedTable();
        String le = entityOf.get(lt);
        String re = entityOf.get(rt);
        // The lowering writes the pair from the side whose table.field sorts first.
        if ((lt + "." + leftField).compareTo(rt + "." + rightField) > 0) return false;
        String name = relation != null ? Names.snake(relation.replace(' ', '_')) : Names.snake(le) + "_" + rt;
        if (!name.equals(j.name())) return false;
        String leftPrefix = self ? Names.singularize(rightField) : Names.snake(le);
        String rightPrefix = self ? Names.singularize(leftField) : Names.snake(re);
        var leftCols = left.referencedColumns().stream().map(k -> leftPrefix + "_" + k).toList();
        var rightCols = right.referencedColumns().stream().map(k -> rightPrefix + "_" + k).toList();
        var all = new ArrayList<>(leftCols);
        all.addAll(rightCols);
        if (!j.columns().stream().map(Column::name).toList().equals(all)) return false;
        if (!j.primaryKey().columns().equals(all)) return false;
        if (!left.columns().equals(leftCols) || !right.columns().equals(rightCols)) return false;
        if (!nameMatches(j.primaryKey().name(), Names.constraint("pk", name, List.of()))) return false;
        var lp = new ArrayList<String>(List.of(lt));
        var rp = new ArrayList<String>(List.of(rt));
        if (self) {
            lp.addAll(leftCols);
            rp.addAll(rightCols);
        }
        if (!nameMatches(left.name(), Names.constraint("fk", name, lp)) || !nameMatches(right.name(), Names.constraint("fk", name, rp))) {
            return false;
        }
        Index idx = j.indexes().get(0);
        if (!idx.columns().equals(rightCols) || !idx.name().equals(Names.constraint("idx", name, rightCols))) return false;
        // The lowering documents the table (engines other than SQLite keep it): a join table made otherwise is an entity.
        String doc = "Links " + le + "." + leftField + " and " + re + "." + rightField + ".";
        return dialect == Dialect.SQLITE || doc.equals(j.doc());
    }

    /**
     * Whether a foreign key column is stored as the key column it references is: the lowering
     * gives it the key's type, so the database must already have that.
     */
    private boolean sameStoredType(Table t, Column c, Table target, Column key) {
        var ci = live.info(t.name()).columns().get(c.name());
        var ki = live.info(target.name()).columns().get(key.name());
        if (ci == null || ki == null || !ki.exactType()) return false;
        if (key.type().isEnum() || c.type().isEnum()) return c.type().equals(key.type());
        return ci.nativeType().equals(NativeTypes.rendered(engine, key.type()));
    }

    private static boolean nameMatches(String live, String derived) {
        return live == null || live.equals(derived);
    }

    private boolean sameTypes(Table t, List<String> cols, Table target, List<String> refs) {
        for (int i = 0; i < cols.size(); i++) {
            var c = t.column(cols.get(i)).orElse(null);
            var r = target.column(refs.get(i)).orElse(null);
            if (c == null || r == null || !sameStoredType(t, c, target, r)) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ one table

    /** A to-one relation field planned from a foreign key. */
    private record RelationPlan(ForeignKey fk, String field, boolean nullable, boolean unique, boolean key,
                                String relationName, List<String> attributes, String doc) {}

    private final class TablePlan {
        final Table table;
        final LiveSchema.TableInfo info;
        final String entity;
        final EntityDraft draft;
        final Set<String> fieldNames = new HashSet<>();
        final Map<String, String> fieldOfColumn = new HashMap<>();
        final Set<String> relationColumns = new HashSet<>();
        final List<RelationPlan> relations = new ArrayList<>();
        final List<FieldLine> listFields = new ArrayList<>();
        final Set<Object> consumed = new HashSet<>(); // constraints said by a field attribute
        boolean withImplicitId, withImplicitTimestamps;

        TablePlan(Table table) {
            this.table = table;
            this.info = live.info(table.name());
            this.entity = entityOf.get(table.name());
            this.draft = new EntityDraft(entity, mapped(entity, table.name()) ? table.name() : null, table.name());
        }

        Column column(String name) {
            return table.column(name).orElse(null);
        }

        LiveSchema.ColumnInfo columnInfo(String name) {
            return info == null ? null : info.columns().get(name);
        }

        // --- implicit fields

        boolean implicitId(boolean uuid) {
            var order = info.columnOrder();
            if (order.isEmpty() || !order.get(0).equals("id") || !table.primaryKey().columns().equals(List.of("id"))) return false;
            Column c = column("id");
            if (c == null || c.nullable() || c.comment() != null || c.updatedAt() || c.isForeignKey()) return false;
            if (!nameMatches(forced("pk"), Names.constraint("pk", table.name(), List.of()))
                    || !nameMatches(table.primaryKey().name(), Names.constraint("pk", table.name(), List.of()))) {
                return false;
            }
            var ci = columnInfo("id");
            if (ci == null || !ci.exactType() || "serial".equals(ci.generated())) return false;
            for (var l : info.leftovers()) if ("id".equals(l.column())) return false;
            for (var u : table.uniques()) if (u.columns().equals(List.of("id"))) return false;
            for (var ch : table.checks()) for (var term : ch.terms()) if (columnsOf(term).contains("id")) return false;
            if (uuid) return c.type().kind() == ScalarKind.UUID && c.defaultValue() instanceof ColumnDefault.Uuid && !c.autoIncrement();
            return c.type().kind() == ScalarKind.INT && c.autoIncrement() && c.defaultValue() == null;
        }

        boolean implicitTimestamps() {
            var order = info.columnOrder();
            int n = order.size();
            if (n < 2 || !order.get(n - 2).equals("created_at") || !order.get(n - 1).equals("updated_at")) return false;
            return timestampColumn("created_at", false) && timestampColumn("updated_at", true);
        }

        private boolean timestampColumn(String name, boolean updated) {
            Column c = column(name);
            if (c == null || c.type().isEnum() || c.type().kind() != ScalarKind.DATETIME || c.nullable()) return false;
            if (!(c.defaultValue() instanceof ColumnDefault.Now) || c.updatedAt() != updated || c.comment() != null) return false;
            if (c.isForeignKey() || table.primaryKey().columns().contains(name)) return false;
            var ci = columnInfo(name);
            if (ci == null || !ci.exactType()) return false;
            for (var ch : table.checks()) for (var term : ch.terms()) if (columnsOf(term).contains(name)) return false;
            for (var l : info.leftovers()) if (name.equals(l.column())) return false;
            return true;
        }

        private String forced(String kind) {
            return forcedNames.get(table.name() + "\0" + kind);
        }

        // --- relations

        void relations() {
            var perTarget = new HashMap<String, Integer>();
            for (ForeignKey fk : table.foreignKeys()) perTarget.merge(fk.referencedTable(), 1, Integer::sum);
            var used = new HashSet<String>();
            withImplicitId = idsUuid ? implicitId(true) : implicitId(false);
            if (withImplicitId) fieldNames.add("id");
            withImplicitTimestamps = timestamps && implicitTimestamps();
            if (withImplicitTimestamps) {
                fieldNames.add("created_at");
                fieldNames.add("updated_at");
            }
            for (ForeignKey fk : sortedForeignKeys()) {
                String why = relationProblem(fk, used);
                if (why != null) {
                    draft.notes.add(new Leftover(Leftover.Kind.FOREIGN_KEY, table.name(), null,
                            fk.name() == null ? "(unnamed)" : fk.name(), fkText(fk), why));
                    continue;
                }
                used.addAll(fk.columns());
                relationColumns.addAll(fk.columns());
                boolean nullable = column(fk.columns().get(0)).nullable();
                boolean key = table.primaryKey().columns().containsAll(fk.columns());
                boolean unique = !key && table.uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()));
                relations.add(new RelationPlan(fk, null, nullable, unique, key, null, List.of(), null));
            }
            // The primary key must be whole relations and scalar columns.
            for (RelationPlan r : List.copyOf(relations)) {
                boolean some = r.fk().columns().stream().anyMatch(table.primaryKey().columns()::contains);
                if (some && !r.key()) {
                    relations.remove(r);
                    relationColumns.removeAll(r.fk().columns());
                    draft.notes.add(new Leftover(Leftover.Kind.FOREIGN_KEY, table.name(), null, r.fk().name(), fkText(r.fk()),
                            "it shares some of its columns with the primary key"));
                }
            }
        }

        private List<ForeignKey> sortedForeignKeys() {
            var order = info.columnOrder();
            var fks = new ArrayList<>(table.foreignKeys());
            fks.sort(java.util.Comparator.comparingInt((ForeignKey f) -> order.indexOf(f.columns().get(0)))
                    .thenComparing(f -> String.valueOf(f.name())));
            return fks;
        }

        private String relationProblem(ForeignKey fk, Set<String> used) {
            Table target = catalog.table(fk.referencedTable()).orElse(null);
            if (target == null || !selected.test(fk.referencedTable())) return "it references `" + fk.referencedTable() + "`, which is not pulled";
            if (!plans.containsKey(target.name())) return "it references `" + fk.referencedTable() + "`, which is not pulled as an entity";
            if (!fk.referencedColumns().equals(target.primaryKey().columns())) {
                return "it references " + fk.referencedColumns() + " of `" + target.name() + "`, not its primary key";
            }
            for (String c : fk.columns()) if (used.contains(c)) return "it shares column `" + c + "` with another foreign key";
            boolean firstNullable = column(fk.columns().get(0)).nullable();
            for (String c : fk.columns()) {
                if (column(c).nullable() != firstNullable) return "some of its columns are nullable and some are not";
                if (column(c).autoIncrement()) return "its column `" + c + "` is generated";
            }
            if (fk.columns().size() > 1 && compositePrefix(fk) == null) {
                return "its columns cannot be named `{field}_{key column}`, as the language names them";
            }
            return null;
        }

        /** The field name f with columns {@code f_<key>} for every key column, or null. */
        String compositePrefix(ForeignKey fk) {
            String p = prefix(fk.columns().get(0), fk.referencedColumns().get(0));
            if (p == null) return null;
            for (int i = 0; i < fk.columns().size(); i++) {
                if (!fk.columns().get(i).equals(p + "_" + fk.referencedColumns().get(i))) return null;
            }
            return Idents.isIdent(p) ? p : null;
        }

        // --- fields

        final Map<ForeignKey, String> relationNames = new HashMap<>();

        /** Names every field that stores a column: scalar fields first, relation fields around them. */
        void nameFields() {
            var order = info.columnOrder();
            if (withImplicitId) order = order.subList(1, order.size());
            if (withImplicitTimestamps) order = order.subList(0, order.size() - 2);
            for (String col : order) {
                if (relationColumns.contains(col) || column(col) == null) continue;
                String name = Idents.isIdent(col) ? col : Idents.snakeIdent(col);
                name = claim(name);
                fieldOfColumn.put(col, name);
            }
            for (RelationPlan r : relations) {
                String base = r.fk().columns().size() > 1 ? compositePrefix(r.fk()) : relationFieldName(r.fk());
                String name = claim(base);
                relationNames.put(r.fk(), name);
                for (String c : r.fk().columns()) fieldOfColumn.put(c, name);
            }
        }

        void fields() {
            var emitted = new HashSet<String>();
            for (String col : info.columnOrder()) {
                if (withImplicitId && col.equals("id")) continue;
                if (withImplicitTimestamps && (col.equals("created_at") || col.equals("updated_at"))
                        && info.columnOrder().indexOf(col) >= info.columnOrder().size() - 2) {
                    continue;
                }
                if (column(col) == null) {
                    for (Leftover l : info.leftovers()) {
                        if (col.equals(l.column()) && l.kind() == Leftover.Kind.COLUMN) draft.members.add(new Draft.Note(l));
                    }
                    continue;
                }
                RelationPlan rel = relations.stream().filter(r -> r.fk().columns().contains(col)).findFirst().orElse(null);
                if (rel != null) {
                    if (emitted.add("rel:" + rel.fk().columns())) {
                        draft.members.add(relationField(rel, relationNames.get(rel.fk()),
                                needsRelationName(table.name(), rel.fk().referencedTable())));
                    }
                    continue;
                }
                draft.members.add(scalarField(col));
            }
            keyAttribute();
            uniquesAndIndexes();
            entityChecks();
            if (timestamps && !withImplicitTimestamps) draft.blocks.add("@@timestamps(false)");
            if (draft.table != null) draft.blocks.add(0, "@@map(" + Value.quote(draft.table) + ")");
            draft.doc = table.doc();
            updatedTrigger();
            for (Leftover l : info.leftovers()) {
                if (l.column() == null || column(l.column()) == null && l.kind() != Leftover.Kind.COLUMN) {
                    if (l.kind() != Leftover.Kind.TABLE) draft.notes.add(l);
                }
            }
        }

        String claim(String wanted) {
            String name = wanted;
            for (int i = 2; fieldNames.contains(name) || (withImplicitId && name.equals("id")); i++) name = wanted + "_" + i;
            fieldNames.add(name);
            return name;
        }

        private String relationFieldName(ForeignKey fk) {
            String col = fk.columns().get(0);
            String key = fk.referencedColumns().get(0);
            String p = prefix(col, key);
            // salesRepEmployeeNumber → salesRep: the key's name as the camelCase end of the column.
            String capitalized = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
            if (p == null && col.length() > key.length() && col.endsWith(capitalized)) {
                p = col.substring(0, col.length() - key.length());
            }
            // The column is named as the key it holds (officeCode → offices.officeCode): the field is named for the target.
            if (p == null && col.equals(key)) {
                String target = Names.snake(entityOf.get(fk.referencedTable()));
                if (!fieldNames.contains(target)) p = target;
            }
            if (p == null && col.length() > 3 && col.toLowerCase(Locale.ROOT).endsWith("_id")) p = col.substring(0, col.length() - 3);
            if (p == null && col.length() > 2 && col.endsWith("Id")) p = col.substring(0, col.length() - 2);
            // A column that does not end in an id names the relation itself (ReportsTo, manager).
            if (p == null || !Idents.isIdent(p)) p = Idents.isIdent(col) ? col : Idents.snakeIdent(col);
            return fieldNames.contains(p) ? p + "_ref" : p;
        }

        private FieldLine relationField(RelationPlan r, String name, boolean named) {
            ForeignKey fk = r.fk();
            String target = entityOf.get(fk.referencedTable());
            var attrs = new ArrayList<String>();
            var notes = new ArrayList<Leftover>();
            String key = keyAttribute(fk.columns());
            if (key != null) attrs.add(key);
            if (fk.columns().size() == 1 && !fk.columns().get(0).equals(name + "_" + fk.referencedColumns().get(0))) {
                attrs.add("@map(" + Value.quote(fk.columns().get(0)) + ")");
            }
            if (r.unique()) {
                UniqueConstraint u = table.uniques().stream().filter(x -> x.columns().equals(fk.columns())).findFirst().orElseThrow();
                consumed.add(u);
                attrs.add(uniqueAttribute(u, "@unique"));
            }
            var args = new ArrayList<String>();
            if (named) args.add(Value.quote(relationName(fk, name)));
            String fkName = chosen(fk.name(), foreignKeyName(fk), "fk:" + String.join(",", fk.columns()));
            if (fkName != null) args.add("map = " + Value.quote(fkName));
            if (!args.isEmpty()) attrs.add("@relation(" + String.join(", ", args) + ")");
            ReferentialAction defDelete = r.nullable() ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT;
            if (fk.onDelete() != defDelete) attrs.add("@on_delete(" + fk.onDelete().keyword() + ")");
            if (fk.onUpdate() != ReferentialAction.CASCADE) attrs.add("@on_update(" + fk.onUpdate().keyword() + ")");
            Table targetTable = catalog.table(fk.referencedTable()).orElseThrow();
            String doc = null;
            for (int i = 0; i < fk.columns().size(); i++) {
                Column c = column(fk.columns().get(i));
                Column k = targetTable.column(fk.referencedColumns().get(i)).orElseThrow();
                var ci = columnInfo(c.name());
                if (!sameStoredType(table, c, targetTable, k)) {
                    notes.add(new Leftover(Leftover.Kind.TYPE, table.name(), c.name(), c.name(), ci == null ? null : ci.nativeType(),
                            "stored as `" + (ci == null ? "?" : ci.nativeType()) + "`; a foreign key column takes the type of the key it "
                                    + "references, `" + typeText(k.type()) + "`"));
                }
                if (c.defaultValue() != null) {
                    notes.add(new Leftover(Leftover.Kind.DEFAULT, table.name(), c.name(), c.name(), defaultText(c),
                            "relation fields have no defaults"));
                }
                if (c.comment() != null) doc = c.comment();
                if (c.updatedAt()) notes.add(new Leftover(Leftover.Kind.TRIGGER, table.name(), c.name(), c.name(), null,
                        "not pulled: @updated applies to datetime fields, not to a foreign key"));
            }
            for (Leftover l : info.leftovers()) if (l.column() != null && fk.columns().contains(l.column())) notes.add(l);
            boolean nullable = r.nullable();
            if (nullable && r.key()) {
                nullable = false;
                for (String c : fk.columns()) notes.add(nullableKey(c));
            }
            String type = target + (nullable ? "?" : "");
            return new FieldLine(name, type, null, attrs, doc, notes);
        }

        /** The field's name, qualified by the entity when another relation of the pair has a field of that name. */
        private String relationName(ForeignKey fk, String field) {
            var fields = fieldsByPair.getOrDefault(pairKey(table.name(), fk.referencedTable()), List.of());
            return fields.stream().filter(field::equals).count() > 1 ? entity + "_" + field : field;
        }

        private String foreignKeyName(ForeignKey fk) {
            var parts = new ArrayList<String>();
            parts.add(fk.referencedTable());
            long same = table.foreignKeys().stream().filter(f -> f.referencedTable().equals(fk.referencedTable())
                    && relations.stream().anyMatch(r -> r.fk() == f)).count();
            if (same > 1) parts.addAll(fk.columns());
            return Names.constraint("fk", table.name(), parts);
        }

        /**
         * The name to write for a constraint: null when the lowering derives the live one (or
         * the engine keeps none), else the live name, once per database.
         */
        private String chosen(String liveName, String derived, String forcedKey) {
            String forced = forcedNames.get(table.name() + "\0" + forcedKey);
            if (forced != null) liveName = forced;
            else if (liveName == null || liveName.equals(derived)) return null;
            if (liveName.length() > Names.MAX_IDENTIFIER || !Idents.writableName(liveName)) {
                draft.notes.add(new Leftover(Leftover.Kind.NAME, table.name(), null, liveName, derived, liveName.length() > Names.MAX_IDENTIFIER
                        ? "it is longer than " + Names.MAX_IDENTIFIER + " characters; generate names it `" + derived + "`"
                        : "it has control characters; generate names it `" + derived + "`"));
                return null;
            }
            if (!explicitNames.add(liveName)) {
                draft.notes.add(new Leftover(Leftover.Kind.NAME, table.name(), null, liveName, derived,
                        "another table has a constraint or index of that name; generate names this one `" + derived + "`"));
                return null;
            }
            return liveName;
        }

        // --- scalar fields

        private FieldLine scalarField(String col) {
            Column c = column(col);
            String name = fieldOfColumn.get(col);
            var attrs = new ArrayList<String>();
            var notes = new ArrayList<Leftover>();
            var pk = table.primaryKey().columns();
            String key = keyAttribute(List.of(col));
            if (key != null) attrs.add(key);
            if (c.autoIncrement()) {
                if (pk.equals(List.of(col)) && !c.type().isEnum() && c.type().kind().isInteger()) attrs.add("@auto");
                else notes.add(new Leftover(Leftover.Kind.DEFAULT, table.name(), col, col, "autoincrement",
                        "only a single integer primary key can be @auto"));
            }
            if (!name.equals(col)) attrs.add("@map(" + Value.quote(col) + ")");
            for (UniqueConstraint u : table.uniques()) {
                if (u.columns().equals(List.of(col)) && !pk.equals(List.of(col)) && !consumed.contains(u)
                        && attrs.stream().noneMatch(a -> a.startsWith("@unique"))) {
                    consumed.add(u);
                    attrs.add(uniqueAttribute(u, "@unique"));
                }
            }
            for (Index i : table.indexes()) {
                if (i.columns().equals(List.of(col)) && !consumed.contains(i) && attrs.stream().noneMatch(a -> a.startsWith("@index"))) {
                    consumed.add(i);
                    String n = chosen(i.name(), Names.constraint("idx", table.name(), i.columns()), "idx:" + i.name());
                    attrs.add(n == null ? "@index" : "@index(name = " + Value.quote(n) + ")");
                }
            }
            attrs.addAll(fieldChecks(col, notes));
            if (c.updatedAt()) attrs.add("@updated");
            String doc = c.comment();
            boolean pii = false, secret = false;
            if (doc != null) {
                if (doc.equals(Column.SECRET_NOTE) || doc.endsWith(" " + Column.SECRET_NOTE)) {
                    secret = true;
                    doc = doc.substring(0, doc.length() - Column.SECRET_NOTE.length()).strip();
                }
                if (doc.equals(Column.PII_NOTE) || doc.endsWith(" " + Column.PII_NOTE)) {
                    pii = true;
                    doc = doc.substring(0, doc.length() - Column.PII_NOTE.length()).strip();
                }
                if (doc.isEmpty()) doc = null;
            }
            if (pii) attrs.add("@pii");
            if (secret) attrs.add("@secret");
            String def = null;
            if (c.defaultValue() != null) {
                def = defaultText(c);
                if (def == null) notes.add(new Leftover(Leftover.Kind.DEFAULT, table.name(), col, col,
                        dev.schemac.pull.compare.Change.defaultText(c.defaultValue()),
                        "the value cannot be written as a literal of the field's type"));
            }
            var ci = columnInfo(col);
            if (ci != null && !ci.exactType()) {
                String rendered = c.type().isEnum() ? null : NativeTypes.rendered(engine, c.type());
                notes.add(new Leftover(Leftover.Kind.TYPE, table.name(), col, col, ci.nativeType(),
                        "stored as `" + ci.nativeType() + "`; schemac stores the field's `" + typeText(c.type()) + "` as `"
                                + rendered + "` on " + engine.displayName()));
            }
            if ("serial".equals(ci == null ? null : ci.generated())) {
                notes.add(new Leftover(Leftover.Kind.DIFFERENCE, table.name(), col, col, "serial",
                        "a serial column (a sequence default); generate makes it an identity column"));
            }
            for (Leftover l : info.leftovers()) if (col.equals(l.column()) && l.kind() != Leftover.Kind.COLUMN) notes.add(l);
            boolean nullable = c.nullable();
            if (nullable && pk.contains(col)) {
                nullable = false;
                notes.add(nullableKey(col));
            }
            String type = typeText(c.type()) + (nullable ? "?" : "");
            return new FieldLine(name, type, def, attrs, doc, notes);
        }

        /** SQLite lets a key column hold NULL unless it says NOT NULL; a model's key never does. */
        private Leftover nullableKey(String col) {
            return new Leftover(Leftover.Kind.DIFFERENCE, table.name(), col, col, null,
                    "the primary key column allows NULL (SQLite's legacy rule); generate declares it NOT NULL");
        }

        /** {@code @id} for a field holding these key columns, named on the field that holds the key's first column. */
        private String keyAttribute(List<String> fieldColumns) {
            var pk = table.primaryKey().columns();
            if (keyNeedsBlock() || !pk.containsAll(fieldColumns)) return null;
            if (!fieldColumns.contains(pk.get(0))) return "@id";
            String n = chosen(table.primaryKey().name(), Names.constraint("pk", table.name(), List.of()), "pk");
            return n == null ? "@id" : "@id(name = " + Value.quote(n) + ")";
        }

        private String uniqueAttribute(UniqueConstraint u, String attr) {
            String n = chosen(u.name(), Names.constraint("uq", table.name(), u.columns()), "uq:" + u.columns());
            String lossy = u.name() != null && info.uniqueIndexes().contains(u.name()) ? u.name() : null;
            if (lossy != null) {
                draft.notes.add(new Leftover(Leftover.Kind.DIFFERENCE, table.name(), null, u.name(), null,
                        "unique index `" + u.name() + "` becomes a unique constraint"));
            }
            return n == null ? attr : attr + "(name = " + Value.quote(n) + ")";
        }

        /** A composite key is written as @@id when its order is not the fields' order. */
        private boolean keyNeedsBlock() {
            var pk = table.primaryKey().columns();
            if (pk.size() <= 1) return false;
            var order = new ArrayList<String>();
            for (String c : info.columnOrder()) if (pk.contains(c)) order.add(c);
            return !order.equals(pk);
        }

        private void keyAttribute() {
            if (!keyNeedsBlock()) return;
            var fields = fieldsFor(table.primaryKey().columns());
            String n = chosen(table.primaryKey().name(), Names.constraint("pk", table.name(), List.of()), "pk");
            draft.blocks.add("@@id(" + String.join(", ", fields) + (n == null ? "" : ", name = " + Value.quote(n)) + ")");
            // A relation field in a block key still needs @id for one-to-one pairing: the block key says it.
        }

        /** Fields that cover exactly these columns in this order, or null. */
        private List<String> fieldsFor(List<String> cols) {
            var out = new ArrayList<String>();
            int i = 0;
            while (i < cols.size()) {
                String c = cols.get(i);
                if (withImplicitId && c.equals("id")) {
                    out.add("id");
                    i++;
                    continue;
                }
                if (withImplicitTimestamps && (c.equals("created_at") || c.equals("updated_at"))) {
                    out.add(c);
                    i++;
                    continue;
                }
                String f = fieldOfColumn.get(c);
                if (f == null) return null;
                RelationPlan rel = relations.stream().filter(r -> r.fk().columns().contains(c)).findFirst().orElse(null);
                if (rel != null) {
                    int n = rel.fk().columns().size();
                    if (i + n > cols.size() || !cols.subList(i, i + n).equals(rel.fk().columns())) return null;
                    i += n;
                } else {
                    i++;
                }
                out.add(f);
            }
            return out;
        }

        private void uniquesAndIndexes() {
            var written = new HashMap<List<String>, String>();
            for (UniqueConstraint u : table.uniques()) if (consumed.contains(u)) written.put(u.columns(), u.name());
            for (UniqueConstraint u : table.uniques()) {
                if (consumed.contains(u)) continue;
                if (written.containsKey(u.columns())) {
                    // PostgreSQL keeps one of two identical unique constraints; the model keeps one too.
                    draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, String.valueOf(u.name()),
                            "UNIQUE (" + String.join(", ", u.columns()) + ")", "it repeats unique `" + written.get(u.columns()) + "`"));
                    continue;
                }
                written.put(u.columns(), u.name());
                if (u.columns().equals(table.primaryKey().columns())) {
                    draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, String.valueOf(u.name()),
                            "UNIQUE (" + String.join(", ", u.columns()) + ")", "it repeats the primary key"));
                    continue;
                }
                var fields = fieldsFor(u.columns());
                if (fields == null) {
                    draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, String.valueOf(u.name()),
                            "UNIQUE (" + String.join(", ", u.columns()) + ")", "it covers part of a relation's columns"));
                    continue;
                }
                String n = chosen(u.name(), Names.constraint("uq", table.name(), u.columns()), "uq:" + u.columns());
                if (u.name() != null && info.uniqueIndexes().contains(u.name())) draft.notes.add(new Leftover(Leftover.Kind.DIFFERENCE,
                        table.name(), null, u.name(), null, "unique index `" + u.name() + "` becomes a unique constraint"));
                draft.blocks.add("@@unique(" + String.join(", ", fields) + (n == null ? "" : ", name = " + Value.quote(n)) + ")");
            }
            for (Index i : table.indexes()) {
                if (consumed.contains(i)) continue;
                var fields = fieldsFor(i.columns());
                if (fields == null) {
                    draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, i.name(),
                            "INDEX (" + String.join(", ", i.columns()) + ")", "it covers part of a relation's columns"));
                    continue;
                }
                String derived = Names.constraint("idx", table.name(), i.columns());
                boolean fkIndex = relations.stream().anyMatch(r -> r.fk().columns().equals(i.columns()))
                        && !coveredOtherwise(i);
                if (fkIndex && i.name().equals(derived) && forcedNames.get(table.name() + "\0idx:" + i.name()) == null) {
                    continue; // the lowering adds it to the foreign key
                }
                if (engine.dialect() == Dialect.MYSQL && table.foreignKeys().stream().anyMatch(f -> i.name().equals(f.name()))) {
                    // MySQL made this index for a foreign key of the same name; the lowering adds its own.
                    draft.notes.add(new Leftover(Leftover.Kind.NAME, table.name(), null, i.name(), derived,
                            "foreign key `" + i.name() + "` has the index's name (MySQL names the index it makes for a foreign "
                                    + "key so), and schemac keeps names unique: generate names the index `" + derived + "`"));
                    if (fkIndex) continue;
                }
                String n = chosen(i.name(), derived, "idx:" + i.name());
                if (fkIndex && n == null) continue; // its name cannot be kept: the lowering's own index for the key is it
                draft.blocks.add("@@index(" + String.join(", ", fields) + (n == null ? "" : ", name = " + Value.quote(n)) + ")");
            }
        }

        /** Whether the primary key, a unique or another index already starts with these columns. */
        private boolean coveredOtherwise(Index idx) {
            var cols = idx.columns();
            if (startsWith(table.primaryKey().columns(), cols)) return true;
            for (var u : table.uniques()) if (startsWith(u.columns(), cols)) return true;
            for (var i : table.indexes()) if (i != idx && startsWith(i.columns(), cols)) return true;
            return false;
        }

        // --- checks

        /** The attributes of checks over this column alone. */
        private List<String> fieldChecks(String col, List<Leftover> notes) {
            var out = new ArrayList<String>();
            Column c = column(col);
            for (Check ch : table.checks()) {
                if (consumed.contains(ch)) continue;
                var cols = new LinkedHashSet<String>();
                for (var t : ch.terms()) cols.addAll(columnsOf(t));
                if (!cols.equals(Set.of(col)) || ch.terms().stream().anyMatch(t -> t instanceof Check.ColumnCompare)) continue;
                consumed.add(ch);
                String derived = Names.constraint("ck", table.name(), List.of(col));
                String n = chosen(ch.name(), derived, "ck:" + ch.name());
                var attrs = new ArrayList<String>();
                String problem = null;
                for (var t : ch.terms()) {
                    String a = checkAttribute(t, c, n);
                    if (a == null) {
                        problem = "the language cannot say `" + termText(t) + "` on a `" + typeText(c.type()) + "` field";
                        break;
                    }
                    if (!a.isEmpty()) attrs.add(a);
                }
                if (problem != null || attrs.isEmpty() && !(isEnumCheck(ch))) {
                    if (problem != null) {
                        draft.notes.add(new Leftover(Leftover.Kind.CHECK, table.name(), null, String.valueOf(ch.name()),
                                "CHECK (" + checkText(ch) + ")", problem));
                    }
                    continue;
                }
                out.addAll(attrs);
            }
            return out;
        }

        private boolean isEnumCheck(Check ch) {
            return ch.terms().stream().allMatch(t -> t instanceof Check.EnumMember);
        }

        /** One attribute for a term; "" for an enum membership the enum type says; null if none can. */
        private String checkAttribute(Check.Term t, Column c, String name) {
            String named = name == null ? "" : ", name = " + Value.quote(name);
            if (c.type().isEnum()) {
                return t instanceof Check.EnumMember e && name == null
                        && e.values().equals(catalog.enumDef(c.type().enumName()).map(EnumDef::values).orElse(null)) ? "" : null;
            }
            ScalarKind k = c.type().kind();
            if (t instanceof Check.Compare cmp) {
                boolean ordered = cmp.op() != Op.EQ && cmp.op() != Op.NE;
                if (ordered && !k.isOrdered()) return null;
                String lit = literal(cmp.literal(), k);
                return lit == null ? null : "@check(" + cmp.op().symbol() + " " + lit + named + ")";
            }
            if (t instanceof Check.Length len && k.isText()) {
                if (len.min() != null && len.max() != null) return "@length(" + len.min() + ", " + len.max() + named + ")";
                if (len.min() != null) return "@length(min = " + len.min() + named + ")";
                return "@length(max = " + len.max() + named + ")";
            }
            if (t instanceof Check.Pattern p && k.isText() && dialect != Dialect.SQLITE) {
                try {
                    java.util.regex.Pattern.compile(p.regex());
                } catch (java.util.regex.PatternSyntaxException e) {
                    return null;
                }
                return "@pattern(" + Value.quote(p.regex()) + named + ")";
            }
            return null;
        }

        private String literal(Object v, ScalarKind k) {
            if (k.isNumeric() && v instanceof BigDecimal n) return number(n);
            if ((k.isText() || k.isTemporal() || k == ScalarKind.UUID) && v instanceof String s) {
                return Idents.writableText(s) ? Value.quote(s) : null;
            }
            if (k == ScalarKind.BOOL && v instanceof Boolean b) return b.toString();
            return null;
        }

        private void entityChecks() {
            for (Check ch : table.checks()) {
                if (consumed.contains(ch)) continue;
                consumed.add(ch);
                if (ch.terms().size() == 1 && ch.terms().get(0) instanceof Check.ColumnCompare cc) {
                    String l = fieldOfColumn.get(cc.left());
                    String r = fieldOfColumn.get(cc.right());
                    Column lc = column(cc.left());
                    Column rc = column(cc.right());
                    if (l != null && r != null && !relationColumns.contains(cc.left()) && !relationColumns.contains(cc.right())
                            && comparable(lc.type(), rc.type(), cc.op())) {
                        String n = chosen(ch.name(), Names.constraint("ck", table.name(), List.of(cc.left(), cc.right())),
                                "ck:" + ch.name());
                        draft.blocks.add("@@check(" + l + " " + cc.op().symbol() + " " + r + (n == null ? "" : ", name = "
                                + Value.quote(n)) + ")");
                        continue;
                    }
                }
                if (isEnumCheck(ch)) continue; // an enum column's own check, or reported with its column
                draft.notes.add(new Leftover(Leftover.Kind.CHECK, table.name(), null, String.valueOf(ch.name()),
                        "CHECK (" + checkText(ch) + ")", "the language compares one field with a literal, or two fields"));
            }
        }

        private void updatedTrigger() {
            if (table.updatedAtTrigger() == null || dialect == Dialect.MYSQL) return;
            String derived = Names.constraint("trg", table.name(), List.of("updated_at"));
            if (!table.updatedAtTrigger().equals(derived)) {
                draft.notes.add(new Leftover(Leftover.Kind.TRIGGER, table.name(), null, table.updatedAtTrigger(), null,
                        "read as @updated; generate names the trigger `" + derived + "`"));
            }
        }

        // --- back sides

        void backSides() {
            for (RelationPlan r : relations) {
                TablePlan target = plans.get(r.fk().referencedTable());
                boolean oneToOne = r.unique() || (r.key() && table.primaryKey().columns().equals(r.fk().columns()));
                String source = Names.snake(entity);
                String field = fieldOfColumn.get(r.fk().columns().get(0));
                boolean named = needsRelationName(table.name(), r.fk().referencedTable());
                String base = oneToOne ? source : Names.pluralize(source);
                if (named) base = base + "_as_" + field;
                String name = target.claim(base);
                var attrs = named ? List.of("@relation(" + Value.quote(relationName(r.fk(), field)) + ")") : List.<String>of();
                target.listFields.add(new FieldLine(name, entity + (oneToOne ? "?" : "[]"), null, attrs, null, List.of()));
            }
        }
    }

    /**
     * Relations pair by target unless named: a foreign key needs a name when it is a self
     * relation or when another relation (either way, or a many-to-many) joins the same two
     * entities. One unnamed relation per pair still pairs with its own back side.
     */
    private boolean needsRelationName(String a, String b) {
        return a.equals(b) || relationsByPair.getOrDefault(pairKey(a, b), 0) > 1;
    }

    /** Relations (foreign keys and many-to-many) per pair of tables, and their to-one fields' names. */
    private final Map<String, Integer> relationsByPair = new HashMap<>();
    private final Map<String, List<String>> fieldsByPair = new HashMap<>();

    private void countPairs() {
        for (TablePlan p : plans.values()) {
            for (RelationPlan r : p.relations) {
                String pair = pairKey(p.table.name(), r.fk().referencedTable());
                relationsByPair.merge(pair, 1, Integer::sum);
                fieldsByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(p.relationNames.get(r.fk()));
            }
        }
        for (JoinPlan j : joins.values()) relationsByPair.merge(pairKey(j.leftTable, j.rightTable), 1, Integer::sum);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\0" + b : b + "\0" + a;
    }

    // ------------------------------------------------------------------ spelling

    String typeText(ColumnType t) {
        if (t.isEnum()) return enumOfType.getOrDefault(t.enumName(), t.enumName());
        return switch (t.kind()) {
            case DECIMAL -> "decimal(" + t.precision() + ", " + t.scale() + ")";
            case STRING -> t.length() == null ? "string" : "string(" + t.length() + ")";
            case CHAR -> "char(" + t.length() + ")";
            default -> t.kind().keyword();
        };
    }

    private String defaultText(Column c) {
        ColumnDefault d = c.defaultValue();
        if (d instanceof ColumnDefault.Number n) {
            if (c.type().kind() == ScalarKind.DECIMAL && !fits(n.value(), c.type())) return null;
            return number(n.value());
        }
        if (d instanceof ColumnDefault.Text t) return Idents.writableText(t.value()) ? Value.quote(t.value()) : null;
        if (d instanceof ColumnDefault.Bool b) return b.value() ? "true" : "false";
        if (d instanceof ColumnDefault.EnumValue e) {
            String enumName = enumOfType.get(c.type().enumName());
            var names = enumValueNames.get(enumName);
            return names == null ? null : names.get(e.value());
        }
        if (d instanceof ColumnDefault.Now) return "now()";
        return "uuid()";
    }

    private static boolean fits(BigDecimal v, ColumnType t) {
        BigDecimal s = v.stripTrailingZeros();
        int scale = Math.max(0, s.scale());
        int integerDigits = Math.max(0, s.precision() - s.scale());
        return scale <= t.scale() && integerDigits <= t.precision() - t.scale();
    }

    private static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static boolean comparable(ColumnType a, ColumnType b, Op op) {
        if (a.isEnum() || b.isEnum()) return a.isEnum() && b.isEnum() && a.enumName().equals(b.enumName()) && (op == Op.EQ || op == Op.NE);
        boolean family = (a.kind().isNumeric() && b.kind().isNumeric()) || (a.kind().isText() && b.kind().isText())
                || a.kind() == b.kind();
        return family && (op == Op.EQ || op == Op.NE || a.kind().isOrdered());
    }

    private static boolean startsWith(List<String> cols, List<String> prefix) {
        return cols.size() >= prefix.size() && cols.subList(0, prefix.size()).equals(prefix);
    }

    static List<String> columnsOf(Check.Term t) {
        if (t instanceof Check.Compare c) return List.of(c.column());
        if (t instanceof Check.ColumnCompare c) return List.of(c.left(), c.right());
        if (t instanceof Check.Length l) return List.of(l.column());
        if (t instanceof Check.Pattern p) return List.of(p.column());
        return List.of(((Check.EnumMember) t).column());
    }

    private String checkText(Check ch) {
        return String.join(" AND ", ch.terms().stream().map(this::termText).toList());
    }

    private String termText(Check.Term t) {
        String sql = Sql.check(dialect == Dialect.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES, new Check("x", List.of(t)));
        if (sql != null) return sql;
        if (t instanceof Check.EnumMember e) return e.column() + " IN (" + String.join(", ", e.values().stream()
                .map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")";
        return t.toString();
    }

    private String fkText(ForeignKey fk) {
        return "FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedTable() + " ("
                + String.join(", ", fk.referencedColumns()) + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE "
                + fk.onUpdate().sql();
    }
}
