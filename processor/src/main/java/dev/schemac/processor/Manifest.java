package dev.schemac.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The model's types as of the last build, kept in the class output. The outputs describe
 * the whole model, but a partial recompilation hands the processor only the changed
 * sources; the types it does not see are taken from here (and read from their class
 * files), so a partial build writes the same tables as a full one. The same bookkeeping
 * Google's AutoService does for service files.
 */
final class Manifest {
    static final String PATH = "META-INF/schemac/types.txt";

    /** One line: a kind ({@code entity}, {@code mixin}, {@code schema}, {@code schema-package}, {@code converter}) and a qualified name. */
    record Entry(String kind, String name) {}

    private Manifest() {}

    static List<Entry> read(Filer filer) {
        var out = new ArrayList<Entry>();
        try {
            FileObject f = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            try (var r = new BufferedReader(new InputStreamReader(f.openInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] parts = line.strip().split(" ", 2);
                    if (parts.length == 2) out.add(new Entry(parts[0], parts[1]));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // No manifest yet (a first or clean build), or one that cannot be read: nothing to add.
        }
        return out;
    }

    static void write(Filer filer, List<Entry> entries) throws IOException {
        var b = new StringBuilder();
        for (Entry e : entries) b.append(e.kind()).append(' ').append(e.name()).append('\n');
        FileObject f = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
        try (OutputStream out = f.openOutputStream()) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
