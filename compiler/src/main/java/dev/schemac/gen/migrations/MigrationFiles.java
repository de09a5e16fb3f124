package dev.schemac.gen.migrations;

import dev.schemac.catalog.Catalog;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.Change;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.evolve.HistoryLayout;
import dev.schemac.evolve.Lint;
import dev.schemac.model.Dialect;
import dev.schemac.model.Model;
import dev.schemac.output.TextHash;
import dev.schemac.render.sql.MigrationSql;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The files of one new migration, all from one change list: up and down SQL per dialect,
 * the Alembic revision, the Prisma Migrate folder for the Prisma side's dialect, and the
 * snapshot (written last: it records the other files' hashes). The first migration of a
 * history is the DDL targets' create and drop scripts byte for byte.
 */
public final class MigrationFiles {
    private MigrationFiles() {}

    public static final String ROOT = HistoryFolder.DIR + "/";

    /** Where the up or down SQL of a dialect goes; the documents quote the same paths. */
    public static String sqlPath(Dialect d, String id, String direction) {
        return ROOT + HistoryLayout.sql(d, id, direction);
    }

    public static String alembicPath(String id) {
        return ROOT + HistoryLayout.alembic(id);
    }

    public static String prismaPath(String id) {
        return ROOT + HistoryLayout.prisma(id);
    }

    /**
     * Every file of a new migration {@code <timestamp>_<name>}, paths relative to the output folder;
     * the Prisma Migrate folder is {@code prisma}'s up script (the database of the Prisma side).
     * {@code own}: the dialects whose limits are errors (dev.schemac.gen.OwnDialects), always written.
     */
    public static Map<String, String> step(Model model, Dialect prisma, Set<Dialect> own, History history, Evolution.Plan plan,
                                           String timestamp, String name, boolean noteDestructive) {
        var files = new LinkedHashMap<String, String>();
        step(model, prisma, own, history, plan, timestamp, name, noteDestructive, files::put);
        return files;
    }

    /**
     * {@link #step}'s files handed to {@code out} one by one as each is made, in the same order: a
     * large migration's files are never all held at once (the snapshot needs only their hashes).
     */
    public static void step(Model model, Dialect prisma, Set<Dialect> own, History history, Evolution.Plan plan,
                            String timestamp, String name, boolean noteDestructive, BiConsumer<String, String> out) {
        files(model, plan.to(), prisma, own, history, plan, timestamp, name, noteDestructive,
                "Initial schema of " + model.settings().displayTitle(), out);
    }

    /**
     * {@code heading}: the first words of a first revision's docstring; {@code catalog}: the model's own
     * catalog, which with {@code own} decides the dialects whose scripts are written ({@link Sql#writes}).
     */
    private static void files(Model model, Catalog catalog, Dialect prisma, Set<Dialect> own, History history, Evolution.Plan plan,
                              String timestamp, String name, boolean noteDestructive, String heading, BiConsumer<String, String> out) {
        own = withPrismaSide(own, prisma);
        String id = timestamp + "_" + name;
        String schema = model.settings().name();
        Catalog from = plan.from();
        Catalog to = plan.to();
        Map<Change, String> notes = noteDestructive ? Lint.notes(plan.findings()) : Map.of();
        Function<Change, String> note = notes::get;
        // A down script is never linted before it runs: what in it can lose rows or fail on them (a table or column
        // dropped, a required column added back without a default) is said at its statement, as in an accepted up.
        Map<Change, String> downNotes = Lint.notes(Lint.findings(plan.down(), to, from, model.settings().dialect()));
        Function<Change, String> downNote = downNotes::get;
        // The snapshot records each file's hash (relative to migrations/): hashed before the file is
        // handed on, an output that hashes it too finds the hash worked out (TextHash).
        var hashes = new LinkedHashMap<String, String>();
        BiConsumer<String, String> file = (path, text) -> {
            hashes.put(path.substring(ROOT.length()), TextHash.of(text));
            out.accept(path, text);
        };
        boolean first = history.isEmpty();
        for (Dialect d : Dialect.values()) {
            if (!written(d, model, catalog, own, history)) continue;
            String up = first ? Sql.create(d, to, schema)
                    : MigrationSql.script(d, plan.up(), from, to, note, "Migration " + id, schema);
            file.accept(sqlPath(d, id, "up"), up);
            file.accept(sqlPath(d, id, "down"), first ? Sql.drop(d, to, schema)
                    : MigrationSql.script(d, plan.down(), to, from, downNote, "Down migration " + id, schema));
            if (d == prisma) file.accept(prismaPath(id), up);
        }
        // Alembic runs one revision on every database: where the SQL history has no MySQL script, it refuses MySQL.
        boolean mysql = written(Dialect.MYSQL, model, catalog, own, history);
        if (first) {
            file.accept(alembicPath(id), new AlembicRevision(model, to, timestamp, heading, mysql).render());
        } else {
            String summary = String.join("\n", plan.sentences());
            file.accept(alembicPath(id), AlembicStep.render(model.settings().displayTitle(), timestamp,
                    history.last().timestamp(), name, summary, plan.up(), plan.down(), from, to, note, downNote, mysql));
        }
        out.accept(snapshotPath(id), History.snapshot(id, history.last(), to, plan.applied(), hashes));
    }

    /**
     * The Prisma Migrate folder is the Prisma side's up script, so that database's scripts are
     * always written: {@code own} (OwnDialects) counts it whenever the migrations target runs, and
     * this keeps the folder whole whatever set a caller passes.
     */
    private static Set<Dialect> withPrismaSide(Set<Dialect> own, Dialect prisma) {
        if (own.contains(prisma)) return own;
        var all = java.util.EnumSet.of(prisma);
        all.addAll(own);
        return Set.copyOf(all);
    }

    /** Whether the new migration has scripts for the dialect: the model allows them, and the history's chain has no gap. */
    private static boolean written(Dialect d, Model model, Catalog catalog, Set<Dialect> own, History history) {
        return Sql.writes(d, own, model, catalog) && !history.leavesOut(d);
    }

    /**
     * SC569 for each dialect of {@code own} whose chain the history has left ({@link History#leavesOut}): a new
     * migration would leave out scripts the run asks for, so none is written.
     */
    public static List<Diagnostic> gaps(Model model, Set<Dialect> own, History history) {
        var out = new ArrayList<Diagnostic>();
        for (Dialect d : Dialect.values()) {
            if (!own.contains(d) || !history.leavesOut(d)) continue;
            // The first migration of the gap: the chain stops after the last one that has the dialect's scripts.
            String since = history.last().id();
            var entries = history.entries();
            for (int i = entries.size() - 1; i >= 0 && !entries.get(i).writes(d); i--) since = entries.get(i).id();
            out.add(Messages.historyGap(model.anchor(), d.displayName(), since));
        }
        return out;
    }

    /** The name of the migration {@code migrate --from-url} writes first: the database as it was. */
    public static final String BASELINE = "baseline";

    /**
     * The first migration of a history adopted from a live database ({@code migrate --from-url}):
     * an initial migration of the database's own Catalog, as {@code step} writes one for a model.
     * The database it was read from has it already (Alembic's {@code stamp}, Prisma's
     * {@code migrate resolve --applied}); on any other database, and in every other dialect, it
     * builds that database's tables, so the migrations after it apply everywhere alike.
     */
    public static Map<String, String> baseline(Model model, Catalog catalog, Dialect prisma, Set<Dialect> own, Catalog database,
                                               String timestamp) {
        var plan = new Evolution.Plan(dev.schemac.evolve.CatalogDiff.EMPTY, database, List.of(), List.of(),
                dev.schemac.evolve.RenameHints.NONE, List.of(), List.of());
        String heading = "Baseline of " + model.settings().displayTitle() + ", the database as `schemac migrate --from-url` "
                + "read it (already applied there: `alembic stamp " + timestamp + "`)";
        var files = new LinkedHashMap<String, String>();
        files(model, catalog, prisma, own, History.EMPTY, plan, timestamp, BASELINE, false, heading, files::put);
        return files;
    }

    /**
     * The files every history shares: Alembic's environment (with the template of the revisions
     * {@code alembic revision --autogenerate} adds to the chain) and Prisma's lock for {@code prisma}.
     */
    public static Map<String, String> environment(Model model, Dialect prisma) {
        var files = new LinkedHashMap<String, String>();
        files.put(ALEMBIC_INI, AlembicEnv.ini(model));
        files.put(ALEMBIC_ENV, AlembicEnv.render(model));
        files.put(ALEMBIC_TEMPLATE, AlembicEnv.scriptTemplate());
        files.put(PRISMA_LOCK, PrismaMigration.lock(prisma));
        return files;
    }

    private static final String ALEMBIC_INI = ROOT + "alembic.ini";
    private static final String ALEMBIC_ENV = ROOT + "alembic/env.py";
    private static final String ALEMBIC_TEMPLATE = ROOT + "alembic/script.py.mako";
    private static final String PRISMA_LOCK = ROOT + "prisma/migration_lock.toml";

    /** The paths of {@link #environment}, without rendering it. */
    static List<String> environmentPaths() {
        return List.of(ALEMBIC_INI, ALEMBIC_ENV, ALEMBIC_TEMPLATE, PRISMA_LOCK);
    }

    /** The paths of the migration {@code <timestamp>_<name>} that {@link #step} writes, without rendering it. */
    static List<String> stepPaths(Model model, Catalog catalog, Dialect prisma, Set<Dialect> own, String timestamp, String name) {
        own = withPrismaSide(own, prisma);
        String id = timestamp + "_" + name;
        var paths = new ArrayList<String>();
        for (Dialect d : Dialect.values()) {
            if (!written(d, model, catalog, own, History.EMPTY)) continue;
            paths.add(sqlPath(d, id, "up"));
            paths.add(sqlPath(d, id, "down"));
            if (d == prisma) paths.add(prismaPath(id));
        }
        paths.add(alembicPath(id));
        paths.add(snapshotPath(id));
        return paths;
    }

    private static String snapshotPath(String id) {
        return ROOT + HistoryLayout.snapshot(id);
    }

}
