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
 */
public final class ParserRunner {

    private ParserRunner() {}

    public static <T extends ParserRuleContext> T parse(List<LocatedToken> tokens, Function<LockstepParser, T> rule)
            throws InputException {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        LockstepParser parser = new DepthLimitedParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return rule.apply(parser);
        } catch (DepthLimitedParser.TooDeep e) {
            throw new InputException(e.diagnostic());
        } catch (ParseCancellationException sllFailed) {
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
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
