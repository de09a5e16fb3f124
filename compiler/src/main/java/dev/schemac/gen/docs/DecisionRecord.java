package dev.schemac.gen.docs;

import dev.schemac.render.markdown.Md;
import dev.schemac.model.Model;
import dev.schemac.gen.TargetContext;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-feature decision record: text ER diagram, the primary dialect's full DDL, the
 * index strategy, the migration and seed files this hand-over contains, and the
 * assumptions the model declares.
 */
final class DecisionRecord {
    private final TargetContext ctx;
    private final Model model;
    private final MigrationSet migrations;

    DecisionRecord(TargetContext ctx, MigrationSet migrations) {
        this.ctx = ctx;
        this.migrations = migrations;
        this.model = ctx.model();
    }

    /** Writes the record to {@code out}; the files it quotes go there straight, never through one string of the record. */
    void render(Writer out) throws IOException {
        var s = model.settings();
        var b = new StringBuilder();
        b.append("# ").append(Md.text(s.feature() != null ? s.feature() : s.name())).append(": database schema for ").append(Words.title(model)).append("\n\n");
        if (s.feature() == null) {
            b.append("The schema declares no `feature`, so this record is named after the schema (`").append(s.name()).append("`).\n\n");
        }
        if (s.doc() != null) b.append(Md.paragraph(s.doc())).append("\n\n");
        b.append("## Entity-Relationship Diagram\n\n");
        quote(out, b, "erd", "erd/er.txt", "");
        String dialect = s.dialect().id();
        b.append("## Schema Definition (").append(s.dialect().displayName()).append(")\n\n");
        quote(out, b, dialect, "sql/" + dialect + "/schema.sql", "sql");
        b.append(new DecisionSections(ctx).design());
        b.append("## Index Strategy\n\n").append(Rationale.indexTable(ctx)).append("\n");
        b.append(new DecisionSections(ctx).operations());
        b.append(new StoreAlternatives(ctx).render());
        b.append("## Migration Files Created\n\n");
        // Each listed file, with the handed-over files it can be read from (none for an earlier run's): only the
        // paths are listed, so no file is read unless its line needs its content.
        var files = new TreeMap<String, Map<String, String>>();
        ctx.sibling("migrations").ifPresent(f -> f.keySet().forEach(p -> files.put(p, f)));
        var set = migrations;
        if (!set.isEmpty()) {
            // This feature's change is the last migration, whether this run wrote it or an earlier one did.
            b.append(set.lastChange());
            for (String f : set.last().files()) files.putIfAbsent(f, Map.of());
        }
        boolean initial = set.steps().size() == 1;
        var seed = new SeedCommand(ctx);
        ctx.sibling("seed").ifPresent(f -> f.keySet().forEach(p -> files.put(p, f)));
        if (files.isEmpty()) b.append("The `migrations` and `seed` targets are not registered in this build.\n");
        for (Map.Entry<String, Map<String, String>> f : files.entrySet()) {
            b.append("- ").append(Words.code(f.getKey())).append(describe(f.getKey(), f.getValue(), model, initial,
                    set.isEmpty() ? "" : set.last().downLoses(), seed)).append("\n");
        }
        b.append("\n## Assumptions\n\n");
        int n = 0;
        for (var e : model.entities()) {
            if (e.volume() != null) {
                b.append("- ").append(e.name()).append(": ").append(Words.aboutRows(e.volume()))
                        .append(Words.growth(e.volume())).append(".\n");
                n++;
            }
            for (var q : e.queries()) {
                b.append("- ").append(e.name()).append(" is queried for \"").append(Md.text(q.description())).append("\".\n");
                n++;
            }
            for (var d : e.denormalized()) {
                b.append("- ").append(e.name()).append(" is denormalized on purpose: ").append(Md.text(d.reason())).append(".\n");
                n++;
            }
        }
        if (n == 0) b.append("The model declares no `@@volume`, `@@query` or `@@denormalized`, so no volume, access pattern or denormalization is assumed.\n");
        b.append(new DecisionSections(ctx).questions());
        Md.copy(out, b);
    }

    /**
     * Quotes the file {@code path} of the target {@code target} as a fence in {@code language},
     * straight into {@code out} after what {@code b} holds; says so in {@code b} when the target is
     * not in this build.
     */
    private void quote(Writer out, StringBuilder b, String target, String path, String language) throws IOException {
        var text = ctx.sibling(target).map(f -> f.get(path));
        if (text.isEmpty()) {
            b.append("The `").append(target).append("` target is not registered in this build.\n\n");
            return;
        }
        Md.copy(out, b);
        b.setLength(0);
        Md.fence(out, language, text.get());
        b.append("\n");
    }

    /**
     * @param from the handed-over files {@code path} is read from, when its content is needed
     * @param downLoses what the last migration's down scripts destroy ({@link MigrationSet.Step#downLoses})
     */
    private static String describe(String path, Map<String, String> from, Model model, boolean initial, String downLoses,
                                   SeedCommand seed) {
        var s = model.settings();
        if (path.endsWith("alembic.ini")) return ": Alembic's configuration, pointing at a local " + s.dialect().displayName() + " database " + Words.code(s.name());
        if (path.endsWith("env.py")) return ": Alembic's environment for the " + Words.title(model) + " schema";
        if (path.endsWith("script.py.mako")) return ": the template of the " + Words.title(model) + " schema's next revisions (`alembic revision --autogenerate`)";
        if (path.endsWith("migration_lock.toml")) return ": pins the " + Words.code(Handover.provider(from.getOrDefault(path, "")).orElse(s.dialect().id())) + " provider for Prisma Migrate";
        if (path.endsWith(".up.sql")) return initial ? ": creates the schema from an empty database" : ": applies the change above";
        if (path.endsWith(".down.sql")) return initial ? ": drops everything the up script created" : ": undoes it" + (downLoses.isEmpty() ? "" : ", destroying data: it " + downLoses);
        if (path.endsWith("seed.py")) return ": the same sample rows through the SQLModel classes of the " + Words.title(model) + " schema";
        if (path.endsWith("seed.sql")) {
            String d = path.split("/")[1];
            return ": sample rows (" + seed.rows() + "), the same as " + Words.code("schemac seed --dialect " + d + " " + seed.options())
                    + " prints for the schema's file";
        }
        if (path.contains("/versions/")) return ": the Alembic revision";
        if (path.endsWith("migration.sql")) return ": the Prisma Migrate migration";
        if (path.contains("/snapshots/")) return ": the Catalog this migration leads to, for `schemac migrate` to diff against";
        return "";
    }
}
