package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Table;
import dev.schemac.analysis.TimestampFields;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Entity;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision record's required fields: every table checked for the brief's {@code id},
 * {@code created_at}, {@code updated_at} and, where the entity soft-deletes, {@code deleted_at},
 * with each exception and its cause.
 */
final class RequiredFields {
    private final Model model;
    private final Catalog catalog;

    RequiredFields(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
    }

    String render() {
        var b = new StringBuilder("## Required Fields\n\n");
        if (catalog.tables().isEmpty()) {
            return b.append("The ").append(Words.title(model)).append(" schema has no table, so no table lacks a required field.\n\n").toString();
        }
        b.append("The brief asks every table for a primary key `id`, `created_at`, `updated_at`, and `deleted_at` where rows are soft-deleted.\n\n");
        b.append("| Table | `id` | `created_at` | `updated_at` | `deleted_at` | Exceptions and their causes |\n| --- | --- | --- | --- | --- | --- |\n");
        var exceptions = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
            boolean id = t.primaryKey().columns().equals(List.of("id"));
            var wrong = e == null ? List.<String>of() : notTimestamps(e);
            boolean created = has(t, "created_at") && !wrong.contains("created_at");
            boolean updated = has(t, "updated_at") && !wrong.contains("updated_at");
            boolean deleted = e != null && e.softDelete().isPresent();
            var causes = new ArrayList<String>();
            if (t.isJoinTable()) {
                causes.add("join table of " + t.join().leftEntity() + "." + t.join().leftField() + ": the pair ("
                        + String.join(", ", t.primaryKey().columns()) + ") is its key and it has no other column, so it carries no timestamps");
            } else {
                if (!id) causes.add(keyCause(e, t));
                if (!wrong.isEmpty()) causes.add(shapeCause(e, wrong));
                boolean c = has(t, "created_at"), u = has(t, "updated_at");
                if (!c || !u) causes.add(timestampCause(e, c, u));
            }
            if (!causes.isEmpty()) exceptions.add(Words.name(t.name()));
            b.append("| ").append(Words.nameCell(t.name())).append(" | ").append(mark(id)).append(" | ").append(mark(created))
                    .append(" | ").append(mark(updated)).append(" | ").append(deleted ? "yes" : "no (deleted for real)").append(" | ")
                    .append(causes.isEmpty() ? "none" : String.join("; ", causes)).append(" |\n");
        }
        b.append("\n");
        var soft = model.entities().stream().filter(x -> x.softDelete().isPresent()).map(Entity::name).toList();
        b.append(exceptions.isEmpty() ? "Every table of the " + Words.title(model) + " schema has its key and both timestamps. "
                : Words.list(exceptions) + (exceptions.size() == 1 ? " is the exception, for the cause in its row. " : " are the exceptions, each for the cause in its row. "));
        b.append(soft.isEmpty() ? "No entity of the " + Words.title(model) + " schema soft-deletes, so no table needs `deleted_at`."
                : soft.size() == model.entities().size()
                        ? (soft.size() == 1 ? soft.get(0) + ", the one entity, soft-deletes." : "Every entity soft-deletes: " + Words.list(soft) + ".")
                        : Words.list(soft) + (soft.size() == 1 ? " soft-deletes" : " soft-delete") + "; the other entities delete their rows for real.");
        return b.append("\n\n").toString();
    }

    /**
     * The timestamp fields of {@code e} declared by hand but not as the timestamps they name
     * ({@link TimestampFields#problems}, the rule SC702 reports): nothing keeps them correct.
     */
    static List<String> notTimestamps(Entity e) {
        var out = new ArrayList<String>();
        for (String name : TimestampFields.NAMES) {
            e.field(name).filter(f -> !TimestampFields.problems(f).isEmpty()).ifPresent(f -> out.add(name));
        }
        return out;
    }

    private static String shapeCause(Entity e, List<String> wrong) {
        var said = new ArrayList<String>();
        for (String name : wrong) said.add(Words.nameCell(name) + " " + Words.list(TimestampFields.problems(e.field(name).orElseThrow()).stream().map(Words::messageCell).toList()));
        return String.join(", and ", said) + " (SC702), so " + (wrong.size() == 1 ? "it is not the timestamp its name says" : "they are not the timestamps their names say");
    }

    /** Whether the table records when each row was made: a {@code created_at} column of the shape SC702 asks for. */
    static boolean recordsCreation(Model model, Table t) {
        Entity e = t.entity() == null ? null : model.requireEntity(t.entity());
        return has(t, "created_at") && (e == null || !notTimestamps(e).contains("created_at"));
    }

    private static boolean has(Table t, String column) {
        return t.column(column).isPresent();
    }

    private static String mark(boolean present) {
        return present ? "yes" : "no";
    }

    private static String keyCause(Entity e, Table t) {
        var pk = t.primaryKey().columns();
        if (pk.size() > 1) return "its key is (" + String.join(", ", pk) + "), declared with `@id` on " + String.join(", ", e.primaryKey());
        return "its key is " + Words.nameCell(pk.get(0)) + ", declared with `@id` on " + e.primaryKey().get(0);
    }

    private String timestampCause(Entity e, boolean created, boolean updated) {
        String missing = !created && !updated ? "no timestamps" : !created ? "no `created_at`" : "no `updated_at`";
        if (!model.settings().timestamps()) return missing + ": the schema header sets `timestamps = false`";
        if (!e.timestamps()) return missing + ": " + e.name() + " opts out with `@@timestamps(false)`";
        return missing + ": " + e.name() + " declares a field of that name itself";
    }
}
