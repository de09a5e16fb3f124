package dev.schemac.parse;

import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Messages;
import dev.schemac.grammar.SchemaLexer;
import dev.schemac.render.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The characters that make a comment show as other than what the compiler reads (Trojan
 * Source): a bidirectional embedding, override or isolate in any comment reorders the code an
 * editor shows after it (the marks LRM, RLM and ALM reorder nothing and are common in right-to-left
 * prose, so they stay allowed), and a line separator other than LF or CR inside a {@code //}
 * comment (NEL, U+2028, U+2029, VT, FF) with text after it shows that text as a line of its own, a
 * line of the model that the compiler never reads. Doc comments are model text and refuse the same characters as all model text
 * ({@code resolve/TextRules}); this is the rule for the comments no output carries.
 */
final class CommentCharacters {
    private CommentCharacters() {}

    /** One diagnostic per comment that holds such a character, at its first one. */
    static List<Diagnostic> scan(List<? extends Token> tokens, Offsets offsets) {
        var out = new ArrayList<Diagnostic>();
        for (Token t : tokens) {
            int type = t.getType();
            if (type != SchemaLexer.LINE_COMMENT && type != SchemaLexer.BLOCK_COMMENT) continue;
            String text = t.getText();
            int cp = 0;
            for (int i = 0; i < text.length(); cp++) {
                int c = text.codePointAt(i);
                String why = PlainText.isBidiReordering(c) ? "a bidirectional control makes the code around it display as other than it is"
                        : type == SchemaLexer.LINE_COMMENT && PlainText.isLineBreak(c) && !text.substring(i + Character.charCount(c)).isBlank()
                        ? "a `//` comment ends only at the end of its line, so the text after this line separator reads as a "
                                + "line of the model in an editor, and the compiler never reads it"
                        : null;
                if (why != null) {
                    int at = offsets.charIndex(t.getStartIndex() + cp);
                    out.add(Messages.hiddenCharacter(offsets.span(at, at + Character.charCount(c)), "a comment",
                            PlainText.describe(c), why, false));
                    break;
                }
                i += Character.charCount(c);
            }
        }
        return out;
    }
}
