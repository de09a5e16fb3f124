package dev.schemac.testing;

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
