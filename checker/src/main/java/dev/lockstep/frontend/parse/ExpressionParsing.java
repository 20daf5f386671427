package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.lex.PpToken;
import dev.lockstep.grammar.LockstepParser;
import java.util.List;

/** Parses a run of tokens as one expression (the preprocessor's {@code #if} conditions). */
public final class ExpressionParsing {

    private ExpressionParsing() {}

    public static Expr constant(List<PpToken> tokens, Span at) throws InputException {
        Span end = tokens.isEmpty() ? at : tokens.get(tokens.size() - 1).span();
        Span eof = Span.at(end.file(), end.endLine(), end.endColumn());
        LockstepParser.ConstantExpressionContext ctx =
                ParserRunner.parse(TokenFeed.toParser(tokens, eof), LockstepParser::constantExpression);
        return new AstBuilder().constantExpression(ctx);
    }
}
