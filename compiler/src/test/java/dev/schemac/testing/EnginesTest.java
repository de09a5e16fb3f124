package dev.schemac.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Proves the plumbing: every real engine is reachable, is the expected version, and enforces keys. */
class EnginesTest {

  /** Portable DDL: a parent, a child with a table-level FK and a DECIMAL(12,4) column. */
  private static final String[] SCHEMA = {
    "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY)",
    "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER NOT NULL, amount DECIMAL(12,4) NOT NULL,"
        + " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))",
    "INSERT INTO parent (id) VALUES (1)",
    "INSERT INTO child (id, parent_id, amount) VALUES (10, 1, 12.3456)",
  };
  private static final String ORPHAN = "INSERT INTO child (id, parent_id, amount) VALUES (11, 99, 1)";

  @ParameterizedTest
  @EnumSource(Engine.class)
  void serverIsTheExpectedEngineAndVersion(Engine engine) throws SQLException {
    try (Connection c = Engines.adminConnection(engine)) {
      String version = c.getMetaData().getDatabaseProductVersion();
      String driver = c.getMetaData().getDriverName();
      String select = scalar(c, "SELECT version()");
      switch (engine) {
        case POSTGRES -> {
          assertThat(version).startsWith("15.");
          assertThat(select).startsWith("PostgreSQL 15.");
          assertThat(driver).isEqualTo("PostgreSQL JDBC Driver");
        }
        case MARIADB -> {
          assertThat(select).matches("10\\.11\\.\\d+-MariaDB.*");
          assertThat(driver).contains("MariaDB");
        }
        case MYSQL -> {
          assertThat(select).matches("8\\.0\\.\\d+").doesNotContain("MariaDB");
          assertThat(driver).contains("MySQL Connector/J");
        }
      }
      assertThat(c.getMetaData().getURL()).contains("127.0.0.1:" + engine.port());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void freshDatabaseEnforcesForeignKeysAndKeepsDecimals(Engine engine) throws SQLException {
    String name;
    try (Database db = Engines.freshDatabase(engine, "Engines Test: FK & decimal!")) {
      name = db.name();
      assertThat(name).matches("t_engines_test_fk_decimal_[0-9a-z]+_\\d+").hasSizeLessThanOrEqualTo(63);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        assertThat(scalar(c, engine == Engine.POSTGRES ? "SELECT current_database()" : "SELECT database()"))
            .isEqualTo(name);
        assertThat(tables(c, engine, name)).isZero();
        for (String sql : SCHEMA) {
          s.execute(sql);
        }
        assertThat(scalarDecimal(c, "SELECT amount FROM child WHERE id = 10")).isEqualByComparingTo("12.3456");
        assertDecimalColumn(c, engine == Engine.POSTGRES ? null : name);
        assertThatThrownBy(() -> s.executeUpdate(ORPHAN))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> {
              SQLException sqlException = (SQLException) e;
              if (engine == Engine.POSTGRES) {
                assertThat(sqlException.getSQLState()).isEqualTo("23503"); // foreign_key_violation
              } else {
                assertThat(sqlException.getSQLState()).isEqualTo("23000");
                // MariaDB 10.11: 1452 ER_NO_REFERENCED_ROW_2; MySQL 8.0.15: 1216 ER_NO_REFERENCED_ROW
                assertThat(sqlException.getErrorCode()).isIn(1216, 1452);
                assertThat(sqlException.getMessage()).containsIgnoringCase("foreign key constraint fails");
              }
            });
        assertThat(scalar(c, "SELECT COUNT(*) FROM child")).isEqualTo("1");
      }
      // and several statements in one execute (generated DDL scripts)
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER)");
        assertThat(tables(c, engine, name)).isEqualTo(4);
      }
    }
    try (Connection admin = Engines.adminConnection(engine)) {
      assertThat(databaseExists(admin, engine, name)).as("dropped by close()").isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void freshDatabasesAreDistinct(Engine engine) throws SQLException {
    try (Database a = Engines.freshDatabase(engine, "same"); Database b = Engines.freshDatabase(engine, "same")) {
      assertThat(a.name()).isNotEqualTo(b.name());
      assertThat(a.url("postgresql+psycopg2"))
          .isEqualTo("postgresql+psycopg2://" + engine.user() + ":" + engine.password() + "@" + engine.host() + ":"
              + engine.port() + "/" + a.name());
      try (Connection c = a.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE only_in_a (id INTEGER)");
      }
      try (Connection c = b.connect()) {
        assertThat(tables(c, engine, b.name())).isZero();
      }
    }
  }

  @Test
  void sqliteEnforcesForeignKeysAndKeepsDecimals(@TempDir Path dir) throws SQLException {
    Path file = dir.resolve("engines.db");
    try (Connection c = Engines.sqliteConnection(file); Statement s = c.createStatement()) {
      assertThat(scalar(c, "PRAGMA foreign_keys")).isEqualTo("1");
      for (String sql : SCHEMA) {
        s.execute(sql);
      }
      assertThat(scalarDecimal(c, "SELECT amount FROM child WHERE id = 10")).isEqualByComparingTo("12.3456");
      assertThatThrownBy(() -> s.executeUpdate(ORPHAN))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("FOREIGN KEY");
      assertThat(scalar(c, "SELECT COUNT(*) FROM child")).isEqualTo("1");
    }
    assertThat(file).exists();
  }

  @Test
  void missingVariableFailsLoudly() {
    assertThatThrownBy(() -> Engines.require(Map.of(), "SCHEMAC_PG_PORT"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SCHEMAC_PG_PORT")
        .hasMessageContaining("./scripts/test.sh");
  }

  @Test
  void namesAreSanitized() {
    assertThat(Engines.sanitize("Order-Items v2")).isEqualTo("order_items_v2");
    assertThat(Engines.sanitize("__")).isEqualTo("db");
    assertThat(Engines.sanitize(null)).isEqualTo("db");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void longHintsAreShortened(Engine engine) throws SQLException {
    try (Database db = Engines.freshDatabase(engine, "x".repeat(200))) {
      assertThat(db.name()).hasSizeLessThanOrEqualTo(63).startsWith("t_xxx");
      try (Connection c = db.connect()) {
        assertThat(c.isValid(5)).isTrue();
      }
    }
  }

  /** Once tools/python or tools/node has its inputs, test.sh must have set it up. */
  @Test
  void toolsAreSetUpWhenTheirInputsExist() throws Exception {
    Path tools = Engines.root().resolve("tools");
    if (Files.exists(tools.resolve("python/requirements.txt"))) {
      Process p = new ProcessBuilder(Engines.python().toString(), "-c", "import sys; print(sys.prefix)")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(Path.of(out)).isEqualTo(tools.resolve("python/.venv"));
    }
    if (Files.exists(tools.resolve("node/package-lock.json"))) {
      assertThat(Engines.nodeTools().resolve("node_modules")).isDirectory();
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static BigDecimal scalarDecimal(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getBigDecimal(1);
    }
  }

  private static void assertDecimalColumn(Connection c, String catalog) throws SQLException {
    try (ResultSet rs = c.getMetaData().getColumns(catalog, null, "child", "amount")) {
      assertThat(rs.next()).as("column child.amount").isTrue();
      assertThat(rs.getInt("DATA_TYPE")).isIn(Types.NUMERIC, Types.DECIMAL);
      assertThat(rs.getInt("COLUMN_SIZE")).isEqualTo(12);
      assertThat(rs.getInt("DECIMAL_DIGITS")).isEqualTo(4);
    }
  }

  private static int tables(Connection c, Engine engine, String database) throws SQLException {
    String sql = engine == Engine.POSTGRES
        ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + database + "'";
    return Integer.parseInt(scalar(c, sql));
  }

  private static boolean databaseExists(Connection admin, Engine engine, String name) throws SQLException {
    String sql = engine == Engine.POSTGRES
        ? "SELECT COUNT(*) FROM pg_database WHERE datname = '" + name + "'"
        : "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
    return !scalar(admin, sql).equals("0");
  }
}
