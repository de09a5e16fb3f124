package dev.schemac.parse;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.render.text.PlainText;
import dev.schemac.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A byte order mark is whitespace to the lexer, so that files joined end to end still read; but
 * one between two words of a line, with nothing else there, parts words an editor shows as one
 * (`active\uFEFFdraft` is two enum values that read as `activedraft`). Such a mark is refused at
 * the mark; one beside a space or a sign (`{`, `@`, a comment), at a line's start or end, or at
 * the file's start parts nothing unseen and stays allowed.
 */
final class InvisibleSeparators {
    private InvisibleSeparators() {}

    static List<Diagnostic> scan(List<? extends Token> tokens, Offsets offsets) {
        var out = new ArrayList<Diagnostic>();
        Token previous = null;
        for (Token t : tokens) {
            if (t.getType() == Token.EOF) break;
            if (previous != null && previous.getLine() == t.getLine() && previous.getStopIndex() + 1 < t.getStartIndex()
                    && endsWord(previous) && startsWord(t)) {
                int from = previous.getStopIndex() + 1;
                String gap = t.getInputStream().getText(Interval.of(from, t.getStartIndex() - 1));
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

    // Only two words read as one: a sign or a comment beside the mark shows where one ends.
    private static boolean endsWord(Token t) {
        String text = t.getText();
        return t.getChannel() == Token.DEFAULT_CHANNEL && !text.isEmpty() && isWordChar(text.codePointBefore(text.length()));
    }

    private static boolean startsWord(Token t) {
        String text = t.getText();
        return t.getChannel() == Token.DEFAULT_CHANNEL && !text.isEmpty() && isWordChar(text.codePointAt(0));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether a parser error is at the word right after such a mark: the grammar stumbling on the words it parted. */
    static boolean explains(List<Diagnostic> separators, Diagnostic d) {
        if (d.span() == null) return false;
        for (Diagnostic s : separators) if (s.span().end() == d.span().start()) return true;
        return false;
    }
}
