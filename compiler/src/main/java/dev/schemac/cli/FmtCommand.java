package dev.schemac.cli;

import dev.schemac.cli.args.CommandSpec;
import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.cli.args.Positional;
import dev.schemac.compile.Compiler;
import dev.schemac.config.InputFiles;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.fmt.Formatter;
import dev.schemac.output.FileTransaction;
import dev.schemac.output.UnifiedDiff;
import dev.schemac.parse.SchemaReader;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.FileIdentity;
import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;

final class FmtCommand implements Command {
    static final Option CHECK = Option.flag("Write nothing; print a unified diff of what would change and exit 1 "
            + "if any file is not formatted.", "--check");

    static final CommandSpec SPEC = CommandSpec.of("fmt", "Rewrites .schema files in the canonical layout (comments are "
                    + "kept). A folder formats every .schema file below it; `-` formats standard input to standard output.")
            .positional(Positional.oneOrMore("PATH", ".schema files, folders, or `-` for standard input."))
            .with(CHECK).with(Reporting.OPTIONS);

    private final List<Path> paths;
    private final boolean check;
    private final Reporting reporting;

    FmtCommand(Parsed args) {
        paths = ModelRun.inputs(args);
        check = args.given(CHECK);
        reporting = new Reporting(args);
    }

    @Override
    public int call(Io io) {
        var problems = new ArrayList<Diagnostic>();
        var inputs = new InputFiles(io.in());
        var formatted = new LinkedHashMap<Path, String>();
        var diffs = new StringBuilder();
        int unformatted = 0;
        for (Path p : files(paths, problems)) {
            boolean stdin = p == InputFiles.STDIN;
            String display = stdin ? InputFiles.STDIN.toString() : p.toString();
            var read = stdin ? inputs.stdinBytes() : InputFiles.bytes(p, display, InputFiles.MAX_MODEL_BYTES);
            if (read.problem() != null) {
                problems.add(read.problem());
                continue;
            }
            var parsed = SchemaReader.read(display, read.bytes());
            if (parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                problems.addAll(parsed.diagnostics()); // never rewrite a file that does not parse
                continue;
            }
            // Nor one `check` refuses on another tool's habit: the grammar is blind to line ends, so `email
            // string NOT NULL` parses as two fields, and printing them so would hide the habit and its help.
            var habits = Compiler.confirmedHabits(parsed);
            if (!habits.isEmpty()) {
                problems.addAll(habits);
                continue;
            }
            // The bytes as read, not the parser's copy (whose BOM is a space): a file is formatted when it is
            // byte for byte what fmt writes.
            String before = new String(read.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            String after = Formatter.format(parsed.file());
            if (stdin && !check) {
                formatted.put(p, after); // printed whether or not it changed: stdout is the result
                continue;
            }
            if (after.equals(before)) continue;
            unformatted++;
            if (check) {
                diffs.append(UnifiedDiff.of(display, before, after));
                io.err().println("not formatted: " + PlainText.visible(display));
            } else {
                formatted.put(p, after);
            }
        }
        // Standard output carries the formatted text of `-` (when it formats): a machine document then goes to standard error.
        var document = !check && paths.contains(InputFiles.STDIN) ? io.err() : io.out();
        if (!problems.isEmpty()) {
            reporting.print(problems, io.err(), document);
            return Main.INPUT_ERRORS; // nothing is written when any input is broken
        }
        if (check) {
            // For people the diff is the output; under --format json|sarif stdout is the document alone.
            var diffTo = reporting.machine() ? io.err() : io.out();
            diffTo.print(diffs);
            diffTo.flush();
            reporting.print(List.of(), io.err(), document);
            return unformatted > 0 ? Main.INPUT_ERRORS : Main.OK;
        }
        var tx = new FileTransaction(null);
        formatted.forEach((p, text) -> {
            if (p == InputFiles.STDIN) {
                io.out().print(text);
            } else {
                tx.write(throughLinks(p), text);
            }
        });
        io.out().flush();
        var outcome = tx.commit();
        if (outcome.failed()) {
            reporting.print(List.of(outcome.failure()), io.err(), document);
            return Main.INPUT_ERRORS;
        }
        reporting.print(List.of(), io.err(), document);
        return Main.OK;
    }

    /**
     * Where the formatted text goes: a link's target, which is the file that was read and
     * formatted, so the link stays a link (the file it names might be shared, or under version
     * control elsewhere).
     */
    private static Path throughLinks(Path p) {
        try {
            return Files.isSymbolicLink(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p; // gone meanwhile: the transaction reports what it meets
        }
    }

    /**
     * The files to format: each file as given, every {@code .schema} file below a folder
     * (sorted; hidden folders are not entered, links to folders are not followed), standard
     * input for {@code -}.
     */
    private static List<Path> files(List<Path> args, List<Diagnostic> problems) {
        var found = new ArrayList<Path>();
        for (Path p : args) {
            if (p != InputFiles.STDIN && Files.isDirectory(p)) {
                var below = new TreeSet<Path>();
                walk(p, below, problems);
                found.addAll(below);
            } else {
                found.add(p);
            }
        }
        // Each file once, however it is reached (a link, a folder and a file in it): it is formatted once.
        var out = new ArrayList<Path>();
        var seen = new HashSet<Path>();
        for (Path p : found) if (p == InputFiles.STDIN || seen.add(FileIdentity.of(p))) out.add(p);
        return out;
    }

    private static void walk(Path dir, TreeSet<Path> found, List<Diagnostic> problems) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile() && f.getFileName().toString().endsWith(".schema")) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(unreadable(f, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(unreadable(dir, e));
        }
    }

    private static Diagnostic unreadable(Path p, IOException e) {
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Messages.unreadable(new Span(new SourceFile(p.toString(), ""), 0, 0), p.toString(), why);
    }
}
