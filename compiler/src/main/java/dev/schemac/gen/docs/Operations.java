package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Index;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.gen.TargetContext;
import java.util.ArrayList;

/** Performance and security notes, each about named tables and fields of this model. */
final class Operations {
    private final Model model;
    private final Catalog catalog;
    private final Words words;

    Operations(TargetContext ctx, Words words) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.words = words;
    }

    void render(StringBuilder b) {
        b.append("## Performance Considerations\n\n");
        var own = new ArrayList<String>();
        var covered = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (var fk : t.foreignKeys()) {
                boolean hasOwn = t.indexes().stream().anyMatch(i -> i.reason() == Index.Reason.FOREIGN_KEY && i.columns().equals(fk.columns()));
                (hasOwn ? own : covered).add(Words.code(fk.name()));
            }
        }
        long fks = own.size() + covered.size();
        if (!own.isEmpty()) b.append("- Foreign keys with an index of their own: ").append(Words.list(own)).append(".\n");
        if (!covered.isEmpty()) {
            b.append("- Foreign keys served by a key or index that starts with their columns: ").append(Words.list(covered)).append(".\n");
        }
        for (Entity e : model.entities()) {
            if (e.volume() == null) continue;
            Table t = catalog.tableOf(e.name()).orElseThrow();
            b.append("- `").append(t.name()).append("` expects about ").append(String.format("%,d", e.volume().rows())).append(" rows")
                    .append(e.volume().growth() != null ? " growing " + Words.text(e.volume().growth()) : "").append("; lookups other than by ")
                    .append(Words.list(lookups(t))).append(" scan it.\n");
        }
        for (Entity e : model.entities()) {
            for (var q : e.queries()) {
                Table t = catalog.tableOf(e.name()).orElseThrow();
                var multi = t.indexes().stream().filter(i -> i.columns().size() > 1).map(i -> Words.code(i.name())).toList();
                b.append("- \"").append(Words.text(q.description())).append("\" on ").append(Words.code(t.name())).append(": ")
                        .append(multi.isEmpty() ? "served by the single-column indexes listed above"
                                : (multi.size() == 1 ? "the composite index " + Words.list(multi) + " on this table serves it"
                                        : "the composite indexes " + Words.list(multi) + " on this table serve it"))
                        .append(".\n");
            }
        }
        if (fks == 0 && model.entities().stream().allMatch(e -> e.volume() == null && e.queries().isEmpty())) {
            b.append("- The model declares no foreign keys, volumes or queries, so there is nothing to size indexes for beyond the keys.\n");
        }
        b.append("\n## Security Considerations\n\n");
        var pii = new ArrayList<String>();
        var secret = new ArrayList<String>();
        for (Entity e : model.entities()) {
            for (Field f : e.storedFields()) {
                if (f.pii()) pii.add(Words.code(e.name() + "." + f.name()));
                if (f.secret()) secret.add(Words.code(e.name() + "." + f.name()));
            }
        }
        if (pii.isEmpty()) {
            b.append("- No field of the ").append(Words.title(model)).append(" schema is marked `@pii`.\n");
        } else {
            b.append("- Personal data (`@pii`): ").append(Words.list(pii)).append(pii.size() == 1 ? ". It is" : ". Each is").append(" flagged in the column comment on every dialect; ")
                    .append("the database stores it readable, so encrypt it at rest or in the application where the data requires it, and keep it out of logs.\n");
        }
        if (secret.isEmpty()) {
            b.append("- No field of the ").append(Words.title(model)).append(" schema is marked `@secret`.\n");
        } else {
            b.append("- Secrets (`@secret`): ").append(Words.list(secret)).append(" must hold only a hash or digest; the column comments say so and the sample data stores random hex digests.\n");
        }
        var audit = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            boolean created = t.columns().stream().anyMatch(c -> c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Now && !c.updatedAt());
            boolean updated = t.columns().stream().anyMatch(Column::updatedAt);
            if (created && updated) audit.add(Words.code(t.name()));
        }
        if (!audit.isEmpty()) {
            b.append("- Audit trail: ").append(Words.list(audit)).append(" record when each row was created and last changed; who changed it is not recorded.\n");
        } else {
            b.append("- None of the ").append(catalog.tables().size()).append(" tables of the ").append(Words.title(model)).append(" schema records when its rows were created and changed.\n");
        }
    }

    private static java.util.List<String> lookups(Table t) {
        var out = new ArrayList<String>();
        out.add("`" + String.join(", ", t.primaryKey().columns()) + "`");
        for (var u : t.uniques()) out.add("`" + String.join(", ", u.columns()) + "`");
        for (Index i : t.indexes()) out.add("`" + String.join(", ", i.columns()) + "`");
        return out;
    }
}
