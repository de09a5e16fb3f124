package dev.schemac.pull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a database is, read from what a user types: a SQLite file path or {@code jdbc:sqlite:}
 * URL, a JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:}), or
 * the {@code postgresql://user:password@host/db} form that DATABASE_URL usually holds. The
 * credentials are taken out of the URL, so the URL handed to a driver (and every message
 * that shows it) holds no password; {@link #display()} is the URL to show.
 */
public record DatabaseUrl(Family family, String jdbcUrl, String user, String password, Path sqliteFile) {

    /** Which driver reads it; MySQL and MariaDB servers are told apart once connected. */
    public enum Family { SQLITE, POSTGRES, MYSQL, MARIADB }

    /** A URL that cannot be read: a usage error, whose message never contains the password. */
    public static final class BadUrl extends Exception {
        public BadUrl(String message) { super(message); }
    }

    private static final Pattern SERVER = Pattern.compile(
            "(?i)(jdbc:)?(postgres|postgresql|mysql|mariadb)://(?:([^@/?#]*)@)?([^/?#]*)(/[^?#]*)?(\\?[^#]*)?");

    public static DatabaseUrl parse(String text) throws BadUrl {
        String s = text.strip();
        if (s.isEmpty()) throw new BadUrl("the database URL is empty");
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:") || lower.startsWith("sqlite:") || lower.startsWith("file:")) {
            String path = s.substring(s.indexOf(':', lower.startsWith("jdbc:") ? 5 : 0) + 1);
            if (path.startsWith("file:")) path = path.substring(5);
            if (path.startsWith("//")) path = path.substring(2);
            int q = path.indexOf('?');
            if (q >= 0) path = path.substring(0, q);
            return sqlite(path, text);
        }
        Matcher m = SERVER.matcher(s);
        if (!m.matches()) {
            if (s.matches("(?i)[a-z][a-z0-9+.-]*://.*") || s.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
                throw new BadUrl("unsupported database URL " + redact(s, null) + ": use a SQLite file path, jdbc:sqlite:PATH, "
                        + "jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// or postgresql:// / mysql:// URLs");
            }
            return sqlite(s, text);
        }
        String scheme = m.group(2).toLowerCase(Locale.ROOT);
        Family family = switch (scheme) {
            case "postgres", "postgresql" -> Family.POSTGRES;
            case "mariadb" -> Family.MARIADB;
            default -> Family.MYSQL;
        };
        String user = null;
        String password = null;
        if (m.group(3) != null) {
            String info = m.group(3);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            if (colon >= 0) password = decode(info.substring(colon + 1));
        }
        String host = m.group(4);
        if (host.isEmpty()) throw new BadUrl("the database URL " + redact(s, password) + " names no host");
        String path = m.group(5) == null ? "/" : m.group(5);
        var params = new ArrayList<String>();
        if (m.group(6) != null && m.group(6).length() > 1) {
            for (String p : m.group(6).substring(1).split("&")) {
                if (p.isEmpty()) continue;
                int eq = p.indexOf('=');
                String key = eq < 0 ? p : p.substring(0, eq);
                String value = eq < 0 ? "" : decode(p.substring(eq + 1));
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> params.add(p);
                }
            }
        }
        String jdbcScheme = family == Family.POSTGRES ? "postgresql" : family == Family.MARIADB ? "mariadb" : "mysql";
        String jdbc = "jdbc:" + jdbcScheme + "://" + host + path + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return new DatabaseUrl(family, jdbc, user, password, null);
    }

    private static DatabaseUrl sqlite(String path, String original) throws BadUrl {
        if (path.isBlank()) throw new BadUrl("the SQLite URL " + original.strip() + " names no file");
        if (path.equals(":memory:")) throw new BadUrl("an in-memory SQLite database is empty: give a database file");
        Path file = Path.of(path);
        return new DatabaseUrl(Family.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), null, null, file);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL to show: the driver's URL with the user, never the password. */
    public String display() {
        if (family == Family.SQLITE) return sqliteFile.toString();
        if (user == null) return jdbcUrl;
        int at = jdbcUrl.indexOf("://") + 3;
        return jdbcUrl.substring(0, at) + user + (password != null ? ":***" : "") + "@" + jdbcUrl.substring(at);
    }

    /** {@code text} with every occurrence of the password masked, for messages that come from drivers. */
    public String scrub(String text) {
        return redact(text, password);
    }

    private static String redact(String text, String password) {
        if (text == null) return "";
        String out = text;
        if (password != null && !password.isEmpty()) out = out.replace(password, "***");
        // A password left in a URL we could not read (or a driver's echo of one) is masked too.
        out = out.replaceAll("(?i)(://[^:/@\\s]*:)[^@\\s]*@", "$1***@");
        out = out.replaceAll("(?i)(password=)[^&\\s]*", "$1***");
        return out;
    }

    /** The database name a server URL names, or null (SQLite, or none given). */
    public String databaseName() {
        if (family == Family.SQLITE) return null;
        String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        if (slash < 0) return null;
        String db = rest.substring(slash + 1);
        int q = db.indexOf('?');
        if (q >= 0) db = db.substring(0, q);
        return db.isEmpty() ? null : decode(db);
    }

    @Override
    public String toString() {
        return display();
    }
}
