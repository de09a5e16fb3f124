package dev.schemac.cli;

import dev.schemac.cli.args.Option;
import dev.schemac.cli.args.Parsed;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.HumanRenderer;
import dev.schemac.diag.JsonRenderer;
import dev.schemac.diag.SarifRenderer;
import dev.schemac.source.Span;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Options shared by the commands that report diagnostics. */
final class Reporting {
    enum Format { human, json, sarif }

    enum When { auto, always, never }

    static final Option FORMAT = Option.value("<format>",
                    "Diagnostics as human (default), json, or sarif (SARIF 2.1.0, for code-scanning services).", "--format")
            .withChoices(names(Format.values())).withDefault(Format.human.name());
    static final Option COLOR = Option.value("<color>", "Colour: auto (on a terminal), always or never.", "--color")
            .withChoices(names(When.values())).withDefault(When.auto.name());
    static final List<Option> OPTIONS = List.of(FORMAT, COLOR);

    final Format format;
    final When color;
    /** Where a SARIF result without a place of its own is located; see {@link SarifRenderer#render(List, String, Span)}. */
    private Span elsewhere;

    Reporting(Parsed args) {
        format = Format.valueOf(args.value(FORMAT));
        color = When.valueOf(args.value(COLOR));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Locates the SARIF results that have no place of their own at {@code place} (a command's subject file). */
    void elsewhere(Span place) {
        elsewhere = place;
    }

    /**
     * Whether the diagnostics are a document for tools (json, sarif). Then a run prints exactly
     * one document, empty or not, on {@code out}, and says everything else on standard error; a
     * command whose standard output carries data (seed's SQL, fmt -'s text, migrate --dry-run's
     * script) passes standard error as {@code out}.
     */
    boolean machine() {
        return format != Format.human;
    }

    /** Where a command's sentences for people go: standard output, unless it carries the machine document. */
    PrintWriter sentences(Io io) {
        return machine() ? io.err() : io.out();
    }

    void print(List<Diagnostic> diagnostics, PrintWriter err, PrintWriter out) {
        if (machine()) {
            out.print(format == Format.json ? JsonRenderer.render(diagnostics)
                    : SarifRenderer.render(diagnostics, Version.number(), elsewhere));
            out.flush();
            return;
        }
        if (diagnostics.isEmpty()) return;
        try {
            new HumanRenderer(useColour()).write(diagnostics, err);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a PrintWriter keeps its errors to itself
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        err.println(summary(errors, warnings));
        err.flush();
    }

    private static String summary(long errors, long others) {
        return String.format(Locale.ROOT, "%d error%s, %d warning%s or note%s", errors, errors == 1 ? "" : "s", others,
                others == 1 ? "" : "s", others == 1 ? "" : "s");
    }

    private boolean useColour() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
