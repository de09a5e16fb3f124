package dev.schemac.gen.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compiler;
import dev.schemac.evolve.Evolution;
import dev.schemac.evolve.History;
import dev.schemac.evolve.RenameHints;
import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A migration's files handed over one by one are the files of the collected step, in its order,
 * each once, with the snapshot last; the snapshot's hashes verify against them.
 */
class MigrationFilesStreamTest {
    @Test
    void streamedFilesAreTheCollectedOnesInOrderAndVerify() {
        var c = Compiler.compile(List.of(TestPaths.root().resolve("examples/shop/shop.schema")));
        var model = c.model();
        var plan = Evolution.plan(model, c.catalog(), History.EMPTY, RenameHints.NONE);
        var own = java.util.EnumSet.of(Dialect.POSTGRES, model.settings().dialect());
        var collected = MigrationFiles.step(model, Dialect.POSTGRES, own, History.EMPTY, plan, "20250101000000", "init", false);
        var paths = new ArrayList<String>();
        var streamed = new LinkedHashMap<String, String>();
        MigrationFiles.step(model, Dialect.POSTGRES, own, History.EMPTY, plan, "20250101000000", "init", false, (p, t) -> {
            paths.add(p);
            streamed.put(p, t);
        });
        assertThat(paths).doesNotHaveDuplicates().containsExactlyElementsOf(collected.keySet());
        assertThat(streamed).isEqualTo(collected);
        assertThat(paths.get(paths.size() - 1)).startsWith(MigrationFiles.ROOT + dev.schemac.evolve.HistoryLayout.SNAPSHOTS);

        var relative = new LinkedHashMap<String, String>();
        streamed.forEach((p, t) -> relative.put(p.substring(MigrationFiles.ROOT.length()), t));
        var history = History.read(relative);
        assertThat(history.problems()).isEmpty();
        assertThat(history.last().fileHashes()).hasSize(collected.size() - 1);
    }
}
