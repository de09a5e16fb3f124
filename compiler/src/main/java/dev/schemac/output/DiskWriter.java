package dev.schemac.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a finished set of files under a folder in one {@link FileTransaction}: all of them
 * or none, each replaced atomically, unchanged files left alone (their timestamps stay).
 * For callers that keep no manifest (the annotation processor's {@code -Aschemac.out});
 * {@code generate} plans through {@link OutputFolder} to also remove its stale files.
 */
public final class DiskWriter {
    private DiskWriter() {}

    /** The paths that differ from what is on disk (missing or changed). */
    public static List<String> outOfDate(Path root, Map<String, String> files) {
        return new OutputFolder(root).plan(files, Map.of(), Set.of()).changed();
    }

    /** A write the file system or the folder refused: the diagnostic says why, coded as the command line codes it. */
    public static final class Refused extends IOException {
        private final transient dev.schemac.diag.Diagnostic diagnostic;

        Refused(dev.schemac.diag.Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public dev.schemac.diag.Diagnostic diagnostic() { return diagnostic; }
    }

    /** Writes the changed files; returns their paths. On failure nothing is changed and {@link Refused} says why. */
    public static List<String> write(Path root, Map<String, String> files) throws IOException {
        var folder = new OutputFolder(root);
        var plan = folder.plan(files, Map.of(), Set.of());
        if (plan.problem() != null) throw new Refused(plan.problem());
        var tx = new FileTransaction(folder.root());
        for (String rel : plan.changed()) tx.write(folder.root().resolve(rel), files.get(rel));
        var outcome = tx.commit();
        if (outcome.failed()) throw new Refused(outcome.failure());
        return plan.changed();
    }
}
