package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Stops at the first syntax error and describes it in plain words (see {@link SyntaxMessages}). */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    /** Carries the diagnostic out of the generated parser, which only lets unchecked exceptions through. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        SyntaxError(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        Token offending = e.getOffendingToken();
        IntervalSet expected;
        if (e instanceof NoViableAltException noViable && noViable.getStartToken() != offending) {
            expected = null;
        } else {
            expected = e.getExpectedTokens();
        }
        throw new SyntaxError(SyntaxMessages.describe(recognizer, offending, expected));
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw new SyntaxError(SyntaxMessages.describe(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens()));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        throw new SyntaxError(SyntaxMessages.describe(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens()));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        throw new SyntaxError(SyntaxMessages.describe(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens()));
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw new SyntaxError(SyntaxMessages.describe(recognizer, e.getOffendingToken(), e.getExpectedTokens()));
    }
}
