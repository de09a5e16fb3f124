package dev.schemac.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Files of one run written to disk as they are rendered, into a hidden staging folder inside
 * the output folder, so that a large run holds no file longer than it takes to write it. Nothing
 * a user sees changes: the staged files are only moved into place by a {@link FileTransaction}
 * once the whole run has succeeded, and {@link #close} removes whatever is left (all of it
 * after a failed run), with the folders staging had to create.
 *
 * <p>When the disk refuses (no permission, a file where the folder should be, a full disk),
 * the refused file and every later one are kept in memory instead: the transaction then meets
 * the same refusal and reports it as a diagnostic, as it does for a run staged in memory.
 * Safe for targets writing from several threads at once.
 */
public final class Staging implements Output, AutoCloseable {
    private final Path root;
    private final Map<String, Content> files = new ConcurrentHashMap<>();
    private final AtomicLong names = new AtomicLong();
    private final List<Path> created = new ArrayList<>();
    private Path folder;
    private volatile boolean refused;

    /** Staging for the output folder {@code root}; nothing is created before the first write. */
    public Staging(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String path, String content) {
        MemoryOutput.checkPath(path);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        put(path, onDisk(path, out -> out.write(bytes), content), () -> content);
    }

    @Override
    public void write(String path, Rendering content) {
        MemoryOutput.checkPath(path);
        put(path, onDisk(path, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            // close, not flush: a high surrogate that ends the text is written as '?' only on
            // close, as the text held in memory would be; flush keeps it for a next piece
            w.close();
        }, null), () -> {
            var text = new java.io.StringWriter();
            try {
                content.writeTo(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        });
    }

    /**
     * The files at {@code paths} (written already), read back from the staging folder each time
     * one is asked for, listed in the order given.
     */
    public Map<String, String> readBack(java.util.List<String> paths) {
        for (String p : paths) if (!files.containsKey(p)) throw new IllegalArgumentException("not staged: " + p);
        return new StagedFiles(files, paths);
    }

    /** Every file written so far, by path. */
    public Map<String, Content> files() {
        return new TreeMap<>(files);
    }

    private static final String PREFIX = ".schemac-stage-";

    /**
     * Removes the staging folders a killed run left in the output folder {@code root}. Only under the
     * folder's lock: every run that stages holds it from before its staging folder is made until it is
     * removed, so a staging folder found then is a dead run's. Best effort: a leftover is harmless.
     */
    public static void removeLeftovers(Path root, OutputLocks locks) {
        if (!locks.guards(root)) throw new IllegalStateException("staging folders removed without the lock of " + root);
        try (Stream<Path> entries = Files.list(root)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().matches("\\.schemac-stage-[0-9a-f]+")
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // no folder yet, or one that cannot be listed: nothing to remove, or the commit reports it
        }
    }

    /** Removes the staging folder with what is still in it, and the folders made for it that are empty now. */
    @Override
    public synchronized void close() {
        if (folder != null) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort: a hidden leftover folder is harmless
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i)); // refuses a folder that is not empty: it is kept
            } catch (IOException e) {
                return;
            }
        }
    }

    private interface Bytes {
        void to(OutputStream out) throws IOException;
    }

    private interface Text {
        String get();
    }

    private void put(String path, Content staged, Text text) {
        Content c = staged != null ? staged : new Content.Text(text.get());
        if (files.putIfAbsent(path, c) != null) throw new IllegalStateException("written twice: " + path);
    }

    /**
     * The content written to a new staging file, or null when the disk refused it (then it is kept
     * in memory). {@code text}: the bytes' text when it is held as one string (else null); its hash
     * is taken from {@link TextHash} when worked out already, else worked out while writing and
     * remembered for it.
     */
    private Content.Staged onDisk(String path, Bytes bytes, String text) {
        if (refused) return null;
        String known = text == null ? null : TextHash.known(text);
        Path file;
        try {
            file = folder().resolve(Long.toString(names.incrementAndGet()));
        } catch (IOException e) {
            refused = true;
            return null;
        }
        MessageDigest sha = known == null ? Sha256.digest() : null;
        try (OutputStream disk = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
             OutputStream out = sha == null ? disk : new DigestOutputStream(disk, sha)) {
            bytes.to(out);
        } catch (IOException e) {
            refused = true;
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // removed with the folder at close
            }
            return null;
        }
        try {
            String sha256 = known != null ? known : Sha256.hex(sha);
            if (text != null) TextHash.remember(text, sha256);
            return new Content.Staged(file, sha256, Files.size(file));
        } catch (IOException e) {
            refused = true;
            return null;
        }
    }

    /** The staging folder, made (with any missing folder above it) on first use. */
    private synchronized Path folder() throws IOException {
        if (folder != null) return folder;
        var missing = new ArrayList<Path>();
        for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) missing.add(0, p);
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
        String name = PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        folder = Files.createDirectory(root.resolve(name));
        return folder;
    }
}
