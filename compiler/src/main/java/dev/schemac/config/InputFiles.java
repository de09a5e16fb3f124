package dev.schemac.config;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.resolve.Loader;
import dev.schemac.source.FileKind;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import dev.schemac.source.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a run reads its inputs: regular files only, each at most {@link #MAX_MODEL_BYTES}
 * (a device such as {@code /dev/zero}, a folder or a pipe is refused before it is opened),
 * and standard input for the path {@link #STDIN}. It remembers every file it read, imports
 * included, so a build tool can tell later whether any of them changed.
 */
public final class InputFiles implements Loader.Source {
    /** 16 MiB: a hundred times the largest model we know of, and small enough to hold in memory. */
    public static final long MAX_MODEL_BYTES = 16L << 20;

    /** How standard input is named on the command line. */
    public static final String DASH = "-";

    /**
     * The path that stands for standard input, shown as {@code <stdin>} in diagnostics. Only
     * this very instance reads standard input (a file that happens to be called
     * {@code <stdin>} is read as a file).
     */
    public static final Path STDIN = Path.of("<stdin>");

    private final InputStream stdin;
    private final long limit;
    private final Set<Path> read = new LinkedHashSet<>();

    public InputFiles(InputStream stdin) {
        this(stdin, MAX_MODEL_BYTES);
    }

    public InputFiles(InputStream stdin, long limit) {
        this.stdin = stdin;
        this.limit = limit;
    }

    /**
     * A command line's input word as a path: {@code -} is {@link #STDIN}. A word that is no
     * path throws {@link java.nio.file.InvalidPathException}, for the command line to report.
     */
    public static Path fromArgument(String word) {
        return word.equals(DASH) ? STDIN : Path.of(word);
    }

    /**
     * Refuses, before anything is compiled, the inputs given on the command line that are not
     * regular files or are too large, each with a diagnostic on the path.
     */
    public List<Diagnostic> checkRoots(List<Path> roots) {
        var out = new ArrayList<Diagnostic>();
        for (Path p : roots) {
            if (p == STDIN) continue;
            Diagnostic d = judge(p, p.toString(), limit, false);
            if (d != null) out.add(d);
        }
        return out;
    }

    @Override
    public byte[] read(Path path) throws IOException {
        if (path == STDIN) {
            if (stdin == null) throw new IOException("standard input is not available");
            return bounded(stdin, limit, "standard input");
        }
        // An import of a device, a folder or a huge file is refused with its own code, before it is read.
        if (Files.exists(path) && !Files.isRegularFile(path)) throw Loader.Refused.notAFile(FileKind.of(path));
        long size = Files.exists(path) ? Files.size(path) : 0;
        if (size > limit) throw Loader.Refused.tooLarge(size, limit);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = bounded(in, limit, path.toString());
        }
        read.add(path.toAbsolutePath().normalize());
        return bytes;
    }

    /** Every file read so far (absolute, in reading order); standard input is not a file and is left out. */
    public List<Path> filesRead() {
        return List.copyOf(read);
    }

    /** A whole text file, strictly UTF-8, at most {@code limit} bytes; or the diagnostic saying why not. */
    public record Text(SourceFile file, Diagnostic problem) {}

    /** A whole file's bytes, or the diagnostic saying why it cannot be read. */
    public record Bytes(byte[] bytes, Diagnostic problem) {}

    public static Text read(Path path, String display, long limit) {
        return read(path, display, limit, false);
    }

    /** The settings file: read as {@link #read} reads, refused with advice about {@code --settings}, not about models. */
    public static Text readSettings(Path path, long limit) {
        return read(path, path.toString(), limit, true);
    }

    private static Text read(Path path, String display, long limit, boolean settings) {
        Bytes b = bytes(path, display, limit, settings);
        return b.problem() != null ? new Text(null, b.problem()) : decode(display, b.bytes());
    }

    /** A regular file of at most {@code limit} bytes. */
    public static Bytes bytes(Path path, String display, long limit) {
        return bytes(path, display, limit, false);
    }

    private static Bytes bytes(Path path, String display, long limit, boolean settings) {
        Diagnostic d = judge(path, display, limit, settings);
        if (d != null) return new Bytes(null, d);
        try (InputStream in = Files.newInputStream(path)) {
            return new Bytes(bounded(in, limit, display), null);
        } catch (NoSuchFileException e) {
            return new Bytes(null, Messages.unreadable(at(display), display, "no such file"));
        } catch (IOException e) {
            return new Bytes(null, Messages.unreadable(at(display), display, reason(e)));
        }
    }

    /** Standard input's bytes (at most this reader's limit), or the diagnostic saying why not. */
    public Bytes stdinBytes() {
        try {
            return new Bytes(read(STDIN), null);
        } catch (IOException e) {
            return new Bytes(null, Messages.unreadable(at(STDIN.toString()), STDIN.toString(), reason(e)));
        }
    }

    private static Text decode(String display, byte[] bytes) {
        var decoded = Utf8.decode(display, bytes);
        return decoded.ok() ? new Text(decoded.file(), null) : new Text(null, Messages.notText(decoded.bad(), "malformed UTF-8 sequence"));
    }

    private static Diagnostic judge(Path p, String display, long limit, boolean settings) {
        try {
            if (!Files.exists(p)) return null; // left to the reader, which says "no such file" as it always has
            if (!Files.isRegularFile(p)) return Messages.inputNotAFile(at(display), display, FileKind.of(p), settings);
            long size = Files.size(p);
            if (size > limit) return Messages.inputTooLarge(at(display), display, size, limit, settings);
            return null;
        } catch (IOException e) {
            return Messages.unreadable(at(display), display, reason(e));
        }
    }

    /** Reads at most {@code limit} bytes; a longer stream (a device, a growing file, a pipe) is refused. */
    private static byte[] bounded(InputStream in, long limit, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) throw new IOException(what + " is longer than " + limit + " bytes, the most schemac reads");
        return bytes;
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) m = f.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static Span at(String display) {
        return new Span(new SourceFile(display, ""), 0, 0);
    }
}
