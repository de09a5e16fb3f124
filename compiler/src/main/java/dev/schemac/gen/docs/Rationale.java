package dev.schemac.gen.docs;

import dev.schemac.render.text.Counts;
import dev.schemac.render.text.NameText;
import dev.schemac.access.AccessPath;
import dev.schemac.access.AccessPaths;
import dev.schemac.analysis.Analyses;
import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.analysis.NormalForms;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.ForeignKey;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.UniqueConstraint;
import dev.schemac.diag.Diagnostic;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.IndexSpec;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.markdown.Md;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Design decisions as made in this model: what the normal-form analysis and the checks
 * found, which declared dependencies and denormalizations there are, the key strategy,
 * how timestamps are kept, and every index with the reason it exists.
 */
final class Rationale {
    private final TargetContext ctx;
    private final Model model;
    private final Catalog catalog;
    private final Words words;

    Rationale(TargetContext ctx, Words words) {
        this.ctx = ctx;
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.words = words;
    }

    void render(StringBuilder b) {
        b.append("## Design Rationale & Assumptions\n\n### Design Decisions\n\n");
        normalForms(b);
        keys(b);
        timestamps(b);
        b.append("#### Indexes\n\n");
        b.append(indexTable(ctx));
        b.append("\n");
    }

    private void normalForms(StringBuilder b) {
        b.append("#### Normalization\n\n");
        Analyses analyses = ctx.analyses();
        if (analyses == null) {
            b.append("No normal-form analysis is attached to this compilation (the checks that compute one did not run), so this document reports no normal-form findings of its own.\n");
        } else {
            normalFormTable(b, analyses.normalForms());
        }
        var deps = new ArrayList<String>();
        var denorm = new ArrayList<String>();
        var depEntities = new LinkedHashSet<String>();
        var denormEntities = new LinkedHashSet<String>();
        for (Entity e : model.entities()) {
            if (!e.dependencies().isEmpty()) depEntities.add(e.name());
            if (!e.denormalized().isEmpty()) denormEntities.add(e.name());
            for (var d : e.dependencies()) deps.add(e.name() + ": " + String.join(", ", d.from()) + " → " + String.join(", ", d.to()));
            for (var d : e.denormalized()) denorm.add(e.name() + ": " + Words.text(d.reason()));
        }
        if (!deps.isEmpty()) {
            b.append("\nFunctional dependencies declared with `@@depends` on ").append(Words.list(List.copyOf(depEntities))).append(":\n\n");
            for (String d : deps) b.append("- ").append(d).append("\n");
        }
        if (!denorm.isEmpty()) {
            b.append("\nDenormalizations of ").append(Words.list(List.copyOf(denormEntities))).append(" declared with `@@denormalized`, kept as trade-offs rather than fixed:\n\n");
            for (String d : denorm) b.append("- ").append(d).append("\n");
        }
        List<Diagnostic> warnings = FindingOrder.sorted(ctx.findings(), model);
        if (warnings.isEmpty()) {
            b.append("\nThe compiler's checks reported nothing for the ").append(Words.title(model)).append(" schema.\n\n");
        } else {
            b.append("\nFindings of the compiler's checks on ").append(Words.title(model)).append(":\n\n");
            // No line numbers, and the model's order (FindingOrder): the same model written as annotated Java gives the same document.
            for (Diagnostic d : warnings) {
                b.append("- ").append(d.code()).append(' ').append(d.severity().name().toLowerCase(Locale.ROOT))
                        .append(": ").append(Words.message(d.message())).append("\n");
            }
            b.append("\n");
        }
    }

    /**
     * One row per entity: its candidate keys (from its key, uniques and {@code @@depends}),
     * the highest normal form they reach, and what keeps it from the next; then, for each
     * entity below 3NF, the decomposition the checks propose as pasteable model text.
     */
    private void normalFormTable(StringBuilder b, NormalForms nf) {
        String title = Words.title(model);
        if (nf.entities().isEmpty()) {
            b.append("The ").append(title).append(" schema declares no entity, so there is no functional dependency to analyse.\n");
            return;
        }
        b.append("The functional dependencies of each ").append(title).append(" entity are its primary key, its unique constraints and its `@@depends` declarations; from them the compiler computes every candidate key and the highest normal form reached.");
        boolean optional = false, live = false, declaredOnly = false, undeclared = false;
        for (EntityNormalForm e : nf.entities()) {
            for (var k : e.candidateKeys()) {
                optional |= optionalKey(e.entity(), k);
                live |= liveRowsKey(e.entity(), k);
                declaredOnly |= !enforcedKey(e.entity(), k);
            }
            undeclared |= !UndeclaredRedundancy.none(ctx, e);
        }
        // The analysis treats every unique as a key on purpose (it is one among the rows that have it); the table says
        // which keys leave rows out, since NULLs repeat and a deleted row keeps a live-rows-only value.
        if (optional) b.append(" A key marked *optional* has an optional field: it identifies the rows where that field is set, and any number of rows may hold NULL.");
        if (live) b.append(" A key marked *live rows only* is unique among the rows not soft-deleted: a deleted row may hold the same value as a live one.");
        if (declaredOnly) b.append(" A key marked *not enforced* follows from `@@depends` alone: no primary key or unique constraint makes the database keep it; `@@unique` over its fields would.");
        if (undeclared) b.append(" A normal form marked *declared dependencies only* holds for the keys and `@@depends` declared, while the checks find copied fields or repeating groups in the entity, or it is denormalized on purpose.");
        b.append("\n\n");
        b.append("| ").append(title).append(" entity | Candidate keys | Normal form | What keeps it from the next |\n| --- | --- | --- | --- |\n");
        for (EntityNormalForm e : nf.entities()) {
            String keys = String.join("; ", e.candidateKeys().stream().map(k -> String.join(" + ", k) + marks(e.entity(), k)).toList());
            if (!e.candidateKeysComplete()) keys += " (search stopped: " + e.keySearchNotice() + ")";
            String why;
            if (e.acknowledged()) {
                why = "acknowledged with `@@denormalized`: " + Md.cell(e.acknowledgedReason());
            } else if (e.violations().isEmpty() && !UndeclaredRedundancy.none(ctx, e)) {
                why = "undeclared: " + String.join(" ", UndeclaredRedundancy.of(ctx, e).stream()
                        .map(f -> Words.messageCell(f.substring(f.indexOf(' ') + 1))).distinct().toList());
            } else if (e.violations().isEmpty()) {
                why = e.highestNormalForm().equals("BCNF") ? "nothing: every determinant is a key" : "—";
            } else {
                why = String.join(" ", e.violations().stream().map(v -> Words.messageCell(v.message())).distinct().toList());
            }
            String form = e.highestNormalForm() + (UndeclaredRedundancy.none(ctx, e) ? "" : " (*declared dependencies only*)");
            b.append("| ").append(e.entity()).append(" | ").append(keys).append(" | ").append(form)
                    .append(" | ").append(why).append(" |\n");
        }
        for (EntityNormalForm e : nf.entities()) {
            if (!e.firstNormalFormFindings().isEmpty()) {
                b.append("\nFirst-normal-form findings on ").append(e.entity()).append(":\n\n");
                for (String f : e.firstNormalFormFindings()) b.append("- ").append(Words.message(f)).append("\n");
            }
            if (!e.decomposition().isEmpty() && !e.acknowledged()) {
                b.append("\n").append(e.entity()).append(" is in ").append(e.highestNormalForm())
                        .append("; this decomposition (3NF synthesis) keeps every dependency and loses no rows:\n\n")
                        .append(Md.fence("", e.decomposition().strip()));
            } else if (!e.acknowledged() && (e.highestNormalForm().equals("1NF") || e.highestNormalForm().equals("2NF"))) {
                // The checks propose no split they would refuse, or that loses rows; the finding's help says what stops it.
                b.append("\n").append(e.entity()).append(" is in ").append(e.highestNormalForm())
                        .append("; no decomposition is proposed, since no split of it would be accepted as it stands or keep every row")
                        .append(" (the finding's help says why).\n");
            }
        }
    }

    /** " (optional)", " (live rows only)", both or nothing: what keeps a candidate key from identifying every row. */
    private String marks(String entity, List<String> key) {
        var m = new ArrayList<String>();
        if (optionalKey(entity, key)) m.add("optional");
        if (liveRowsKey(entity, key)) m.add("live rows only");
        if (!enforcedKey(entity, key)) m.add("not enforced");
        return m.isEmpty() ? "" : " (*" + String.join("*, *", m) + "*)";
    }

    /** Whether a field of the key may be NULL: rows without it are not told apart by the key. */
    private boolean optionalKey(String entity, List<String> key) {
        Entity e = model.requireEntity(entity);
        return key.stream().anyMatch(f -> e.field(f).map(x -> x.nullable()).orElse(false));
    }

    /** Whether the primary key or a unique constraint is exactly this key; otherwise only a {@code @@depends} implies it. */
    private boolean enforcedKey(String entity, List<String> key) {
        Entity e = model.requireEntity(entity);
        var k = new HashSet<>(key);
        if (k.equals(new HashSet<>(e.primaryKey()))) return true;
        if (key.size() == 1 && e.field(key.get(0)).map(f -> f.unique()).orElse(false)) return true;
        return e.uniques().stream().anyMatch(u -> k.equals(new HashSet<>(u.fields())));
    }

    /** Whether the key is a partial unique of the table (a soft-deleting entity's unique holds among live rows only). */
    private boolean liveRowsKey(String entity, List<String> key) {
        var t = catalog.tableOf(entity).orElse(null);
        if (t == null) return false;
        var cols = new HashSet<String>();
        for (String f : key) t.columnsOf(f).forEach(c -> cols.add(c.name()));
        return t.uniques().stream().anyMatch(u -> u.partial() && new HashSet<>(u.columns()).equals(cols));
    }

    private void keys(StringBuilder b) {
        b.append("#### Primary keys\n\n");
        if (catalog.tables().isEmpty()) b.append("The ").append(Words.title(model)).append(" schema has no table, so no primary key.\n");
        for (Table t : catalog.tables()) {
            Optional<Entity> e = t.entity() == null ? Optional.empty() : model.entity(t.entity());
            String how;
            if (t.isJoinTable()) {
                how = "the pair of foreign keys: each link is stored once";
            } else if (t.primaryKey().columns().size() > 1) {
                how = "composite, " + String.join(" + ", e.orElseThrow().primaryKey()) + ": one row per combination";
            } else {
                var col = t.requireColumn(t.primaryKey().columns().get(0));
                if (col.autoIncrement()) how = Words.name(col.name()) + ", an integer the database assigns" + outgrown(e.orElse(null), col);
                else if (col.defaultValue() instanceof ColumnDefault.Uuid) how = Words.name(col.name()) + ", " + uuidKey(model.settings().dialect());
                else how = Words.name(col.name()) + ", given by the application";
            }
            b.append("- ").append(Words.name(t.name())).append(" (").append(Words.name(t.primaryKey().name())).append("): ").append(how).append("\n");
        }
        b.append("\n");
    }

    /**
     * Where the declared volume reaches half the range of a counted {@code int} or {@code smallint}
     * key: PostgreSQL's identity and MySQL's AUTO_INCREMENT refuse the next insert past it, while
     * SQLite's rowid goes on (DocumentTruthOnRealEnginesTest).
     */
    private static String outgrown(Entity e, Column col) {
        var kind = col.type().kind();
        if (e == null || e.volume() == null || (kind != ScalarKind.INT && kind != ScalarKind.SMALLINT)) return "";
        long max = ProductionPath.largest(kind);
        if (e.volume().rows() < max / 2) return "";
        return "; as `" + (kind == ScalarKind.INT ? "int" : "smallint") + "` it stops at " + Words.number(max)
                + " on PostgreSQL and MySQL, which refuse the next insert (SQLite's rowid goes on to 2^63 - 1), and `@@volume` expects about "
                + Counts.rows(e.volume().rows(), e.name()) + ", more than half that range: the key needs `"
                + (e.volume().rows() < ProductionPath.largest(ScalarKind.INT) / 2 ? "int" : "bigint") + "`";
    }

    /** What a generated UUID key is on the primary dialect: random there, or MySQL's time-based version 1. */
    static String uuidKey(Dialect d) {
        return Rendered.randomUuids(d) ? "a random (version 4) UUID the database generates: safe to expose, it reveals nothing and cannot be guessed"
                : "a UUID MySQL's `UUID()` generates: version 1, built from the time and the server's MAC address, so it is unique but reveals when the row was made and can be guessed";
    }

    private void timestamps(StringBuilder b) {
        b.append("#### Timestamps\n\n");
        var kept = catalog.tables().stream().filter(t -> t.columns().stream().anyMatch(c -> c.updatedAt())).toList();
        var sentences = new ArrayList<String>();
        if (!model.settings().timestamps()) {
            sentences.add("The schema header turns implicit timestamps off (`timestamps = false`), so no entity gets `created_at` and `updated_at` of its own accord.");
        }
        if (!kept.isEmpty()) {
            var triggers = kept.stream().filter(t -> t.updatedAtTrigger() != null).map(t -> Words.name(t.updatedAtTrigger())).toList();
            var written = WrittenDialects.of(ctx);
            var how = new ArrayList<String>();
            String triggered = written.names(Dialect.SQLITE, Dialect.POSTGRES);
            if (!triggered.isEmpty()) how.add("a trigger on " + triggered + " (" + Words.list(triggers) + ")");
            if (written.has(Dialect.MYSQL)) how.add("`ON UPDATE CURRENT_TIMESTAMP(6)` on MySQL");
            sentences.add("`@updated` columns are kept current by the database itself: " + String.join(" and ", how) + ", for "
                    + Words.list(kept.stream().map(t -> Words.name(t.name())).toList()) + ".");
        }
        if (model.settings().timestamps()) {
            var optedOut = model.entities().stream().filter(e -> !e.timestamps()).map(Entity::name).toList();
            if (!optedOut.isEmpty()) {
                sentences.add(Words.list(optedOut) + (optedOut.size() == 1 ? " opts" : " opt")
                        + " out of the implicit timestamps with `@@timestamps(false)`.");
            }
        }
        if (sentences.isEmpty()) sentences.add("No table has a column the database keeps current on update.");
        b.append(String.join(" ", sentences)).append("\n\n");
    }

    /**
     * The index strategy as a table: every unique constraint and index, with its reason and
     * the declared queries it serves (see {@link AccessPaths}).
     */
    static String indexTable(TargetContext ctx) {
        Model model = ctx.model();
        Catalog catalog = ctx.catalog();
        var written = WrittenDialects.of(ctx);
        var serves = new HashMap<String, List<String>>();
        for (AccessPath p : AccessPaths.of(model, catalog)) {
            p.servedBy().ifPresent(c -> serves.computeIfAbsent(p.table().name() + "." + c.name(), k -> new ArrayList<>())
                    .add("\"" + Md.cell(p.pattern().description()) + "\""));
        }
        var b = new StringBuilder();
        for (Table t : catalog.tables()) {
            var pkQueries = serves.get(t.name() + "." + t.primaryKey().name());
            if (pkQueries != null) {
                b.append(row(t.primaryKey().name(), t.name(), t.primaryKey().columns(), "primary key",
                        "the key; serves " + Words.list(pkQueries)));
            }
            for (UniqueConstraint u : t.uniques()) {
                String why = switch (u.reason()) {
                    case FIELD -> "`@unique` on the field" + fieldMixin(model, t, u.columns());
                    case ENTITY -> declared(model, t, u.columns(), true);
                    case ONE_TO_ONE -> "makes the relation one-to-one";
                };
                if (u.partial()) {
                    why += "; holds among the rows where " + Words.codeCell(NameText.of(u.where().column()) + " IS NULL")
                            + " (the live ones): " + written.liveUnique();
                }
                b.append(row(u.name(), t.name(), u.columns(), u.partial() ? "unique (live rows)" : "unique", why + served(serves, t, u.name())));
            }
            for (Index i : t.indexes()) {
                String why = switch (i.reason()) {
                    case FIELD -> "`@index` on the field" + fieldMixin(model, t, i.columns());
                    case ENTITY -> declared(model, t, i.columns(), false);
                    case FOREIGN_KEY -> "foreign key " + fkOn(t, i.columns()) + ": joins and its " + onDeleteOf(t, i.columns()) + " do not scan the table";
                };
                b.append(row(i.name(), t.name(), i.columns(), "index", why + served(serves, t, i.name())));
            }
            for (ForeignKey fk : t.foreignKeys()) {
                String covering = covering(t, fk);
                if (covering != null) {
                    b.append(row("—", t.name(), fk.columns(), "covered", "foreign key " + Words.nameCell(fk.name()) + " uses " + Words.messageCell(covering)
                            + ", which starts with its columns, so it gets no index of its own"));
                }
            }
        }
        if (b.length() == 0) {
            return (catalog.tables().isEmpty() ? "The " + Words.title(model) + " schema has no table, so no index."
                    : "No table of the " + Words.title(model) + " schema has an index or a unique constraint besides its primary key.") + "\n";
        }
        return "| Name | Table | Columns | Kind | Why |\n| --- | --- | --- | --- | --- |\n" + b;
    }

    /**
     * Where the {@code @@unique} or {@code @@index} of {@code t} over {@code columns} is written:
     * on the entity, or in the mixin it uses that gives it to every entity using it.
     */
    private static String declared(Model model, Table t, List<String> columns, boolean unique) {
        String attribute = unique ? "`@@unique`" : "`@@index`";
        String mixin = model.entity(t.entity()).stream()
                .flatMap(e -> (unique ? e.uniques() : e.indexes()).stream())
                .filter(spec -> spec.fields().stream().flatMap(f -> t.columnsOf(f).stream().map(c -> c.name())).toList().equals(columns))
                .findFirst().map(IndexSpec::mixin).orElse(null);
        return mixin == null ? attribute + " on the entity" : attribute + " in mixin " + Words.codeCell(mixin) + ", which the entity uses";
    }

    /** ", in mixin `M`" when the field over {@code columns} comes from a mixin, else empty. */
    private static String fieldMixin(Model model, Table t, List<String> columns) {
        return model.entity(t.entity()).stream().flatMap(e -> e.fields().stream())
                .filter(f -> f.mixin() != null && t.columnsOf(f.name()).stream().map(c -> c.name()).toList().equals(columns))
                .map(f -> ", in mixin " + Words.codeCell(f.mixin())).findFirst().orElse("");
    }

    private static String served(Map<String, List<String>> serves, Table t, String index) {
        var qs = serves.get(t.name() + "." + index);
        return qs == null ? "" : "; serves " + Words.list(qs);
    }

    /** The delete action of the foreign key over {@code columns}, as its DDL spells it: a RESTRICT looks for referring rows as a cascade does. */
    private static String onDeleteOf(Table t, List<String> columns) {
        return t.foreignKeys().stream().filter(f -> f.columns().equals(columns))
                .map(f -> "`ON DELETE " + Sql.action(f.onDelete()) + "`").findFirst().orElse("`ON DELETE` action");
    }

    private static String fkOn(Table t, List<String> columns) {
        return t.foreignKeys().stream().filter(f -> f.columns().equals(columns)).map(f -> Words.nameCell(f.name())).findFirst().orElse("");
    }

    /** The index a foreign key uses, as {@link Quoted} text (a table cell and a sentence show it), or null when it needs its own. */
    static String covering(Table t, ForeignKey fk) {
        for (Index i : t.indexes()) if (i.columns().equals(fk.columns())) return null;
        if (startsWith(t.primaryKey().columns(), fk.columns())) return "the primary key " + Quoted.stored(t.primaryKey().name());
        for (UniqueConstraint u : t.uniques()) if (!u.partial() && startsWith(u.columns(), fk.columns())) return Quoted.stored(u.name());
        for (Index i : t.indexes()) if (startsWith(i.columns(), fk.columns())) return Quoted.stored(i.name());
        return null;
    }

    private static boolean startsWith(List<String> cols, List<String> prefix) {
        return cols.size() >= prefix.size() && cols.subList(0, prefix.size()).equals(prefix);
    }

    private static String row(String name, String table, List<String> cols, String kind, String why) {
        return "| " + (name.equals("—") ? name : Words.nameCell(name)) + " | " + Words.nameCell(table) + " | "
                + Md.cell(NameText.list(cols)) + " | " + kind + " | " + why + " |\n";
    }
}
