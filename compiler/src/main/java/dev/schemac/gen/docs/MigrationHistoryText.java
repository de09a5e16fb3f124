package dev.schemac.gen.docs;

import dev.schemac.evolve.CatalogDiff;
import dev.schemac.evolve.Describe;
import dev.schemac.evolve.History;
import dev.schemac.evolve.Lint;
import java.util.ArrayList;
import java.util.List;

/**
 * What the documents say about a migration history: every sentence comes from the diff
 * between consecutive snapshots (with the renames each migration recorded), so it is true
 * of the migrations on disk.
 */
final class MigrationHistoryText {
    private MigrationHistoryText() {}

    static List<String> sentences(History h, History.Entry e) {
        return Describe.sentences(CatalogDiff.diff(h.before(e), e.catalog(), e.hints()));
    }

    /** The history as a table, one migration a row, for Database_Design.md. */
    static String table(History h) {
        var b = new StringBuilder();
        int n = h.entries().size();
        b.append("The schema has a history of ").append(n).append(" migration").append(n == 1 ? "" : "s")
                .append(" in `migrations/`, applied in this order. Each has a snapshot of the schema it leads to in ")
                .append("`migrations/snapshots/`, so `schemac migrate` writes the next one from the model alone, and none ")
                .append("is ever rewritten.\n\n| Migration | What it does |\n|---|---|\n");
        for (History.Entry e : h.entries()) {
            var s = sentences(h, e);
            b.append("| `").append(e.id()).append("` | ").append(String.join(" ", s).replace("|", "\\|")).append(" |\n");
        }
        return b.append('\n').toString();
    }

    /** This feature's change, the last migration, in prose for the decision record. */
    static String lastChange(History h) {
        History.Entry last = h.last();
        var b = new StringBuilder("This feature's change is migration `").append(last.id()).append("`");
        if (h.entries().size() > 1) b.append(", after `").append(h.entries().get(h.entries().size() - 2).id()).append("`");
        b.append(":\n\n");
        for (String s : sentences(h, last)) b.append("- ").append(s).append('\n');
        var changes = CatalogDiff.diff(h.before(last), last.catalog(), last.hints());
        var findings = Lint.findings(changes, h.before(last), last.catalog());
        if (findings.isEmpty()) {
            b.append("\nNothing in it is destructive: no table, column or enum value is dropped, nothing is narrowed or made "
                    + "required, and no unique or check is added to a table that has rows.\n\n");
        } else {
            b.append("\nDestructive, accepted with `--allow-destructive` (each statement carries a comment saying so):\n\n");
            for (var f : findings) b.append("- ").append(f.message()).append(" (").append(f.code().id()).append(").\n");
            b.append('\n');
        }
        return b.toString();
    }

    /** The files the last migration added, relative to the output folder. */
    static List<String> lastFiles(History h) {
        var out = new ArrayList<String>();
        History.Entry last = h.last();
        last.fileHashes().keySet().forEach(p -> out.add("migrations/" + p));
        out.add("migrations/" + last.snapshotPath());
        return out;
    }
}
