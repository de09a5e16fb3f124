package dev.schemac.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a finished set of files into an output folder as {@code generate} writes its own (for the
 * annotation processor's {@code -Aschemac.out}): under the folder's locks, planned against its
 * manifest (files schemac did not write are not replaced, another model's folder is not written,
 * stale files are removed), in one {@link FileTransaction}: all of them or none, each replaced
 * atomically, unchanged files left alone (their timestamps stay).
 */
public final class DiskWriter {
    private DiskWriter() {}

    /** A write the file system or the folder refused: the diagnostic says why, coded as the command line codes it. */
    public static final class Refused extends IOException {
        private final transient dev.schemac.diag.Diagnostic diagnostic;

        Refused(dev.schemac.diag.Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public dev.schemac.diag.Diagnostic diagnostic() { return diagnostic; }
    }

    /**
     * Writes the changed files (each written by the target {@code owners} names, of a run of the
     * targets {@code targetsRun}) and the manifest; returns the changed files' paths. {@code history}:
     * the migration history's folder when the run writes one, else null. On failure nothing is
     * changed and {@link Refused} says why.
     */
    public static List<String> write(Path root, Map<String, String> files, Map<String, String> owners, Set<String> targetsRun,
                                     OutputFolder.Claim claim, Path history) throws IOException {
        try (var locks = OutputLocks.take(List.of(root), history)) {
            if (locks.problem() != null) throw new Refused(locks.problem());
            var folder = new OutputFolder(root, claim);
            var plan = folder.plan(files, owners, targetsRun);
            if (plan.problem() != null) throw new Refused(plan.problem());
            var tx = new FileTransaction(folder.root()).reads(claim.reads());
            plan.addTo(tx, locks);
            var outcome = tx.commit();
            if (outcome.failed()) throw new Refused(outcome.failure());
            return plan.changed();
        }
    }
}
