package dev.schemac.cli;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.evolve.History;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Reads the migration history of an output folder from disk; {@link History} itself stays pure. */
final class MigrationHistory {
    private MigrationHistory() {}

    static final String DIR = "migrations";

    /** Every file under {@code <out>/migrations}, by its path relative to that folder. */
    static TreeMap<String, String> files(Path out) throws IOException {
        var files = new TreeMap<String, String>();
        Path root = out.resolve(DIR);
        if (!Files.isDirectory(root)) return files;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || rel.contains("__pycache__")) continue;
                files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException("a file under " + root + " is not UTF-8 text", e);
        }
        return files;
    }

    static History read(Path out) throws IOException {
        return History.read(files(out));
    }

    /** The history's problems as diagnostics at the files they are about. */
    static List<Diagnostic> problems(Path out, History h, TreeMap<String, String> files) {
        var diags = new ArrayList<Diagnostic>();
        for (History.Problem p : h.problems()) {
            String text = files.getOrDefault(p.path(), "");
            var file = new SourceFile(out.resolve(DIR).resolve(p.path()).toString(), text);
            diags.add(Messages.historyEdited(new Span(file, 0, 0), p.message()));
        }
        return diags;
    }
}
