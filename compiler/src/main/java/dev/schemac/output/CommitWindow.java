package dev.schemac.output;

/**
 * Keeps the JVM from ending (Ctrl-C, {@code kill}) while a {@link FileTransaction} moves its files
 * into place: a shutdown waits for every commit under way to end, done or rolled back, so a run
 * stopped then leaves its folder with all of the commit or none of it, never some outputs beside
 * a manifest that does not name them. A commit is renames only, so the wait is short.
 */
final class CommitWindow {
    private static final Object LOCK = new Object();
    private static int open;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(CommitWindow::awaitClosed, "schemac: finishing a commit"));
    }

    private CommitWindow() {}

    static void enter() {
        synchronized (LOCK) {
            open++;
        }
    }

    static void exit() {
        synchronized (LOCK) {
            open--;
            LOCK.notifyAll();
        }
    }

    private static void awaitClosed() {
        synchronized (LOCK) {
            while (open > 0) {
                try {
                    LOCK.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
