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
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
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
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.resolve.PatternDialect;
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

/** One table's entity: its fields, relations, keys, uniques, indexes, checks and leftovers, as the lifter plans them. */
final class TablePlan {
    /** A to-one relation field planned from a foreign key. */
    record RelationPlan(ForeignKey fk, String field, boolean nullable, boolean unique, boolean key,
                                String relationName, List<String> attributes, String doc) {}

    private final Lifter lifter;
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
    private final Set<UniqueConstraint> partial = new HashSet<>(); // left out (SC970): see marker()
    boolean withImplicitId, withImplicitTimestamps;
    /** The column of the entity's soft-delete marker (its {@code deleted_at} field), or null: see {@link #marker()}. */
    String marker;

    TablePlan(Lifter lifter, Table table) {
        this.lifter = lifter;
        this.table = table;
        this.info = lifter.live.info(table.name());
        this.entity = lifter.entityOf.get(table.name());
        this.draft = new EntityDraft(entity, lifter.mapped(entity, table.name()) ? table.name() : null, table.name());
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
        if (!Lifter.nameMatches(forced("pk"), Names.constraint("pk", table.name(), List.of()))
                || !Lifter.nameMatches(table.primaryKey().name(), Names.constraint("pk", table.name(), List.of()))) {
            return false;
        }
        var ci = columnInfo("id");
        if (ci == null || !ci.exactType() || ci.generated() == LiveSchema.Generation.SERIAL) return false;
        for (var l : info.leftovers()) if ("id".equals(l.column())) return false;
        for (var u : table.uniques()) if (u.columns().equals(List.of("id"))) return false;
        for (var ch : table.checks()) for (var term : ch.terms()) if (Lifter.columnsOf(term).contains("id")) return false;
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
        for (var ch : table.checks()) for (var term : ch.terms()) if (Lifter.columnsOf(term).contains(name)) return false;
        for (var l : info.leftovers()) if (name.equals(l.column())) return false;
        return true;
    }

    private String forced(String kind) {
        return lifter.forcedNames.get(table.name() + "\0" + kind);
    }

    // --- relations

    void relations() {
        var perTarget = new HashMap<String, Integer>();
        for (ForeignKey fk : table.foreignKeys()) perTarget.merge(fk.referencedTable(), 1, Integer::sum);
        var used = new HashSet<String>();
        withImplicitId = lifter.idsUuid ? implicitId(true) : implicitId(false);
        if (withImplicitId) fieldNames.add("id");
        withImplicitTimestamps = lifter.timestamps && implicitTimestamps();
        if (withImplicitTimestamps) {
            fieldNames.add("created_at");
            fieldNames.add("updated_at");
        }
        for (ForeignKey fk : sortedForeignKeys()) {
            String why = relationProblem(fk, used);
            if (why != null) {
                draft.notes.add(lifter.foreignKeyNote(table.name(), fk, why));
                continue;
            }
            used.addAll(fk.columns());
            relationColumns.addAll(fk.columns());
            boolean nullable = column(fk.columns().get(0)).nullable();
            boolean key = table.primaryKey().columns().containsAll(fk.columns());
            // A one-to-one's unique holds on every row, also on a soft-deleting entity: one over live rows is not it.
            boolean unique = !key && table.uniques().stream().anyMatch(u -> u.columns().equals(fk.columns()) && u.where() == null);
            relations.add(new RelationPlan(fk, null, nullable, unique, key, null, List.of(), null));
        }
        // The primary key must be whole relations and scalar columns.
        for (RelationPlan r : List.copyOf(relations)) {
            boolean some = r.fk().columns().stream().anyMatch(table.primaryKey().columns()::contains);
            if (some && !r.key()) {
                relations.remove(r);
                relationColumns.removeAll(r.fk().columns());
                draft.notes.add(lifter.foreignKeyNote(table.name(), r.fk(), "it shares some of its columns with the primary key"));
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
        Table target = lifter.catalog.table(fk.referencedTable()).orElse(null);
        if (target == null || !lifter.selected.test(fk.referencedTable())) return "it references " + Leftover.quoted(fk.referencedTable()) + ", which is not pulled";
        if (!lifter.plans.containsKey(target.name())) return "it references " + Leftover.quoted(fk.referencedTable()) + ", which is not pulled as an entity";
        if (!fk.referencedColumns().equals(target.primaryKey().columns())) {
            return "it references " + fk.referencedColumns() + " of " + Leftover.quoted(target.name()) + ", not its primary key";
        }
        for (String c : fk.columns()) if (used.contains(c)) return "it shares column " + Leftover.quoted(c) + " with another foreign key";
        boolean firstNullable = column(fk.columns().get(0)).nullable();
        for (String c : fk.columns()) {
            if (column(c).nullable() != firstNullable) return "some of its columns are nullable and some are not";
            if (column(c).autoIncrement()) return "its column " + Leftover.quoted(c) + " is generated";
        }
        if (fk.columns().size() > 1 && compositePrefix(fk) == null) {
            return "its columns cannot be named `{field}_{key column}`, as the language names them";
        }
        return null;
    }

    /** The field name f with columns {@code f_<key>} for every key column, or null. */
    String compositePrefix(ForeignKey fk) {
        String p = Names.foreignKeyField(fk.columns().get(0), fk.referencedColumns().get(0));
        if (p == null) return null;
        for (int i = 0; i < fk.columns().size(); i++) {
            if (!fk.columns().get(i).equals(Names.foreignKeyColumn(p, fk.referencedColumns().get(i)))) return null;
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
        marker = marker();
        // The marker is the field named deleted_at, whatever its column's name: claimed before any other field can be.
        if (marker != null) fieldOfColumn.put(marker, claim(Entity.SOFT_DELETE_FIELD));
        for (String col : order) {
            if (relationColumns.contains(col) || column(col) == null || fieldOfColumn.containsKey(col)) continue;
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

    /**
     * The column that is this entity's soft-delete marker, or null. Generate makes every unique
     * of a soft-deleting entity (but a one-to-one's) one over the rows where the marker IS NULL,
     * and the marker is the optional field named {@code deleted_at}, whose column may have any
     * name ({@code @map}). So a nullable {@code deleted_at} column is the marker; without one, a
     * column is when every unique but a one-to-one's is over the rows where it IS NULL, as
     * generate writes them for a marker kept under another name. A unique over the rows where
     * another column IS NULL (a table that also has a unique over every row, {@code archived_at})
     * is a partial index the model cannot say (SC970): as a plain unique it would hold on every row.
     */
    private String marker() {
        var pk = table.primaryKey().columns();
        if (info.columnOrder().stream().anyMatch(c -> c.equalsIgnoreCase(Entity.SOFT_DELETE_FIELD))) {
            return canMark(Entity.SOFT_DELETE_FIELD) ? Entity.SOFT_DELETE_FIELD : null;
        }
        String col = null;
        for (UniqueConstraint u : table.uniques()) {
            if (u.columns().equals(pk)) continue;
            if (u.where() instanceof RowFilter.IsNull n) {
                if (col != null && !col.equals(n.column())) return null;
                col = n.column();
            } else if (relations.stream().noneMatch(r -> r.unique() && r.fk().columns().equals(u.columns()))) {
                return null;
            }
        }
        return col != null && canMark(col) ? col : null;
    }

    private boolean canMark(String col) {
        Column c = column(col);
        return c != null && c.nullable() && !table.primaryKey().columns().contains(col) && !relationColumns.contains(col);
    }

    void fields() {
        // A unique over the rows where a column other than the marker IS NULL: the reader's SC970 leftover says it.
        for (UniqueConstraint u : table.uniques()) {
            if (u.where() instanceof RowFilter.IsNull n && !n.column().equals(marker)) partial.add(u);
        }
        consumed.addAll(partial);
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
                            lifter.needsRelationName(table.name(), rel.fk().referencedTable())));
                }
                continue;
            }
            draft.members.add(scalarField(col));
        }
        keyAttribute();
        uniquesAndIndexes();
        entityChecks();
        if (lifter.timestamps && !withImplicitTimestamps) draft.blocks.add("@@timestamps(false)");
        if (draft.table != null) draft.blocks.add(0, "@@map(" + Value.quote(draft.table) + ")");
        draft.doc = PulledDoc.writable(table.doc(), table.name(), null, table.name(), lifter.dialect, draft.notes);
        updatedTrigger();
        for (Leftover l : info.leftovers()) {
            if (l.column() == null || column(l.column()) == null && l.kind() != Leftover.Kind.COLUMN) {
                if (l.kind() != Leftover.Kind.TABLE) draft.notes.add(l);
            }
        }
        for (UniqueConstraint u : table.uniques()) if (partial.contains(u)) draft.notes.add(info.filteredUniques().get(u.name()));
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
        String p = Names.foreignKeyField(col, key);
        // salesRepEmployeeNumber → salesRep: the key's name as the camelCase end of the column.
        String capitalized = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
        if (p == null && col.length() > key.length() && col.endsWith(capitalized)) {
            p = col.substring(0, col.length() - key.length());
        }
        // The column is named as the key it holds (officeCode → offices.officeCode): the field is named for the target.
        if (p == null && col.equals(key)) {
            String target = Names.snake(lifter.entityOf.get(fk.referencedTable()));
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
        String target = lifter.entityOf.get(fk.referencedTable());
        var attrs = new ArrayList<String>();
        var notes = new ArrayList<Leftover>();
        String key = keyAttribute(fk.columns());
        if (key != null) attrs.add(key);
        if (fk.columns().size() == 1 && !fk.columns().get(0).equals(Names.foreignKeyColumn(name, fk.referencedColumns().get(0)))) {
            attrs.add("@map(" + Value.quote(fk.columns().get(0)) + ")");
        }
        if (r.unique()) {
            UniqueConstraint u = table.uniques().stream().filter(x -> x.columns().equals(fk.columns()) && x.where() == null)
                    .findFirst().orElseThrow();
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
        Table targetTable = lifter.catalog.table(fk.referencedTable()).orElseThrow();
        String doc = null;
        for (int i = 0; i < fk.columns().size(); i++) {
            Column c = column(fk.columns().get(i));
            Column k = targetTable.column(fk.referencedColumns().get(i)).orElseThrow();
            var ci = columnInfo(c.name());
            if (!lifter.sameStoredType(table, c, targetTable, k)) {
                notes.add(new Leftover(Leftover.Kind.TYPE, table.name(), c.name(), c.name(), ci == null ? null : ci.nativeType(),
                        "stored as " + Leftover.quoted(ci == null ? "?" : ci.nativeType()) + "; a foreign key column takes the type of the key it "
                                + "references, " + Quoted.name(lifter.typeText(k.type()))));
            }
            if (c.defaultValue() != null) {
                notes.add(new Leftover(Leftover.Kind.DEFAULT, table.name(), c.name(), c.name(), lifter.defaultText(c),
                        "relation fields have no defaults", declaredDefault(c)));
            }
            if (c.comment() != null) doc = c.comment();
            if (c.updatedAt()) notes.add(new Leftover(Leftover.Kind.TRIGGER, table.name(), c.name(), c.name(), null,
                    "not pulled: @updated applies to datetime fields, not to a foreign key"));
            if (c.autoIncrement()) notes.add(notAuto(c.name()));
        }
        for (Leftover l : info.leftovers()) {
            if (l.column() != null && fk.columns().contains(l.column()) && !l.aboutGeneration()) notes.add(l);
        }
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
        var fields = lifter.fieldsByPair.getOrDefault(Lifter.pairKey(table.name(), fk.referencedTable()), List.of());
        // A relation name starts with a letter from A to Z (it can name a join model): the entity's name does.
        return fields.stream().filter(field::equals).count() > 1 || !Idents.canNameRelation(field) ? entity + "_" + field : field;
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
     * The name to write for a constraint: null when the lowering derives the lifter.live one (or
     * the lifter.engine keeps none), else the lifter.live name, once per database.
     */
    private String chosen(String liveName, String derived, String forcedKey) {
        String forced = lifter.forcedNames.get(table.name() + "\0" + forcedKey);
        if (forced != null) liveName = forced;
        else if (liveName == null || liveName.equals(derived)) {
            lifter.derives(table.name(), derived);
            return null;
        }
        Refusal refused = refusal(liveName, derived);
        if (refused != null) {
            lifter.derives(table.name(), derived);
            String generated = lifter.generated(table.name(), liveName, derived);
            draft.notes.add(new Leftover(Leftover.Kind.NAME, table.name(), null, liveName, generated, refused.why()
                    + "; generate names " + (refused.ofOthers() ? "this one" : "it") + " " + Leftover.quoted(generated)));
            return null;
        }
        return liveName;
    }

    /** Why a live name cannot be kept; {@code ofOthers} when it is another object's. */
    private record Refusal(String why, boolean ofOthers) {}

    /** Why the model cannot give an object this live name (generate derives one instead), or null; a name kept is claimed. */
    private Refusal refusal(String liveName, String derived) {
        if (liveName.length() > Names.MAX_IDENTIFIER) return new Refusal("it is longer than " + Names.MAX_IDENTIFIER + " characters", false);
        if (!Idents.writableName(liveName)) return new Refusal("it " + Idents.unwritableWhy(liveName), false);
        String problem = dev.schemac.resolve.StoredText.nameProblem(liveName);
        if (problem != null) return new Refusal("a model cannot hold it: " + problem, false);
        NameLedger.Derived taken = lifter.derivedElsewhere(liveName, table.name(), derived);
        if (taken != null && taken.ofTable()) {
            return new Refusal(taken.name().equals(liveName) ? "table " + Leftover.quoted(taken.name()) + " has this name"
                    : "its name and that of table " + Leftover.quoted(taken.name()) + " "
                            + dev.schemac.naming.Lookalikes.howAlike(taken.name(), liveName), true);
        }
        if (taken != null) {
            String whose = taken.table().equals(table.name()) ? "another constraint or index of this table"
                    : "a constraint or index of " + Leftover.quoted(taken.table());
            return new Refusal(taken.name().equals(liveName) ? "generate derives this name for " + whose
                    : "its name and " + Leftover.quoted(taken.name()) + ", the name generate derives for " + whose
                            + ", " + dev.schemac.naming.Lookalikes.howAlike(taken.name(), liveName), true);
        }
        String other = lifter.explicitNames.putIfAbsent(dev.schemac.naming.Lookalikes.key(liveName), liveName);
        if (other == null) return null;
        return new Refusal(other.equals(liveName) ? "another table has a constraint or index of that name"
                : "its name and " + Leftover.quoted(other) + ", another table's constraint or index, "
                        + dev.schemac.naming.Lookalikes.howAlike(other, liveName), true);
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
        boolean auto = c.autoIncrement() && pk.equals(List.of(col)) && !c.type().isEnum() && c.type().kind().isInteger();
        if (c.autoIncrement()) {
            if (auto) attrs.add("@auto");
            else notes.add(notAuto(col));
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
        doc = PulledDoc.writable(doc, table.name(), col, col, lifter.dialect, notes);
        if (pii) attrs.add("@pii");
        if (secret) attrs.add("@secret");
        String def = null;
        if (c.defaultValue() != null) {
            def = lifter.defaultText(c);
            String refused = def == null ? null : lifter.ledger.refused.get(NameLedger.refusedKey(table.name(), name, "= " + def));
            if (def == null || refused != null) {
                notes.add(new Leftover(Leftover.Kind.DEFAULT, table.name(), col, col,
                        dev.schemac.pull.compare.Change.defaultText(c.defaultValue(), lifter.dialect),
                        refused != null ? "the model cannot hold it: " + refused : "the value cannot be written as a literal of the field's type",
                        declaredDefault(c)));
                def = null;
            }
        }
        if (col.equals(marker) && !col.equalsIgnoreCase(Entity.SOFT_DELETE_FIELD)) notes.add(readAsMarker(col));
        var ci = columnInfo(col);
        if (ci != null && !ci.exactType()) {
            String rendered = c.type().isEnum() ? null : NativeTypes.rendered(lifter.engine, c.type().logical());
            String what = "stored as " + Leftover.quoted(ci.nativeType()) + "; schemac stores the field's " + Quoted.name(lifter.typeText(c.type()))
                    + " as " + Quoted.name(String.valueOf(rendered)) + " on " + lifter.engine.displayName();
            if (c.type().mysqlText() != null) {
                what = "stored as " + Leftover.quoted(ci.nativeType()) + ", " + c.type().mysqlText().holdsAtMost() + "; schemac stores the field's " + Quoted.name(lifter.typeText(c.type()))
                        + " as " + Quoted.name(String.valueOf(rendered)) + " on " + lifter.engine.displayName()
                        + ": if this database is adopted (migrate --from-url), its history keeps it so in the baseline, and the migration after the baseline widens it";
            }
            notes.add(new Leftover(Leftover.Kind.TYPE, table.name(), col, col, ci.nativeType(), what));
        }
        if (ci != null && ci.generated() == LiveSchema.Generation.SERIAL) {
            notes.add(new Leftover(Leftover.Kind.DIFFERENCE, table.name(), col, col, "serial",
                    "a serial column (a sequence default); generate makes it an identity column"));
        }
        for (Leftover l : info.leftovers()) {
            // How the identity generate makes differs is moot where the field has none (the note above says so).
            if (col.equals(l.column()) && l.kind() != Leftover.Kind.COLUMN && (auto || !l.aboutGeneration())) notes.add(l);
        }
        boolean nullable = c.nullable();
        if (nullable && pk.contains(col)) {
            nullable = false;
            notes.add(nullableKey(col));
        }
        String type = lifter.typeText(c.type()) + (nullable ? "?" : "");
        return new FieldLine(name, type, def, attrs, doc, notes);
    }

    /**
     * A marker read from the uniques alone (see {@link #marker()}) may be a column that means something else
     * ({@code archived_at}): the model would call its rows deleted, so the user is told which column was read so.
     */
    private Leftover readAsMarker(String col) {
        return new Leftover(Leftover.Kind.MARKER, table.name(), col, col, null,
                "every unique of " + Leftover.quoted(table.name()) + " (but a one-to-one's) is over the rows where "
                        + Leftover.quoted(col) + " IS NULL, as generate writes a soft-deleting entity's, so it is read as the field "
                        + Quoted.name(Entity.SOFT_DELETE_FIELD) + ": a row with a value in it is a deleted row to the model");
    }

    /**
     * A SQLite column's default the model leaves out, as the clause that declares the column with it (an adopted table's
     * CREATE TABLE keeps it so: {@link dev.schemac.catalog.KeptSql.Place#DEFAULT}); null elsewhere.
     */
    private Leftover.Shape declaredDefault(Column c) {
        if (lifter.engine != DbEngine.SQLITE || c.defaultValue() == null) return null;
        return new Leftover.Shape.Declared(Sql.id(Dialect.SQLITE, c.name()) + " DEFAULT " + Sql.defaultValue(Dialect.SQLITE, c));
    }

    /** A column the database generates values for that cannot be {@code @auto}: the model's field has no generation. */
    private Leftover notAuto(String col) {
        var ci = columnInfo(col);
        var how = ci == null || ci.generated() == null ? LiveSchema.Generation.AUTOINCREMENT : ci.generated();
        return new Leftover(Leftover.Kind.DEFAULT, table.name(), col, col, how.words(), Leftover.NOT_AUTO,
                new Leftover.Shape.NotAuto(how));
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
                    "unique index " + Leftover.quoted(u.name()) + " becomes a unique constraint"));
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
        for (UniqueConstraint u : table.uniques()) if (consumed.contains(u) && !partial.contains(u)) written.put(u.columns(), u.name());
        for (UniqueConstraint u : table.uniques()) {
            if (consumed.contains(u)) continue;
            if (written.containsKey(u.columns())) {
                // PostgreSQL keeps one of two identical unique constraints; the model keeps one too. The one kept may have
                // no name (SQLite's column UNIQUE): then it is named by its columns.
                String kept = written.get(u.columns());
                // A unique over some rows is shown with its filter, as the engine has it.
                Leftover filtered = u.where() == null || u.name() == null ? null : info.filteredUniques().get(u.name());
                draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, u.name(),
                        filtered != null && filtered.definition() != null ? filtered.definition()
                                : "UNIQUE (" + String.join(", ", u.columns()) + ")", "it repeats " + (kept != null ? "unique " + Leftover.quoted(kept)
                                : "the unique over " + String.join(", ", u.columns().stream().map(Leftover::quoted).toList())),
                        // Its shape says what an adoption keeps of it: the engine's own statement for a filtered one (a
                        // key shape would make it a unique over every row).
                        filtered != null ? filtered.shape() : Leftover.Shape.Key.of(true, u.columns())));
                continue;
            }
            written.put(u.columns(), u.name());
            if (u.columns().equals(table.primaryKey().columns())) {
                draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, u.name(),
                        "UNIQUE (" + String.join(", ", u.columns()) + ")", "it repeats the primary key",
                        Leftover.Shape.Key.of(true, u.columns())));
                continue;
            }
            var fields = fieldsFor(u.columns());
            if (fields == null) {
                draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, u.name(),
                        "UNIQUE (" + String.join(", ", u.columns()) + ")", "it covers part of a relation's columns",
                        Leftover.Shape.Key.of(true, u.columns())));
                continue;
            }
            String n = chosen(u.name(), Names.constraint("uq", table.name(), u.columns()), "uq:" + u.columns());
            if (u.name() != null && info.uniqueIndexes().contains(u.name())) draft.notes.add(new Leftover(Leftover.Kind.DIFFERENCE,
                    table.name(), null, u.name(), null, "unique index " + Leftover.quoted(u.name()) + " becomes a unique constraint"));
            draft.blocks.add("@@unique(" + String.join(", ", fields) + (n == null ? "" : ", name = " + Value.quote(n)) + ")");
        }
        for (Index i : table.indexes()) {
            if (consumed.contains(i)) continue;
            var fields = fieldsFor(i.columns());
            if (fields == null) {
                draft.notes.add(new Leftover(Leftover.Kind.INDEX, table.name(), null, i.name(),
                        "INDEX (" + String.join(", ", i.columns()) + ")", "it covers part of a relation's columns",
                        Leftover.Shape.Key.of(false, i.columns())));
                continue;
            }
            String derived = Names.constraint("idx", table.name(), i.columns());
            boolean fkIndex = relations.stream().anyMatch(r -> r.fk().columns().equals(i.columns()))
                    && !coveredOtherwise(i);
            if (fkIndex && i.name().equals(derived) && lifter.forcedNames.get(table.name() + "\0idx:" + i.name()) == null) {
                lifter.derives(table.name(), derived);
                continue; // the lowering adds it to the foreign key
            }
            // Only where the key is a relation: one left out (SC971) leaves the model no second object of that name,
            // so the index keeps it, as the database has it.
            if (fkIndex && lifter.engine.dialect() == Dialect.MYSQL && table.foreignKeys().stream().anyMatch(f -> i.name().equals(f.name()))) {
                // MySQL made this index for a foreign key of the same name; the lowering adds its own.
                lifter.derives(table.name(), derived);
                String generated = lifter.generated(table.name(), i.name(), derived);
                draft.notes.add(new Leftover(Leftover.Kind.NAME, table.name(), null, i.name(), generated,
                        "foreign key " + Leftover.quoted(i.name()) + " has the index's name (MySQL names the index it makes for a foreign "
                                + "key so), and schemac keeps names unique: generate names the index " + Leftover.quoted(generated)));
                continue;
            }
            String n = chosen(i.name(), derived, "idx:" + i.name());
            if (fkIndex && n == null) continue; // its name cannot be kept: the lowering's own index for the key is it
            draft.blocks.add("@@index(" + String.join(", ", fields) + (n == null ? "" : ", name = " + Value.quote(n)) + ")");
        }
    }

    /** Whether the primary key, a unique or another index already starts with these columns. */
    private boolean coveredOtherwise(Index idx) {
        var cols = idx.columns();
        if (Lifter.startsWith(table.primaryKey().columns(), cols)) return true;
        for (var u : table.uniques()) if (Lifter.startsWith(u.columns(), cols)) return true;
        for (var i : table.indexes()) if (i != idx && Lifter.startsWith(i.columns(), cols)) return true;
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
            for (var t : ch.terms()) cols.addAll(Lifter.columnsOf(t));
            if (!cols.equals(Set.of(col)) || ch.terms().stream().anyMatch(t -> t instanceof Check.ColumnCompare)) continue;
            consumed.add(ch);
            String derived = Names.constraint("ck", table.name(), List.of(col));
            String n = chosen(ch.name(), derived, "ck:" + ch.name());
            var attrs = new ArrayList<String>();
            String problem = null;
            String field = fieldOfColumn.get(col);
            for (var t : ch.terms()) {
                String a = checkAttribute(t, c, n);
                String refused = a == null ? null : lifter.ledger.refused.get(NameLedger.refusedKey(table.name(), field, a));
                if (refused != null) {
                    problem = "the model cannot hold it: " + refused;
                    break;
                }
                if (a == null) {
                    PatternDialect.Problem p = t instanceof Check.Pattern x ? PatternDialect.check(x.regex()) : null;
                    problem = p != null
                            ? "its pattern holds " + p.construct() + ", outside the portable pattern dialect (docs/language.md#patterns)"
                            : "the language cannot say " + Leftover.quoted(lifter.termText(t)) + " on a " + Quoted.name(lifter.typeText(c.type())) + " field";
                    break;
                }
                if (!a.isEmpty()) attrs.add(a);
            }
            if (problem != null || attrs.isEmpty() && !(isEnumCheck(ch))) {
                if (problem != null) {
                    // Beside the field it would constrain, as a default or type the model cannot hold.
                    notes.add(new Leftover(Leftover.Kind.CHECK, table.name(), null, ch.name(),
                            "CHECK (" + lifter.checkText(ch) + ")", problem));
                }
                continue;
            }
            out.addAll(attrs);
        }
        return out;
    }

    /** The check the lowering writes for an optional reference of several columns: all NULL or all set. */
    private boolean keepsReferenceWhole(Check ch) {
        if (ch.terms().size() != 1 || !(ch.terms().get(0) instanceof Check.AllOrNone a)) return false;
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(a.columns())
                && fk.columns().stream().allMatch(c -> column(c).nullable()));
    }

    private boolean isEnumCheck(Check ch) {
        return ch.terms().stream().allMatch(t -> t instanceof Check.EnumMember);
    }

    /** One attribute for a term; "" for an enum membership the enum type says; null if none can. */
    private String checkAttribute(Check.Term t, Column c, String name) {
        String named = name == null ? "" : ", name = " + Value.quote(name);
        if (c.type().isEnum()) {
            return t instanceof Check.EnumMember e && name == null
                    && e.values().equals(lifter.catalog.enumDef(c.type().enumName()).map(EnumDef::values).orElse(null)) ? "" : null;
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
        if (t instanceof Check.Pattern p && k.isText() && lifter.dialect != Dialect.SQLITE) {
            // What the resolver would refuse (SC530, SC531) stays a comment, as any other check the language cannot say.
            if (PatternDialect.check(p.regex()) != null) return null;
            return "@pattern(" + Value.quote(p.regex()) + named + ")";
        }
        return null;
    }

    private String literal(Object v, ScalarKind k) {
        if (k.isNumeric() && v instanceof BigDecimal n) return Lifter.number(n);
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
                        && Lifter.comparable(lc.type(), rc.type(), cc.op())) {
                    String n = chosen(ch.name(), Names.constraint("ck", table.name(), List.of(cc.left(), cc.right())),
                            "ck:" + ch.name());
                    draft.blocks.add("@@check(" + l + " " + cc.op().symbol() + " " + r + (n == null ? "" : ", name = "
                            + Value.quote(n)) + ")");
                    continue;
                }
            }
            if (isEnumCheck(ch)) continue; // an enum column's own check, or reported with its column
            if (keepsReferenceWhole(ch)) {
                String derived = Names.constraint("ck", table.name(), ((Check.AllOrNone) ch.terms().get(0)).columns());
                if (!derived.equals(ch.name())) {
                    draft.notes.add(new Leftover(Leftover.Kind.CHECK, table.name(), null, ch.name(),
                            "CHECK (" + lifter.checkText(ch) + ")", "the optional reference it keeps whole says it; generate names it "
                            + Leftover.quoted(derived)));
                }
                continue;
            }
            draft.notes.add(new Leftover(Leftover.Kind.CHECK, table.name(), null, ch.name(),
                    "CHECK (" + lifter.checkText(ch) + ")", "the language compares one field with a literal, or two fields"));
        }
    }

    private void updatedTrigger() {
        if (table.updatedAtTrigger() == null || lifter.dialect == Dialect.MYSQL) return;
        String derived = Names.constraint("trg", table.name(), List.of("updated_at"));
        if (!table.updatedAtTrigger().equals(derived)) {
            draft.notes.add(new Leftover(Leftover.Kind.TRIGGER, table.name(), null, table.updatedAtTrigger(), null,
                    "read as @updated; generate names the trigger " + Leftover.quoted(derived) + " and writes it to stamp the row only when an "
                            + "UPDATE leaves the column unchanged, so a value set explicitly is kept (a trigger that stamps every "
                            + "UPDATE overwrites it)"));
        }
    }

    // --- back sides

    void backSides() {
        for (RelationPlan r : relations) {
            TablePlan target = lifter.plans.get(r.fk().referencedTable());
            boolean oneToOne = r.unique() || (r.key() && table.primaryKey().columns().equals(r.fk().columns()));
            String source = Names.snake(entity);
            String field = fieldOfColumn.get(r.fk().columns().get(0));
            boolean named = lifter.needsRelationName(table.name(), r.fk().referencedTable());
            String base = oneToOne ? source : Names.pluralize(source);
            // One case throughout the name: employees_as_reports_to, not employees_as_ReportsTo.
            if (named) base = base + "_as_" + Names.snake(field);
            String name = target.claim(base);
            var attrs = named ? List.of("@relation(" + Value.quote(relationName(r.fk(), field)) + ")") : List.<String>of();
            target.listFields.add(new FieldLine(name, entity + (oneToOne ? "?" : "[]"), null, attrs, null, List.of()));
        }
    }
}
