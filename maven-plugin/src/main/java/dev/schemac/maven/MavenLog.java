package dev.schemac.maven;

import dev.schemac.diag.Diagnostic;
import dev.schemac.render.text.PlainText;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The compiler's diagnostics in Maven's log, one line each in the {@code file:line:column}
 * form IDEs and CI annotate, followed by the help and notes: errors at ERROR, warnings at
 * WARNING, notes at INFO. The wording is the compiler's own.
 */
final class MavenLog {
    private MavenLog() {}

    static void report(Log log, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            var lines = new StringBuilder();
            if (d.span() != null) lines.append(shown(d.span().location())).append(": ");
            lines.append(d.severity().label()).append('[').append(d.code()).append("]: ").append(shown(d.message()));
            if (d.help() != null && !d.help().isEmpty()) lines.append("\n    help: ").append(PlainText.visibleByLine(d.help()));
            for (Diagnostic.Note n : d.notes()) {
                lines.append("\n    note: ").append(PlainText.visibleByLine(n.message()));
                if (n.span() != null) lines.append(" (").append(shown(n.span().location())).append(')');
            }
            switch (d.severity()) {
                case ERROR -> log.error(lines);
                case WARNING -> log.warn(lines);
                case INFO -> log.info(lines);
            }
        }
    }

    /**
     * Text from outside (a path, a setting's name or value, a file's or model's text, an
     * exception's message) in a log line, by the one rule of the command line
     * ({@link PlainText#visible}): no escape sequence, forged line or reordering reaches the
     * build log. A diagnostic's message is one line as the terminal shows it; a help's and a
     * note's own line feeds break the line.
     */
    static String shown(Object text) {
        return PlainText.visible(String.valueOf(text));
    }

    static long errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
