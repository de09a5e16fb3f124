package dev.schemac.resolve;

import dev.schemac.ast.ImportDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.parse.ParseResult;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.FileIdentity;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the input files and everything they import, each file once (by its
 * {@link FileIdentity}, so a link to a file already loaded loads nothing), so import cycles
 * are harmless. Files keep the path the user would
 * recognise: the one given, or the importer's directory joined with the import path.
 */
public final class Loader {

    /** Where file contents come from; tests pass an in-memory map. */
    @FunctionalInterface
    public interface Source {
        byte[] read(Path path) throws IOException;
    }

    /** The largest model read; no model comes close, and a runaway file stops here. */
    public static final int MAX_BYTES = 16 << 20;

    /**
     * Reads a file from disk: only a regular file (a device such as {@code /dev/zero}, a pipe or
     * a folder is refused before it is read), and at most {@link #MAX_BYTES}, counted while
     * reading, since some files report a size of 0.
     */
    public static final Source FILES = Loader::readBounded;

    /**
     * A file refused for what it is, not for being absent or unreadable: not a regular file
     * ({@code what} says what it is), or larger than {@code limit} bytes.
     */
    public static final class Refused extends IOException {
        private final String what;
        private final long size;
        private final long limit;

        private Refused(String what, long size, long limit) {
            super(what != null ? what + ", not a regular file" : size + " bytes, more than " + limit);
            this.what = what;
            this.size = size;
            this.limit = limit;
        }

        public static Refused notAFile(String what) { return new Refused(what, 0, 0); }

        public static Refused tooLarge(long size, long limit) { return new Refused(null, size, limit); }

        /** {@code imported}: the path is an import's, so the help speaks of the import, not of the command line. */
        Diagnostic diagnostic(Span at, String path, boolean imported) {
            if (what == null) return Messages.inputTooLarge(at, path, size, limit);
            return imported ? Messages.importNotAFile(at, path, what) : Messages.inputNotAFile(at, path, what);
        }
    }

    static byte[] readBounded(Path path) throws IOException {
        var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        if (attributes.isDirectory()) throw Refused.notAFile("a folder");
        if (!attributes.isRegularFile()) throw Refused.notAFile(dev.schemac.source.FileKind.of(path));
        if (attributes.size() > MAX_BYTES) throw Refused.tooLarge(attributes.size(), MAX_BYTES);
        try (var in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw Refused.tooLarge(bytes.length, MAX_BYTES);
            return bytes;
        }
    }

    private final Source source;
    private final Diagnostics diagnostics;
    private final List<ParseResult.Tentative> habits = new java.util.ArrayList<>();

    public Loader(Source source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    private record Pending(Path path, ImportDecl via) {}

    /** Other tools' habits seen in files the grammar accepted: said only where resolving refuses their text. */
    public List<ParseResult.Tentative> habits() { return List.copyOf(habits); }

    public List<SchemaFile> load(List<Path> roots) {
        var files = new ArrayList<SchemaFile>();
        Set<Path> seen = new HashSet<>();
        var queue = new ArrayDeque<Pending>();
        for (Path r : roots) queue.add(new Pending(r, null));
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            Path key = FileIdentity.of(p.path);
            if (!seen.add(key)) continue;
            if (p.via != null && !isSchemaFile(p)) continue;
            byte[] bytes;
            try {
                bytes = source.read(p.path);
            } catch (NoSuchFileException e) {
                report(p, "no such file");
                continue;
            } catch (Refused e) {
                Span at = p.via == null ? new Span(new SourceFile(display(p.path), ""), 0, 0) : p.via.path().span();
                diagnostics.add(e.diagnostic(at, display(p.path), p.via != null));
                continue;
            } catch (IOException e) {
                report(p, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                continue;
            }
            ParseResult parsed = SchemaReader.read(display(p.path), bytes);
            diagnostics.addAll(parsed.diagnostics());
            if (!parsed.habits().found().isEmpty()) habits.add(parsed.habits());
            files.add(parsed.file());
            for (var d : parsed.file().declarations()) {
                if (d instanceof ImportDecl imp) {
                    Path dir = p.path.getParent();
                    Path target = dir == null ? Path.of(imp.path().value()) : dir.resolve(imp.path().value());
                    queue.add(new Pending(target.normalize(), imp));
                }
            }
        }
        return files;
    }

    /** The extension every model file has: an import may load nothing else. */
    public static final String EXTENSION = ".schema";

    /**
     * Whether an import names a model file, checked before it is read (reported when not): its
     * path ends in {@link #EXTENSION}, and on disk a link so named leads to such a file. Only model
     * text is ever read for an import, so no diagnostic can quote another file (a secret) in its snippet.
     */
    private boolean isSchemaFile(Pending p) {
        String written = p.via.path().value();
        Span at = p.via.path().span();
        if (!written.endsWith(EXTENSION)) {
            diagnostics.add(Messages.importNotASchema(at, written, null));
            return false;
        }
        Path real;
        try {
            real = p.path.toRealPath();
        } catch (IOException absentOrNotOnDisk) {
            return true; // the source reports an absent file; a test's in-memory source has no disk path
        }
        Path name = real.getFileName();
        if (name != null && name.toString().endsWith(EXTENSION)) return true;
        diagnostics.add(Messages.importNotASchema(at, written, display(real)));
        return false;
    }

    private void report(Pending p, String why) {
        if (p.via == null) {
            var file = new SourceFile(display(p.path), "");
            diagnostics.add(Messages.unreadable(new Span(file, 0, 0), display(p.path), why));
        } else {
            diagnostics.add(Messages.importNotFound(p.via.path().span(), p.via.path().value(), display(p.path)));
        }
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
