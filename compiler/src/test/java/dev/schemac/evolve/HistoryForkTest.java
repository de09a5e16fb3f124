package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.diag.Code;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Forked histories as {@link History#read} finds them: which migrations two merged branches share a
 * previous one, and that each fork is reported once with one remedy, however the branches' timestamps
 * interleave. The snapshots are schemac's own ({@link History#snapshot}); their catalogs do not matter here.
 */
class HistoryForkTest {
    static final String A = "20260101000000_init";
    static final String X1 = "20260102000000_add_phone";
    static final String Y1 = "20260103000000_add_born";
    static final String X2 = "20260104000000_add_fax";
    static final String Y2 = "20260105000000_add_vip";

    final Map<String, String> files = new TreeMap<>();

    /** Writes migration {@code id} after {@code after} (null: the first), as `schemac migrate` on its branch did. */
    void write(String id, String after) {
        History.Entry previous = after == null ? null
                : History.read(Map.of(HistoryLayout.snapshot(after), files.get(HistoryLayout.snapshot(after)))).entries().get(0);
        files.put(HistoryLayout.snapshot(id), History.snapshot(id, previous, CatalogDiff.EMPTY, RenameHints.NONE, Map.of()));
    }

    void delete(String... ids) {
        for (String id : ids) assertThat(files.remove(HistoryLayout.snapshot(id))).as(id).isNotNull();
    }

    static String forked(String kept, String later, String parent) {
        return "migrations " + kept + " and " + later + " both follow " + parent
                + ", as when two branches each wrote a migration and were merged";
    }

    static String filesOf(String id) {
        return "sql/*/" + id + ".*.sql, alembic/versions/" + id + ".py, prisma/" + id + "/, snapshots/" + id + ".json";
    }

    @Test
    void aMigrationAfterItsOwnBranchsFirstIsNoForkWhereTheOtherBranchCameBetween() {
        // Branch X wrote X1 and X2, branch Y wrote Y1 from init; merged, they read init, X1, Y1, X2.
        write(A, null);
        write(X1, A);
        write(Y1, A);
        write(X2, X1);
        var h = History.read(files);
        assertThat(h.problems()).containsExactly(new History.Problem(HistoryLayout.snapshot(Y1), forked(X1, Y1, A),
                "keep " + X1 + " and " + X2 + " (the earlier branch) and write the later branch's changes again after them: "
                        + "on each database that applied " + Y1 + ", run its down script; delete its files (" + filesOf(Y1)
                        + "); then run `schemac migrate` on the merged model", true));
        // What the help says: the later branch's files go, and what remains is one chain.
        delete(Y1);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void twoMigrationsOnEachBranchAreOneForkWhoseHelpUndoesTheLaterBranchLastFirst() {
        // However the two branches' timestamps interleave, the remedy is the same: Y's first migration forked later than X1.
        for (String[] c : new String[][] {{"4", "3", "5"}, {"5", "3", "4"}, {"3", "4", "5"}}) {
            files.clear();
            String x2 = "2026010" + c[0] + "000000_add_fax";
            String y1 = "2026010" + c[1] + "000000_add_born";
            String y2 = "2026010" + c[2] + "000000_add_vip";
            var after = new TreeMap<String, String>(Map.of(X1, A, x2, X1, y1, A, y2, y1));
            write(A, null);
            after.forEach(this::write);
            var h = History.read(files);
            assertThat(h.problems()).as("%s", after.keySet()).containsExactly(new History.Problem(HistoryLayout.snapshot(y1),
                    forked(X1, y1, A), "keep " + X1 + " and " + x2 + " (the earlier branch) and write the later branch's changes "
                            + "again after them: on each database that applied any of " + y1 + " and " + y2 + ", run their down "
                            + "scripts in this order: " + y2 + ", " + y1 + "; delete their files (" + filesOf(y1) + ", " + filesOf(y2)
                            + "); then run `schemac migrate` on the merged model", true));
            delete(y1, y2);
            assertThat(History.read(files).problems()).as("%s", after.keySet()).isEmpty();
        }
    }

    @Test
    void threeBranchesFromOneMigrationAreTwoForksThatKeepTheSameBranch() {
        String z1 = "20260106000000_add_tag";
        write(A, null);
        write(X1, A);
        write(Y1, A);
        write(X2, X1);
        write(z1, A);
        var h = History.read(files);
        assertThat(h.problems()).extracting(History.Problem::path, History.Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryLayout.snapshot(Y1), forked(X1, Y1, A)),
                        org.assertj.core.groups.Tuple.tuple(HistoryLayout.snapshot(z1), forked(X1, z1, A)));
        assertThat(h.problems()).allSatisfy(p -> assertThat(p.help()).startsWith("keep " + X1 + " and " + X2 + " (the earlier branch)"));
        delete(Y1, z1);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void aForkInsideTheLaterBranchIsMendedWithIt() {
        // Branch Y itself split after Y1: undoing Y1 undoes both of its followers.
        String y2b = "20260106000000_add_tag";
        write(A, null);
        write(X1, A);
        write(Y1, A);
        write(Y2, Y1);
        write(y2b, Y1);
        var h = History.read(files);
        assertThat(h.problems()).hasSize(1);
        assertThat(h.problems().get(0).message()).isEqualTo(forked(X1, Y1, A));
        assertThat(h.problems().get(0).help()).contains("run their down scripts in this order: " + y2b + ", " + Y2 + ", " + Y1 + ";");
        delete(Y1, Y2, y2b);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void aForkInsideTheKeptBranchIsItsOwnAndTheOtherKeepsNoneOfItsUndoneMigrations() {
        String x2b = "20260106000000_add_tag";
        write(A, null);
        write(X1, A);
        write(Y1, A);
        write(X2, X1);
        write(x2b, X1);
        var h = History.read(files);
        assertThat(h.problems()).extracting(History.Problem::message).containsExactly(forked(X1, Y1, A), forked(X2, x2b, X1));
        assertThat(h.problems().get(0).help()).startsWith("keep " + X1 + " and " + X2 + " (the earlier branch)");
        assertThat(h.problems().get(1).help()).startsWith("keep " + X2 + " (the earlier branch) and write the later branch's changes "
                + "again after it: on each database that applied " + x2b + ", run its down script;");
        delete(Y1, x2b);
        assertThat(History.read(files).problems()).isEmpty();
    }

    static String bothInitial(String kept, String later) {
        return "migrations " + kept + " and " + later + " are both initial migrations (each follows none), as when two branches "
                + "each started the history and were merged, or when " + later + "'s snapshot was edited";
    }

    /** What the help says first of a second initial migration, which may be a snapshot edited to follow none. */
    static String ifEdited(String later) {
        return "if " + later + " was not merged from another branch, its snapshot was edited: restore the snapshot's "
                + "\"previous\" from version control and change nothing else; if it was, ";
    }

    @Test
    void twoInitialMigrationsAreAForkNotAnEdit() {
        // Two branches each ran their first `schemac migrate` from an empty folder; the merge holds both first migrations.
        write(A, null);
        write(Y1, null);
        var h = History.read(files);
        assertThat(h.problems()).containsExactly(new History.Problem(HistoryLayout.snapshot(Y1), bothInitial(A, Y1),
                ifEdited(Y1) + "keep " + A + " (the earlier branch) and write the later branch's changes again after it: on each database that "
                        + "applied " + Y1 + ", run its down script (which leaves it empty, rows and all: copy out the rows you need "
                        + "first); delete its files (" + filesOf(Y1) + "); then run `schemac migrate` on the merged model", true));
        delete(Y1);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void initialBranchesWithFollowersInterleavedAreOneFork() {
        // Branch X: A then X2; branch Y: Y1 (initial) then Y2; the timestamps interleave A, Y1, X2, Y2.
        write(A, null);
        write(Y1, null);
        write(X2, A);
        write(Y2, Y1);
        var h = History.read(files);
        assertThat(h.problems()).hasSize(1);
        assertThat(h.problems().get(0).path()).isEqualTo(HistoryLayout.snapshot(Y1));
        assertThat(h.problems().get(0).message()).isEqualTo(bothInitial(A, Y1));
        assertThat(h.problems().get(0).help()).startsWith(ifEdited(Y1) + "keep " + A + " and " + X2 + " (the earlier branch) and write the later "
                + "branch's changes again after them: on each database that applied any of " + Y1 + " and " + Y2 + ", run their down "
                + "scripts in this order: " + Y2 + ", " + Y1 + " (which leaves it empty, rows and all: copy out the rows you need first);");
        delete(Y1, Y2);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void threeInitialMigrationsAreTwoForksThatKeepTheFirst() {
        write(A, null);
        write(X1, null);
        write(Y1, null);
        var h = History.read(files);
        assertThat(h.problems()).extracting(History.Problem::path, History.Problem::message, History.Problem::forked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryLayout.snapshot(X1), bothInitial(A, X1), true),
                        org.assertj.core.groups.Tuple.tuple(HistoryLayout.snapshot(Y1), bothInitial(A, Y1), true));
        delete(X1, Y1);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void aForkAfterTheFirstStillNamesTheMigrationItFollows() {
        // The start of the history is no migration: a fork after A is not reported as two initial migrations.
        write(A, null);
        write(X1, A);
        write(Y1, A);
        assertThat(History.read(files).problems()).extracting(History.Problem::message).containsExactly(forked(X1, Y1, A));
    }

    @Test
    void aSnapshotIsHeldToTheOneItFollowsAcrossTheOtherBranch() {
        write(A, null);
        write(X1, A);
        write(Y1, A);
        write(X2, X1);
        // X1's snapshot changed after X2 was written from it: its catalog is the same, its text is not.
        files.put(HistoryLayout.snapshot(X1), files.get(HistoryLayout.snapshot(X1)) + " ");
        assertThat(History.read(files).problems()).extracting(History.Problem::path, History.Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(HistoryLayout.snapshot(X1),
                        "the snapshot was changed after the next migration was written"));
    }

    @Test
    void aSnapshotFollowingNoMigrationOfTheHistoryIsAnEditNotAFork() {
        write(A, null);
        write(X1, A);
        write(Y1, X1);
        delete(X1);
        assertThat(History.read(files).problems()).containsExactly(new History.Problem(HistoryLayout.snapshot(Y1),
                "the snapshot follows " + X1 + " but the migration before it is " + A));
    }

    @Test
    void aSnapshotEditedToFollowNoneReadsAsASecondInitialMigrationWhoseHelpSaysToRestoreIt() {
        // X1 followed A; its snapshot was edited to "previous": null (and its hash of A's snapshot removed).
        write(A, null);
        write(X1, A);
        String edited = files.get(HistoryLayout.snapshot(X1)).replaceAll("\"previous\" *: *\"" + A + "\"", "\"previous\" : null")
                .replaceAll(",\\s*\"previous_sha256\" *: *\"[0-9a-f]+\"", "");
        assertThat(edited).doesNotContain(A).contains("null");
        files.put(HistoryLayout.snapshot(X1), edited);
        var h = History.read(files);
        assertThat(h.problems()).hasSize(1);
        var p = h.problems().get(0);
        assertThat(p.path()).isEqualTo(HistoryLayout.snapshot(X1));
        assertThat(p.message()).isEqualTo("migrations " + A + " and " + X1 + " are both initial migrations (each follows none), as "
                + "when two branches each started the history and were merged, or when " + X1 + "'s snapshot was edited");
        // The edit's remedy comes first, before the one that would empty a database that applied X1.
        assertThat(p.help()).startsWith("if " + X1 + " was not merged from another branch, its snapshot was edited: restore the "
                + "snapshot's \"previous\" from version control and change nothing else; if it was, keep " + A);
        assertThat(p.help().indexOf("restore")).isLessThan(p.help().indexOf("down script"));
        // Restored, the history reads as written.
        write(X1, A);
        assertThat(History.read(files).problems()).isEmpty();
    }

    @Test
    void theExplanationNamesTheFilesTheLayoutWrites() {
        // SC572's explanation spells a migration's files as the help does: from the one layout.
        for (String f : HistoryLayout.files("<id>")) assertThat(Code.HISTORY_FORKED.explanation()).contains("`" + f + "`");
        assertThat(HistoryLayout.files(X1)).containsExactly("sql/*/" + X1 + ".*.sql", "alembic/versions/" + X1 + ".py",
                "prisma/" + X1 + "/", "snapshots/" + X1 + ".json");
    }
}
