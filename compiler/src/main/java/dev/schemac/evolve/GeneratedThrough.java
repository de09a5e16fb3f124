package dev.schemac.evolve;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.KeptSql;
import dev.schemac.catalog.Table;
import dev.schemac.catalog.View;
import dev.schemac.evolve.Change.AddColumn;
import dev.schemac.evolve.Change.AlterColumn;
import dev.schemac.evolve.Change.DropColumn;
import dev.schemac.model.Dialect;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.GeneratedColumnHolds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which generated columns of an adopted PostgreSQL, MySQL or MariaDB table ({@link KeptSql#generated}) a migration would
 * break. The engine keeps such a column through every migration and no script makes it: dropping a column it reads fails
 * on each engine, renaming one leaves the history's definition naming what is gone (MySQL refuses it too), and adding a
 * column under its name fails. So the migration is refused (SC573), at the field whose change it is, rather than written
 * as a script that fails on the database. PostgreSQL refuses to change the type of a column a generated column reads:
 * the script drops the generated column before and makes it again from its definition after ({@link #remade}), which
 * computes it anew; refused only where dropping it would take what the database has on it ({@link KeptSql#held}, or a
 * view the history carries that reads it).
 */
public final class GeneratedThrough {
    private GeneratedThrough() {}

    /**
     * A change that breaks generated column {@code generated} of table {@code table} (its name after the migration), on
     * column {@code column} (its name after the migration, or null when the migration drops it), and why. {@code generated}
     * is null where its definition cannot be read for its name; {@code what} names it then, as pull wrote it.
     */
    public record Broken(String table, String column, String generated, String what, String why) {}

    /** What a migration does to one kept generated column: nothing, drop it and make it again, or refuse (SC573). */
    public sealed interface Fate {
        /** The migration leaves it where it is. */
        record Untouched() implements Fate {}

        /** PostgreSQL: dropped before the changes and made again from its definition after them. */
        record Remake() implements Fate {}

        /** The migration is refused, at {@code column} (its name after the migration; null: the table) for {@code why}. */
        record Refuse(String column, String why) implements Fate {}
    }

    private static final Fate UNTOUCHED = new Fate.Untouched();

    public static List<Broken> broken(List<Change> changes, Catalog from) {
        var out = new ArrayList<Broken>();
        Map<String, String> renamedTables = Renames.tables(changes);
        for (Table t : from.tables()) {
            String now = renamedTables.getOrDefault(t.name(), t.name());
            for (KeptSql k : t.kept()) {
                if (fate(k, t, changes, from) instanceof Fate.Refuse r) {
                    out.add(new Broken(now, r.column(), k.generatedColumn(), k.what(), r.why()));
                }
            }
        }
        return out;
    }

    /**
     * The one decision, for generated column {@code k} of table {@code was} (as {@code from} has it), of what
     * {@code changes} do to it: SC573 refuses by it and the SQL writer remakes by it, so the two cannot disagree.
     */
    public static Fate fate(KeptSql k, Table was, List<Change> changes, Catalog from) {
        if (!k.generated()) return UNTOUCHED;
        // A table the migration drops takes its generated columns with it.
        if (changes.stream().anyMatch(c -> c instanceof Change.DropTable d && d.t().name().equals(was.name()))) return UNTOUCHED;
        Map<String, String> renamedTables = Renames.tables(changes);
        String now = renamedTables.getOrDefault(was.name(), was.name());
        Set<String> table = new java.util.HashSet<>(List.of(was.name(), now));
        var renamed = new java.util.LinkedHashMap<String, String>(Renames.columns(changes, was.name()));
        renamed.putAll(Renames.columns(changes, now));
        String name = k.generatedColumn() == null ? k.what() : k.generatedColumn();
        boolean postgres = k.place() == KeptSql.Place.GENERATED_POSTGRES;
        var retyped = new ArrayList<AlterColumn>();
        String anew = null;
        for (Change c : changes) {
            if (c instanceof DropColumn d && table.contains(d.table()) && k.generatedReads(d.column().name())) {
                return new Fate.Refuse(null, "it reads column " + Quoted.stored(d.column().name())
                        + ", which this migration drops, and every engine refuses to drop a column a generated column reads");
            }
            if (c instanceof AddColumn a && table.contains(a.table()) && a.column().name().equalsIgnoreCase(name)) {
                return new Fate.Refuse(a.column().name(), "this migration adds a column of its name, which the table has already");
            }
            if (postgres && c instanceof Change.RenameEnum r && k.generatedNamesType(r.from().typeName())) {
                return new Fate.Refuse(null, "its definition names type " + Quoted.stored(r.from().typeName())
                        + ", which this migration renames, and the definition the history carries for it would then name a type "
                        + "that is gone");
            }
            if (postgres && c instanceof Change.AlterEnum e && !e.onlyAdds() && k.generatedNamesType(e.from().typeName())) {
                anew = e.from().typeName();
            }
            if (postgres && c instanceof AlterColumn a && table.contains(a.table()) && k.generatedReads(a.from().name())
                    && a.retypesOnPostgres(changes)) {
                if (!sameFamily(a.from().type(), a.to().type())) {
                    return new Fate.Refuse(a.to().name(), "it reads column " + Quoted.stored(a.from().name())
                            + ", whose type this migration changes to another kind of value; PostgreSQL refuses to change the "
                            + "type of a column a generated column reads, and its expression, written for the old kind, may not "
                            + "hold for the new one, so the migration does not drop the generated column and make it again "
                            + "around the change");
                }
                retyped.add(a);
            }
        }
        for (var r : renamed.entrySet()) {
            if (r.getValue().equalsIgnoreCase(name)) {
                return new Fate.Refuse(r.getValue(), "this migration renames column " + Quoted.stored(r.getKey())
                        + " to its name, which the table has already");
            }
            if (was.column(r.getKey()).isPresent() && k.generatedReads(r.getKey())) {
                return new Fate.Refuse(r.getValue(), "it reads column " + Quoted.stored(r.getKey()) + ", which this migration "
                        + "renames, and the definition the history carries for it would then name a column that is gone");
            }
        }
        if (retyped.isEmpty() && anew == null) return UNTOUCHED;
        String column = retyped.isEmpty() ? null : retyped.get(0).to().name();
        String cause = retyped.isEmpty()
                ? "its definition names type " + Quoted.stored(anew) + ", which this migration makes anew; PostgreSQL refuses "
                        + "to drop the old type while a generated column's expression names it"
                : "it reads column " + Quoted.stored(retyped.get(0).from().name()) + ", whose type this migration changes; "
                        + "PostgreSQL refuses to change the type of a column a generated column reads";
        if (k.generatedColumn() == null || k.generatedExpression() == null) {
            return new Fate.Refuse(column, cause + ", and the definition the history carries for it cannot be read to make it again");
        }
        var held = held(k, name, was, from, changes);
        if (!held.isEmpty()) {
            return new Fate.Refuse(column, cause + ", and the migration would drop the generated column and make it again "
                    + "around the change, but dropping it would take what the database has on it (" + String.join(", ", held) + ")");
        }
        return new Fate.Remake();
    }

    /**
     * Whether a column of type {@code a} becomes one of the same kind of value, {@code b}: the same scalar of another
     * length or precision, an integer of another width, text of another kind, the same enum made anew. A generated
     * column's expression over it then holds as it did, computed over the new type. Across kinds it may not, even
     * between numbers: PostgreSQL's {@code &} takes integers only, {@code round(x, 2)} no double precision.
     */
    private static boolean sameFamily(dev.schemac.catalog.ColumnType a, dev.schemac.catalog.ColumnType b) {
        if (a.isEnum() || b.isEnum()) return a.isEnum() && b.isEnum() && a.enumName().equals(b.enumName());
        if (a.kind() == null || b.kind() == null) return false;
        return a.kind() == b.kind() || a.kind().isInteger() && b.kind().isInteger() || a.kind().isText() && b.kind().isText();
    }

    /**
     * What dropping generated column {@code name} of table {@code was} would take: what pull read on it, the history's
     * views reading it; a view this migration retires ({@link Change.DropView}) is gone before the column is dropped, and
     * one an earlier migration retired is gone already. What the history cannot see, the script's check finds
     * ({@code RemakeGuard}).
     */
    private static List<String> held(KeptSql k, String name, Table was, Catalog from, List<Change> changes) {
        var retired = changes.stream().filter(c -> c instanceof Change.DropView).map(c -> ((Change.DropView) c).v())
                .filter(v -> v.dialect() == Dialect.POSTGRES).map(View::name).toList();
        var out = new ArrayList<String>();
        var views = from.views().stream().filter(v -> v.dialect() == Dialect.POSTGRES && !retired.contains(v.name()))
                .map(View::name).toList();
        var carried = carriedViews(k, name, was, from);
        for (String h : k.held()) {
            // A view of the table's schema holds it while the history still carries it: one retired (now or before) is
            // gone. A view of another schema is no view the history carries, whatever its name: it holds it.
            String view = carried.get(h);
            if (view == null || views.contains(view)) out.add(Quoted.name(h));
        }
        for (View v : from.views()) {
            if (v.dialect() == Dialect.POSTGRES && !retired.contains(v.name()) && v.readsColumn(was.name(), name)
                    && !carried.containsValue(v.name())) {
                out.add("view " + Quoted.stored(v.name()));
            }
        }
        return out;
    }

    /**
     * The catalog of a snapshot with what holds its generated columns written as pull writes it now: an entry of a
     * history adopted before schemac recorded the table's schema that is the view the history carries
     * ({@link #carriedViews}) is named unqualified, so the migrations after it, and their snapshots, read it as that view
     * also once a migration has retired it. The file is not changed (its hash is of its own text).
     */
    static Catalog heldAsNow(Catalog c) {
        boolean any = false;
        var tables = new ArrayList<Table>();
        for (Table t : c.tables()) {
            var kept = new ArrayList<KeptSql>();
            boolean changed = false;
            for (KeptSql k : t.kept()) {
                if (k.schema() == null && !k.held().isEmpty() && k.place() == KeptSql.Place.GENERATED_POSTGRES) {
                    String name = k.generatedColumn() == null ? k.what() : k.generatedColumn();
                    var carried = carriedViews(k, name, t, c);
                    var held = k.held().stream().map(h -> carried.containsKey(h) && GeneratedColumnHolds.viewOfTheSchema(h) == null
                            ? GeneratedColumnHolds.unqualified(h) : h).toList();
                    if (!held.equals(k.held())) {
                        k = new KeptSql(k.table(), k.what(), k.sql(), k.place(), k.after(), held, null);
                        changed = true;
                    }
                }
                kept.add(k);
            }
            tables.add(changed ? t.withKept(kept) : t);
            any |= changed;
        }
        return any ? Catalog.of(tables, c.enums(), c.views()) : c;
    }

    /**
     * Each entry of what pull read on the column ({@link KeptSql#held}) that is a view of the table's own schema, the
     * only schema whose views the history carries → that view's name. Pull writes such a view unqualified, or, in a
     * history that records the table's schema ({@link KeptSql#schema}), qualified by it. A history adopted before either
     * holds {@code view schema.name} for every view, its own schema's too, and no schema to compare: there an entry is
     * the view the history carries under its name when it is the one entry of that name and the carried view reads the
     * column (pull then found that view among what holds it, so it is that entry; two entries of one name are two
     * schemas' views, and a carried view that does not read the column is not what holds it). What the history cannot
     * tell, the script's check asks the database again before it drops the column ({@code RemakeGuard}).
     */
    static Map<String, String> carriedViews(KeptSql k, String column, Table was, Catalog from) {
        var out = new java.util.LinkedHashMap<String, String>();
        var qualified = new java.util.LinkedHashMap<String, List<String>>(); // view name → the entries naming it qualified
        for (String h : k.held()) {
            String own = GeneratedColumnHolds.viewOfTheSchema(h);
            if (own != null) {
                out.put(h, own);
                continue;
            }
            var q = GeneratedColumnHolds.qualifiedView(h);
            if (q == null) continue;
            if (k.schema() != null) {
                if (q.get(0).equals(k.schema())) out.put(h, q.get(1));
            } else {
                qualified.computeIfAbsent(q.get(1), x -> new ArrayList<>()).add(h);
            }
        }
        qualified.forEach((view, entries) -> {
            boolean reads = from.views().stream().anyMatch(v -> v.dialect() == Dialect.POSTGRES && v.name().equals(view)
                    && v.readsColumn(was.name(), column));
            if (entries.size() == 1 && reads && !out.containsValue(view)) out.put(entries.get(0), view);
        });
        return out;
    }

    /**
     * The generated columns of PostgreSQL tables that the SQL of {@code changes} drops before them and makes again after
     * them ({@link Fate.Remake}), by the table's name before the changes, in the table's order. {@link #broken} refuses
     * an up migration that would need any other; a down script (an enum value added, taken out again) that would is
     * written as before, and PostgreSQL refuses it rather than anything on the column going unseen.
     */
    public static Map<String, List<KeptSql>> remade(List<Change> changes, Catalog from) {
        var out = new java.util.LinkedHashMap<String, List<KeptSql>>();
        for (Table t : from.tables()) {
            var hit = t.kept().stream().filter(k -> fate(k, t, changes, from) instanceof Fate.Remake).toList();
            if (!hit.isEmpty()) out.put(t.name(), hit);
        }
        return out;
    }
}
