package dev.schemac.pull;

import dev.schemac.diag.Diagnostic;
import dev.schemac.model.Entity;
import dev.schemac.model.Dialect;
import dev.schemac.pull.introspect.MysqlTableOptions;
import dev.schemac.render.markdown.Quoted;
import dev.schemac.render.sql.Sql;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.Span;
import java.util.List;

/** The wording of pull's and diff's diagnostics, one factory per situation. */
public final class PullMessages {
    private PullMessages() {}

    static Diagnostic of(PullCode code, Span at, String message, String help) {
        return new Diagnostic(code.id(), code.severity(), at, message, help, List.of());
    }

    public static Diagnostic cannotConnect(String engine, String url, String reason) {
        return of(PullCode.CANNOT_CONNECT, null, "cannot connect to " + engine + " at " + url + ": " + reason,
                "check the host, port, database name, user and password (the password is never shown)");
    }

    public static Diagnostic noSuchFile(String path) {
        return of(PullCode.CANNOT_CONNECT, null, "no SQLite database file " + Leftover.quoted(path),
                "give the path of an existing database file; pull never creates one");
    }

    public static Diagnostic unknownSchema(String kind, String name, List<String> known) {
        return of(PullCode.UNKNOWN_SCHEMA, null, "there is no " + kind + " " + Leftover.quoted(name) + " in this database",
                known.isEmpty() ? "check the name" : "known: " + String.join(", ", known.stream().map(Leftover::quoted).toList()));
    }

    public static Diagnostic nothingToPull(String where, String pattern) {
        return of(PullCode.NOTHING_TO_PULL, null, pattern == null ? where + " has no tables"
                : "no table of " + where + " matches " + Leftover.quoted(pattern), pattern == null
                ? "point --url (and --schema) at the database that holds the tables"
                : "--tables takes names with * and ? wildcards, separated by commas");
    }

    public static Diagnostic cannotRead(String what, String reason) {
        return of(PullCode.CANNOT_READ, null, "cannot read " + what + ": " + reason,
                "check that the URL names a database, and that the user may read its catalog");
    }

    public static Diagnostic leftover(Leftover l, Span at) {
        return of(l.kind().code(), at, message(l), help(l));
    }

    private static String message(Leftover l) {
        String subject = switch (l.kind()) {
            case TABLE -> "table " + Leftover.quoted(l.table()) + " is not pulled";
            case COLUMN -> "column " + Quoted.name(l.where()) + " is not pulled";
            case TYPE -> "column " + Quoted.name(l.where()) + " changes type";
            case DEFAULT -> l.notAuto() ? "the values the database generates for " + Quoted.name(l.where()) + " are not pulled"
                    : "the default of " + Quoted.name(l.where()) + " is not pulled";
            case CHECK -> named("check", l) + " on " + Leftover.quoted(l.table()) + " is not pulled";
            case INDEX -> named("index", l) + " on " + Leftover.quoted(l.table()) + " is not pulled";
            case FOREIGN_KEY -> named("foreign key", l) + " on " + Leftover.quoted(l.table()) + " is not a relation";
            case TRIGGER -> (l.table() == null ? "" : "trigger ") + Leftover.quoted(l.name()) + (l.table() == null ? "" : " on " + Leftover.quoted(l.table()));
            case OBJECT -> Leftover.quoted(l.name()) + " is not pulled";
            case NAME -> "name " + Leftover.quoted(l.name()) + (l.table() == null ? "" : " on " + Leftover.quoted(l.table()))
                    + " is not kept";
            case DIFFERENCE -> "generating from the model changes "
                    + (l.table() == null ? "the database" : Leftover.quoted(l.table()));
            case GUESSED -> Quoted.name(l.where()) + " is read from what the engine leaves out";
            case MARKER -> "column " + Quoted.name(l.where()) + " is read as the soft-delete marker "
                    + Quoted.name(Entity.SOFT_DELETE_FIELD);
        };
        return subject + ": " + Leftover.shown(l.reason());
    }

    /** SQLite's constraints may have no name: such a one is "an unnamed check", never "check `null`". */
    private static String named(String kind, Leftover l) {
        return l.name() == null ? "an unnamed " + kind : kind + " " + Leftover.quoted(l.name());
    }

    private static String help(Leftover l) {
        return switch (l.kind()) {
            case TABLE -> switch (l.reason()) {
                case Leftover.NO_PRIMARY_KEY -> "add a primary key to the table, then pull again";
                case Leftover.UNTYPED_KEY -> "change the key column to a type schemac reads, or leave the "
                        + "table out with --tables";
                default -> "rename it (or the columns named) in the database, then pull again";
            };
            case COLUMN -> "the column is kept as a comment; generating from this model drops it";
            case TYPE -> "the original type is kept in a comment beside the field";
            case DIFFERENCE -> "review the change before generating DDL for this database";
            case MARKER -> "keep the field if a row with a value in " + Leftover.quoted(l.column()) + " is a deleted row; if it is "
                    + "not, rename the field: its uniques then hold over every row, and `schemac diff --url` lists each";
            default -> "it is kept as a comment in the pulled model";
        };
    }

    public static Diagnostic modelInvalid(Diagnostic d) {
        return of(PullCode.PULLED_MODEL_INVALID, d.span(), "the pulled model does not compile: [" + d.code() + "] " + d.message(),
                "this is a defect of schemac pull; please report it with the database's schema");
    }

    public static Diagnostic refusedByTarget(Diagnostic d) {
        return of(PullCode.TARGET_REFUSES, d.span(), "generate refuses the pulled model: [" + d.code() + "] " + d.message(),
                d.help() == null ? "change the model (or the database) as the target's message says, then generate"
                        : d.help());
    }

    public static Diagnostic baselineLeavesOut(Span at, String table, List<String> what) {
        return of(PullCode.BASELINE_LEAVES_OUT, at, "the baseline makes table " + Leftover.quoted(table) + " without what the "
                        + "database has and no script of the history makes: " + String.join(", ", what)
                        + "; a database built from the history differs from this one there",
                "make them in such a database with a script of your own after the baseline, or change this database (and pull "
                        + "again) if they are not needed");
    }

    /**
     * One warning for all the tables whose default collation generate does not give (a database made with its server's
     * default): SC983 at each table would say the same thing many times.
     */
    public static Diagnostic baselineCollatesOtherwise(Span at, String collation, List<String> tables) {
        return of(PullCode.BASELINE_LEAVES_OUT, at, "the baseline makes " + (tables.size() == 1 ? "table " : tables.size() + " tables ")
                        + String.join(", ", tables.stream().map(Leftover::quoted).toList()) + " with the collation generate gives "
                        + "every table, " + Leftover.quoted(MysqlTableOptions.collation())
                        + ", where this database gives them " + Leftover.quoted(collation) + " (their text columns compare under it, "
                        + "and so will the columns a migration adds); a database built from the history compares and orders "
                        + "their text otherwise",
                "give such a database's tables that collation with a script of your own after the baseline (`ALTER TABLE … "
                        + "CONVERT TO CHARACTER SET … COLLATE " + collation + "` gives it to a table's text columns and its default), "
                        + "or convert this database's tables to the other collation if that is the one they need");
    }

    /**
     * One note (SC975) for all the tables pull read with the same default collation, where generate gives another: the
     * note at each table would say the same thing many times (each table's comment in the model names its columns).
     */
    public static Diagnostic tablesCollateOtherwise(Span at, String collation, List<String> tables) {
        return of(PullCode.MODEL_DIFFERS, at, "generating from the model changes " + tables.size() + " tables "
                        + String.join(", ", tables.stream().map(Leftover::quoted).toList()) + ": their text columns compare under "
                        + "their default collation " + Leftover.quoted(collation) + "; a model has no collation, and generate makes "
                        + "them " + MysqlTableOptions.collation(),
                "review the change before generating DDL for this database; the note at each table names its text columns");
    }

    public static Diagnostic viewReadsUnmade(Span at, String view, List<String> objects) {
        return of(PullCode.VIEW_READS_UNMADE, at, "view " + Leftover.quoted(view) + " reads " + String.join(", ",
                        objects.stream().map(o -> (o.endsWith("()") ? "function " : "") + Leftover.quoted(o)).toList())
                        + ", which the migration history does not make: a database built from the history cannot make the view "
                        + "(its CREATE VIEW fails there)",
                "make what it reads in such a database before the baseline runs, or retire the view with "
                        + "`schemac migrate --drop-view` if that database does not need it");
    }

    public static Diagnostic rowsBreakAKey(Span at, LiveSchema.BrokenKey k) {
        if (k.uncounted() != null) {
            return of(PullCode.ROWS_BREAK_A_KEY, at, "the rows of " + Leftover.quoted(k.table()) + " that break the foreign key "
                            + (k.name() == null ? "" : Leftover.quoted(k.name()) + " ") + key(k.columns()) + " → "
                            + Leftover.quoted(k.parent()) + " " + key(k.parentColumns()) + " were not counted: "
                            + k.engine().displayName() + " refused the count (" + k.uncounted()
                            + "); if there are any, " + consequence(k) + " until they are fixed or the key is changed",
                    "count them as a user that may read both tables; " + listing(k));
        }
        boolean one = k.rows() == 1;
        return of(PullCode.ROWS_BREAK_A_KEY, at, k.rows() + (one ? " row" : " rows") + " of " + Leftover.quoted(k.table())
                        + " break" + (one ? "s" : "") + " the foreign key " + (k.name() == null ? "" : Leftover.quoted(k.name()) + " ")
                        + key(k.columns()) + " → " + Leftover.quoted(k.parent()) + " " + key(k.parentColumns()) + " (no row of "
                        + Leftover.quoted(k.parent()) + " has " + (one ? "its" : "their") + " value): " + consequence(k)
                        + " until " + (one ? "this row is" : "these rows are") + " fixed or the key is changed",
                listing(k) + "; give each a key a row of " + Leftover.quoted(k.parent())
                        + " has, or delete " + (one ? "it" : "them") + ", or change the key in the model and the database");
    }

    /** What such rows stop, on the engine that holds them. */
    private static String consequence(LiveSchema.BrokenKey k) {
        return switch (k.engine()) {
            case SQLITE -> "every SQLite migration schemac writes ends by checking the foreign keys, and refuses (commits nothing)";
            case POSTGRES -> "the key was added NOT VALID, so PostgreSQL never checked the rows from before it; validating it "
                    + "(`ALTER TABLE … VALIDATE CONSTRAINT`) or adding it again fails";
            case MYSQL, MARIADB -> k.engine().displayName() + " checks no row written while FOREIGN_KEY_CHECKS is 0 (as a dump's "
                    + "load runs); adding the key again (`ALTER TABLE … ADD FOREIGN KEY`) fails";
        };
    }

    /**
     * How to list a key's broken rows, as one span of SQL in the engine's spelling. On SQLite by the rowids its own check
     * names, so exactly the rows it counts (its comparison applies the parent column's affinity to the value, which a
     * comparison written in SQL would not); elsewhere by the key's own query ({@link LiveSchema.BrokenKey#query}), the
     * one the rows were counted with. A WITHOUT ROWID table's rows are not named by SQLite's check, and a query holding a
     * name with a control or invisible character would be changed by the terminal's one way of showing it, so neither
     * has a query, and the help says why.
     */
    private static String listing(LiveSchema.BrokenKey k) {
        String query;
        if (k.engine() != DbEngine.SQLITE) {
            query = k.query("c.*");
        } else {
            if (k.rowid() == null) {
                return "no query lists them by the rowids SQLite's check names: " + Leftover.quoted(k.table()) + " is a WITHOUT "
                        + "ROWID table or hides its rowid under columns named rowid, _rowid_ and oid, so find them by the key's values";
            }
            boolean main = k.schema().equals("main");
            String in = main ? "" : Sql.id(Dialect.SQLITE, k.schema()) + ".";
            String check = "pragma_foreign_key_check(" + Sql.string(Dialect.SQLITE, k.table())
                    + (main ? "" : ", " + Sql.string(Dialect.SQLITE, k.schema())) + ")";
            query = "SELECT * FROM " + in + Sql.id(Dialect.SQLITE, k.table()) + " WHERE " + k.rowid() + " IN (SELECT rowid FROM "
                    + check + " WHERE fkid = " + k.keyId() + ")";
        }
        if (!PlainText.visible(query).equals(query)) {
            return (k.engine() == DbEngine.SQLITE ? "list them with SQLite's " + Quoted.name("pragma_foreign_key_check")
                    + " of the table, its rows with " + Quoted.name("fkid = " + k.keyId())
                    : "list them as the rows whose key finds no row of " + Leftover.quoted(k.parent()))
                    + " (the query is not shown: a name in it holds a character the terminal cannot show as written)";
        }
        return "list them with " + Quoted.name(query);
    }

    /** Where a table's finding is said in a model: at the entity that makes it, else at the model's header. */
    public static Span at(dev.schemac.compile.Compilation c, String table) {
        return c.catalog().table(table).map(dev.schemac.catalog.Table::entity).flatMap(c.model()::entity)
                .map(Entity::nameSpan).orElse(c.model().anchor());
    }

    private static String key(List<String> columns) {
        return "(" + String.join(", ", columns.stream().map(Leftover::quoted).toList()) + ")";
    }

    public static Diagnostic historyExists(Span at, String last) {
        return of(PullCode.HISTORY_EXISTS, at, "the output has a migration history already (its last migration is " + Leftover.quoted(last)
                        + "): --from-url starts a history, it cannot continue one",
                "run `schemac migrate` without --from-url to write the next migration, and `schemac diff --url` to "
                        + "compare the database with the model");
    }

    public static Diagnostic dialectDiffers(Span at, String model, DbEngine engine, String url) {
        return of(PullCode.DIALECT_DIFFERS, at, "the model's dialect is " + Quoted.name(model) + ", but " + Leftover.shown(url) + " is a " + engine.displayName()
                        + " database", "set `dialect = " + engine.dialect().id() + "` in the schema header, or give the URL of the "
                        + "database the model is for");
    }
}
