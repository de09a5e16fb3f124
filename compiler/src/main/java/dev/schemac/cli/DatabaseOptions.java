package dev.schemac.cli;

import dev.schemac.pull.DatabaseUrl;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where pull and diff find the database; the URL may carry a password, which no output shows. */
final class DatabaseOptions {
    static final String ENV = "DATABASE_URL";

    @Option(names = "--url", paramLabel = "URL",
            description = "The database: a SQLite file (path or jdbc:sqlite:PATH), jdbc:postgresql://, jdbc:mysql://, "
                    + "jdbc:mariadb://, or postgresql://USER:PASSWORD@HOST/DB. Default: the DATABASE_URL variable.")
    String url;

    @Option(names = "--schema", paramLabel = "NAME",
            description = "The PostgreSQL schema (default: the current one, usually public), MySQL database (default: the "
                    + "URL's) or SQLite attached database (default: main).")
    String schema;

    /** The URL to read, from --url or DATABASE_URL; a usage error when neither gives one or it cannot be read. */
    DatabaseUrl url(CommandLine cl) {
        return parse(cl, url, "--url");
    }

    /** {@code text}, or DATABASE_URL when it is null or empty, as a URL; a usage error naming {@code option} otherwise. */
    static DatabaseUrl parse(CommandLine cl, String given, String option) {
        String text = given != null && !given.isEmpty() ? given : System.getenv(ENV);
        if (text == null || text.isBlank()) {
            throw new CommandLine.ParameterException(cl, "no database given: pass " + option + " URL or set " + ENV);
        }
        try {
            return DatabaseUrl.parse(text);
        } catch (DatabaseUrl.BadUrl e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
