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
import dev.schemac.lower.Lowering;
import dev.schemac.model.Dialect;
import dev.schemac.model.Naming;
import dev.schemac.model.Op;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.CaseFold;
import dev.schemac.naming.Lookalikes;
import dev.schemac.naming.Names;
import dev.schemac.naming.ReservedWords;
import dev.schemac.pull.DbEngine;
import dev.schemac.pull.Leftover;
import dev.schemac.pull.LiveSchema;
import dev.schemac.pull.introspect.NativeTypes;
import dev.schemac.pull.lift.Draft.EntityDraft;
import dev.schemac.pull.lift.Draft.FieldLine;
import dev.schemac.render.sql.Sql;
import dev.schemac.resolve.StoredText;
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
    final LiveSchema live;
    final DbEngine engine;
    final Dialect dialect;
    final Catalog catalog;
    final Predicate<String> selected;
    /** Names the model must give explicitly, found by comparing a compiled model with the database. */
    final Map<String, String> forcedNames;
    /** What earlier rounds learned about names: see {@link NameLedger}. */
    final NameLedger ledger;
    /** The names this lift leaves to the lowering to derive, by {@link Lookalikes} key, as the lowering keeps names apart. */
    final Map<String, NameLedger.Derived> derivedNames = new HashMap<>();

    private Naming naming = Naming.SNAKE_PLURAL;
    final Map<String, String> entityOf = new LinkedHashMap<>();
    private final Set<String> typeNames = new HashSet<>();
    private final Map<String, String> enumOfType = new HashMap<>(); // catalog enum name -> model enum name
    private final Map<String, Map<String, String>> enumValueNames = new HashMap<>(); // model enum -> stored -> name
    private final Map<String, JoinPlan> joins = new LinkedHashMap<>();
    final Map<String, TablePlan> plans = new LinkedHashMap<>();
    /** Constraint and index names written so far, by {@link Lookalikes} key: the lowering keeps them apart so. */
    final Map<String, String> explicitNames = new HashMap<>();
    boolean idsUuid;
    boolean timestamps;

    Lifter(LiveSchema live, Predicate<String> selected, NameLedger ledger) {
        this.live = live;
        this.engine = live.source().engine();
        this.dialect = engine.dialect();
        this.catalog = live.catalog();
        this.selected = selected;
        this.ledger = ledger;
        this.forcedNames = ledger.forced;
    }

    /** The tables this pull writes (selected, with a primary key). */
    public List<String> pulledTables() {
        return plans.keySet().stream().toList();
    }

    /**
     * The database's own name of each enum type the model names (model enum → type name):
     * PostgreSQL's types only, as MySQL and SQLite keep enums in their columns.
     */
    public Map<String, String> enumTypeNames() {
        var out = new HashMap<String, String>();
        for (EnumDef e : catalog.enums()) {
            String name = enumOfType.get(e.name());
            if (e.typeName() != null && name != null) out.put(name, e.typeName());
        }
        return out;
    }

    /** Why a table cannot be an entity of a model, or null when it can (but for another table of its name). */
    private String refusal(Table t) {
        if (t.primaryKey() == null) return noKeyReason(t);
        if (!Idents.writableName(t.name())) return "its name " + Idents.unwritableWhy(t.name());
        if (t.name().length() > Names.MAX_IDENTIFIER
                || t.columns().stream().anyMatch(c -> c.name().length() > Names.MAX_IDENTIFIER)) {
            return "a table or column name is longer than " + Names.MAX_IDENTIFIER + " characters, the most PostgreSQL "
                    + "allows; schemac keeps names valid on every dialect";
        }
        for (Column c : t.columns()) {
            if (!Idents.writableName(c.name())) return "a column name " + Idents.unwritableWhy(c.name());
        }
        String tableName = StoredText.tableNameProblem(t.name());
        if (tableName != null) return "a model cannot hold its name: " + tableName;
        for (Column c : t.columns()) {
            String why = StoredText.columnNameProblem(c.name());
            if (why != null) return "a model cannot hold the name of its column " + Leftover.quoted(c.name()) + ": " + why;
        }
        var seen = new HashMap<String, String>();
        for (Column c : t.columns()) {
            String other = seen.putIfAbsent(Lookalikes.key(c.name()), c.name());
            if (other != null) {
                return "its columns " + Leftover.quoted(other) + " and " + Leftover.quoted(c.name()) + " "
                        + Lookalikes.howAlike(other, c.name())
                        + (CaseFold.key(other).equals(CaseFold.key(c.name())) ? ", which MySQL reads as one name" : "");
            }
        }
        return null;
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
        var folded = new HashMap<String, String>(); // Lookalikes key -> the pulled table that holds it
        for (Table t : catalog.tables()) {
            if (!selected.test(t.name())) continue;
            String why = refusal(t);
            if (why == null) {
                // Only a table that is pulled claims its name: one left out for another reason takes none from the next.
                String other = folded.putIfAbsent(Lookalikes.key(t.name()), t.name());
                if (other != null) {
                    why = "its name and that of table " + Leftover.quoted(other) + " " + Lookalikes.howAlike(other, t.name())
                            + (CaseFold.key(other).equals(CaseFold.key(t.name())) ? ", which MySQL and some file systems read as one name" : "");
                }
            }
            if (why == null) candidates.add(t);
            else notPulled.put(t.name(), new Leftover(Leftover.Kind.TABLE, t.name(), null, t.name(), describe(t), why));
        }
        // The model's tables take their names before any constraint does.
        for (Table t : candidates) derivedNames.putIfAbsent(Lookalikes.key(t.name()), new NameLedger.Derived(t.name(), t.name(), true));
        chooseNaming(candidates);
        decideEnums(candidates.stream().map(Table::name).collect(java.util.stream.Collectors.toSet()));
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
            if (!joins.containsKey(t.name())) plans.put(t.name(), new TablePlan(this, t));
        }
        decideSettings();
        for (TablePlan p : plans.values()) p.relations();
        breakKeyCycles();
        for (TablePlan p : plans.values()) p.nameFields();
        countPairs();
        for (TablePlan p : plans.values()) p.fields();
        for (TablePlan p : plans.values()) p.backSides();
        for (JoinPlan j : joins.values()) j.fields();
        for (TablePlan p : plans.values()) p.draft.members.addAll(p.listFields);

        settings(draft);
        for (EnumDef e : catalog.enums()) enumDraft(e, draft);
        // By the model's name, not the database's: an enum renamed from its type (see decideEnums) keeps its place
        // when the database generate builds is pulled again.
        draft.enums.sort(java.util.Comparator.comparing(Draft.EnumDraft::name));
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
        return unsupportedKey ? Leftover.UNTYPED_KEY : Leftover.NO_PRIMARY_KEY;
    }

    /** The table as a comment: its columns, for a table the model cannot hold. */
    private String describe(Table t) {
        var info = live.info(t.name());
        var cols = info == null ? t.columns().stream().map(Column::name).toList() : info.columnOrder();
        var parts = new ArrayList<String>();
        for (String c : cols) {
            String type = info == null || info.columns().get(c) == null ? "" : " " + info.columns().get(c).nativeType();
            parts.add(Leftover.shown(c) + type); // escaped first: joining the definition onto one line must not turn a line break in a name into a space
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

    boolean mapped(String entity, String table) {
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

    /** Enum names, decided from the tables pulled only, so that a table left out does not name an enum. */
    private void decideEnums(Set<String> pulled) {
        var byValues = new LinkedHashMap<List<String>, String>();
        var tableKeys = new HashSet<String>();
        for (String t : pulled) tableKeys.add(CaseFold.key(t));
        for (EnumDef e : catalog.enums()) {
            if (e.typeName() == null && !pulled.contains(e.name().substring(0, e.name().indexOf('\0')))) continue;
            String name;
            if (e.typeName() != null) {
                name = Idents.pascalIdent(e.typeName());
                if (Names.snake(name).equals(e.typeName()) || (ReservedWords.isPostgresOwnType(Names.snake(name))
                        && (Names.snake(name) + "_enum").equals(e.typeName()))) {
                    // derivable as is
                } else if (Idents.isTypeName(e.typeName()) && Names.snake(e.typeName()).equals(e.typeName())) {
                    name = e.typeName();
                }
                if (e.typeName().endsWith("_enum") && ReservedWords.isPostgresOwnType(e.typeName().substring(0, e.typeName().length() - 5))) {
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
            // PostgreSQL makes a type of every table, and check refuses an enum type whose name folds into a table's.
            for (int i = 2; typeNames.contains(name) || tableKeys.contains(CaseFold.key(Lowering.enumTypeName(name))); i++) name = base + i;
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
        int dot = tableDotColumn.indexOf('\0');
        String table = tableDotColumn.substring(0, dot);
        String column = tableDotColumn.substring(dot + 1);
        boolean snake = table.equals(table.toLowerCase(Locale.ROOT));
        String single = Idents.isIdent(table) && snake ? Names.singularize(table) : table;
        // MediaType is two words (TrackMediaType), as a PascalCase table name is.
        String col = Idents.snakeIdent(column.replaceAll("([a-z0-9])([A-Z])", "$1_$2")).toLowerCase(Locale.ROOT);
        if (col.startsWith(single.toLowerCase(Locale.ROOT) + "_")) return Idents.pascalIdent(col);
        return Idents.pascalIdent(single + "_" + col);
    }

    private void enumDraft(EnumDef e, Draft d) {
        String name = enumOfType.get(e.name());
        if (name == null || d.enums.stream().anyMatch(x -> x.name().equals(name))) return;
        if (e.typeName() == null && !enumUsed(e.name())) return;
        var notes = new ArrayList<Leftover>();
        if (e.typeName() != null) {
            String derived = Lowering.enumTypeName(name);
            if (!derived.equals(e.typeName())) {
                notes.add(new Leftover(Leftover.Kind.NAME, null, null, e.typeName(), derived,
                        "enum type names are derived from the enum's name: generate names it " + Leftover.quoted(derived)));
            }
        }
        var values = new ArrayList<Draft.EnumValueDraft>();
        enumValueNames.get(name).forEach((stored, n) -> values.add(new Draft.EnumValueDraft(n, stored)));
        String doc = PulledDoc.writable(e.doc(), null, null, e.typeName() == null ? name : e.typeName(), dialect, notes);
        d.enums.add(new Draft.EnumDraft(name, doc, values, notes));
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
                    if (relation != null && !(Idents.isIdent(relation) && Names.snake(relation).equals(relation)
                            && Idents.canNameRelation(relation))) continue;
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
        String lp = Names.foreignKeyField(left.columns().get(0), lk);
        String rp = Names.foreignKeyField(right.columns().get(0), right.referencedColumns().get(0));
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
        var leftCols = left.referencedColumns().stream().map(k -> Names.foreignKeyColumn(leftPrefix, k)).toList();
        var rightCols = right.referencedColumns().stream().map(k -> Names.foreignKeyColumn(rightPrefix, k)).toList();
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
    boolean sameStoredType(Table t, Column c, Table target, Column key) {
        var ci = live.info(t.name()).columns().get(c.name());
        var ki = live.info(target.name()).columns().get(key.name());
        if (ci == null || ki == null || !ki.exactType()) return false;
        if (key.type().isEnum() || c.type().isEnum()) return c.type().equals(key.type());
        return ci.nativeType().equals(NativeTypes.rendered(engine, key.type()));
    }

    /** Notes that the lowering derives {@code name} for an object of {@code table}: no explicit name may take it. */
    void derives(String table, String name) {
        derivedNames.putIfAbsent(Lookalikes.key(name), new NameLedger.Derived(name, table, false));
    }

    /**
     * The derived name another object has that {@code name} would take (equal but for case or
     * accents, or alike to a reader), or null: {@code table}'s object deriving {@code own} itself is no other.
     */
    NameLedger.Derived derivedElsewhere(String name, String table, String own) {
        String key = Lookalikes.key(name);
        NameLedger.Derived d = ledger.reserved.getOrDefault(key, derivedNames.get(key));
        if (d == null || !d.ofTable() && d.table().equals(table) && d.name().equals(own)) return null;
        return d;
    }

    /** The name generate gives an object of {@code table} whose live name is not kept: the derived one unless numbered. */
    String generated(String table, String liveName, String derived) {
        return ledger.generated.getOrDefault(NameLedger.key(table, liveName), derived);
    }

    static boolean nameMatches(String live, String derived) {
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



    /**
     * A key that holds a foreign key depends on the key it references; the language refuses
     * keys that depend on each other in a cycle (SC410), which SQL allows. One foreign key of
     * each such cycle stays plain columns, and is reported.
     */
    private void breakKeyCycles() {
        while (true) {
            var cycle = cycle(TablePlan.RelationPlan::key);
            if (cycle == null) break;
            keepAsColumns(cycle, "the primary keys of " + Leftover.quoted(cycle.getKey().table.name()) + " and "
                    + Leftover.quoted(cycle.getValue().fk().referencedTable()) + " hold each other's foreign keys, a cycle models cannot have");
        }
        // Required references in a cycle (a NOT NULL self-reference too) leave no first row to insert
        // without switching the checks off (SC413, SC414): one foreign key of each stays plain columns.
        while (true) {
            var cycle = cycle(r -> !r.nullable());
            if (cycle == null) return;
            keepAsColumns(cycle, "it closes a cycle of required references (through " + Leftover.quoted(cycle.getValue().fk().referencedTable())
                    + "), so no first row could be inserted (SC414); its columns are kept, without the foreign key");
        }
    }

    private void keepAsColumns(Map.Entry<TablePlan, TablePlan.RelationPlan> at, String why) {
        TablePlan p = at.getKey();
        TablePlan.RelationPlan r = at.getValue();
        p.relations.remove(r);
        p.relationColumns.removeAll(r.fk().columns());
        p.draft.notes.add(foreignKeyNote(p.table.name(), r.fk(), why));
    }

    /** A relation on a cycle of relations that {@code on} selects, or null. */
    private Map.Entry<TablePlan, TablePlan.RelationPlan> cycle(java.util.function.Predicate<TablePlan.RelationPlan> on) {
        for (TablePlan start : plans.values()) {
            var path = new java.util.ArrayDeque<Map.Entry<TablePlan, TablePlan.RelationPlan>>();
            var seen = new HashSet<String>();
            if (cycleFrom(start, start.table.name(), path, seen, on)) return path.peekFirst();
        }
        return null;
    }

    private boolean cycleFrom(TablePlan at, String start, java.util.Deque<Map.Entry<TablePlan, TablePlan.RelationPlan>> path,
                              Set<String> seen, java.util.function.Predicate<TablePlan.RelationPlan> on) {
        if (!seen.add(at.table.name())) return false;
        for (TablePlan.RelationPlan r : at.relations) {
            if (!on.test(r)) continue;
            path.addLast(Map.entry(at, r));
            if (r.fk().referencedTable().equals(start)) return true;
            TablePlan next = plans.get(r.fk().referencedTable());
            if (next != null && cycleFrom(next, start, path, seen, on)) return true;
            path.removeLast();
        }
        return false;
    }

    /**
     * Relations pair by target unless named: a foreign key needs a name when it is a self
     * relation or when another relation (either way, or a many-to-many) joins the same two
     * entities. One unnamed relation per pair still pairs with its own back side.
     */
    boolean needsRelationName(String a, String b) {
        return a.equals(b) || relationsByPair.getOrDefault(pairKey(a, b), 0) > 1;
    }

    /** Relations (foreign keys and many-to-many) per pair of tables, and their to-one fields' names. */
    private final Map<String, Integer> relationsByPair = new HashMap<>();
    final Map<String, List<String>> fieldsByPair = new HashMap<>();

    private void countPairs() {
        for (TablePlan p : plans.values()) {
            for (TablePlan.RelationPlan r : p.relations) {
                String pair = pairKey(p.table.name(), r.fk().referencedTable());
                relationsByPair.merge(pair, 1, Integer::sum);
                fieldsByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(p.relationNames.get(r.fk()));
            }
        }
        for (JoinPlan j : joins.values()) relationsByPair.merge(pairKey(j.leftTable, j.rightTable), 1, Integer::sum);
    }

    static String pairKey(String a, String b) {
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

    String defaultText(Column c) {
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

    static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static boolean comparable(ColumnType a, ColumnType b, Op op) {
        if (a.isEnum() || b.isEnum()) return a.isEnum() && b.isEnum() && a.enumName().equals(b.enumName()) && (op == Op.EQ || op == Op.NE);
        boolean family = (a.kind().isNumeric() && b.kind().isNumeric()) || (a.kind().isText() && b.kind().isText())
                || a.kind() == b.kind();
        return family && (op == Op.EQ || op == Op.NE || a.kind().isOrdered());
    }

    static boolean startsWith(List<String> cols, List<String> prefix) {
        return cols.size() >= prefix.size() && cols.subList(0, prefix.size()).equals(prefix);
    }

    static List<String> columnsOf(Check.Term t) {
        if (t instanceof Check.Compare c) return List.of(c.column());
        if (t instanceof Check.ColumnCompare c) return List.of(c.left(), c.right());
        if (t instanceof Check.Length l) return List.of(l.column());
        if (t instanceof Check.Pattern p) return List.of(p.column());
        if (t instanceof Check.AllOrNone a) return a.columns();
        return List.of(((Check.EnumMember) t).column());
    }

    String checkText(Check ch) {
        return String.join(" AND ", ch.terms().stream().map(this::termText).toList());
    }

    String termText(Check.Term t) {
        var one = new Check("x", List.of(t));
        String sql = Sql.shownCheck(dialect == Dialect.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES, one);
        // SQLite's DDL has no regex operator: a pattern read there (REGEXP) is shown as PostgreSQL writes it.
        if (sql == null && !(t instanceof Check.EnumMember)) sql = Sql.shownCheck(Dialect.POSTGRES, one);
        if (sql != null) return sql;
        // PostgreSQL's enum is its type, so its DDL writes no membership: shown as the IN list it is.
        var e = (Check.EnumMember) t;
        return e.column() + " IN (" + String.join(", ", e.values().stream().map(v -> Sql.string(dialect, v)).toList()) + ")";
    }

    /**
     * A foreign key as its SC971 comment keeps it: as the engine wrote it where a note on the key
     * kept that (PostgreSQL's {@code DEFERRABLE INITIALLY DEFERRED}, {@code MATCH FULL}, which the
     * Catalog has no word for), else rebuilt from the Catalog.
     */
    private String fkText(String table, ForeignKey fk) {
        Leftover noted = noted(table, fk);
        if (noted != null) return noted.definition();
        return "FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedTable() + " ("
                + String.join(", ", fk.referencedColumns()) + ") ON DELETE " + Sql.action(fk.onDelete()) + " ON UPDATE "
                + Sql.action(fk.onUpdate());
    }

    /** The note on a foreign key that keeps the engine's own text of it ({@link #fkText}), or null. */
    private Leftover noted(String table, ForeignKey fk) {
        var info = live.info(table);
        if (info == null || fk.name() == null) return null;
        for (Leftover l : info.leftovers()) {
            if (l.kind() == Leftover.Kind.DIFFERENCE && fk.name().equals(l.name()) && l.column() == null
                    && l.definition() != null && l.definition().startsWith("FOREIGN KEY")) {
                return l;
            }
        }
        return null;
    }

    /** A foreign key the model leaves out (SC971), with its text for the comment and what it is made of. */
    Leftover foreignKeyNote(String table, ForeignKey fk, String why) {
        var info = live.info(table);
        // The engine may keep no name for the key (SQLite): its reader's note on the key is the one of the same shape.
        boolean deferred = info != null && info.leftovers().stream().anyMatch(l -> l.kind() == Leftover.Kind.DIFFERENCE
                && l.shape() instanceof Leftover.Shape.Reference r && r.deferred() && r.columns().equals(fk.columns())
                && r.table().equals(fk.referencedTable()) && r.referencedColumns().equals(fk.referencedColumns()));
        var shape = new Leftover.Shape.Reference(fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                Sql.action(fk.onDelete()), Sql.action(fk.onUpdate()), deferred, false);
        return new Leftover(Leftover.Kind.FOREIGN_KEY, table, null, fk.name() == null ? "(unnamed)" : fk.name(),
                fkText(table, fk), why, shape);
    }
}
