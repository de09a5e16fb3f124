package dev.schemac.parse;

import dev.schemac.grammar.SchemaLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's recovery with one repair refused: dropping the wrong token when the token after it,
 * on a later line, fits. A model is written a field per line, so that repair glues the next
 * line onto the broken one (`a string = "abc` takes the next field's name as its value, `a int
 * UNIQUE` takes the `entity` after the block's `}` as its type) and the lines after it then
 * fail in turn, each a report of the first mistake in grammar words.
 */
final class LineRecovery extends DefaultErrorStrategy {
    /**
     * Before resynchronising, drops what is left of the broken line (up to a brace, which shapes the blocks):
     * `import shared.schema` would otherwise resynchronise at its `schema` and read the next line as a
     * schema block's name.
     */
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        Token broken = e.getOffendingToken();
        var input = recognizer.getInputStream();
        if (broken != null && broken.getType() != Token.EOF) {
            while (input.LA(1) != Token.EOF && input.LT(1).getLine() == broken.getLine()
                    && input.LA(1) != SchemaLexer.LBRACE && input.LA(1) != SchemaLexer.RBRACE) {
                recognizer.consume();
            }
        }
        super.recover(recognizer, e);
    }

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        Token here = recognizer.getInputStream().LT(1);
        Token next = recognizer.getInputStream().LT(2);
        if (next != null && next.getType() != Token.EOF && next.getLine() > here.getLine()) return null;
        return super.singleTokenDeletion(recognizer);
    }
}
