package dev.schemac.processor;

import dev.schemac.evolve.HistoryFolder;
import dev.schemac.output.DiskWriter;
import dev.schemac.output.OutputFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the processor puts generated files. Java sources (the {@code java} target) go
 * through {@link Filer#createSourceFile}, so javac compiles them in the same run and the
 * user's code can use the records and metamodels. Every other file is by default a
 * resource under {@value #RESOURCE_ROOT} in the class output, written through the Filer so
 * build tools know about it (and package it); with {@code -Aschemac.out} it goes to that
 * directory, written as the command line writes it (under its lock, atomically, with its
 * manifest). Resource bytes are UTF-8 whatever javac's {@code -encoding} is; sources are in
 * javac's own encoding, as javac reads them.
 */
final class FilerOutput {
    static final String RESOURCE_ROOT = "schemac/";

    private FilerOutput() {}

    static void write(Filer filer, ModelRun.OutDir dir, Map<String, String> files) throws IOException {
        if (dir != null) {
            // A folder an older processor wrote has no manifest: adopted when it holds only what this run writes.
            boolean migrations = dir.owners().containsValue("migrations");
            var claim = new OutputFolder.Claim(dir.model(), dir.force(), List.of(), "-A" + Options.FORCE, true);
            DiskWriter.write(dir.dir(), files, dir.owners(), dir.targetsRun(), claim,
                    migrations ? dir.dir().resolve(HistoryFolder.DIR) : null);
            return;
        }
        for (var e : files.entrySet()) {
            FileObject f = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_ROOT + e.getKey());
            try (OutputStream out = f.openOutputStream()) {
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Java sources by target path ({@code java/com/acme/db/User.java}) as compilation units of
     * javac. The class files a last build compiled from them are deleted first: javac 17 crashes
     * (JDK-8332297, fixed in JDK 23) on a processor-written record whose class file it has read
     * in the same run, and the Filer reads it to tell whether the type exists.
     */
    static void sources(Filer filer, Map<String, String> files) throws IOException {
        var stale = new StaleClassFiles();
        for (String path : files.keySet()) stale.delete(filer, typeName(path));
        for (var e : files.entrySet()) {
            try (Writer w = filer.createSourceFile(typeName(e.getKey())).openWriter()) {
                w.write(e.getValue());
            }
        }
    }

    /**
     * A last build's class files of the generated types. Each folder is listed once: the types
     * of one package share it, and listing it again for each (thousands of files, for each of
     * thousands of types) made a rebuild into the same class output quadratic.
     */
    private static final class StaleClassFiles {
        /** A folder's file names; absent when it is not a folder. */
        private final Map<Path, java.util.Optional<List<String>>> listed = new HashMap<>();

        /** {@code User.class} and its nested classes' {@code User$Tags.class} in the class output, when they are files. */
        void delete(Filer filer, String type) {
            int dot = type.lastIndexOf('.');
            String pkg = dot < 0 ? "" : type.substring(0, dot);
            String simple = type.substring(dot + 1);
            try {
                FileObject f = filer.getResource(StandardLocation.CLASS_OUTPUT, pkg, simple + ".class");
                if (!"file".equals(f.toUri().getScheme())) return;
                Path classFile = Path.of(f.toUri());
                Path dir = classFile.getParent();
                if (dir == null) return;
                var names = listed.computeIfAbsent(dir, StaleClassFiles::list);
                if (names.isEmpty()) return;
                String nested = simple + "$";
                for (String n : names.get()) {
                    if (n.startsWith(nested) && n.endsWith(".class")) Files.deleteIfExists(dir.resolve(n));
                }
                Files.deleteIfExists(classFile);
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException | java.io.UncheckedIOException e) {
                // Nothing from a last build, or a file manager that is not a directory: nothing to clear.
            }
        }

        private static java.util.Optional<List<String>> list(Path dir) {
            if (!Files.isDirectory(dir)) return java.util.Optional.empty();
            var out = new ArrayList<String>();
            try (var files = Files.newDirectoryStream(dir)) {
                for (Path p : files) out.add(p.getFileName().toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Optional.of(out);
        }
    }

    /** {@code java/com/acme/db/User.java} → {@code com.acme.db.User}: the path below the target's folder is the type's. */
    static String typeName(String path) {
        String inTarget = path.substring(path.indexOf('/') + 1);
        return inTarget.substring(0, inTarget.length() - ".java".length()).replace('/', '.');
    }
}
