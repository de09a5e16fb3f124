package dev.schemac.output;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
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
 * One lock file a writing run holds (see {@link OutputLocks}, the one place runs take them): an
 * exclusive lock of the operating system on the file, from before the run reads what it builds
 * on until its commit, so a second run meanwhile stops with a diagnostic instead of waiting. The
 * file and the folders are removed again when this run made them, so a failed first run leaves
 * nothing behind.
 */
final class FolderLock implements AutoCloseable {
    private final Path file;
    private final Path held;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean madeFile;
    private final Path madeFolder;
    /** Why the lock could not be taken (another run holds it), or null. */
    final Diagnostic problem;

    private FolderLock(Path file, Path held, FileChannel channel, FileLock lock, boolean madeFile, Path madeFolder, Diagnostic problem) {
        this.file = file;
        this.held = held;
        this.channel = channel;
        this.lock = lock;
        this.madeFile = madeFile;
        this.madeFolder = madeFolder;
        this.problem = problem;
    }

    /** No lock: a run that writes nothing ({@code --check}, {@code --dry-run}). */
    static FolderLock none() {
        return new FolderLock(null, null, null, null, false, null, null);
    }

    /** The history's lock file, in the history's folder. */
    static final String HISTORY_FILE = ".lock";

    /** The output folder's lock file. */
    static final String OUTPUTS_FILE = ".schemac-lock";

    /**
     * The lock of the history in {@code history}, a folder of the output folder {@code out}. A
     * folder where no lock file can be made (read only) is left unlocked: the commit then fails
     * there with its own diagnostic.
     */
    static FolderLock history(Path out, Path history) {
        return take(out, history, history.resolve(HISTORY_FILE), Kind.HISTORY);
    }

    /** The lock of the output folder {@code out}, guarding its manifest and files. */
    static FolderLock outputs(Path out) {
        return take(out, out, out.resolve(OUTPUTS_FILE), Kind.OUTPUTS);
    }

    /** What a lock guards, for the diagnostic of a run that finds it held. */
    private enum Kind { HISTORY, OUTPUTS }

    private static FolderLock take(Path out, Path folder, Path file, Kind kind) {
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
                        return new FolderLock(file, held, channel, lock, madeFile, madeFolder, null);
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

    private static FolderLock locked(Path out, Path file, Kind kind) {
        var at = new Span(new SourceFile(file.toString(), ""), 0, 0);
        String shown = out.relativize(file).toString();
        return new FolderLock(null, null, null, null, false, null,
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
