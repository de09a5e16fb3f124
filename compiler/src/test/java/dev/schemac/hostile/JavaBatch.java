package dev.schemac.hostile;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.compile.Compilation;
import java.io.IOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java sources of many cases, each in a package of its own, compiled by one javac run
 * with every lint and doclint check and warnings fatal; then the metamodel classes are
 * loaded and their constants read back against the Catalog.
 */
final class JavaBatch {
    private record Entry(String label, HostileTextTest.SlotStats stats, String pkg, Map<String, String> files, Compilation c) {}

    private final List<Entry> entries = new ArrayList<>();

    int size() { return entries.size(); }

    void add(String label, HostileTextTest.SlotStats stats, String pkg, Map<String, String> files, Compilation c) {
        entries.add(new Entry(label, stats, pkg, files, c));
    }

    void compile(HostileTextTest test) throws IOException {
        if (entries.isEmpty()) return;
        Path out = Files.createTempDirectory("hostile-java");
        var javac = ToolProvider.getSystemJavaCompiler();
        var sources = new ArrayList<JavaFileObject>();
        for (Entry e : entries) {
            e.files().forEach((path, text) -> {
                if (path.endsWith(".java")) sources.add(source(path, text));
            });
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        boolean ok;
        try (var fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var options = List.of("-Xlint:all", "-Xdoclint:all,-missing", "-Werror", "-proc:none", "--release", "17",
                    "-d", out.toString());
            ok = javac.getTask(null, fm, diagnostics, options, null, sources).call();
        }
        var failed = new TreeSet<String>();
        for (var d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? "" : d.getSource().toUri().getPath();
            for (Entry e : entries) {
                if (where.contains("/" + e.pkg().replace('.', '/') + "/")) {
                    test.finding(e.label(), "javac: " + where + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
                    failed.add(e.pkg());
                }
            }
        }
        if (!ok && failed.isEmpty()) {
            for (Entry e : entries) test.finding(e.label(), "javac failed without a diagnostic on a case");
        }
        try (var loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            for (Entry e : entries) {
                if (failed.contains(e.pkg())) continue;
                e.stats().javaCompiled++;
                readBack(test, loader, e);
            }
        }
        entries.clear();
    }

    /** Each metamodel's TABLE and column constants are the Catalog's names. */
    private static void readBack(HostileTextTest test, ClassLoader loader, Entry e) {
        String dir = "java/" + e.pkg().replace('.', '/') + "/";
        for (String path : e.files().keySet()) {
            if (!path.startsWith(dir) || !path.endsWith("_.java")) continue;
            String cls = e.pkg() + "." + path.substring(dir.length(), path.length() - ".java".length());
            try {
                Class<?> k = Class.forName(cls, true, loader);
                // An entity named `X_` has the record X_ (and the metamodel X__); an enum renamed from a
                // java.lang name (`Integer`) is the enum Integer_.
                if (k.isRecord() || k.isEnum()) continue;
                String table = (String) k.getField("TABLE").get(null);
                Table t = e.c().catalog().table(table).orElse(null);
                if (t == null) {
                    test.finding(e.label(), cls + ".TABLE is " + HostileTextTest.shown(table) + ", no table of the Catalog");
                    continue;
                }
                @SuppressWarnings("unchecked")
                var columns = (List<String>) k.getField("COLUMNS").get(null);
                var names = t.columns().stream().map(Column::name).toList();
                if (!columns.equals(names)) test.finding(e.label(), cls + ".COLUMNS are " + columns + ", the Catalog's " + names);
            } catch (ReflectiveOperationException | RuntimeException ex) {
                test.finding(e.label(), "cannot read " + cls + ": " + ex);
            }
        }
    }

    private static JavaFileObject source(String path, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
        };
    }

}
