package dev.schemac.output;

/**
 * Keeps the JVM from ending (Ctrl-C, {@code kill}) while a {@link FileTransaction} moves its files
 * into place: a shutdown waits for every commit under way to end, done or rolled back, so a run
 * stopped then leaves its folder with all of the commit or none of it, never some outputs beside
 * a manifest that does not name them. A commit is renames only, so the wait is short. Once the
 * shutdown has begun no commit starts: one that did could be cut off by the JVM's halt.
 *
 * <p>The hook is registered by {@link #install}, which a run calls when it begins (a transaction's
 * construction): registering it at the first commit would leave a stop just before that commit
 * unguarded, and a JVM already shutting down refuses new hooks.
 */
final class CommitWindow {
    static final CommitWindow JVM = new CommitWindow();

    private final Object lock = new Object();
    private int open;
    private boolean closing;
    private boolean installed;

    CommitWindow() {}

    /** Registers the shutdown hook once; in a JVM already shutting down, closes the window instead. */
    void install() {
        synchronized (lock) {
            if (installed || closing) return;
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(this::close, "schemac: finishing a commit"));
                installed = true;
            } catch (IllegalStateException shuttingDown) {
                closing = true;
            }
        }
    }

    /** Opens the window for a commit, or says no (false) once the JVM is shutting down. */
    boolean enter() {
        synchronized (lock) {
            if (closing) return false;
            open++;
            return true;
        }
    }

    void exit() {
        synchronized (lock) {
            open--;
            lock.notifyAll();
        }
    }

    /** What the shutdown hook does: no commit starts from now on, and those under way end first. */
    void close() {
        synchronized (lock) {
            closing = true;
            while (open > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    boolean closing() {
        synchronized (lock) {
            return closing;
        }
    }
}
