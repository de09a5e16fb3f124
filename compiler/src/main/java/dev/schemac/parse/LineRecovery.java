package dev.schemac.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's recovery with one repair refused: dropping the wrong token when the token after it,
 * on a later line, fits. A model is written a field per line, so that repair glues the next
 * line onto the broken one (`a string = "abc` takes the next field's name as its value, `a int
 * UNIQUE` takes the `entity` after the block's `}` as its type) and the lines after it then
 * fail in turn, each a report of the first mistake in grammar words.
 */
final class LineRecovery extends DefaultErrorStrategy {
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        Token here = recognizer.getInputStream().LT(1);
        Token next = recognizer.getInputStream().LT(2);
        if (next != null && next.getType() != Token.EOF && next.getLine() > here.getLine()) return null;
        return super.singleTokenDeletion(recognizer);
    }
}
