package dev.schemac.pull;

import com.google.auto.service.AutoService;
import dev.schemac.diag.CodeDoc;
import dev.schemac.diag.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * The codes of {@code schemac pull} and {@code schemac diff} (SC960–SC989): problems reaching
 * a database, and each kind of object a pulled model cannot hold as the database has it.
 */
public enum PullCode {
    CANNOT_CONNECT("SC960", Severity.ERROR, "Cannot connect to the database",
            "The server could not be reached, refused the login, or the SQLite file does not exist. The "
            + "message gives the driver's reason; the URL is shown without its password."),
    UNKNOWN_SCHEMA("SC961", Severity.ERROR, "Unknown schema",
            "`--schema` names a schema (PostgreSQL), database (MySQL, MariaDB) or attached database "
            + "(SQLite) that does not exist, or a PostgreSQL URL's `?currentSchema=` names no schema that exists. The message "
            + "lists the ones that do."),
    NOTHING_TO_PULL("SC962", Severity.ERROR, "No tables to pull",
            "The database (or the tables matching `--tables`) holds no tables. Nothing is written."),
    CANNOT_READ("SC963", Severity.ERROR, "Cannot read the database catalog",
            "A query on the engine's catalog failed, usually for lack of privileges. The message "
            + "names the query's purpose and the driver's reason."),
    TABLE_NOT_PULLED("SC965", Severity.WARNING, "Table not pulled",
            "A table the model cannot hold: one without a primary key (every entity has one, so "
            + "generating from the model would add a key); one whose name, or a column's, `check` would "
            + "refuse in a model (control characters, over 63 characters, a space at an end or doubled, "
            + "a combining mark, a character Unicode normalization changes, one outside the Basic "
            + "Multilingual Plane, and in a table name `/`, `\\` or `.`); one whose name and a table's "
            + "pulled before it differ only in case or accents, or two of whose columns do, which MySQL "
            + "reads as one name, or only look alike, their letters of Latin, Cyrillic and Greek looking "
            + "the same (SC511). It is kept in the pulled model as a comment with its columns, and the "
            + "warning says which name is at fault."),
    UNSUPPORTED_TYPE("SC966", Severity.WARNING, "Column type not supported",
            "A column's type has no schemac type (geometry, arrays, ranges, network types, "
            + "intervals, ...), or is an enum a model cannot hold: a PostgreSQL enum type or MySQL "
            + "`ENUM` with a label `check` would refuse (a line break, a control character, a space at "
            + "an end, an empty label) or two labels that differ only in case or accents, or look alike "
            + "(SC512). The column is "
            + "kept as a comment where it stands; the model does not have it, so generating from the "
            + "model would drop it."),
    TYPE_CHANGES("SC967", Severity.WARNING, "Column type changes",
            "A column's type maps to the nearest schemac type, which this engine spells differently "
            + "(`timestamp` without time zone becomes `timestamp with time zone`, `int unsigned` "
            + "becomes `int`, ...). The field has that type; a comment beside it keeps the original. A MySQL or MariaDB "
            + "`tinytext`, `text` or `mediumtext` column is a `text` field, which generate makes `LONGTEXT`: the note says how many "
            + "bytes the column holds, and if the database is adopted (`migrate --from-url`), its history keeps the column's type in "
            + "the baseline and widens it in the migration after."),
    DEFAULT_NOT_PULLED("SC968", Severity.WARNING, "Default not pulled",
            "A column default that is not a literal, `now()` or `uuid()` (a function call, an "
            + "expression, a sequence other than the column's own), or a literal the database took but "
            + "a model refuses (past the type's range, a date not on the calendar, `24:00`): the "
            + "compiler's reason is quoted. A date and time or a time with a fraction of a second (`'2020-01-01 10:00:00.500'`, "
            + "as a `DATETIME(3)` or `timestamp(3)` keeps it) is one too: a model's holds whole seconds (a fraction of zeros "
            + "is the whole second, and is pulled). So is a float default of negative zero (`real DEFAULT '-0'`): a model's "
            + "number has no sign of zero. The values the database generates for a column of a composite key (an identity, "
            + "a serial, AUTO_INCREMENT) are one too, named in the engine's words: only a single integer key can be `@auto`. "
            + "The field has no default; a comment keeps the expression, and every "
            + "message shows the default as the database has it, fraction and all. A MySQL or MariaDB "
            + "zero date default (`'0000-00-00'`, a zero DATETIME, or one with a zero month or day such as `'2010-05-00'`) "
            + "stays in the database, and `migrate --from-url` keeps it in the history, so each later MySQL migration of "
            + "that history runs without NO_ZERO_DATE and NO_ZERO_IN_DATE (MySQL refuses to alter such a table under them) "
            + "and gives the session its sql_mode back at its end; no script of the history makes the zero default."),
    CHECK_NOT_PULLED("SC969", Severity.WARNING, "Check not pulled",
            "A CHECK constraint the language cannot express: `@check`, `@min`, `@max`, `@length`, "
            + "`@pattern` and `@@check` compare one column with a literal or two columns, and a "
            + "`@pattern` must be in the portable pattern dialect; a bound the model refuses (past the "
            + "column type's range) is left out too, with the compiler's reason. It is kept as a comment "
            + "beside its field when it is over one column, on the entity otherwise."),
    INDEX_NOT_PULLED("SC970", Severity.WARNING, "Index not pulled",
            "An index the language cannot express: partial (WHERE), on expressions, descending, "
            + "with a prefix length, of another method (GIN, GiST, hash, FULLTEXT, SPATIAL), or over "
            + "part of a relation's columns. A unique over the rows where the soft-delete marker IS NULL "
            + "is the model's unique among live rows: the marker is a nullable `deleted_at` column or, where "
            + "there is none, the column every unique of the table (but a one-to-one's) is filtered on, "
            + "which pull names `deleted_at` with `@map` (as generate writes `deleted_at datetime? "
            + "@map(\"removed_on\")`, and warns SC982). One over another filter (`archived_at IS NULL` beside a unique over "
            + "every row) is not. It is kept as a comment on the entity."),
    FOREIGN_KEY_NOT_PULLED("SC971", Severity.WARNING, "Foreign key not pulled",
            "A foreign key that cannot be a relation field: it references columns other than the "
            + "target's primary key, a table that is not pulled, shares columns with another key, "
            + "or its columns cannot be named `{field}_{key}`; on SQLite also one whose columns are no key of the table "
            + "it names: neither its primary key nor the columns of a unique index that is not partial, indexes no "
            + "expression and compares each column under the column's own collation (SQLite's \"foreign key mismatch\", which stops SQLite's check of the table's foreign keys with an "
            + "error), or whose table does not exist (which that check counts as broken in every row with a value in each of "
            + "its columns): a history adopted with `migrate --from-url` keeps it, and its migrations check the foreign keys "
            + "of every other table, leaving out the other keys of the table that has it. "
            + "Its columns stay plain fields and the constraint is kept as a comment."),
    TRIGGER_NOT_PULLED("SC972", Severity.WARNING, "Trigger or routine not pulled",
            "A trigger or routine the model has no place for. Triggers that only set timestamp "
            + "columns on update are read as `@updated` instead; if their name differs from the one "
            + "schemac gives them, that is reported here too."),
    OBJECT_NOT_PULLED("SC973", Severity.WARNING, "Object not pulled",
            "A view, materialized view, sequence, domain, composite type or other object outside "
            + "the tables, or a PostgreSQL enum type without values or with labels a model cannot hold "
            + "(SC966 names its columns). Models hold tables, so it is listed as a comment at the end "
            + "of the file. A view (not a materialized one) is carried by `migrate --from-url` all the same: "
            + "the adopted history keeps its SQL, drops it around a change that needs that and makes it again "
            + "(SC570 when a change would break it)."),
    NAME_CHANGES("SC974", Severity.WARNING, "Name cannot be kept",
            "A constraint or index name the model cannot give: a name used on several tables, or one "
            + "that differs only in case or accents from another table's, from a table's name, or from "
            + "a name generate derives for another object (allowed per table by the engine, but schemac "
            + "keeps names unique in the database); one longer than 63 characters; or one `check` refuses "
            + "as a stored name (a space at an end or doubled, a combining mark, ...). The model uses the "
            + "derived name instead, and the warning says the name generate gives (numbered where the "
            + "derived one is taken). A primary key renamed so is reported here only, not again as SC975."),
    MODEL_DIFFERS("SC975", Severity.WARNING, "Model builds a different database",
            "After writing the model, pull compiles it and compares its catalog with the database. "
            + "Each difference not already reported is listed here (for example an index schemac "
            + "adds to every foreign key, or a unique over every row of a table with a nullable "
            + "`deleted_at` column, which generate makes a unique among the live rows), and so is a "
            + "table or column property generate does not make (SQLite's WITHOUT ROWID and STRICT, "
            + "a MySQL or MariaDB INVISIBLE column, a PostgreSQL UNLOGGED table, which PostgreSQL empties after a crash, a "
            + "PostgreSQL table that inherits another's columns (INHERITS) or that other tables inherit, whose queries read "
            + "their rows too, a PostgreSQL check that is NO INHERIT, which a table inheriting its table does not get, "
            + "a PostgreSQL check or foreign key added NOT VALID, which the rows from before it need not meet: "
            + "the model keeps it, as PostgreSQL enforces it on every row written since). A MySQL or MariaDB table's default collation that is not the one "
            + "generate gives is noted at each table that has it, with its text columns, and warned once per collation, "
            + "naming every such table. A text column's own collation is kept by `migrate --from-url` all the "
            + "same: the history carries it, and each later definition of the column says it (a SQLite rebuild, "
            + "PostgreSQL's ALTER COLUMN TYPE, MySQL's MODIFY COLUMN)."),
    READ_AS_MARKER("SC982", Severity.WARNING, "Column read as the soft-delete marker",
            "A table without a `deleted_at` column whose every unique (but a one-to-one's) is over the rows where "
            + "one nullable column IS NULL: generate writes a soft-deleting entity's uniques so, over its marker, "
            + "so pull reads that column as the marker kept under another name and writes "
            + "`deleted_at datetime? @map(\"archived_at\")` (the column's own type). The model then treats a row "
            + "with a value there as deleted: the field's name says so to every target, and its uniques hold "
            + "among the rows without one. The warning names the column, at the field. Keep the field if that "
            + "is what the column means; if it is not (the rows are archived, not deleted), rename the field: the "
            + "uniques are then over every row, and `schemac diff --url` lists each as a difference. A column "
            + "named `deleted_at` is the conventional marker and is not reported."),
    GUESSED("SC977", Severity.WARNING, "Read from what the engine leaves out",
            "The engine does not report something (MySQL 8.0.15 hides the expression default of a primary "
            + "key column); pull reads it as the only thing it can be and says so. Check the model line."),
    PULLED_MODEL_INVALID("SC976", Severity.ERROR, "Pulled model does not compile",
            "The model written from the database does not compile. This is a defect of pull: the "
            + "compiler's diagnostics are shown, and nothing is written."),
    TARGET_REFUSES("SC980", Severity.WARNING, "A target refuses the pulled model",
            "After writing the model, pull runs the checks of `generate`'s default targets on it, as `check` "
            + "does. The model describes the database as it is; where a target cannot take that (a name or "
            + "type one of them refuses), its error is reported here, at its place in the model, so it shows "
            + "at pull and not first at `check`, `generate` or `migrate --from-url`. The model is written; "
            + "change it (or the database) as the message says. A limit of a database other than the "
            + "model's own (MySQL cannot index unbounded text) is a warning of `generate` that leaves that "
            + "database's scripts out, and is not reported here."),
    HISTORY_EXISTS("SC978", Severity.ERROR, "The output has a migration history already",
            "`schemac migrate --from-url` starts a history from a live database, so the output's "
            + "`migrations/` folder must hold no migration yet. Once a history exists, `schemac "
            + "migrate` continues it from its last snapshot and `schemac diff --url` compares a "
            + "database with the model. If no migration of that history was ever applied to a "
            + "database, remove the `migrations/` folder and run `migrate --from-url` again."),
    DIALECT_DIFFERS("SC979", Severity.ERROR, "The model's dialect is not the database's",
            "`schemac migrate --from-url` writes a migration to apply to the database it read, so "
            + "the model's `dialect` must be that database's: `sqlite`, `postgres`, or `mysql` for "
            + "MySQL and MariaDB. Set the dialect in the schema header, or point the URL at the "
            + "database the model is for."),
    BASELINE_LEAVES_OUT("SC983", Severity.WARNING, "The baseline does not make all an adopted table has",
            "`migrate --from-url` writes a baseline that makes the database's tables, for a database built from the history (a "
            + "new developer's, a test's); the adopted database has it already. It makes each table as the model holds it, "
            + "with what the history carries besides: on SQLite the SQL of what pull left out (an expression index, a check, a "
            + "trigger, a generated column or a column of no type, each where the table declares it, an expression default, "
            + "a foreign key's DEFERRABLE INITIALLY DEFERRED, WITHOUT ROWID, STRICT), on every engine the views and each "
            + "text column's own collation. Everything else pull noted of the table (each SC9xx note "
            + "on it) is not made so there, and the warning names, per table, each such thing: what pull left out or gave "
            + "another type (a PostgreSQL `citext` made `text`, a bare `numeric` made `numeric(65,30)`, an array, domain "
            + "or generated column, a partial or expression index, a check or trigger; on SQLite what SQLite keeps no SQL "
            + "for) and what generate makes otherwise (on PostgreSQL a foreign key's DEFERRABLE INITIALLY DEFERRED, an identity "
            + "GENERATED ALWAYS or a serial column made GENERATED BY DEFAULT AS IDENTITY, a sequence's start and step, "
            + "a comment left out), and the order of the columns where the baseline declares them in another. A MySQL or "
            + "MariaDB table's default collation, where it is not the one generate gives every table (a database made with "
            + "its server's default), is said once for all the tables that have it: one warning per such collation names "
            + "them. A database built "
            + "from the history then differs from the adopted one there, and `schemac diff --url` on it does not show it "
            + "(the model does not have it either). Make those objects in such databases with a script of your own after "
            + "the baseline, or change the adopted database (and pull again) if they are not needed."),
    ROWS_BREAK_A_KEY("SC984", Severity.WARNING, "Rows of the database break a foreign key",
            "`pull`, `diff --url` and `migrate --from-url` read whether the database's rows break a foreign key already, "
            + "which each engine lets happen its own way. SQLite checks no key of a connection that did not turn foreign keys "
            + "on (its default), and its own check (`pragma_foreign_key_check`) counts such rows: every SQLite migration "
            + "schemac writes ends by checking every foreign key, and refuses (commits nothing) while one does not hold, so "
            + "each fails there until those rows are fixed or the key is changed. PostgreSQL never checks the rows from "
            + "before a key added NOT VALID: validating it or adding it again fails. MySQL and MariaDB check no row written "
            + "while FOREIGN_KEY_CHECKS is 0 (as a dump's load runs), so every key is counted there: adding it again fails. "
            + "The warning, at the entity of the table, names per key the table, its columns, the table and columns it "
            + "references and how many rows break it, and gives a query that lists exactly them: on SQLite by the rowids "
            + "its check names (a row with a null key column keeps its key), elsewhere the rows whose key finds no parent row "
            + "as the engine compares them (a null in a column of the key holds it; under PostgreSQL's MATCH FULL only when "
            + "all of them are null). No query is given for a SQLite WITHOUT ROWID table, whose rows the check does not name, "
            + "nor one whose columns named rowid, _rowid_ and oid hide its rowid, nor where a name holds a control or "
            + "invisible character, which the terminal would show changed: the help says so. A SQLite table with a key "
            + "SQLite cannot check (SC971) is not counted: SQLite's check of it stops with an error or counts every row with "
            + "a value in the key as broken, and the migrations' check leaves it out too. On PostgreSQL the count compares "
            + "under the referenced column's collation, as PostgreSQL's own check does. Where the server refuses a key's "
            + "count (a user without SELECT on the tables, a comparison it cannot make), the warning says that key's rows "
            + "were not counted, with the server's reason, and the read goes on. The rows are data, not a "
            + "difference of schema: `diff --url` still exits 0 when the schema matches."),
    VIEW_READS_UNMADE("SC981", Severity.WARNING, "An adopted view reads what the history does not make",
            "`migrate --from-url` carries the database's views in the history (SC973), as the SQL that makes "
            + "each; the history makes the adopted tables and the other carried views, nothing else. A view "
            + "that reads another object (a function the database has, a table in another schema or left out "
            + "of the model) is made in the adopted database, which has that object, but a database built from "
            + "the history (a new developer's, a test's) does not have it, and the view's CREATE VIEW fails "
            + "there, stopping the baseline. The message names the view and what it reads. Make that object "
            + "in such a database before the baseline runs (a script of your own), or retire the view from "
            + "the history (`migrate --drop-view`) if that database does not need it. PostgreSQL says what a "
            + "view reads (functions too); on SQLite, MySQL and MariaDB the tables of the view's FROM clauses "
            + "(joined or listed with commas) are checked. A table of another schema is named as "
            + "`schema.table` (MySQL and MariaDB keep another database's tables qualified).");

    private final String id;
    private final Severity severity;
    private final String title;
    private final String explanation;

    PullCode(String id, Severity severity, String title, String explanation) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
    }

    public String id() { return id; }

    public Severity severity() { return severity; }

    public String title() { return title; }

    public String explanation() { return explanation; }

    /** Lists these codes for {@code schemac explain} and docs/diagnostics.md. */
    @AutoService(CodeDoc.Provider.class)
    public static final class Docs implements CodeDoc.Provider {
        @Override
        public List<CodeDoc> codes() {
            return Arrays.stream(values()).map(c -> new CodeDoc(c.id, c.title, c.severity, c.explanation)).toList();
        }
    }
}
