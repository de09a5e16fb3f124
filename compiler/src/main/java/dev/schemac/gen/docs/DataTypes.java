package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnType;
import dev.schemac.catalog.Table;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.IdStrategy;
import dev.schemac.model.Model;
import dev.schemac.model.ScalarKind;
import dev.schemac.render.sql.Sql;
import dev.schemac.types.TypeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision record's data types: the types the model uses, and where it follows the brief
 * (UUIDs for public-facing ids, JSON for flexible data, exact decimals for money) and where
 * not. Each type is spelled as the primary dialect's DDL spells it ({@link TypeTable}).
 */
final class DataTypes {
    private final Model model;
    private final Catalog catalog;
    private final Dialect primary;
    private final WrittenDialects written;

    DataTypes(TargetContext ctx) {
        this.model = ctx.model();
        this.catalog = ctx.catalog();
        this.primary = model.settings().dialect();
        this.written = WrittenDialects.of(ctx);
    }

    String render() {
        var b = new StringBuilder("## Data Types\n\n");
        if (catalog.tables().isEmpty()) {
            return b.append("The ").append(Words.title(model)).append(" schema has no table, so no column has a type.\n\n").toString();
        }
        b.append("- Types in use, as ").append(primary.displayName()).append(" spells them: ").append(String.join("; ", usage())).append(".\n");
        b.append("- Public-facing ids: ").append(ids()).append("\n");
        b.append("- Flexible data: ").append(json()).append("\n");
        b.append("- Money and other exact numbers: ").append(decimals()).append("\n");
        return b.append("\n").toString();
    }

    /** Each type with its columns, enum columns under their enum type. */
    private List<String> usage() {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                String type = Sql.columnType(primary, c, catalog) + (c.type().isEnum() ? " (enum " + c.type().enumName() + ")" : "");
                byType.computeIfAbsent(type, k -> new ArrayList<>()).add(t.name() + "." + c.name());
            }
        }
        var out = new ArrayList<String>();
        byType.forEach((type, cols) -> out.add(Words.code(type) + " for " + Words.plural(cols.size(), "column", "columns")));
        return out;
    }

    private String ids() {
        var uuidKeyed = new ArrayList<String>();
        var counters = new ArrayList<String>();
        var given = new ArrayList<String>();
        var composite = new ArrayList<String>();
        var publicIds = new ArrayList<String>();
        for (Entity e : model.entities()) {
            if (e.primaryKey().size() == 1) {
                Field k = e.requireField(e.primaryKey().get(0));
                if (k.type() instanceof FieldType.Scalar s && s.kind() == ScalarKind.UUID) uuidKeyed.add(e.name());
                else if (k.auto()) counters.add(e.name());
                else given.add(e.name() + " (" + Words.name(k.name()) + ")");
            } else {
                composite.add(e.name());
            }
            for (Field f : e.storedFields()) {
                if (f.unique() && !e.primaryKey().contains(f.name()) && f.type() instanceof FieldType.Scalar s && s.kind() == ScalarKind.UUID) {
                    publicIds.add(Words.code(e.name() + "." + f.name()));
                }
            }
        }
        var s = new StringBuilder();
        s.append(model.settings().ids() == IdStrategy.UUID ? "the default key is a UUID the database generates (`ids = uuid`)"
                : "the default key is an integer the database assigns (`ids = autoincrement`)");
        if (!uuidKeyed.isEmpty()) s.append("; UUID keys: ").append(Words.list(uuidKeyed));
        if (!counters.isEmpty()) s.append("; integer keys the database counts up: ").append(Words.list(counters));
        if (!given.isEmpty()) s.append("; keys the application gives: ").append(Words.list(given));
        if (!composite.isEmpty()) s.append("; composite keys: ").append(Words.list(composite));
        if (!publicIds.isEmpty()) s.append("; unique UUID columns for use outside the database: ").append(Words.list(publicIds));
        s.append(". ");
        boolean generated = catalog.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.defaultValue() instanceof dev.schemac.catalog.ColumnDefault.Uuid);
        if (counters.isEmpty()) {
            // MySQL's UUID() is version 1: the next one follows from the clock, so only the row count stays hidden.
            s.append(generated && !Rendered.randomUuids(primary) ? "No key is a counter, so an id shown outside the database does not reveal the row count."
                    : "No key is a counter, so an id shown outside the database reveals neither the row count nor the next id.");
        } else if (publicIds.isEmpty()) {
            s.append(Words.agree(counters, "The counted key is", "The counted keys are"))
                    .append(" sequential: an id shown outside the database reveals how many rows exist and invites guessing the next.");
        } else {
            s.append(Words.agree(counters, "The counted key stays", "The counted keys stay")).append(" inside the database; the UUID columns are what leaves it.");
        }
        if (generated && !Rendered.randomUuids(primary)) {
            s.append(" The UUIDs ").append(primary.displayName()).append(" generates (`UUID()`) are version 1: they reveal when each row was made and can be guessed; ")
                    .append("a version 4 UUID the application generates reveals nothing.");
        }
        return s.toString();
    }

    private String json() {
        var cols = new ArrayList<String>();
        ColumnType type = null;
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (!c.type().isEnum() && c.type().kind() == ScalarKind.JSON) {
                    cols.add(Words.qualified(t.name(), c.name()));
                    type = c.type();
                }
            }
        }
        if (cols.isEmpty()) return "no field of the " + Words.title(model) + " schema is `json`: every attribute has a column of its own type.";
        var on = new ArrayList<String>();
        for (Dialect d : List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)) {
            if (written.has(d)) on.add(Words.code(TypeTable.sql(type, d)) + " on " + d.displayName() + (d == Dialect.SQLITE ? ", which does not validate it" : ""));
        }
        return Words.list(cols) + (cols.size() == 1 ? " is" : " are") + " `json`: " + String.join(", ", on) + ".";
    }

    private String decimals() {
        var exact = new ArrayList<String>();
        var approximate = new ArrayList<String>();
        for (Table t : catalog.tables()) {
            for (Column c : t.columns()) {
                if (c.type().isEnum()) continue;
                if (c.type().kind() == ScalarKind.DECIMAL) {
                    exact.add(Words.qualified(t.name(), c.name()) + " " + Words.code(TypeTable.sql(c.type(), primary)));
                }
                if (c.type().kind() == ScalarKind.FLOAT || c.type().kind() == ScalarKind.DOUBLE) {
                    approximate.add(Words.qualified(t.name(), c.name()));
                }
            }
        }
        var s = new StringBuilder();
        s.append(exact.isEmpty() ? "the " + Words.title(model) + " schema has no `decimal` column" : "exact decimals with their precision and scale: " + Words.list(exact));
        s.append(approximate.isEmpty() ? "; no floating-point column." : "; floating-point, approximate: " + Words.list(approximate)
                + " (`schemac check` reports those whose names suggest money, SC706).");
        if (primary == Dialect.SQLITE && !exact.isEmpty()) s.append(" SQLite keeps decimals as floating-point numbers (see the trade-offs in Database_Design.md).");
        return s.toString();
    }
}
