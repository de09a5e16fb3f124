package dev.schemac.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.SQLiteConfig;

/**
 * The one place tests get real database engines and external tools from. Nothing here is mocked and
 * nothing is skipped: when the environment is missing, every method throws with a message that says
 * which variable is missing and to run {@code ./scripts/test.sh}.
 *
 * <h2>The environment contract</h2>
 * {@code scripts/test.sh} (and {@code eval "$(scripts/engines.sh start)"} for an interactive session)
 * starts the servers on 127.0.0.1 and exports:
 * <ul>
 *   <li>{@code SCHEMAC_PG_HOST, _PORT (55432), _USER, _PASSWORD, _DB}: PostgreSQL 15, role with CREATEDB;
 *   <li>{@code SCHEMAC_MARIADB_HOST, _PORT (33306), _USER, _PASSWORD, _DB}: MariaDB 10.11, ALL on *.*;
 *   <li>{@code SCHEMAC_MYSQL_HOST, _PORT (33307), _USER, _PASSWORD, _DB}: MySQL 8.0, ALL on *.*;
 *   <li>{@code SCHEMAC_PYTHON}: the interpreter of the venv {@code tools/python/.venv};
 *   <li>{@code SCHEMAC_NODE_TOOLS}: the directory {@code tools/node} (with {@code node_modules});
 *   <li>{@code SCHEMAC_REDIS_HOST, SCHEMAC_REDIS_PORT (56379)}: Redis 7 (Debian's redis-server);
 *   <li>{@code SCHEMAC_MONGO_URL}: a MongoDB wire-protocol server (FerretDB 1.24, SQLite backend);
 *   <li>{@code SCHEMAC_ROOT}: the repository root.
 * </ul>
 *
 * <h2>Typical use</h2>
 * <pre>{@code
 * @ParameterizedTest @EnumSource(Engine.class)
 * void ddlRuns(Engine engine) throws Exception {
 *   try (Database db = Engines.freshDatabase(engine, "orders");
 *        Connection c = db.connect(); Statement s = c.createStatement()) {
 *     s.execute(ddl);   // several statements are fine on all three servers
 *   }
 * }
 * }</pre>
 */
public final class Engines {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  /** Database names are unique across concurrent test JVMs too (Surefire forks, several modules). */
  private static final String JVM_ID = Long.toString(ProcessHandle.current().pid(), 36);
  private static final int MAX_NAME = 63; // PostgreSQL's limit; MySQL's is 64

  private Engines() {}

  /**
   * Creates a brand-new, empty, uniquely named database on {@code engine}: {@code t_<hint>_<jvm>_<n>},
   * lower case, [a-z0-9_] only, at most 63 characters. {@link Database#close()} drops it.
   *
   * @param hint what the test is about (e.g. the model name); sanitized and shortened as needed
   */
  public static Database freshDatabase(Engine engine, String hint) throws SQLException {
    return freshDatabase(engine, hint, "");
  }

  /**
   * {@link #freshDatabase(Engine, String)} with more of {@code CREATE DATABASE} after the name
   * (PostgreSQL: {@code TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'}
   * for a database that orders text by a linguistic collation, as most installations do).
   */
  public static Database freshDatabase(Engine engine, String hint, String options) throws SQLException {
    String suffix = "_" + JVM_ID + "_" + COUNTER.incrementAndGet();
    String base = sanitize(hint);
    int room = MAX_NAME - 2 - suffix.length();
    if (base.length() > room) {
      base = base.substring(0, room);
    }
    String name = "t_" + base + suffix;
    try (Connection c = adminConnection(engine); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + engine.quote(name) + (options.isEmpty() ? "" : " " + options));
    }
    return new Database(engine, name);
  }

  /**
   * A new connection to the server's pre-created database ({@code SCHEMAC_<X>_DB}), e.g. to list
   * databases. Do not create tables there: use {@link #freshDatabase(Engine, String)}.
   */
  public static Connection adminConnection(Engine engine) throws SQLException {
    return open(engine, engine.jdbcUrl(engine.adminDatabase()));
  }

  /**
   * A connection to the SQLite database file {@code file} (created if absent) with foreign keys
   * enforced; SQLite's own default is off, which would let orphan rows pass silently.
   */
  public static Connection sqliteConnection(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /**
   * The Python interpreter of the venv {@code tools/python/.venv} ({@code SCHEMAC_PYTHON}), with the
   * packages of {@code tools/python/requirements.txt}. Run it by this path (do not resolve the
   * symbolic link: that would leave the venv).
   */
  public static Path python() {
    Path python = Path.of(env("SCHEMAC_PYTHON"));
    if (!Files.isExecutable(python)) {
      throw new IllegalStateException(
          "SCHEMAC_PYTHON=" + python + " is not an executable file: run ./scripts/test.sh");
    }
    return python;
  }

  /** The directory {@code tools/node} ({@code SCHEMAC_NODE_TOOLS}), its {@code node_modules} installed. */
  public static Path nodeTools() {
    Path dir = Path.of(env("SCHEMAC_NODE_TOOLS"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("SCHEMAC_NODE_TOOLS=" + dir + " is not a directory: run ./scripts/test.sh");
    }
    if (Files.exists(dir.resolve("package.json")) && !Files.isDirectory(dir.resolve("node_modules"))) {
      throw new IllegalStateException(
          dir.resolve("node_modules") + " is missing (npm ci has not run): run ./scripts/test.sh");
    }
    return dir;
  }

  /**
   * The Redis server ({@code SCHEMAC_REDIS_HOST}, {@code SCHEMAC_REDIS_PORT}): Debian's redis-server,
   * private to the run, without persistence. Tests use a database number of their own and flush it first.
   */
  public static java.net.InetSocketAddress redis() {
    return new java.net.InetSocketAddress(env("SCHEMAC_REDIS_HOST"), Integer.parseInt(env("SCHEMAC_REDIS_PORT")));
  }

  /**
   * The MongoDB wire-protocol server ({@code SCHEMAC_MONGO_URL}, e.g. {@code mongodb://127.0.0.1:27117/}):
   * FerretDB 1.24 with its SQLite backend. Tests use a database of their own.
   */
  public static String mongoUrl() {
    return env("SCHEMAC_MONGO_URL");
  }

  /** The repository root ({@code SCHEMAC_ROOT}). */
  public static Path root() {
    return Path.of(env("SCHEMAC_ROOT"));
  }

  // ------------------------------------------------------------------ package-private helpers

  static String env(String name) {
    return require(System.getenv(), name);
  }

  /** {@code env.get(name)}, or a loud failure naming the variable. */
  static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "Environment variable " + name + " is not set. The tests need the real database servers and "
              + "tools that ./scripts/test.sh installs, starts and describes in SCHEMAC_* variables: "
              + "run ./scripts/test.sh (or eval \"$(scripts/engines.sh start)\" before running Maven yourself).");
    }
    return value;
  }

  static String sanitize(String hint) {
    String s = hint == null ? "" : hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "db" : s;
  }

  static Connection open(Engine engine, String url) throws SQLException {
    try {
      return DriverManager.getConnection(url, engine.user(), engine.password());
    } catch (SQLException e) {
      throw new SQLException(
          "Cannot connect to " + engine.displayName() + " at " + url + " as " + engine.user() + " ("
              + engine.envPrefix() + "* variables): is it running? ./scripts/test.sh starts it. Cause: "
              + e.getMessage(),
          e.getSQLState(), e.getErrorCode(), e);
    }
  }

  static void drop(Engine engine, String name) throws SQLException {
    // WITH (FORCE): a test that leaked a connection must not make the drop fail
    String sql = "DROP DATABASE IF EXISTS " + engine.quote(name) + (engine == Engine.POSTGRES ? " WITH (FORCE)" : "");
    for (int attempt = 1; ; attempt++) {
      try (Connection c = adminConnection(engine); Statement s = c.createStatement()) {
        s.execute(sql);
        return;
      } catch (SQLException e) {
        // FORCE cannot end an autovacuum worker that happens to be in the new database (it runs
        // as the bootstrap superuser, SQLSTATE 42501); it finishes within moments, so try again.
        if (engine != Engine.POSTGRES || !"42501".equals(e.getSQLState()) || attempt == 20) throw e;
        try {
          Thread.sleep(250);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
