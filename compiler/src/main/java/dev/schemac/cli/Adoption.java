package dev.schemac.cli;

import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compilation;
import dev.schemac.diag.Diagnostic;
import dev.schemac.evolve.RenameHints;
import dev.schemac.pull.DatabaseUrl;
import dev.schemac.pull.PullFailure;
import dev.schemac.pull.PullMessages;
import dev.schemac.pull.Puller;
import dev.schemac.pull.compare.Drift;
import java.util.ArrayList;
import java.util.List;

/**
 * A live database read for {@code migrate --from-url}: its Catalog in the model's terms (the
 * baseline's, exactly the side {@code diff --url} compares), and what could not be compared
 * or forbids the adoption (a database of another dialect than the model's).
 */
record Adoption(DatabaseUrl url, Catalog database, List<Diagnostic> diagnostics) {

    static Adoption of(Compilation c, DatabaseUrl url, String schema) throws PullFailure {
        var live = Puller.read(url, schema);
        var diags = new ArrayList<Diagnostic>();
        var model = c.model().settings();
        if (live.source().engine().dialect() != model.dialect()) {
            diags.add(PullMessages.dialectDiffers(model.span(), model.dialect().id(), live.source().engine(), url.display()));
            return new Adoption(url, Catalog.of(List.of(), List.of()), diags);
        }
        // The model's hints are relative to this database: it has no history before them.
        var drift = Drift.of(c.catalog(), live, RenameHints.of(c.model()), model.naming(), true);
        diags.addAll(drift.notCompared());
        Catalog database = drift.database();
        drift.leftOutOfDatabase().forEach((table, what) -> diags.add(PullMessages.baselineLeavesOut(c.model().anchor(), table, what)));
        drift.tablesCollated().forEach((collation, tables) -> diags.add(PullMessages.baselineCollatesOtherwise(c.model().anchor(),
                collation, tables)));
        drift.brokenKeys().forEach(k -> diags.add(PullMessages.rowsBreakAKey(PullMessages.at(c, k.table()), k)));
        for (var v : database.views()) {
            var outside = v.readsOutside(database, live.source().schema());
            if (!outside.isEmpty()) diags.add(PullMessages.viewReadsUnmade(c.model().anchor(), v.name(), outside));
        }
        return new Adoption(url, database, diags);
    }
}
