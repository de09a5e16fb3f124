package dev.schemac.gen.docs;

import dev.schemac.render.markdown.Md;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.EnumType;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.model.Relation;
import dev.schemac.gen.TargetContext;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Database_Design.md}, section by section as the design-document brief orders
 * them. Each sentence is built from the model, the Catalog or another target's output; a
 * section with nothing to say for this model says what is absent instead of padding.
 */
final class DesignDocument {
    private final TargetContext ctx;
    private final Model model;
    private final Catalog catalog;
    private final Words words;
    private final MigrationSet migrations;
    /** The section being written; {@link #drain drained} into {@link #out} between sections. */
    private final StringBuilder b = new StringBuilder();
    private EndTrimmed out;

    DesignDocument(TargetContext ctx, MigrationSet migrations) {
        this.ctx = ctx;
        this.migrations = migrations;
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.words = new Words(model, catalog, WrittenDialects.of(ctx));
    }

    /**
     * Writes the document to {@code w} section by section: the largest part of it, the files of
     * other targets it quotes, goes to {@code w} straight from those files, never through one
     * string of the whole document (tens of megabytes for a large model).
     */
    void render(Writer w) throws IOException {
        out = new EndTrimmed(w);
        b.append("# Database Design: ").append(Words.title(model)).append("\n\n");
        summary();
        entities();
        drain();
        diagram();
        embedded("SQLModel Schema (Python, " + primary().displayName() + ")", "sqlmodel", "python");
        embedded("Prisma Schema (Node.js)", "prisma", "prisma");
        new Rationale(ctx, words).render(b);
        drain();
        assumptions();
        new Tradeoffs(ctx).render(b);
        new SoftDeleteConflicts(ctx).render(b);
        migrations();
        new ProductionPath(ctx).render(b);
        seed();
        b.append("## Performance Considerations\n\n");
        new Performance(ctx).render(b);
        b.append("## Security Considerations\n\n");
        new Security(ctx).render(b);
        b.append("## Clarifying Questions\n\n");
        new Questions(ctx).render(b);
        drain();
        out.finish();
    }

    /** Moves what the sections wrote so far into the document. */
    private void drain() throws IOException {
        out.append(b);
        b.setLength(0);
    }

    /** A fenced block of a whole file, written straight into the document after what came before it. */
    private void fence(String info, String body) throws IOException {
        drain();
        Md.fence(out, info, body);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Dialect primary() { return model.settings().dialect(); }

    private void summary() {
        b.append("## Database Design Summary\n\n");
        if (model.settings().doc() != null) b.append(Md.paragraph(model.settings().doc())).append("\n\n");
        var joins = catalog.tables().stream().filter(Table::isJoinTable).map(t -> Words.name(t.name())).toList();
        if (model.entities().isEmpty()) {
            b.append("The ").append(Words.title(model)).append(" schema declares no entity, so it has no table");
            if (!model.enums().isEmpty()) {
                b.append("; it holds ").append(Words.plural(model.enums().size(), "enum", "enums")).append(" (")
                        .append(Words.list(model.enums().stream().map(e -> e.name() + " with " + Words.plural(e.values().size(), "value", "values")).toList()))
                        .append(")");
            }
            b.append(".\n\n");
            new TechnologyStack(ctx, migrations).render(b);
            return;
        }
        b.append("The ").append(Words.title(model)).append(" schema holds ")
                .append(Words.plural(model.entities().size(), "entity", "entities")).append(" (")
                .append(Words.list(model.entities().stream().map(Entity::name).toList())).append(") in ")
                .append(Words.plural(catalog.tables().size(), "table", "tables"));
        if (!joins.isEmpty()) {
            b.append(", ").append(joins.size() == 1 ? "one of them the implicit join table " : joins.size() + " of them implicit join tables ")
                    .append(Words.list(joins));
        }
        if (!model.enums().isEmpty()) {
            b.append(", and ").append(Words.plural(model.enums().size(), "enum", "enums")).append(" (")
                    .append(Words.list(model.enums().stream().map(e -> e.name() + " with " + Words.plural(e.values().size(), "value", "values")).toList()))
                    .append(")");
        }
        b.append(".\n\n");
        var s = model.settings();
        b.append("Primary keys default to ").append(switch (s.ids()) {
            case AUTOINCREMENT -> "integers the database generates";
            case UUID -> "UUIDs the database generates";
        }).append(" (`ids = ").append(s.ids().name().toLowerCase(java.util.Locale.ROOT)).append("`)");
        var own = model.entities().stream().filter(e -> e.fields().stream().noneMatch(f -> f.origin() == dev.schemac.model.Origin.IMPLICIT && e.primaryKey().contains(f.name()))).map(Entity::name).toList();
        if (!own.isEmpty()) b.append("; ").append(Words.list(own)).append(own.size() == 1 ? " declares its own key" : " declare their own keys");
        b.append(". ");
        long stamped = model.entities().stream().filter(Entity::timestamps).count();
        if (s.timestamps()) {
            b.append(stamped == model.entities().size() ? (stamped == 1 ? "The entity carries" : "Every entity carries")
                            : stamped == 0 ? "No entity carries" : stamped + " of " + model.entities().size() + (stamped == 1 ? " entities carries" : " entities carry"))
                    .append(" `created_at` and `updated_at`");
            var off = model.entities().stream().filter(e -> !e.timestamps()).map(Entity::name).toList();
            if (!off.isEmpty()) b.append(" (").append(Words.list(off)).append(off.size() == 1 ? " opts" : " opt").append(" out with `@@timestamps(false)`)");
            b.append(". ");
            // A hand-declared field of that name is the row's timestamp only in the shape SC702 asks for.
            var unkept = new ArrayList<String>();
            for (Entity e : model.entities()) {
                var wrong = RequiredFields.notTimestamps(e);
                if (!wrong.isEmpty()) unkept.add(e.name() + "'s " + Words.list(wrong.stream().map(Words::code).toList()));
            }
            if (!unkept.isEmpty()) {
                b.append(capital(Words.list(unkept))).append(unkept.size() == 1 && !unkept.get(0).contains(" and ") ? " is" : " are")
                        .append(" declared by hand but not as the timestamp the name says (SC702): nothing keeps ")
                        .append(unkept.size() == 1 && !unkept.get(0).contains(" and ") ? "it" : "them").append(" current. ");
            }
        } else {
            b.append("Timestamps are off (`timestamps = false`). ");
        }
        var users = new java.util.LinkedHashMap<String, List<String>>();
        for (Entity e : model.entities()) for (String m : e.mixins()) users.computeIfAbsent(m, k -> new ArrayList<>()).add(e.name());
        var mixins = new ArrayList<String>();
        users.forEach((m, es) -> mixins.add(m + " on " + Words.list(es)));
        if (!mixins.isEmpty()) b.append("Mixins used: ").append(String.join("; ", mixins)).append(".");
        b.setLength(b.length() - (b.charAt(b.length() - 1) == ' ' ? 1 : 0));
        b.append("\n\n");
        new TechnologyStack(ctx, migrations).render(b);
    }

    private void entities() {
        b.append("## Key Entities and Relationships\n\n### Core Entities\n\n");
        int i = 1;
        for (Entity e : model.entities()) {
            b.append(i++).append(". **").append(e.name()).append("** (table ").append(Words.name(words.table(e))).append(")\n");
            // An entity without a doc comment has no stated purpose; `schemac check` reports it (SC733).
            if (e.doc() != null && !e.doc().isBlank()) b.append("   - Purpose: ").append(Md.text(e.doc())).append("\n");
            b.append("   - Key Attributes:\n");
            for (Field f : e.storedFields()) b.append("     - ").append(words.attribute(e, f)).append("\n");
            var rels = e.relationFields();
            if (rels.isEmpty()) {
                b.append("   - Relationships: none\n");
            } else {
                b.append("   - Relationships:\n");
                for (Field f : rels) b.append("     - ").append(words.relation(e, f)).append("\n");
            }
            if (e.volume() != null) {
                b.append("   - Volume: ").append(Words.aboutRows(e.volume()))
                        .append(Words.growth(e.volume())).append("\n");
            }
        }
        for (EnumType en : model.enums()) {
            // What the database stores: a member's `@map` label where it has one.
            b.append("\nEnum **").append(en.name()).append("**: ").append(String.join(", ", en.values().stream()
                    .map(v -> Words.code(v.name()) + (v.dbValue() != null && !v.dbValue().equals(v.name()) ? " (stored as " + Words.textValue(v.dbValue()) + ")" : ""))
                    .toList()));
            if (en.doc() != null) b.append(" — ").append(Md.text(en.doc()));
            b.append("\n");
        }
        if (primary() == Dialect.SQLITE) {
            String affinity = SqliteAffinity.sentence(catalog);
            if (!affinity.isEmpty()) b.append("\n").append(affinity).append("\n");
        }
        b.append("\n### Relationship Summary\n\n");
        int n = 0;
        var joinsSaid = new java.util.HashSet<String>();
        for (Entity e : model.entities()) {
            for (Field f : e.relationFields()) {
                Relation r = f.relation();
                if (r.kind().holdsForeignKey()) {
                    var t = catalog.tableOf(e.name()).orElseThrow();
                    var fk = t.foreignKeyOf(f.name()).orElseThrow();
                    var cols = fk.columns();
                    b.append("- ").append(r.target()).append(" → ").append(e.name()).append(" (`").append(e.name()).append('.').append(f.name()).append("`): ")
                            .append(r.kind() == Relation.Kind.ONE_TO_ONE ? "one-to-one" : "one-to-many").append(". ")
                            .append(f.nullable() ? capital(Words.a(e.name())) + " may refer to one " + r.target() + " (" + Words.qualified(t.name(), cols) + " is nullable)"
                                    : "Every " + e.name() + " refers to exactly one " + r.target() + " (" + Words.qualified(t.name(), cols) + " NOT NULL)")
                            .append("; ").append(words.onDelete(e, f)).append(".\n");
                    n++;
                } else if (r.kind() == Relation.Kind.MANY_TO_MANY && joinsSaid.add(words.joinTable(e, f))) {
                    // One line per join table: a self many-to-many has both of its fields on one entity.
                    b.append("- ").append(e.name()).append(" ↔ ").append(r.target()).append(" (`").append(e.name()).append('.').append(f.name())
                            .append("`): many-to-many through ").append(Words.name(words.joinTable(e, f)))
                            .append("; deleting either side deletes its links, never the other side.\n");
                    n++;
                }
            }
        }
        if (n == 0) b.append("No entity of the ").append(Words.title(model)).append(" schema refers to another.\n");
        b.append("\n");
    }

    private void diagram() throws IOException {
        b.append("## ER Diagram\n\n");
        var mmd = ctx.sibling("mermaid").map(f -> f.get("mermaid/er.mmd"));
        if (mmd.isPresent()) {
            fence("mermaid", mmd.get());
            b.append("\n");
        } else {
            b.append("The `mermaid` target is not registered in this build, so no diagram is embedded.\n\n");
        }
    }

    private void embedded(String title, String target, String lang) throws IOException {
        b.append("## ").append(title).append("\n\n");
        var files = ctx.sibling(target);
        if (files.isEmpty()) {
            b.append("The `").append(target).append("` target is not registered in this build of schemac, so this section has no code yet; ")
                    .append("it fills in from that target's output once it is.\n\n");
            return;
        }
        for (Map.Entry<String, String> f : files.get().entrySet()) {
            b.append(Words.code(f.getKey())).append(" of ").append(Words.title(model)).append(":\n\n");
            fence(f.getKey().endsWith(".ts") ? "ts" : lang, f.getValue());
            b.append("\n");
        }
    }

    private void assumptions() {
        b.append("### Assumptions\n\n");
        var volumes = model.entities().stream().filter(e -> e.volume() != null).toList();
        if (volumes.isEmpty()) {
            b.append("- Data volume: no entity declares `@@volume`, so this design assumes no particular size.\n");
        } else {
            for (Entity e : volumes) {
                b.append("- Data volume of ").append(e.name()).append(": ").append(Words.aboutRows(e.volume()))
                        .append(Words.growth(e.volume())).append(" (`@@volume`).\n");
            }
        }
        var queries = model.entities().stream().filter(e -> !e.queries().isEmpty()).toList();
        if (queries.isEmpty()) {
            b.append("- Query patterns: no entity declares `@@query`, so indexes follow keys, foreign keys and explicit `@index`/`@@index` only.\n");
        } else {
            for (Entity e : queries) {
                for (var q : e.queries()) b.append("- Query on ").append(e.name()).append(": \"").append(Md.text(q.description())).append("\" (`@@query`).\n");
            }
        }
        b.append("\n");
    }

    private void migrations() {
        b.append("## Migration Strategy\n\n");
        String name = model.settings().name();
        var set = migrations;
        if (set.isEmpty()) {
            b.append("The `migrations` target is not registered in this build, so no migrations are part of this hand-over.\n\n");
            return;
        }
        b.append(set.table());
        String first = set.first().id();
        var sql = new ArrayList<String>();
        if (set.first().files().contains("migrations/sql/sqlite/" + first + ".up.sql")) {
            // -bail: the shell goes on after an error by default, and a rebuild would then drop the table it failed to copy.
            sql.add("sqlite3 -bail " + name + ".db < migrations/sql/sqlite/" + first + ".up.sql");
        }
        if (set.first().files().contains("migrations/sql/postgres/" + first + ".up.sql")) {
            sql.add("psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 -f migrations/sql/postgres/" + first + ".up.sql");
        }
        if (set.first().files().contains("migrations/sql/mysql/" + first + ".up.sql")) {
            sql.add("mysql " + name + " < migrations/sql/mysql/" + first + ".up.sql");
        }
        if (!sql.isEmpty()) {
            b.append("### SQL\n\n```bash\n").append(String.join("\n", sql)).append("\n```\n\n")
                    .append(sql.size() == 1 ? "It has" : "Each has").append(" a `.down.sql` beside it that drops what the up script created");
            // The enum types the first migration made, which its down drops: a later migration's are its own.
            var enums = set.first().after().enums();
            if (!enums.isEmpty() && set.first().files().contains("migrations/sql/postgres/" + first + ".down.sql")) {
                b.append(", including the PostgreSQL enum type").append(enums.size() == 1 ? " " : "s ")
                        .append(Words.list(enums.stream().map(e -> Words.name(e.typeName())).toList()));
            }
            if (set.steps().size() > 1) b.append("; the later migrations are applied after it, in the order of the table above");
            b.append(".\n\n");
        }
        b.append("### SQLModel / Alembic\n\n```bash\nalembic -c migrations/alembic.ini upgrade head    # revision ")
                .append(set.last().timestamp())
                .append("\nalembic -c migrations/alembic.ini downgrade base\n```\n\n");
        var provider = new Handover(ctx).migrateProvider();
        var prismaSide = provider.flatMap(Dialect::byId);
        if (provider.isPresent() && prismaSide.isPresent()) {
            Dialect d = prismaSide.get();
            b.append("### Prisma Migrate\n\nThe folder `migrations/prisma/` is written for the `").append(provider.get())
                    .append("` provider and carries schemac's ").append(d.displayName()).append(" DDL");
            var cannot = new ArrayList<String>();
            int checks = Rendered.checks(d, catalog).size();
            if (checks > 0) cannot.add(checks == 1 ? "the CHECK constraint" : "the " + checks + " CHECK constraints");
            var triggers = Rendered.triggers(d, catalog);
            if (!triggers.isEmpty()) {
                cannot.add((triggers.size() == 1 ? "the `@updated` trigger " : "the `@updated` triggers ")
                        + Words.list(triggers.stream().map(Words::name).toList()));
            } else if (d == Dialect.MYSQL && Rendered.updatedColumns(catalog)) {
                cannot.add("the `ON UPDATE CURRENT_TIMESTAMP(6)` of the `@updated` columns");
            }
            if (!cannot.isEmpty()) b.append(", so ").append(Words.list(cannot)).append(", which schema.prisma cannot express, ")
                    .append(cannot.size() == 1 && checks <= 1 && triggers.size() <= 1 ? "is" : "are").append(" created too");
            b.append(".\n\n```bash\ncp -r migrations/prisma prisma/migrations\nnpx prisma migrate deploy    # prisma.config.ts reads DATABASE_URL\n```\n\n");
        }
    }

    private void seed() throws IOException {
        b.append("## Sample Seed Data\n\n");
        var sql = ctx.sibling("seed").map(f -> f.get("seed/" + primary().id() + "/seed.sql"));
        if (sql.isEmpty()) {
            b.append("The `seed` target is not registered in this build, so there is no sample data.\n\n");
            return;
        }
        var seed = new SeedCommand(ctx);
        b.append("`seed/").append(primary().id()).append("/seed.sql` (").append(seed.rows()).append(", seed ")
                .append(ctx.options().seed())
                // The schema's name is not its file's: the command is given the file, whatever it is called.
                .append("; regenerate with `schemac seed` on the schema's file with `").append(seed.options()).append("`):\n\n");
        fence("sql", sql.get());
        b.append("\n");
    }
}
