package dev.schemac.parse;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A byte order mark is whitespace to the lexer, so that files joined end to end still read; but
 * one between two words of a line, with nothing else there, parts words an editor shows as one
 * (`active\uFEFFdraft` is two enum values that read as `activedraft`). Such a mark is refused at
 * the mark; one beside a space, at a line's start or end, or at the file's start parts nothing
 * unseen and stays allowed.
 */
final class InvisibleSeparators {
    private InvisibleSeparators() {}

    static List<Diagnostic> scan(List<? extends Token> tokens, Offsets offsets) {
        var out = new ArrayList<Diagnostic>();
        Token previous = null;
        for (Token t : tokens) {
            if (t.getType() == Token.EOF) break;
            if (previous != null && previous.getLine() == t.getLine() && previous.getStopIndex() + 1 < t.getStartIndex()) {
                int from = previous.getStopIndex() + 1;
                String gap = t.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(from, t.getStartIndex() - 1));
                if (gap.chars().allMatch(c -> c == SourceFile.BYTE_ORDER_MARK)) {
                    int at = offsets.charIndex(from);
                    out.add(Messages.invisibleSeparator(offsets.span(at, at + gap.length()), PlainText.describe(SourceFile.BYTE_ORDER_MARK),
                            previous.getText(), t.getText()));
                }
            }
            previous = t;
        }
        return out;
    }

    /** Whether a parser error is at the word right after such a mark: the grammar stumbling on the words it parted. */
    static boolean explains(List<Diagnostic> separators, Diagnostic d) {
        if (d.span() == null) return false;
        for (Diagnostic s : separators) if (s.span().end() == d.span().start()) return true;
        return false;
    }
}
