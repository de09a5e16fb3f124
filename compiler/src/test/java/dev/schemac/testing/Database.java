package dev.schemac.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A brand-new, empty database on a real server, made by {@link Engines#freshDatabase(Engine, String)}.
 * {@link #close()} drops it. Use it in try-with-resources or close it in {@code @AfterEach}/{@code @AfterAll}.
 */
public final class Database implements AutoCloseable {
  private final Engine engine;
  private final String name;
  private boolean dropped;

  Database(Engine engine, String name) {
    this.engine = engine;
    this.name = name;
  }

  public Engine engine() {
    return engine;
  }

  /** The database name, e.g. {@code t_orders_4711_3}: lower case, [a-z0-9_], at most 63 characters. */
  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return engine.jdbcUrl(name);
  }

  public String user() {
    return engine.user();
  }

  public String password() {
    return engine.password();
  }

  /**
   * This database as a {@code scheme://user:password@host:port/name} URL for tools outside the JVM:
   * {@code url("postgresql+psycopg2")} or {@code url("mysql+pymysql")} for SQLAlchemy,
   * {@code url("postgresql")} or {@code url("mysql")} for Prisma. Which driver a scheme needs is the
   * tool's business; the credentials are URL-encoded.
   */
  public String url(String scheme) {
    return scheme + "://" + encode(user()) + ":" + encode(password()) + "@" + engine.host() + ":"
        + engine.port() + "/" + name;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A new connection to this database (autocommit on). The caller closes it. */
  public Connection connect() throws SQLException {
    return Engines.open(engine, jdbcUrl());
  }

  /** Drops the database (forcibly disconnecting anyone still connected on PostgreSQL). Idempotent. */
  @Override
  public void close() throws SQLException {
    if (dropped) {
      return;
    }
    Engines.drop(engine, name);
    dropped = true;
  }

  @Override
  public String toString() {
    return engine.displayName() + " database " + name + " (" + jdbcUrl() + ")";
  }
}
