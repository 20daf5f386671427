package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.grammar.LockstepParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The parser, refusing to go more than {@link #RULE_LIMIT} rules deep: a chain of a hundred thousand
 * {@code if (x)} or {@code - } is no program, and its prediction looks ahead over the rest of the
 * chain at every level (quadratic) before the stack overflows. Brackets are counted before parsing
 * ({@link TokenFeed#NESTING_LIMIT}); operands and statements again in the syntax tree
 * ({@link AstBuilder#DEPTH_LIMIT}), which this limit leaves room for.
 */
final class DepthLimitedParser extends LockstepParser {

    /** Rules entered and not yet left, at most: a few per level of statement or operand nesting. */
    static final int RULE_LIMIT = 4 * AstBuilder.DEPTH_LIMIT;

    /** Out of the generated parser, which lets unchecked exceptions through; no stack trace (it would be deep). */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TooDeep(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private int depth;
    private int deepest;

    DepthLimitedParser(TokenStream input) {
        super(input);
    }

    /** Also forgets the rules a failed parse left without exiting them (its exception unwound them). */
    @Override
    public void reset() {
        super.reset();
        depth = 0;
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        deeper();
        super.enterRule(localctx, state, ruleIndex);
    }

    @Override
    public void exitRule() {
        depth--;
        super.exitRule();
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        deeper();
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parentctx) {
        depth--;
        super.unrollRecursionContexts(parentctx);
    }

    /** The most rules entered and not yet left at once, so far. */
    int deepest() {
        return deepest;
    }

    private void deeper() {
        deepest = Math.max(deepest, ++depth);
        if (depth > RULE_LIMIT) {
            throw new TooDeep(Diagnostic.error(Spans.of(getCurrentToken()),
                    "statements or expressions nested too deeply to be parsed (more than " + RULE_LIMIT + " rules)"));
        }
    }
}
