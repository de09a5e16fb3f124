package dev.schemac.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/** Real javac runs into real directories, for what compile-testing's in-memory files cannot show: rebuilds. */
final class Javac {
    private Javac() {}

    record Run(boolean ok, List<String> errors, List<String> notes) {}

    /**
     * Compiles {@code sources} into {@code out}, with {@code out} on the class path and generated
     * sources in {@code out}'s sibling {@code <out>-sources}, as build tools do. Lint is Maven's
     * setting in this project, {@code -Xlint:all,-processing}: in a rebuild, javac's processing lint
     * warns that each generated type "already exists" (its class file from the last build is on
     * the class path), as it does for every processor that writes sources.
     */
    static Run compile(Path out, List<JavaFileObject> sources, String... options) {
        return compile(out, List.of(), sources, options);
    }

    /** As {@link #compile(Path, List, String...)}, with more entries (jars) on the class path after {@code out}. */
    static Run compile(Path out, List<Path> classPath, List<JavaFileObject> sources, String... options) {
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            var path = new ArrayList<String>();
            path.add(out.toString());
            classPath.forEach(p -> path.add(p.toString()));
            path.add(System.getProperty("java.class.path"));
            var opts = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                    String.join(java.io.File.pathSeparator, path), "-Xlint:all,-processing"));
            opts.addAll(List.of(options));
            if (!opts.contains("-s")) {
                Path generated = Files.createDirectories(out.resolveSibling(out.getFileName() + "-sources"));
                opts.addAll(List.of("-s", generated.toString()));
            }
            var log = new java.io.StringWriter();
            boolean ok = javac.getTask(log, fm, diagnostics, opts, null, sources).call();
            if (!ok && System.getenv("JAVAC_DEBUG") != null) System.err.println("JAVAC: " + log + diagnostics.getDiagnostics());
            var errors = new ArrayList<String>();
            var notes = new ArrayList<String>();
            for (var d : diagnostics.getDiagnostics()) {
                (d.getKind() == javax.tools.Diagnostic.Kind.ERROR || d.getKind() == javax.tools.Diagnostic.Kind.WARNING
                        ? errors : notes).add(d.getMessage(Locale.ROOT));
            }
            return new Run(ok, errors, notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files under a directory by relative path. */
    static Map<String, String> files(Path dir) {
        var out = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
