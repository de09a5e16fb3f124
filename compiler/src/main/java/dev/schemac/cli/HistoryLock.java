package dev.schemac.cli;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.HistoryFolder;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run's hold on a folder it writes: {@code migrate}'s on a history (and {@code generate}'s, with
 * the migrations target, which writes the first migration of an empty history), {@code generate}'s
 * on an output folder ({@link #outputs}). For the history: an exclusive lock on {@code migrations/.lock}
 * from before the last snapshot is read until the new migration is committed, so two runs at
 * once cannot both write a migration after the same one (which forks the history). A run that
 * finds the lock held stops with {@code SC568} instead of waiting. The file and the folder are
 * removed again when this run made them, so a failed first run leaves nothing behind.
 */
final class HistoryLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final Path file;
    private final Path held;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean madeFile;
    private final Path madeFolder;
    /** Why the lock could not be taken (another run holds it), or null. */
    final Diagnostic problem;

    private HistoryLock(Path file, Path held, FileChannel channel, FileLock lock, boolean madeFile, Path madeFolder, Diagnostic problem) {
        this.file = file;
        this.held = held;
        this.channel = channel;
        this.lock = lock;
        this.madeFile = madeFile;
        this.madeFolder = madeFolder;
        this.problem = problem;
    }

    /** No lock: a run that writes nothing ({@code --check}, {@code --dry-run}). */
    static HistoryLock none() {
        return new HistoryLock(null, null, null, null, false, null, null);
    }

    /**
     * The lock of the history under {@code out}. A folder where no lock file can be made (read
     * only) is left unlocked: the commit then fails there with its own diagnostic.
     */
    static HistoryLock take(Path out) {
        Path folder = out.resolve(HistoryFolder.DIR);
        return take(out, folder, folder.resolve(FILE), Kind.HISTORY);
    }

    /** The file {@code generate} locks in its output folder. */
    static final String OUTPUTS_FILE = ".schemac-lock";

    /**
     * The lock of the output folder {@code out} for {@code generate}: from reading the folder's
     * manifest until the new one is committed, so two runs at once cannot lose each other's
     * manifest entries ({@code SC136}). The same mechanism as the history's lock, on another file.
     */
    static HistoryLock outputs(Path out) {
        return take(out, out, out.resolve(OUTPUTS_FILE), Kind.OUTPUTS);
    }

    /** What a lock guards, for the diagnostic of a run that finds it held. */
    private enum Kind { HISTORY, OUTPUTS }

    private static HistoryLock take(Path out, Path folder, Path file, Kind kind) {
        Path madeFolder = null;
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(folder)) {
                Path top = folder;
                while (top.getParent() != null && !Files.exists(top.getParent())) top = top.getParent();
                Files.createDirectories(folder);
                madeFolder = top;
            }
            // A second channel on a file this JVM holds would drop the operating system's lock when closed.
            Path held = folder.toRealPath().resolve(file.getFileName());
            if (!HELD.add(held)) return locked(out, file, kind);
            boolean ours = false;
            try {
                for (int attempt = 0; attempt < 3; attempt++) {
                    boolean madeFile = !Files.exists(file);
                    Object before = key(file);
                    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    Object opened = key(file);
                    boolean same = before == null || before.equals(opened);
                    FileLock lock = null;
                    if (same) {
                        try {
                            lock = channel.tryLock();
                        } catch (OverlappingFileLockException e) {
                            lock = null; // held in this JVM under another path to the same file
                        }
                        if (lock == null) {
                            channel.close();
                            return locked(out, file, kind);
                        }
                    }
                    // The run that held it may have removed the file between our open and our lock: then we hold a
                    // file no other run finds. The file at the path must still be the one opened, judged by its key
                    // (device and inode), read without opening it: closing any other descriptor of a locked file
                    // would give the lock up.
                    if (lock != null && opened != null && opened.equals(key(file))) {
                        ours = true;
                        return new HistoryLock(file, held, channel, lock, madeFile, madeFolder, null);
                    }
                    if (lock != null) lock.release();
                    channel.close();
                    channel = null;
                }
            } finally {
                if (!ours) HELD.remove(held);
            }
            return locked(out, file, kind);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the channel was not usable: nothing was locked
                }
            }
            // Unlocked, the run goes on; the folders made for the lock are not left behind, as close() would not leave them.
            if (madeFolder != null) {
                try {
                    removeEmpty(folder, madeFolder);
                } catch (IOException ignored) {
                    // an empty folder left behind is harmless: the commit writes there or fails with its own diagnostic
                }
            }
            return none();
        }
    }

    /** The lock files this JVM holds (a parallel build runs several migrates in one JVM). */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static HistoryLock locked(Path out, Path file, Kind kind) {
        var at = new Span(new SourceFile(file.toString(), ""), 0, 0);
        String shown = out.relativize(file).toString();
        return new HistoryLock(null, null, null, null, false, null,
                kind == Kind.HISTORY ? Messages.historyLocked(at, shown) : Messages.outputsLocked(at, shown));
    }

    /** The file's identity (device and inode where the platform has them), read without opening it; null when it is gone. */
    private static Object key(Path file) {
        try {
            Object k = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return k == null ? "" : k;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Lets go; removes the lock file (and the folders) this run made, while still holding it, so
     * a run that opens it meanwhile finds it held or, once it is gone, makes its own.
     */
    @Override
    public void close() {
        if (lock == null) return;
        try {
            if (madeFile) Files.deleteIfExists(file);
            if (madeFolder != null) removeEmpty(file.getParent(), madeFolder);
        } catch (IOException ignored) {
            // a lock file left behind is harmless: the lock is the operating system's, not the file
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock in any case
        } finally {
            HELD.remove(held);
        }
    }

    /** Removes {@code from} and its parents up to {@code top} while they are empty (a commit that wrote keeps them). */
    private static void removeEmpty(Path from, Path top) throws IOException {
        for (Path p = from; p != null && p.startsWith(top); p = p.getParent()) {
            try (var entries = Files.list(p)) {
                if (entries.findAny().isPresent()) return;
            }
            Files.delete(p);
        }
    }
}
