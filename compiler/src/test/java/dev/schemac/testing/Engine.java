package dev.schemac.testing;

/**
 * A real database server that {@code scripts/test.sh} starts for the test run, located through
 * {@code SCHEMAC_<PREFIX>_HOST/PORT/USER/PASSWORD/DB} environment variables.
 *
 * <p>Every accessor fails loudly ({@link IllegalStateException}) when its variable is missing: tests
 * never silently skip an engine. SQLite is not here: it is embedded, see
 * {@link Engines#sqliteConnection(java.nio.file.Path)}.
 */
public enum Engine {
  /** PostgreSQL 15 (Debian); the user may create databases but is not a superuser. */
  POSTGRES("PG", "PostgreSQL", "jdbc:postgresql://%s:%d/%s"),
  /** MariaDB 10.11 (Debian), through the MariaDB driver; the user has ALL PRIVILEGES on *.*. */
  MARIADB("MARIADB", "MariaDB", "jdbc:mariadb://%s:%d/%s?allowMultiQueries=true"),
  /** MySQL 8.0 (real Oracle binaries), through MySQL Connector/J; the user has ALL PRIVILEGES on *.*. */
  MYSQL("MYSQL", "MySQL", "jdbc:mysql://%s:%d/%s?allowMultiQueries=true");

  private final String envPrefix;
  private final String displayName;
  private final String urlFormat;

  Engine(String envPrefix, String displayName, String urlFormat) {
    this.envPrefix = envPrefix;
    this.displayName = displayName;
    this.urlFormat = urlFormat;
  }

  /** "PostgreSQL", "MariaDB", "MySQL". */
  public String displayName() {
    return displayName;
  }

  /** The environment variable prefix: {@code SCHEMAC_PG_}, {@code SCHEMAC_MARIADB_}, {@code SCHEMAC_MYSQL_}. */
  public String envPrefix() {
    return "SCHEMAC_" + envPrefix + "_";
  }

  public String host() {
    return Engines.env(envPrefix() + "HOST");
  }

  public int port() {
    String name = envPrefix() + "PORT";
    String value = Engines.env(name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + "=" + value + " is not a port number", e);
    }
  }

  public String user() {
    return Engines.env(envPrefix() + "USER");
  }

  public String password() {
    return Engines.env(envPrefix() + "PASSWORD");
  }

  /** The pre-created database tests connect to first (to create their own, fresh ones). */
  public String adminDatabase() {
    return Engines.env(envPrefix() + "DB");
  }

  /**
   * The JDBC URL of {@code database} on this server. The MariaDB and MySQL URLs allow several
   * statements in one {@code Statement.execute}, as PostgreSQL always does, so a generated DDL
   * script can be run in one call.
   */
  public String jdbcUrl(String database) {
    return String.format(urlFormat, host(), port(), database);
  }

  /** True for the MySQL-family servers (MariaDB, MySQL), which share the MySQL SQL dialect. */
  public boolean isMysqlFamily() {
    return this != POSTGRES;
  }

  /** {@code name} quoted as an identifier for this server. */
  String quote(String name) {
    return isMysqlFamily() ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
