package dev.schemac.sample;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.Model;
import dev.schemac.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortfalls of a sample as diagnostics at the field they are about: SC415 (an error:
 * the table's constraints rule out every row; {@code check} reports it first, through
 * {@link #unsatisfiable}) and SC771 (a warning: the sample is smaller than asked). A table
 * that is empty only because a table it requires is empty for SC415 is not reported again.
 */
public final class SampleDiagnostics {
    private SampleDiagnostics() {}

    public static List<Diagnostic> of(Model model, Catalog catalog, List<Shortfall> shortfalls) {
        var byTable = new HashMap<String, Shortfall>();
        shortfalls.forEach(s -> byTable.put(s.table(), s));
        var out = new ArrayList<Diagnostic>();
        for (Shortfall s : shortfalls) {
            if (followsAnError(s, byTable, catalog, 0)) continue;
            Table t = catalog.table(s.table()).orElseThrow();
            Span at = span(model, t, s);
            out.add(switch (s.reason()) {
                case UNSATISFIABLE -> Messages.unsatisfiableChecks(at, t.name(), s.detail());
                default -> Messages.seedFewerRows(at, t.name(), s.made(), s.asked(), s.detail());
            });
        }
        return out;
    }

    /** SC415 for every table whose constraints no row satisfies, at the column's field. */
    public static List<Diagnostic> unsatisfiable(Model model, Catalog catalog) {
        var out = new ArrayList<Diagnostic>();
        for (Shortfall s : new Feasibility(catalog, 0).blocked().values()) {
            Table t = catalog.table(s.table()).orElseThrow();
            out.add(Messages.unsatisfiableChecks(span(model, t, s), t.name(), s.detail()));
        }
        return out;
    }

    /** An empty required parent whose own emptiness is (through such parents) one of the errors. */
    private static boolean followsAnError(Shortfall s, Map<String, Shortfall> byTable, Catalog catalog, int depth) {
        if (s.reason() != Shortfall.Reason.NO_PARENT || depth > byTable.size()) return false;
        Table t = catalog.table(s.table()).orElseThrow();
        for (var fk : t.foreignKeys()) {
            if (!fk.columns().equals(s.columns())) continue;
            Shortfall parent = byTable.get(fk.referencedTable());
            if (parent == null) return false;
            return parent.provesModelWrong() || followsAnError(parent, byTable, catalog, depth + 1);
        }
        return false;
    }

    /**
     * The field's constraint that alone makes the shortfall (its {@code @pattern}, its {@code @length}), else the field
     * the shortfall is about, else its entity; a join table's is the relation field that declares it. In annotated Java
     * the constraint and the field are lines apart.
     */
    private static Span span(Model model, Table t, Shortfall s) {
        List<String> columns = s.columns();
        if (t.entity() == null) {
            if (t.join() == null) return null;
            return model.entity(t.join().leftEntity()).flatMap(e -> field(e, t.join().leftField())).map(Field::span).orElse(null);
        }
        Entity e = model.entity(t.entity()).orElse(null);
        if (e == null) return null;
        for (String col : columns) {
            Column c = t.column(col).orElse(null);
            if (c == null || c.field() == null) continue;
            var f = field(e, c.field());
            if (f.isPresent() && s.constraint() != null) {
                var by = f.get().checks().stream().filter(s.constraint()::isInstance).map(x -> x.span()).filter(x -> x != null).findFirst();
                if (by.isPresent()) return by.get();
            }
            if (f.isPresent() && f.get().span() != null) return f.get().span();
        }
        return e.span();
    }

    private static java.util.Optional<Field> field(Entity e, String name) {
        return e.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
