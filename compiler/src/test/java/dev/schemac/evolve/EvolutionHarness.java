package dev.schemac.evolve;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.DbShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds migration histories in memory the way {@code schemac migrate} does, for the tests. */
final class EvolutionHarness {
    private EvolutionHarness() {}

    /** A model compiled from text, with its rename hints. */
    record Version(Compilation compilation, RenameHints hints) {}

    static Version compile(String text) throws IOException {
        Path dir = Files.createTempDirectory("schemac-evolve");
        Path file = dir.resolve("model.schema");
        Files.writeString(file, text);
        try {
            var c = Compiler.compile(List.of(file));
            return new Version(c, c.hasErrors() ? RenameHints.NONE : RenameHints.of(c.model()));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The files under migrations/, relative to it, as the command line reads them. */
    static Map<String, String> relative(Map<String, String> files) {
        var out = new TreeMap<String, String>();
        files.forEach((p, t) -> {
            if (p.startsWith(MigrationFiles.ROOT)) out.put(p.substring(MigrationFiles.ROOT.length()), t);
        });
        return out;
    }

    /** One more migration on a history: its files (output-relative paths) and the history after it. */
    record Step(Evolution.Plan plan, Map<String, String> files, History after) {}

    static Step migrate(History history, Map<String, String> historyFiles, Version v, String timestamp, String name) {
        var plan = Evolution.plan(v.compilation().model(), v.compilation().catalog(), history, v.hints());
        var d = v.compilation().model().settings().dialect();
        var files = MigrationFiles.step(v.compilation().model(), d, java.util.Set.of(d), history, plan, timestamp, name, true);
        var all = new LinkedHashMap<>(historyFiles);
        all.putAll(relative(files));
        return new Step(plan, files, History.read(all));
    }

    /** A shape with columns in name order: a migration adds columns at the end, a fresh build in model order. */
    static DbShape columnOrderFree(DbShape s) {
        var tables = new TreeMap<String, DbShape.TableShape>();
        s.tables().forEach((name, t) -> {
            var cols = new ArrayList<>(t.columns());
            cols.sort(Comparator.comparing(DbShape.ColumnShape::name));
            tables.put(name, new DbShape.TableShape(cols, t.primaryKey(), t.foreignKeys(), t.uniques(), t.indexes(), t.checks()));
        });
        return new DbShape(tables);
    }
}
