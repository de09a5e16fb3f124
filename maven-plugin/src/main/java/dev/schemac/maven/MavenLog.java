package dev.schemac.maven;

import dev.schemac.diag.Diagnostic;
import dev.schemac.render.text.PlainText;
import java.util.Arrays;
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
            if (d.span() != null) lines.append(d.span().location()).append(": ");
            lines.append(d.severity().label()).append('[').append(d.code()).append("]: ").append(clean(d.message()));
            if (d.help() != null && !d.help().isEmpty()) lines.append("\n    help: ").append(clean(d.help()));
            for (Diagnostic.Note n : d.notes()) {
                lines.append("\n    note: ").append(clean(n.message()));
                if (n.span() != null) lines.append(" (").append(n.span().location()).append(')');
            }
            switch (d.severity()) {
                case ERROR -> log.error(lines);
                case WARNING -> log.warn(lines);
                case INFO -> log.info(lines);
            }
        }
    }

    /**
     * Model text may hold any character: each line (a help may span lines) is shown by the one
     * rule for text from outside, {@link PlainText#visible}, as the command line shows it.
     */
    static String clean(String s) {
        return String.join("\n", Arrays.stream(s.split("\n", -1)).map(PlainText::visible).toList());
    }

    static long errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
