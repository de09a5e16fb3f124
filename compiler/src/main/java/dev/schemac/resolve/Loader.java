package dev.schemac.resolve;

import dev.schemac.ast.ImportDecl;
import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.parse.ParseResult;
import dev.schemac.parse.SchemaReader;
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
 * Reads the input files and everything they import, each file once (by normalized
 * absolute path), so import cycles are harmless. Files keep the path the user would
 * recognise: the one given, or the importer's directory joined with the import path.
 */
public final class Loader {

    /** Where file contents come from; tests pass an in-memory map. */
    @FunctionalInterface
    public interface Source {
        byte[] read(Path path) throws IOException;
    }

    /** The largest input read; no model comes close, and a device or a runaway file stops here. */
    public static final int MAX_BYTES = 8 << 20;

    /**
     * Reads a file from disk: only a regular file (a device such as {@code /dev/zero}, a pipe or
     * a folder is refused before it is read), and at most {@link #MAX_BYTES}, counted while
     * reading, since some files report a size of 0.
     */
    public static final Source FILES = Loader::readBounded;

    /** A file refused for what it is, not for being absent or unreadable. */
    public static final class Refused extends IOException {
        public Refused(String why) { super(why); }
    }

    static byte[] readBounded(Path path) throws IOException {
        var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        if (attributes.isDirectory()) throw new Refused("is a folder, not a file");
        if (!attributes.isRegularFile()) throw new Refused("is not a regular file (a device, pipe or socket)");
        if (attributes.size() > MAX_BYTES) throw new Refused("is larger than " + (MAX_BYTES >> 20) + " MiB");
        try (var in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new Refused("is larger than " + (MAX_BYTES >> 20) + " MiB");
            return bytes;
        }
    }

    private final Source source;
    private final Diagnostics diagnostics;

    public Loader(Source source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    private record Pending(Path path, ImportDecl via) {}

    public List<SchemaFile> load(List<Path> roots) {
        var files = new ArrayList<SchemaFile>();
        Set<Path> seen = new HashSet<>();
        var queue = new ArrayDeque<Pending>();
        for (Path r : roots) queue.add(new Pending(r, null));
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            Path key = p.path.toAbsolutePath().normalize();
            if (!seen.add(key)) continue;
            byte[] bytes;
            try {
                bytes = source.read(p.path);
            } catch (NoSuchFileException e) {
                report(p, "no such file");
                continue;
            } catch (Refused e) {
                Span at = p.via == null ? new Span(new SourceFile(display(p.path), ""), 0, 0) : p.via.path().span();
                diagnostics.add(Messages.inputNotRegular(at, display(p.path), e.getMessage()));
                continue;
            } catch (IOException e) {
                report(p, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                continue;
            }
            ParseResult parsed = SchemaReader.read(display(p.path), bytes);
            diagnostics.addAll(parsed.diagnostics());
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
