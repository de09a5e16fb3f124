package dev.schemac.evolve;

import dev.schemac.model.Dialect;
import java.util.List;

/**
 * Where each file of a migration lies in the history folder, paths relative to it: the one home of
 * the layout that the migrations target writes, {@link History} verifies, and SC572's help tells a
 * user to delete. Every file of migration {@code <id>} carries the id in its path, so one migration's
 * files are found from its id alone.
 */
public final class HistoryLayout {
    private HistoryLayout() {}

    private static final String SQL = "sql/";
    private static final String ALEMBIC_VERSIONS = "alembic/versions/";
    private static final String PRISMA = "prisma/";
    public static final String SNAPSHOTS = "snapshots/";

    /** The up or down script of a dialect. */
    public static String sql(Dialect d, String id, String direction) {
        return sql(d.id(), id, direction);
    }

    /** {@code dialect} and {@code direction} may be a glob's {@code *}: the help names all of a migration's scripts at once. */
    private static String sql(String dialect, String id, String direction) {
        return SQL + dialect + "/" + id + "." + direction + ".sql";
    }

    public static String alembic(String id) {
        return ALEMBIC_VERSIONS + id + ".py";
    }

    /** Prisma Migrate's folder of a migration, which holds its {@link #prisma} script. */
    public static String prismaFolder(String id) {
        return PRISMA + id + "/";
    }

    public static String prisma(String id) {
        return prismaFolder(id) + "migration.sql";
    }

    public static String snapshot(String id) {
        return SNAPSHOTS + id + ".json";
    }

    /** Every file a migration can have, as a user deletes them: each dialect's scripts, both ways, as one glob. */
    public static List<String> files(String id) {
        return List.of(sql("*", id, "*"), alembic(id), prismaFolder(id), snapshot(id));
    }

    /**
     * Whether the file lies in a folder whose every file belongs to a migration. Environment files
     * ({@code alembic.ini}, {@code alembic/env.py}, Prisma's lock file beside its migration folders) do not.
     */
    static boolean inMigrationFolder(String path) {
        for (String f : List.of(SQL, ALEMBIC_VERSIONS, SNAPSHOTS)) if (path.startsWith(f)) return true;
        return path.startsWith(PRISMA) && path.indexOf('/', PRISMA.length()) >= 0;
    }
}
