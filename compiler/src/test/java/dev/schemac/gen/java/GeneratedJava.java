package dev.schemac.gen.java;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles generated sources with the strictest settings javac has: every lint check and every doclint check but missing comments, warnings fatal. */
final class GeneratedJava {
    private GeneratedJava() {}

    static final List<String> STRICT = List.of("-Xlint:all", "-Xdoclint:all,-missing", "-Werror", "-proc:none", "--release", "17");

    /** javac's diagnostics, one per line; empty when the sources compiled cleanly. */
    static List<String> compile(Map<String, String> files) throws IOException {
        Path out = Files.createTempDirectory("schemac-java");
        var javac = ToolProvider.getSystemJavaCompiler();
        var sources = new ArrayList<JavaFileObject>();
        files.forEach((path, text) -> {
            if (path.endsWith(".java")) sources.add(source(path, text));
        });
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var options = new ArrayList<>(STRICT);
            options.addAll(List.of("-d", out.toString()));
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, sources).call();
            var messages = new ArrayList<String>();
            for (var d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
                        + " " + d.getMessage(Locale.ROOT));
            }
            if (!ok && messages.isEmpty()) messages.add("javac failed without a diagnostic");
            return messages;
        }
    }

    private static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
        };
    }
}
