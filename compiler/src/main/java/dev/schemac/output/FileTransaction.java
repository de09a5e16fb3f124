package dev.schemac.output;

import dev.schemac.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files of one run, written all together or not at all. {@link #commit} first stages
 * every new content in a temporary file beside its destination (so a failure such as a full
 * disk happens before anything visible changed), then moves each into place with an atomic
 * rename, keeping the old file as a hard link until the end; on any failure every step taken
 * is undone in reverse, folders it created are removed, and the diagnostic says what failed.
 * A JVM told to stop meanwhile (Ctrl-C) ends once the commit has ({@link CommitWindow}).
 *
 * <p>A new file gets the permissions any new file gets under the user's umask; a replaced
 * file keeps the permissions it had.
 */
public final class FileTransaction {
    private final Map<Path, Content> writes = new LinkedHashMap<>();
    private final Set<Path> deletes = new LinkedHashSet<>();
    private final List<Path> inputs = new ArrayList<>();
    private final Path cleanUpTo;
    private final CommitWindow window;

    /** What a commit changed: the files written and removed, or the failure (then nothing changed). */
    public record Outcome(List<Path> written, List<Path> removed, Diagnostic failure) {
        public boolean failed() { return failure != null; }
    }

    /** @param cleanUpTo folders emptied by a removal are removed up to (not including) this one; null for none. */
    /**
     * Makes a stop (Ctrl-C) from now on one that a later commit honours: called where a run begins,
     * long before its transaction is made. A transaction's construction does it as well.
     */
    public static void guardStops() {
        CommitWindow.JVM.install();
    }

    public FileTransaction(Path cleanUpTo) {
        this(cleanUpTo, CommitWindow.JVM);
    }

    /** A transaction whose commit waits in {@code window}, installed now: a stop from here on is one the commit honours. */
    FileTransaction(Path cleanUpTo, CommitWindow window) {
        this.cleanUpTo = cleanUpTo == null ? null : cleanUpTo.toAbsolutePath().normalize();
        this.window = window;
        window.install();
    }

    public FileTransaction write(Path file, String content) {
        return write(file, new Content.Text(content));
    }

    /** A write whose content may be staged already: the staging file is then moved, not copied. */
    public FileTransaction write(Path file, Content content) {
        writes.put(file.toAbsolutePath().normalize(), content);
        return this;
    }

    public FileTransaction delete(Path file) {
        deletes.add(file.toAbsolutePath().normalize());
        return this;
    }

    /**
     * Files the run reads (its model, imports, settings, a SQLite database): the commit refuses to
     * replace or remove any of them, by whatever path or link it is named ({@code fmt}, which
     * rewrites its inputs by design, names none).
     */
    public FileTransaction reads(java.util.Collection<Path> files) {
        inputs.addAll(files);
        return this;
    }

    public boolean isEmpty() { return writes.isEmpty() && deletes.isEmpty(); }

    /**
     * Why {@code dest} must not be replaced, or null: it is an input of the run, or it exists and is
     * no regular file (a device, a pipe; a link to one), which the rename would replace. A link to a
     * regular file is replaced as a file is; one to nothing as well.
     */
    private Diagnostic refusal(Path dest) throws IOException {
        if (!Files.exists(dest)) return null;
        for (Path in : inputs) if (Files.exists(in) && Files.isSameFile(dest, in)) return Failures.isInput(dest);
        if (!Files.isRegularFile(dest)) return Failures.notAFile(dest);
        return null;
    }

    private interface Undo {
        void run() throws IOException;
    }

    /** Commits the files; once the JVM is shutting down, fails (SC133) without touching any. */
    public Outcome commit() {
        if (!window.enter()) {
            Path first = !writes.isEmpty() ? writes.keySet().iterator().next()
                    : !deletes.isEmpty() ? deletes.iterator().next() : cleanUpTo;
            return new Outcome(List.of(), List.of(), Failures.stopped(first == null ? Path.of(".") : first));
        }
        try {
            return commitNow();
        } finally {
            window.exit();
        }
    }

    private Outcome commitNow() {
        Deque<Undo> undo = new ArrayDeque<>();
        var staged = new LinkedHashMap<Path, Path>();
        var backups = new ArrayList<Path>();
        Path current = null;
        try {
            for (Path dest : writes.keySet()) {
                current = dest;
                String tooLong = Failures.tooLongName(dest);
                if (tooLong != null) return failed(undo, staged, Failures.nameTooLong(dest, tooLong, cleanUpTo));
                if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) return failed(undo, staged, Failures.folderInTheWay(dest));
                Diagnostic refused = refusal(dest);
                if (refused != null) return failed(undo, staged, refused);
            }
            for (Path gone : deletes) {
                current = gone;
                Diagnostic refused = refusal(gone);
                if (refused != null && Files.isRegularFile(gone, LinkOption.NOFOLLOW_LINKS)) return failed(undo, staged, refused);
            }
            for (var e : writes.entrySet()) {
                current = e.getKey();
                folder(e.getKey().getParent(), undo);
                staged.put(e.getKey(), stage(e.getKey(), e.getValue()));
            }
            for (var e : staged.entrySet()) {
                Path dest = e.getKey();
                current = dest;
                Path backup = keep(dest, backups);
                if (backup != null) {
                    undo.push(() -> {
                        move(backup, dest);
                        Files.deleteIfExists(backup); // still there when it and dest were one file already
                    });
                }
                move(e.getValue(), dest);
                if (backup == null) undo.push(() -> Files.deleteIfExists(dest));
            }
            var removed = new ArrayList<Path>();
            for (Path gone : deletes) {
                current = gone;
                if (!Files.isRegularFile(gone, LinkOption.NOFOLLOW_LINKS)) continue;
                Path backup = sibling(gone, ".old");
                move(gone, backup);
                backups.add(backup);
                undo.push(() -> move(backup, gone));
                removed.add(gone);
            }
            for (Path b : backups) {
                try {
                    Files.deleteIfExists(b);
                } catch (IOException e) {
                    // committed already; a leftover hidden backup is harmless
                }
            }
            for (Path gone : removed) pruneEmptyFolders(gone.getParent());
            return new Outcome(List.copyOf(staged.keySet()), List.copyOf(removed), null);
        } catch (NotDirectoryException e) {
            return failed(undo, staged, Failures.notAFolder(Path.of(e.getFile())));
        } catch (IOException e) {
            return failed(undo, staged, Failures.of(current, e, cleanUpTo));
        }
    }

    /** Creates the missing folders of {@code dir}, remembering each to remove it again on failure. */
    private void folder(Path dir, Deque<Undo> undo) throws IOException {
        if (Files.isDirectory(dir)) return;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) throw new NotDirectoryException(dir.toString());
        if (dir.getParent() != null) folder(dir.getParent(), undo);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(dir)) return; // made meanwhile by someone else: not ours to remove
            throw new NotDirectoryException(dir.toString());
        }
        undo.push(() -> Files.deleteIfExists(dir));
    }

    /** Puts the content in a new temporary file beside {@code dest}, with the permissions dest will keep. */
    private static Path stage(Path dest, Content content) throws IOException {
        Path tmp = sibling(dest, ".tmp");
        if (content instanceof Content.Staged staged) {
            if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) return stage(dest, content); // another run's: take another name
            try {
                Files.move(staged.file(), tmp, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // The staging folder is on another file system (a mount inside the output folder): copy.
                try {
                    Files.copy(staged.file(), tmp);
                } catch (IOException copying) {
                    Files.deleteIfExists(tmp);
                    throw copying;
                }
            }
        } else {
            OutputStream out;
            try {
                out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                return stage(dest, content); // another run's staging file of the same random name: take another
            }
            try (out) {
                out.write(((Content.Text) content).text().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
        var old = Files.getFileAttributeView(dest, PosixFileAttributeView.class);
        var mine = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (old != null && mine != null && Files.isRegularFile(dest)) {
            mine.setPermissions(old.readAttributes().permissions());
        }
        return tmp;
    }

    /** Keeps the file being replaced under a second name, so the replacement can be undone; null if there is none. */
    private static Path keep(Path dest, List<Path> backups) throws IOException {
        if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) return null;
        Path backup = sibling(dest, ".old");
        try {
            Files.createLink(backup, dest);
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here: a copy does the same job.
            Files.copy(dest, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        backups.add(backup);
        return backup;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A short hidden name in the same folder: short, so a long destination name still leaves room. */
    private static Path sibling(Path dest, String suffix) {
        String name = ".schemac-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL) + suffix;
        return dest.resolveSibling(name);
    }

    private void pruneEmptyFolders(Path dir) {
        while (cleanUpTo != null && dir != null && dir.startsWith(cleanUpTo) && !dir.equals(cleanUpTo)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) return;
            } catch (IOException e) {
                return;
            }
            try {
                Files.delete(dir);
            } catch (IOException e) {
                return;
            }
            dir = dir.getParent();
        }
    }

    private static Outcome failed(Deque<Undo> undo, Map<Path, Path> staged, Diagnostic why) {
        // Staged files not moved yet go first, so the folders created for them are empty when their turn comes.
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort
            }
        }
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (IOException | RuntimeException e) {
                // best effort: undo the rest even if one step cannot be undone
            }
        }
        return new Outcome(List.of(), List.of(), why);
    }
}
