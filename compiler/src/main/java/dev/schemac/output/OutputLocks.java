package dev.schemac.output;

import dev.schemac.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The locks of a run that writes output folders, taken here and nowhere else: each folder's
 * {@code .schemac-lock}, held from reading its manifest until the new one is committed (a
 * second writer meanwhile stops with {@code SC136}), and, for a run that may write a migration,
 * the history's {@code migrations/.lock} from reading the history on ({@code SC568}).
 * {@code generate}, {@code migrate}, the Maven plugin and the annotation processor all take
 * them, since {@link OutputFolder.Plan#addTo} refuses a plan of a folder its locks do not guard.
 */
public final class OutputLocks implements AutoCloseable {
    private final List<FolderLock> held;
    private final Set<Path> guarded;
    private final Diagnostic problem;

    private OutputLocks(List<FolderLock> held, Set<Path> guarded, Diagnostic problem) {
        this.held = held;
        this.guarded = guarded;
        this.problem = problem;
    }

    /** No lock, guarding nothing: a run that writes nothing ({@code --check}, {@code --dry-run}). */
    public static OutputLocks none() {
        return new OutputLocks(List.of(), Set.of(), null);
    }

    /**
     * The locks of {@code folders} and, when not null, of the migration history in the folder
     * {@code history} (inside one of them). When one is held by another run, none is kept and
     * {@link #problem} says which. A folder that is something else (a file, a device, a pipe,
     * whose listing would wait for a writer) is refused before anything opens it ({@code SC130}).
     */
    public static OutputLocks take(List<Path> folders, Path history) {
        for (Path f : folders) {
            if (Files.exists(f) && !Files.isDirectory(f)) return new OutputLocks(List.of(), Set.of(), Failures.notAFolder(f));
        }
        var taken = new ArrayList<FolderLock>();
        // One folder named twice (the Maven plugin's two folders set to one) is locked once: a second lock would find the first.
        for (Path f : folders.stream().map(OutputLocks::normal).distinct().toList()) {
            var lock = FolderLock.outputs(f);
            if (lock.problem != null) return refused(taken, lock.problem);
            taken.add(lock);
        }
        if (history != null) {
            var lock = FolderLock.history(history.getParent(), history);
            if (lock.problem != null) return refused(taken, lock.problem);
            taken.add(lock);
        }
        return new OutputLocks(List.copyOf(taken), folders.stream().map(OutputLocks::normal).collect(Collectors.toSet()), null);
    }

    private static OutputLocks refused(List<FolderLock> taken, Diagnostic why) {
        for (int i = taken.size() - 1; i >= 0; i--) taken.get(i).close();
        return new OutputLocks(List.of(), Set.of(), why);
    }

    /** Why the locks could not be taken (another run holds one), or null. */
    public Diagnostic problem() { return problem; }

    /** Whether this run holds the lock of the output folder {@code root}. */
    public boolean guards(Path root) {
        return guarded.contains(normal(root));
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** Lets go of every lock, the history's first (the reverse of taking them). */
    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) held.get(i).close();
    }
}
