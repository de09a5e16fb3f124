package dev.schemac.output;

import java.lang.ref.WeakReference;

/**
 * The SHA-256 of a text as UTF-8, in lower-case hex: the hash the manifest and the migration
 * snapshots record. The start script runs the JVM's C1 compiler alone, which leaves the CPU's
 * SHA instructions unused (~130 MB/s on the benchmark machine, a quarter of a whole
 * {@code generate}'s CPU), and one run hashes some large texts twice: a migration's files for
 * its snapshot and again for the manifest, the DDL targets' scripts and the first migration's
 * (the same string). So the hashes of the last few large strings are remembered, by identity
 * and weakly: a string is never kept alive for its hash, and equal text in another string is
 * hashed again.
 */
public final class TextHash {
    private TextHash() {}

    /** Texts shorter than this are hashed every time: remembering them would evict the large ones for nothing. */
    static final int LARGE = 1 << 16;
    private static final int KEPT = 32;

    private record Known(WeakReference<String> text, String sha256) {}

    private static final Known[] KNOWN = new Known[KEPT];
    private static int next;

    /** The hash of {@code text}. */
    public static String of(String text) {
        String known = known(text);
        return known != null ? known : remember(text, Sha256.hex(text));
    }

    /** The hash of {@code text} when it was worked out already for this very string, else null. */
    static String known(String text) {
        if (text.length() < LARGE) return null;
        synchronized (KNOWN) {
            for (Known k : KNOWN) if (k != null && k.text().get() == text) return k.sha256();
        }
        return null;
    }

    /** Keeps {@code sha256} as the hash of {@code text} (when it is large), and returns it. */
    static String remember(String text, String sha256) {
        if (text.length() < LARGE) return sha256;
        synchronized (KNOWN) {
            KNOWN[next] = new Known(new WeakReference<>(text), sha256);
            next = (next + 1) % KEPT;
        }
        return sha256;
    }
}
