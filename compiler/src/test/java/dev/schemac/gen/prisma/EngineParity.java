package dev.schemac.gen.prisma;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.testing.NodeHarness;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the engine comparisons for a Prisma schema and a DDL script on one provider:
 * builds a database from each (the DDL, and Prisma's own {@code migrate diff} from empty),
 * and collects the catalog, pull and drift differences (see {@link PrismaEngineParityTest}).
 * The inputs are plain text so that tests can also feed it a deliberately broken schema.
 */
final class EngineParity {
    private EngineParity() {}

    private static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36);

    /** What the run found, with the texts a reader needs when it fails. */
    record Result(List<Difference> structural, List<Difference> drift, String migration, String pulled) {
        Verdict verdict() { return new Verdict("prisma", structural, drift); }
    }

    static Result run(String name, PrismaProvider provider, String prisma, String ddl, Path tmp) throws Exception {
        String sqlDir = "sql/" + provider.dialect().id() + "/schema.sql";
        try (Databases dbs = provider == PrismaProvider.SQLITE ? new SqliteDatabases(tmp) : new PostgresDatabases(name)) {
            NodeHarness h = NodeHarness.get();
            h.callWithStdin(ddl, args("sql-exec", "-", dbs.ours()));
            String migration = h.callWithStdin(prisma, args("prisma-migrate-sql", "-", dbs.migrateConnection())).required("sql").asText();
            h.callWithStdin(migration, args("sql-exec", "-", dbs.theirs()));
            var structural = new ArrayList<>(SnapshotDiff.compare(dbs.snapshotOurs(), dbs.snapshotTheirs(), provider.id()));

            // db pull into our schema's datasource and generator, as a user's `prisma db pull` runs: its
            // preview features (partialIndexes) let the introspection write partial indexes.
            var pull = new ArrayList<>(List.of(args("prisma-pull", null, dbs.ours())));
            pull.addAll(List.of("--base", "-"));
            String pulled = h.callWithStdin(configBlocks(prisma), pull.toArray(String[]::new)).required("schema").asText();
            PrismaView ours = DmmfReader.read(h.callWithStdin(prisma, "prisma-dmmf", "-"), prisma);
            PrismaView theirs = DmmfReader.read(h.callWithStdin(pulled, "prisma-dmmf", "-"), pulled);
            structural.addAll(ViewDiff.compare(ours, theirs, "pull", provider.id()));

            JsonNode drift = h.callWithStdin(prisma, args("prisma-drift", "-", dbs.ours()));
            List<Difference> driftDiffs = drift.required("inSync").asBoolean() ? List.of()
                    : DriftScript.differences(provider.id(), drift.required("sql").asText(), "database from " + sqlDir);
            return new Result(structural, driftDiffs, migration, pulled);
        }
    }

    private static final java.util.regex.Pattern CONFIG_BLOCK =
            java.util.regex.Pattern.compile("(?ms)^(?:datasource|generator) \\w+ \\{\\n.*?^\\}\\n");

    /** The schema's datasource and generator blocks, without its models. */
    static String configBlocks(String prisma) {
        var b = new StringBuilder();
        for (var m = CONFIG_BLOCK.matcher(prisma); m.find(); ) b.append(m.group()).append('\n');
        return b.toString();
    }

    private static String[] args(String command, String file, List<String> connection) {
        var out = new ArrayList<String>();
        out.add(command);
        if (file != null) out.add(file);
        out.addAll(connection);
        return out.toArray(String[]::new);
    }

    /** The two fresh databases of one run: ours (from the DDL) and theirs (from Prisma's migration). */
    private interface Databases extends AutoCloseable {
        List<String> ours();

        List<String> theirs();

        /** What prisma-migrate-sql connects with: PostgreSQL's diff needs a live server (it writes nothing), SQLite's none. */
        List<String> migrateConnection();

        DbSnapshot snapshotOurs() throws Exception;

        DbSnapshot snapshotTheirs() throws Exception;

        @Override void close() throws SQLException;
    }

    private record SqliteDatabases(Path dir) implements Databases {
        public List<String> ours() { return List.of("--url", "file:" + dir.resolve("ours.db")); }

        public List<String> theirs() { return List.of("--url", "file:" + dir.resolve("prisma.db")); }

        public List<String> migrateConnection() { return List.of(); }

        public DbSnapshot snapshotOurs() throws Exception { return SqliteSnapshot.read(dir.resolve("ours.db")); }

        public DbSnapshot snapshotTheirs() throws Exception { return SqliteSnapshot.read(dir.resolve("prisma.db")); }

        public void close() { }
    }

    /** Two schemas of the test database, named after the run and this JVM so that parallel runs do not meet. */
    private static final class PostgresDatabases implements Databases {
        private final Postgres pg = Postgres.fromEnvironment();
        private final String ours;
        private final String theirs;

        PostgresDatabases(String name) throws Exception {
            String base = "parity_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + RUN_ID;
            ours = base + "_ours";
            theirs = base + "_prisma";
            pg.dropSchema(ours);
            pg.dropSchema(theirs);
        }

        public List<String> ours() { return List.of("--pg", pg.harnessArgument(), "--pg-schema", ours); }

        public List<String> theirs() { return List.of("--pg", pg.harnessArgument(), "--pg-schema", theirs); }

        public List<String> migrateConnection() { return List.of("--pg", pg.harnessArgument()); }

        public DbSnapshot snapshotOurs() throws Exception { return snapshot(ours); }

        public DbSnapshot snapshotTheirs() throws Exception { return snapshot(theirs); }

        private DbSnapshot snapshot(String schema) throws Exception {
            try (Connection c = pg.connect(schema)) {
                return PostgresSnapshot.read(c, schema);
            }
        }

        public void close() throws SQLException {
            pg.dropSchema(ours);
            pg.dropSchema(theirs);
        }
    }
}
