package dev.schemac.gen.prisma;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.naming.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Prisma-side name of one schema, decided once: models, enums, fields and relation
 * names. These are names in the client only; each maps to the Catalog's database name with
 * {@code @map}/{@code @@map}, so nothing here is a database name. Claims happen in Catalog
 * order, and names the user wrote come before derived ones, so a derived name yields.
 */
final class PrismaNames {
    private final Map<String, String> models = new HashMap<>();
    private final Map<String, String> enums = new HashMap<>();
    private final Map<String, NameSet> fieldSets = new HashMap<>();
    private final Map<String, Map<String, String>> columnFields = new HashMap<>();
    private final Map<Link, String> relationFields = new HashMap<>();
    private final Map<Link, String> backFields = new HashMap<>();
    private final Map<Link, String> relationNames = new HashMap<>();
    private final List<Link> links;
    private final Map<String, List<Link>> byHolder = new HashMap<>();
    private final Map<String, List<Link>> byTarget = new HashMap<>();

    PrismaNames(Model model, Catalog catalog) {
        this.links = Link.all(model, catalog);
        for (Link l : links) {
            byHolder.computeIfAbsent(l.holder().name(), k -> new ArrayList<>()).add(l);
            byTarget.computeIfAbsent(l.target().name(), k -> new ArrayList<>()).add(l);
        }
        nameTypes(catalog);
        for (Table t : catalog.tables()) nameFields(model, t);
        for (Link l : links) if (l.backEntityField() == null) backFields.put(l, generatedBackField(l));
        nameRelations(model);
    }

    /** The foreign keys a table holds, in key order. */
    List<Link> linksFrom(String table) { return byHolder.getOrDefault(table, List.of()); }

    /** The foreign keys that reference a table, in catalog order. */
    List<Link> linksTo(String table) { return byTarget.getOrDefault(table, List.of()); }

    String model(String table) { return require(models, table); }

    String enumName(String catalogEnum) { return require(enums, catalogEnum); }

    String field(String table, String column) { return require(columnFields.get(table), column); }

    String relationField(Link l) { return require(relationFields, l); }

    String backField(Link l) { return require(backFields, l); }

    /** The {@code @relation} name, or null where Prisma can pair the two sides without one. */
    String relationName(Link l) { return relationNames.get(l); }

    private static <K> String require(Map<K, String> names, K key) {
        String s = names == null ? null : names.get(key);
        if (s == null) throw new IllegalStateException("no Prisma name decided for " + key);
        return s;
    }

    // --- models and enums share one namespace

    private void nameTypes(Catalog catalog) {
        var set = NameSet.ignoringCase();
        var deferred = new ArrayList<Runnable>();
        for (EnumDef e : catalog.enums()) {
            claimType(set, deferred, Identifiers.type(e.name()), e.name(), n -> enums.put(e.name(), n));
        }
        for (Table t : catalog.tables()) {
            if (!t.isJoinTable()) claimType(set, deferred, Identifiers.type(t.entity()), t.entity(), n -> models.put(t.name(), n));
        }
        deferred.forEach(Runnable::run);
        for (Table t : catalog.tables()) {
            if (t.isJoinTable()) models.put(t.name(), set.claim(Identifiers.type(Names.singularize(t.name()))));
        }
    }

    /** Names used as written are claimed first; renamed ones after them, so they cannot take a written name. */
    private static void claimType(NameSet set, List<Runnable> deferred, String wanted, String written,
                                  java.util.function.Consumer<String> into) {
        if (wanted.equals(written)) into.accept(set.claim(wanted));
        else deferred.add(() -> into.accept(set.claim(wanted)));
    }

    // --- fields

    private void nameFields(Model model, Table t) {
        var set = NameSet.caseSensitive();
        fieldSets.put(t.name(), set);
        var cols = new LinkedHashMap<String, String>();
        columnFields.put(t.name(), cols);
        if (t.isJoinTable()) {
            for (Link l : linksFrom(t.name())) relationFields.put(l, set.claim(Identifiers.field(joinSide(l))));
        } else {
            Entity e = model.requireEntity(t.entity());
            for (Field f : e.fields()) {
                String name = set.claim(Identifiers.field(f.name()));
                if (f.relation() == null) {
                    cols.put(t.columnsOf(f.name()).get(0).name(), name);
                } else if (f.relation().kind().holdsForeignKey()) {
                    relationFields.put(linkOf(t, f.name()), name);
                } else {
                    backFields.put(backLinkOf(t, f.name()), name);
                }
            }
        }
        for (Column c : t.columns()) {
            if (!cols.containsKey(c.name())) cols.put(c.name(), set.claim(Identifiers.field(c.name())));
        }
    }

    /**
     * A join table's side, named like its columns: {@code product_id} → {@code product}
     * (the column name without the referenced key column it copies).
     */
    private static String joinSide(Link l) {
        String column = l.fk().columns().get(0);
        String suffix = "_" + l.fk().referencedColumns().get(0);
        return column.endsWith(suffix) && column.length() > suffix.length()
                ? column.substring(0, column.length() - suffix.length())
                : Names.singularize(l.target().name());
    }

    /** The foreign key a to-one relation field of the table's entity holds. */
    Link linkOf(Table holder, String field) {
        return linksFrom(holder.name()).stream().filter(l -> field.equals(l.fk().field())).findFirst()
                .orElseThrow(() -> new IllegalStateException(holder.name() + " has no foreign key for " + field));
    }

    /** The link whose back field is {@code field} of this table's entity (a list, an optional one-to-one, or a many-to-many). */
    Link backLinkOf(Table target, String field) {
        return linksTo(target.name()).stream().filter(l -> field.equals(l.backEntityField())).findFirst()
                .orElseThrow(() -> new IllegalStateException(target.name() + "." + field + " pairs with no foreign key"));
    }

    /** A back field the model does not declare: the holder's plural (or singular for one-to-one), prefixed when ambiguous. */
    private String generatedBackField(Link l) {
        String holder = Names.snake(l.holder().entity());
        String base = l.backIsList() ? Names.pluralize(holder) : holder;
        long siblings = linksFrom(l.holder().name()).stream()
                .filter(o -> o.backEntityField() == null && o.target().name().equals(l.target().name())).count();
        if (siblings > 1) base = l.fk().field() + "_" + base;
        return fieldSets.get(l.target().name()).claim(Identifiers.field(base));
    }

    // --- relation names: needed where two relations join the same two models, and for self relations

    private void nameRelations(Model model) {
        var pairs = new LinkedHashMap<String, List<Link>>();
        for (Link l : links) pairs.computeIfAbsent(pairKey(l), k -> new ArrayList<>()).add(l);
        for (List<Link> group : pairs.values()) {
            var set = NameSet.caseSensitive();
            boolean ambiguous = group.size() > 1 || group.get(0).isSelf();
            for (Link l : group) {
                String declared = l.declaredName(model);
                if (declared != null) relationNames.put(l, set.claim(declared));
            }
            if (!ambiguous) continue;
            for (Link l : group) {
                if (!relationNames.containsKey(l)) {
                    relationNames.put(l, set.claim(model(l.holder().name()) + Names.pascal(relationField(l))));
                }
            }
        }
    }

    private String pairKey(Link l) {
        String a = l.holder().name();
        String b = l.target().name();
        return a.compareTo(b) <= 0 ? a + "\0" + b : b + "\0" + a;
    }
}
