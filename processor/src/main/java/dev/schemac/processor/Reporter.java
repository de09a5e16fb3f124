package dev.schemac.processor;

import dev.schemac.diag.Diagnostic;
import dev.schemac.render.text.PlainText;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * Diagnostics to javac: each on the element, annotation and annotation value its span came
 * from, so javac, Maven and IDEs show it on the line the user wrote. The code leads the
 * message (as {@code schemac explain CODE} expects); help and notes follow on their own lines.
 * javac prints the text to the terminal and the build log, so everything from outside in it (the
 * model's text, names of the user's code) is written by the command line's one rule,
 * {@link PlainText#visible}: the message as one line, a help's and a note's own line feeds kept.
 */
final class Reporter {
    private final Messager messager;
    private final SourceTrees trees;
    private final Origins origins;
    private final SourceFacts facts;

    Reporter(Messager messager, SourceTrees trees, Origins origins, SourceFacts facts) {
        this.messager = messager;
        this.trees = trees;
        this.origins = origins;
        this.facts = facts;
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
        } else if (!facts.fromSource(o.element())) {
            // javac has no position in a class file: the message says where the declaration was written.
            messager.printMessage(kind, text + "\n  at: " + PlainText.visible(at(o.element())));
        } else if (trees != null && SourceTrees.needed(o) && trees.print(kind, text, o)) {
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

    /** {@code p/User.java:12 (User.email, read from its class file)}. */
    private String at(javax.lang.model.element.Element e) {
        String where = facts.where(e);
        String what = ElementNames.path(e) + ", read from its class file";
        return where == null ? ElementNames.qualifiedName(e) + " (" + what + ")" : where + " (" + what + ")";
    }

    String text(Diagnostic d) {
        Origin at = origins.find(d.span());
        var b = new StringBuilder(withHelp(d, at == null ? JavaSpelling.INSTANCE : JavaSpelling.of(at.element())));
        for (Diagnostic.Note n : d.notes()) {
            b.append("\n  note: ").append(PlainText.visibleByLine(n.message()));
            Origin o = origins.find(n.span());
            if (o != null) b.append(" (").append(PlainText.visible(o.describe())).append(')');
        }
        return b.toString();
    }

    /**
     * {@code [SC130] message} and its help, as javac shows every message of the processor: the one
     * spelling of a diagnostic with no element to stand at (the output folder's), text from outside
     * made visible; the help spelled as the declaration it stands on is written.
     */
    static String withHelp(Diagnostic d, JavaSpelling spelling) {
        var b = new StringBuilder("[").append(d.code()).append("] ").append(PlainText.visible(d.message()));
        String help = d.help(spelling);
        if (help != null && !help.isEmpty()) b.append("\n  help: ").append(PlainText.visibleByLine(help));
        return b.toString();
    }
}
