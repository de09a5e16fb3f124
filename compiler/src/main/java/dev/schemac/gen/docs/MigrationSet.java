package dev.schemac.gen.docs;

import dev.schemac.catalog.Catalog;
import dev.schemac.evolve.CatalogDiff;
import dev.schemac.evolve.Describe;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.Lint;
import dev.schemac.evolve.RenameHints;
import dev.schemac.evolve.Change;
import dev.schemac.gen.TargetContext;
import dev.schemac.model.Dialect;
import dev.schemac.render.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migrations of this hand-over, whether they were read from the output folder's history or
 * written by this run into an empty one. Both are described the same way (each migration's
 * changes are the diff from the schema before it), so generating into a folder that holds the
 * migrations of an earlier run gives the same documents as generating into an empty folder:
 * the documents depend on the migrations, never on where they came from.
 */
record MigrationSet(List<Step> steps, int uncovered) {
    /** The folder of the hand-over the migrations target writes, and the history is read from. */
    static final String ROOT = dev.schemac.evolve.HistoryFolder.DIR + "/";

    /**
     * One migration: its id, what it does (one sentence a change), its destructive findings, what
     * its down scripts destroy (the same findings of the inverse changes), its files, and the schema
     * it leads to (what its down script drops, for the first).
     */
    record Step(String id, List<String> sentences, List<Lint.Finding> findings, List<Lint.Finding> undoing, Set<String> files,
                List<String> addedLabels, Catalog after) {
        String timestamp() { return id.substring(0, 14); }

        /**
         * What running the down scripts loses, as a clause ("drops table `loans` and its rows; ..."),
         * or empty. A string made shorter loses nothing: the migration fails on a longer value instead
         * ({@link #downFails}).
         */
        String downLoses() {
            var out = new ArrayList<String>();
            for (var f : undoing) {
                // Only what destroys data: an added unique or check that the rows break makes the down fail instead.
                var code = f.code();
                if (code != dev.schemac.diag.Code.DROP_TABLE && code != dev.schemac.diag.Code.DROP_COLUMN
                        && code != dev.schemac.diag.Code.NARROWING) continue;
                if (shortens(f) || narrowsMysqlText(f)) continue;
                out.add(f.message().replaceFirst("^the migration ", ""));
            }
            return String.join("; ", out);
        }

        /** The strings the down scripts make shorter, as a clause ("narrows `books.title`: length 200 to 120"), or empty. */
        String downFails() {
            return String.join("; ", undoing.stream().filter(Step::shortens).map(f -> f.message().replaceFirst("^the migration ", "")).toList());
        }

        /** The text columns the down scripts give a narrower MySQL type again ({@link #narrowsMysqlText}), as a clause, or empty. */
        String downNarrowsOnMysql() {
            return String.join("; ", undoing.stream().filter(Step::narrowsMysqlText).map(f -> f.message().replaceFirst("^the migration ", ""))
                    .toList());
        }

        /**
         * Whether the finding gives a text column a narrower type on MySQL and MariaDB only (TEXT again, where a history
         * of an earlier release had it), whatever else its change does: their script runs in strict mode, so a longer
         * value makes it fail, and the other engines hold the column as unbounded text either way.
         */
        static boolean narrowsMysqlText(Lint.Finding f) {
            return f.code() == dev.schemac.diag.Code.NARROWING && f.change() instanceof dev.schemac.evolve.Change.AlterColumn a
                    && Lint.narrowsOnMysqlOnly(a.from().type(), a.to().type());
        }

        /**
         * Whether the finding makes a string (or char) column shorter: every engine but SQLite refuses a
         * value that no longer fits, PostgreSQL too since the migration converts through text rather
         * than cast to the shorter type (which cuts); SQLite keeps the value whole.
         */
        static boolean shortens(Lint.Finding f) {
            return f.code() == dev.schemac.diag.Code.NARROWING && f.change() instanceof dev.schemac.evolve.Change.AlterColumn a
                    && a.to().type().mayNotHoldTextOf(a.from().type());
        }
    }

    /** What each engine does with a text longer than the shorter column it is moved into ({@link Step#shortens}). */
    private static final String SHORTER_TEXT = "(PostgreSQL, MySQL and MariaDB refuse it; SQLite keeps it whole)";

    static MigrationSet of(TargetContext ctx) {
        History h = ctx.options().history();
        Dialect d = ctx.model().settings().dialect();
        var steps = new ArrayList<Step>();
        if (h.isEmpty()) {
            // The migrations target writes the initial migration in this run: its files are the siblings'.
            var files = new TreeSet<String>();
            String id = ctx.options().timestamp() + "_init";
            ctx.sibling("migrations").ifPresent(f -> f.keySet().stream().filter(p -> p.contains(id)).forEach(files::add));
            if (files.isEmpty()) return new MigrationSet(List.of(), 0);
            steps.add(step(d, id, CatalogDiff.EMPTY, ctx.catalog(), RenameHints.NONE, files));
            return new MigrationSet(steps, 0);
        }
        for (History.Entry e : h.entries()) {
            var files = new TreeSet<String>();
            e.fileHashes().keySet().forEach(p -> files.add(ROOT + p));
            files.add(ROOT + e.snapshotPath());
            steps.add(step(d, e.id(), h.before(e), e.catalog(), e.hints(), files));
        }
        int uncovered = Evolution.plan(ctx.model(), ctx.catalog(), h, RenameHints.of(ctx.model())).sentences().size();
        return new MigrationSet(steps, uncovered);
    }

    private static Step step(Dialect d, String id, Catalog before, Catalog after, RenameHints hints, Set<String> files) {
        // Described as the primary dialect's DDL holds them: a check it does not write (an enum's membership
        // check, which only SQLite has; a @pattern where there are no regular expressions) or an enum type
        // where enums are no types is no change there.
        var changes = CatalogDiff.diff(before, after, hints).stream().filter(c -> written(d, c, before, after)).toList();
        // The first migration's down drops everything, and says so; a later one's is the inverse of its changes.
        var undoing = before == CatalogDiff.EMPTY ? List.<Lint.Finding>of()
                : Lint.findings(changes.stream().map(dev.schemac.evolve.Change::inverse).toList(), after, before, d);
        // Labels the up adds: the down takes them away again, which a row holding one refuses.
        var added = new ArrayList<String>();
        for (var c : changes) {
            if (before != CatalogDiff.EMPTY && c instanceof Change.AlterEnum a) {
                for (String v : a.to().values()) if (!a.from().values().contains(v)) added.add(Words.code(v));
            }
        }
        return new Step(id, Describe.sentences(changes, before), Lint.findings(changes, before, after, d), undoing, files, added, after);
    }

    /**
     * Whether the dialect's scripts hold a change: a check it does not render is not there to add or
     * drop, and an enum type is made, renamed or dropped only where enums are types (where each column
     * spells the values, the table and column changes carry them).
     */
    private static boolean written(Dialect d, Change c, Catalog before, Catalog after) {
        if (c instanceof Change.CreateEnum || c instanceof Change.DropEnum || c instanceof Change.RenameEnum) return Sql.enumTypes(d);
        if (c instanceof Change.AddCheck a) return after.table(a.table()).map(t -> Sql.check(d, t, a.check()) != null).orElse(true);
        if (c instanceof Change.DropCheck k) return before.table(k.table()).map(t -> Sql.check(d, t, k.check()) != null).orElse(true);
        return true;
    }

    boolean isEmpty() { return steps.isEmpty(); }

    Step first() { return steps.get(0); }

    Step last() { return steps.get(steps.size() - 1); }

    /** Whether a file of some migration lies under {@code prefix} (a path of the hand-over). */
    boolean hasUnder(String prefix) {
        return steps.stream().anyMatch(s -> s.files().stream().anyMatch(f -> f.startsWith(prefix)));
    }

    /** The migrations as a table, one a row, for Database_Design.md. */
    String table() {
        var b = new StringBuilder();
        int n = steps.size();
        b.append(n == 1 ? "The schema is built by one migration" : "The schema is built by " + n + " migrations")
                .append(" in `migrations/`").append(n == 1 ? "" : ", applied in this order").append(". ")
                .append(n == 1 ? "It has" : "Each has").append(" a snapshot of the schema it leads to in `migrations/snapshots/`, so the next migration is ")
                .append("written from the model and that snapshot alone, and a migration once written is never rewritten.\n\n");
        b.append("| Migration | What it does |\n| --- | --- |\n");
        for (Step s : steps) b.append("| ").append(Words.codeCell(s.id())).append(" | ").append(Words.messageCell(String.join(" ", s.sentences()))).append(" |\n");
        b.append('\n');
        for (Step s : steps) {
            String loses = s.downLoses();
            if (!loses.isEmpty()) b.append("The `.down.sql` of ").append(Words.code(s.id())).append(" destroys data: it ").append(loses).append(".\n\n");
            String fails = s.downFails();
            if (!fails.isEmpty()) {
                b.append("The `.down.sql` of ").append(Words.code(s.id())).append(" ").append(fails).append(": it fails while a row holds a longer value ")
                        .append(SHORTER_TEXT).append(", so shorten those values first.\n\n");
            }
            String mysqlText = s.downNarrowsOnMysql();
            if (!mysqlText.isEmpty()) {
                b.append("The MySQL `.down.sql` of ").append(Words.code(s.id())).append(" ").append(mysqlText)
                        .append(": it runs in strict mode, so it fails while a row holds a longer value and cuts none; shorten those values first.\n\n");
            }
            var narrows = s.findings().stream().filter(f -> f.code() == dev.schemac.diag.Code.NARROWING).toList();
            if (!narrows.isEmpty()) {
                var what = new ArrayList<String>();
                if (narrows.stream().anyMatch(Step::shortens)) what.add("a longer text makes the migration fail " + SHORTER_TEXT);
                if (!narrows.stream().allMatch(Step::shortens)) what.add("any other value that no longer fits is rounded or makes the migration fail, as each database decides");
                b.append("The `.up.sql` of ").append(Words.code(s.id())).append(" narrows columns (accepted with `--allow-destructive`, SC558): it ")
                        .append(String.join("; ", narrows.stream().map(f -> f.message().replaceFirst("^the migration ", "")).toList()))
                        .append("; ").append(String.join(", and ", what)).append(".\n\n");
            }
            if (!s.addedLabels().isEmpty()) {
                b.append("The `.down.sql` of ").append(Words.code(s.id())).append(" takes ").append(Words.list(s.addedLabels()))
                        .append(" out of the enum again: it fails while a row holds ").append(s.addedLabels().size() == 1 ? "it" : "one of them")
                        .append(", so change those rows first.\n\n");
            }
        }
        if (uncovered > 0) {
            b.append("The model has ").append(Words.plural(uncovered, "change", "changes")).append(" that no migration in `migrations/` covers yet, ")
                    .append("so the migrations build an earlier version of the schema described here.\n\n");
        }
        return b.toString();
    }

    /** This feature's change, the last migration, in prose for the decision record. */
    String lastChange() {
        Step last = last();
        var b = new StringBuilder("This feature's change is migration ").append(Words.code(last.id()));
        if (steps.size() > 1) b.append(", after ").append(Words.code(steps.get(steps.size() - 2).id()));
        b.append(":\n\n");
        for (String s : last.sentences()) b.append("- ").append(Words.message(s)).append('\n');
        if (steps.size() == 1 && last.findings().isEmpty()) {
            b.append("\n").append(Words.code(last.id())).append(" starts from an empty database and only creates: it drops and changes nothing.\n\n");
        } else if (last.findings().isEmpty()) {
            b.append("\nNothing in ").append(Words.code(last.id())).append(" is destructive: no table, column or enum value is dropped, nothing is narrowed or made "
                    + "required, and no unique or check is added to a table that has rows.\n\n");
        } else {
            b.append("\nDestructive, accepted with `--allow-destructive` (each statement carries a comment saying so):\n\n");
            for (var f : last.findings()) b.append("- ").append(Words.message(f.message())).append(" (").append(f.code().id()).append(").\n");
            b.append('\n');
        }
        if (uncovered > 0) {
            b.append("The model has ").append(Words.plural(uncovered, "change", "changes"))
                    .append(" after this migration that no migration covers yet.\n\n");
        }
        return b.toString();
    }
}
