package dev.schemac.gen.sql;

import dev.schemac.catalog.Catalog;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.testing.Database;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL tests' live databases and Catalog comparison, for the tests of other targets
 * that must build the same database: a fresh SQLite file or PostgreSQL database, a script
 * run on it as {@link SqlOnRealEnginesTest} runs the DDL, its SQLAlchemy URL, and the
 * differences between what it contains and what the Catalog says.
 */
public final class ProvenDatabase implements AutoCloseable {
    private final LiveDb db;

    private ProvenDatabase(LiveDb db) {
        this.db = db;
    }

    public static ProvenDatabase sqlite(String hint) throws SQLException, IOException {
        return new ProvenDatabase(LiveDb.fresh(Kind.SQLITE, hint));
    }

    public static ProvenDatabase postgres(String hint) throws SQLException, IOException {
        return new ProvenDatabase(LiveDb.fresh(Kind.POSTGRES, hint));
    }

    public static ProvenDatabase mariadb(String hint) throws SQLException, IOException {
        return new ProvenDatabase(LiveDb.fresh(Kind.MARIADB, hint));
    }

    public static ProvenDatabase mysql(String hint) throws SQLException, IOException {
        return new ProvenDatabase(LiveDb.fresh(Kind.MYSQL, hint));
    }

    /** Runs a generated script the way a user would (sqlite3 shell, or one server round trip). */
    public void run(String script) throws SQLException, IOException, InterruptedException {
        db.run(script);
    }

    /** The database's URL for SQLAlchemy (psycopg 3 for PostgreSQL, PyMySQL for MariaDB and MySQL). */
    public String sqlalchemyUrl() {
        if (db.sqliteFile() != null) return "sqlite:///" + db.sqliteFile().toAbsolutePath();
        Database s = db.server();
        return (db.kind == Kind.POSTGRES ? "postgresql" : "mysql+pymysql") + "://" + enc(s.user()) + ":" + enc(s.password()) + "@" + s.engine().host() + ":"
                + s.engine().port() + "/" + s.name();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every way the database differs from the Catalog, one line each; empty when it is exactly the Catalog. */
    public List<String> differencesFrom(Catalog catalog) throws SQLException {
        return ShapeDiff.between(ExpectedShape.of(catalog, db.kind, db.enforcesChecks()), db.shape());
    }

    @Override
    public void close() throws SQLException, IOException {
        db.close();
    }
}
