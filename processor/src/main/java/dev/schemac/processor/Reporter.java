package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * Diagnostics to javac: each on the element, annotation and annotation value its span came
 * from, so javac, Maven and IDEs show it on the line the user wrote. The code leads the
 * message (as {@code schemac explain CODE} expects); help and notes follow on their own lines.
 */
final class Reporter {
    private final Messager messager;
    private final TreeReporter trees;
    private final Origins origins;

    Reporter(Messager messager, TreeReporter trees, Origins origins) {
        this.messager = messager;
        this.trees = trees;
        this.origins = origins;
    }

    void report(Diagnostic d) {
        Kind kind = switch (d.severity()) {
            case ERROR -> Kind.ERROR;
            case WARNING -> Kind.WARNING;
            case INFO -> Kind.NOTE;
        };
        String text = text(d);
        Origin o = origins.find(d.span());
        if (o == null) {
            messager.printMessage(kind, text);
        } else if (trees != null && TreeReporter.needed(o) && trees.print(kind, text, o)) {
            return;
        } else if (o.value() != null) {
            messager.printMessage(kind, text, o.element(), o.annotation(), o.value());
        } else if (o.annotation() != null) {
            messager.printMessage(kind, text, o.element(), o.annotation());
        } else {
            messager.printMessage(kind, text, o.element());
        }
    }

    /** What tells two reports apart: the text and where it lands. */
    String key(Diagnostic d) {
        Origin o = origins.find(d.span());
        return d.severity() + " " + text(d) + (o == null ? "" : " @ " + o.describe() + " " + ElementNames.qualifiedName(o.element()));
    }

    String text(Diagnostic d) {
        var b = new StringBuilder("[").append(d.code()).append("] ").append(d.message());
        if (d.help() != null && !d.help().isEmpty()) b.append("\n  help: ").append(d.help());
        for (Diagnostic.Note n : d.notes()) {
            b.append("\n  note: ").append(n.message());
            Origin o = origins.find(n.span());
            if (o != null) b.append(" (").append(o.describe()).append(')');
        }
        return b.toString();
    }
}
