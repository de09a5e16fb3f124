package dev.schemac.pull.introspect;

import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Catalog queries: every value read as text, every failure a diagnostic naming what was being read. */
final class Queries {
    private final Connection connection;

    Queries(Connection connection) { this.connection = connection; }

    Connection connection() { return connection; }

    /** The rows of a query, each a list of column values as text (null stays null). */
    List<List<String>> rows(String what, String sql, Object... args) throws PullFailure {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                var out = new ArrayList<List<String>>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var row = new ArrayList<String>(n);
                    for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PullFailure(PullMessages.cannotRead(what, m.lines().findFirst().orElse(m)));
        }
    }

    /** The connection's current database (MySQL's and MariaDB's catalog), for what the server says relative to it. */
    String current() throws PullFailure {
        try {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw failure("the current database", e);
        }
    }

    /** Makes {@code database} the connection's current one. */
    void use(String database) throws PullFailure {
        try {
            connection.setCatalog(database);
        } catch (SQLException e) {
            throw failure("the database " + database, e);
        }
    }

    private static PullFailure failure(String what, SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PullFailure(PullMessages.cannotRead(what, m.lines().findFirst().orElse(m)));
    }

    /** The first column of the first row, or null. */
    String value(String what, String sql, Object... args) throws PullFailure {
        var rows = rows(what, sql, args);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** A count the read goes on without: its number, or the engine's reason (the first line of its message) it failed. */
    record Count(long n, String failure) {}

    /**
     * A {@code count(*)} whose failure is no failure of the read: the engine may refuse the data a catalog describes (no
     * SELECT on a table, a comparison it cannot make) while the catalog itself reads well.
     */
    Count count(String sql) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return new Count(rs.next() ? rs.getLong(1) : 0, null);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Count(0, m.lines().findFirst().orElse(m).strip());
        }
    }

    /** Whether a query runs (to probe for catalog tables that only some versions have). */
    boolean works(String sql) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
