package dev.schemac.cli;

import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.UsageError;
import dev.schemac.pull.DatabaseUrl;
import java.util.List;

/** Where pull and diff find the database; the URL may carry a password, which no output shows. */
final class DatabaseOptions {
    static final String ENV = "DATABASE_URL";

    static final Option URL = Option.value("URL", "The database: a SQLite file (path or jdbc:sqlite:PATH), "
            + "jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb://, or postgresql://USER:PASSWORD@HOST/DB. Default: the "
            + "DATABASE_URL variable.", "--url");
    static final Option SCHEMA = Option.value("NAME", "The PostgreSQL schema (default: the current one, usually public), "
            + "MySQL database (default: the URL's) or SQLite attached database (default: main).", "--schema");
    static final List<Option> OPTIONS = List.of(URL, SCHEMA);

    private final String url;
    final String schema;

    DatabaseOptions(Parsed args) {
        url = args.value(URL);
        schema = args.value(SCHEMA);
    }

    /** The URL to read, from --url or DATABASE_URL; a usage error when neither gives one or it cannot be read. */
    DatabaseUrl url() {
        return parse(url, "--url");
    }

    /** {@code text}, or DATABASE_URL when it is null or empty, as a URL; a usage error naming {@code option} otherwise. */
    static DatabaseUrl parse(String given, String option) {
        String text = given != null && !given.isEmpty() ? given : System.getenv(ENV);
        if (text == null || text.isBlank()) {
            throw new UsageError("no database given: pass " + option + " URL or set " + ENV);
        }
        try {
            return DatabaseUrl.parse(text);
        } catch (DatabaseUrl.BadUrl e) {
            throw new UsageError(e.getMessage());
        }
    }
}
