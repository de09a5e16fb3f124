package dev.schemac.nosql;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Derived;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.RowFilter;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.KeyPattern;
import dev.schemac.model.Model;
import dev.schemac.model.Relation;
import dev.schemac.model.ScalarKind;
import dev.schemac.naming.Names;
import dev.schemac.nosql.KvKey.Kind;
import dev.schemac.nosql.KvKey.Structure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key-value design of a model, every key under the schema's name ({@code app}):
 * <ul>
 *   <li>a hash per row, {@code app:entity:id} (or {@code app:} and the {@code @@cache} key);
 *   <li>the ids of all rows, {@code app:entity}: a sorted set by {@code created_at} when the
 *       entity has it, else a set;
 *   <li>per unique constraint, {@code app:entity.uq_name:value}, a string holding the row id (the
 *       constraint's name in letters, digits and {@code _}: see {@code Segments});
 *   <li>per relation with a list side, {@code app:parent.field:id}, the ids of the related rows:
 *       a sorted set when the relational design indexes the key with one more orderable
 *       column (its score), else a set;
 *   <li>per other index, {@code app:entity.idx_name:values}, likewise.
 * </ul>
 * The second segment of a key is the entity alone for its rows and for the set of all its
 * ids, and the entity, a dot and a name for every other key: no snake_case entity name
 * holds a dot, so no other key can look like a row key or another entity's key.
 * An entity whose rows expire ({@code @@cache}, {@code @ttl}) keeps only its row and unique
 * keys, which expire with the row: a set entry would outlive the row it names.
 */
public record KeyValueDesign(String app, List<KvEntity> entities) {
    public KeyValueDesign {
        entities = List.copyOf(entities);
    }

    /** The design of {@code model}, lowered to {@code catalog}: made once per model and catalog for the redis target and the documents. */
    public static KeyValueDesign of(Model model, Catalog catalog) {
        return Derived.of(catalog, model, KeyValueDesign.class, () -> new Builder(model, catalog).build());
    }

    public Optional<KvEntity> entity(String name) {
        return entities.stream().filter(e -> e.entity().name().equals(name)).findFirst();
    }

    /** The key segment of an entity: its name in snake_case. */
    public static String segment(String entity) {
        return Names.snake(entity);
    }

    /** Whether a column's values order a sorted set (its score). */
    public static boolean orderable(Column c) {
        ScalarKind k = c.type().kind();
        return !c.type().isEnum() && k != null && (k.isNumeric() || k.isTemporal());
    }

    /** The column whose value says when a row began, as the set of all rows is ordered by it. */
    public static final String CREATED_AT = "created_at";

    /**
     * The column that orders the set of all rows, or empty: a required {@value #CREATED_AT} of
     * type datetime. Only it is known to say when a row began (a {@code placed_at} of the model's
     * own may not), and a date or an optional time would not order every row as it was made.
     */
    public static Optional<Column> creationTime(Table t) {
        return t.column(CREATED_AT).filter(c -> !c.nullable() && c.type().kind() == ScalarKind.DATETIME);
    }

    private static final class Builder {
        private final Model model;
        private final Catalog catalog;
        private final String app;
        private final Set<String> expiring = new HashSet<>();

        Builder(Model model, Catalog catalog) {
            this.model = model;
            this.catalog = catalog;
            this.app = model.settings().name();
            for (Entity e : model.entities()) {
                if (e.store().cache() != null || e.fields().stream().anyMatch(f -> f.store().ttl() != null)) expiring.add(e.name());
            }
        }

        KeyValueDesign build() {
            var out = new ArrayList<KvEntity>();
            var relationKeys = new LinkedHashMap<String, List<KvKey>>();
            for (Table t : catalog.tables()) relations(t, relationKeys);
            for (Table t : catalog.tables()) {
                if (t.entity() == null) continue;
                out.add(entity(model.requireEntity(t.entity()), t, relationKeys.getOrDefault(t.entity(), List.of())));
            }
            return new KeyValueDesign(app, out);
        }

        private KvEntity entity(Entity e, Table t, List<KvKey> relations) {
            var cache = e.store().cache();
            List<String> rowKey = cache != null && cache.key() != null ? keyColumns(e, t, cache.key()) : t.primaryKey().columns();
            boolean expires = expiring.contains(e.name());
            var keys = new ArrayList<KvKey>();
            String rowPattern = cache != null && cache.key() != null ? app + ":" + render(e, t, cache.key())
                    : app + ":" + segment(e.name()) + placeholders(rowKey);
            keys.add(new KvKey(Kind.ROW, rowPattern, labels(rowKey), Structure.HASH, t.name(), rowKey, List.of(), null, e.name(), null,
                    null, expires));
            if (!expires) {
                Optional<Column> created = creationTime(t);
                keys.add(new KvKey(Kind.ALL, app + ":" + segment(e.name()), List.of(),
                        created.isPresent() ? Structure.ZSET : Structure.SET, t.name(), List.of(), rowKey,
                        created.map(Column::name).orElse(null), e.name(), null, null, false));
            }
            var uniques = new ArrayList<>(t.uniques());
            if (!rowKey.equals(t.primaryKey().columns())) {
                uniques.add(0, new UniqueConstraint(t.primaryKey().name(), t.primaryKey().columns(), UniqueConstraint.Reason.ENTITY));
            }
            var segments = new Segments(relations);
            for (var u : uniques) {
                if (u.columns().equals(rowKey)) continue; // the row key itself finds the row
                // A live-rows unique keeps its keys for live rows only, as its partial index does.
                String onlyWhereNull = u.where() instanceof RowFilter.IsNull n ? n.column() : null;
                keys.add(new KvKey(Kind.UNIQUE, app + ":" + segment(e.name()) + "." + segments.of(u.name()) + placeholders(u.columns()),
                        labels(u.columns()), Structure.STRING, t.name(), u.columns(), rowKey, null, e.name(), u.name(), null, expires,
                        onlyWhereNull));
            }
            keys.addAll(relations);
            if (!expires) indexes(e, t, relations, segments, keys);
            Field ttlField = e.fields().stream().filter(f -> f.store().ttl() != null).findFirst().orElse(null);
            return new KvEntity(e, t, rowKey, cache == null ? null : cache.ttl(),
                    ttlField == null ? null : t.columnsOf(ttlField.name()).get(0).name(),
                    ttlField == null ? null : ttlField.store().ttl(), keys);
        }

        /** Relation keys, filed under the entity that owns the list (the parent, or each side of a many-to-many). */
        private void relations(Table t, Map<String, List<KvKey>> out) {
            if (t.isJoinTable()) {
                var j = t.join();
                if (expiring.contains(j.leftEntity()) || expiring.contains(j.rightEntity())) return;
                ForeignKey left = t.foreignKeys().get(0);
                ForeignKey right = t.foreignKeys().get(1);
                out.computeIfAbsent(j.leftEntity(), k -> new ArrayList<>()).add(relation(j.leftEntity(), j.leftField(), t, left, right,
                        null, j.rightEntity()));
                out.computeIfAbsent(j.rightEntity(), k -> new ArrayList<>()).add(relation(j.rightEntity(), j.rightField(), t, right, left,
                        null, j.leftEntity()));
                return;
            }
            Entity child = model.requireEntity(t.entity());
            if (expiring.contains(child.name())) return;
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.field() == null) continue;
                Field h = child.requireField(fk.field());
                if (h.relation().kind() == Relation.Kind.ONE_TO_ONE) continue;
                String parent = h.relation().target();
                String segment = h.relation().inverse() != null ? h.relation().inverse() : segment(child.name()) + "_" + h.name();
                String score = scoreOf(t, fk.columns()).orElse(null);
                var pk = catalog.tableOf(parent).orElseThrow().primaryKey().columns();
                String via = h.relation().inverse() != null ? parent + "." + h.relation().inverse() : child.name() + "." + h.name();
                var key = new KvKey(Kind.RELATION, app + ":" + segment(parent) + "." + segment + placeholders(pk), labels(pk),
                        score != null ? Structure.ZSET : Structure.SET, t.name(), fk.columns(), t.primaryKey().columns(), score,
                        child.name(), segment, via, false);
                out.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
            }
        }

        private KvKey relation(String owner, String field, Table join, ForeignKey own, ForeignKey other, String score, String members) {
            var pk = catalog.tableOf(owner).orElseThrow().primaryKey().columns();
            return new KvKey(Kind.RELATION, app + ":" + segment(owner) + "." + field + placeholders(pk), labels(pk), Structure.SET,
                    join.name(), own.columns(), other.columns(), score, members, field, owner + "." + field, false);
        }

        /** The orderable column that an index of {@code t} adds right after {@code prefix}, if any. */
        private static Optional<String> scoreOf(Table t, List<String> prefix) {
            for (Index i : t.indexes()) {
                var cols = i.columns();
                if (cols.size() == prefix.size() + 1 && cols.subList(0, prefix.size()).equals(prefix)
                        && orderable(t.requireColumn(cols.get(prefix.size())))) {
                    return Optional.of(cols.get(prefix.size()));
                }
            }
            return Optional.empty();
        }

        /** Indexes that no relation key already serves. */
        private void indexes(Entity e, Table t, List<KvKey> relations, Segments segments, List<KvKey> keys) {
            var served = allRelationKeysOn(t);
            for (Index i : t.indexes()) {
                if (served.contains(i.columns())) continue;
                var cols = i.columns();
                Column last = t.requireColumn(cols.get(cols.size() - 1));
                boolean zset = orderable(last);
                var lead = zset ? cols.subList(0, cols.size() - 1) : cols;
                var pk = t.primaryKey().columns();
                keys.add(new KvKey(Kind.INDEX, app + ":" + segment(e.name()) + "." + segments.of(i.name()) + placeholders(lead), labels(lead),
                        zset ? Structure.ZSET : Structure.SET, t.name(), lead, pk, zset ? last.name() : null, e.name(), i.name(), null, false));
            }
        }

        /** The column lists of {@code t}'s indexes that relation keys serve (a key's columns, with its score). */
        private List<List<String>> allRelationKeysOn(Table t) {
            var out = new ArrayList<List<String>>();
            if (t.entity() == null || expiring.contains(t.entity())) return out;
            Entity child = model.requireEntity(t.entity());
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.field() == null) continue;
                if (child.requireField(fk.field()).relation().kind() == Relation.Kind.ONE_TO_ONE) continue;
                out.add(fk.columns());
                scoreOf(t, fk.columns()).ifPresent(s -> {
                    var cols = new ArrayList<>(fk.columns());
                    cols.add(s);
                    out.add(cols);
                });
            }
            return out;
        }

        /**
         * The names after an entity's dot. A constraint's or index's name is any text the model
         * gives it; as a key segment it keeps {@link KvKey#label}'s characters, so a {@code :}
         * cannot split it into two segments, a space cannot split the documented read command,
         * and a brace cannot read as a placeholder. Names that meet once so written (or meet a
         * relation's, which are field names) get {@code _2}, {@code _3} ...: two constraints
         * must never share a key.
         */
        private static final class Segments {
            private final Set<String> taken = new HashSet<>();

            Segments(List<KvKey> relations) {
                for (KvKey k : relations) taken.add(k.name());
            }

            String of(String name) {
                String base = KvKey.legible(name);
                String segment = base;
                for (int n = 2; !taken.add(segment); n++) segment = base + "_" + n;
                return segment;
            }
        }

        private static String placeholders(List<String> columns) {
            var b = new StringBuilder();
            for (String l : KvKey.labels(columns)) b.append(":{").append(l).append('}');
            return b.toString();
        }

        private static List<String> labels(List<String> columns) {
            return KvKey.labels(columns);
        }

        /** The columns that fill an {@code @@cache} key's placeholders, in order. */
        static List<String> keyColumns(Entity e, Table t, KeyPattern p) {
            var out = new ArrayList<String>();
            for (String f : p.fields()) for (Column c : t.columnsOf(f)) out.add(c.name());
            return out;
        }

        /** An {@code @@cache} key with its placeholders named by columns (a relation field by its key columns). */
        static String render(Entity e, Table t, KeyPattern p) {
            var b = new StringBuilder();
            var labels = KvKey.labels(keyColumns(e, t, p)).iterator();
            for (KeyPattern.Part part : p.parts()) {
                if (part instanceof KeyPattern.Literal l) {
                    b.append(l.text());
                } else {
                    var cols = t.columnsOf(((KeyPattern.Placeholder) part).field());
                    b.append(String.join(":", cols.stream().map(c -> "{" + labels.next() + "}").toList()));
                }
            }
            return b.toString();
        }
    }
}
