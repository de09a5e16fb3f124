package dev.schemac.evolve;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the migration history of an output folder from disk, for the command line and the
 * Maven plugin; {@link History} itself stays pure.
 */
public final class HistoryFolder {
    private HistoryFolder() {}

    public static final String DIR = "migrations";

    /**
     * Every file under {@code <out>/migrations} that can be read as text, by its path relative to
     * that folder; each one that cannot (not UTF-8, no permission) is a diagnostic at it in
     * {@code unreadable}. Only a folder that cannot be walked fails.
     */
    public static TreeMap<String, String> files(Path out, List<Diagnostic> unreadable) throws IOException {
        var files = new TreeMap<String, String>();
        Path root = out.resolve(DIR);
        if (!Files.isDirectory(root)) return files;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || rel.contains("__pycache__")) continue;
                var at = new Span(new SourceFile(p.toString(), ""), 0, 0);
                try {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                } catch (java.nio.charset.CharacterCodingException e) {
                    unreadable.add(Messages.historyNotText(at));
                } catch (IOException e) {
                    String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    unreadable.add(Messages.unreadable(at, p.toString(), why));
                }
            }
        }
        return files;
    }

    /** The history's problems as diagnostics at the files they are about. */
    public static List<Diagnostic> problems(Path out, History h, TreeMap<String, String> files) {
        var diags = new ArrayList<Diagnostic>();
        for (History.Problem p : h.problems()) {
            String text = files.getOrDefault(p.path(), "");
            var file = new SourceFile(out.resolve(DIR).resolve(p.path()).toString(), text);
            var at = new Span(file, 0, 0);
            diags.add(p.forked() ? Messages.historyForked(at, p.message(), p.help()) : Messages.historyEdited(at, p.message(), p.help()));
        }
        return diags;
    }
}
