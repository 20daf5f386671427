package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.grammar.LockstepParser;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs a start rule of the parser over a token list: SLL prediction first (fast, enough for nearly
 * every input), full LL when SLL fails; a real syntax error, or nesting deeper than the parser goes
 * ({@link DepthLimitedParser}), becomes an {@link InputException}.
 *
 * <p>Full LL looks, at each dangling {@code else}, through every enclosing statement: on input
 * nested deeper than {@link #FULL_LL_DEPTH} rules (a chain of thousands of {@code else if} cut
 * short), that is quadratic, seconds for a syntax error. There the error is found again with SLL
 * prediction, which resolves a dangling {@code else} the same way (to the nearest {@code if}).
 */
public final class ParserRunner {

    /** Nesting, in rules, past which a failed SLL parse is not retried with full LL prediction. */
    static final int FULL_LL_DEPTH = 1_024;

    private ParserRunner() {}

    public static <T extends ParserRuleContext> T parse(List<LocatedToken> tokens, Function<LockstepParser, T> rule)
            throws InputException {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        DepthLimitedParser parser = new DepthLimitedParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (DepthLimitedParser.TooDeep e) {
            throw new InputException(e.diagnostic());
        } catch (ParseCancellationException sllFailed) {
            boolean shallow = parser.deepest() <= FULL_LL_DEPTH;
            parser.reset();
            parser.getInterpreter().setPredictionMode(shallow ? PredictionMode.LL : PredictionMode.SLL);
            parser.setErrorHandler(new SyntaxErrorStrategy());
            try {
                return rule.apply(parser);
            } catch (SyntaxErrorStrategy.SyntaxError error) {
                throw new InputException(error.diagnostic());
            } catch (DepthLimitedParser.TooDeep e) {
                throw new InputException(e.diagnostic());
            }
        }
    }
}
