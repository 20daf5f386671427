package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.grammar.Cat;
import dev.lockstep.grammar.CatLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reads one cat file into its statements (its includes not followed). The first syntax error
 * stops it: {@code file:line:col: error: expected ... before ...}.
 */
public final class CatParser {

    /** A parsed file: the model's name (the leading string, if any) and its statements. */
    public record CatFile(String title, List<CatStatement> statements) {}

    private CatParser() {
    }

    public static CatFile parse(String file, String text) throws InputException {
        CatLexer lexer = new CatLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        Cat parser = new Cat(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new Errors(file));
        try {
            Cat.ModelContext tree = parser.model();
            return new CatTreeBuilder(file).model(tree);
        } catch (SyntaxError e) {
            throw new InputException(e.diagnostic);
        }
    }

    /** Carries the first diagnostic out of the generated parser. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        SyntaxError(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    private static final class Errors extends BaseErrorListener {
        private final String file;

        Errors(String file) {
            this.file = file;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                RecognitionException e) {
            Span at = Span.at(file, line, column + 1);
            Token token = (Token) offendingSymbol;
            String problem = switch (token.getType()) {
                case CatLexer.UNTERMINATED_COMMENT -> "unterminated comment";
                case CatLexer.UNTERMINATED_STRING -> "missing terminating '\"' character";
                case CatLexer.ERROR_CHAR -> "stray '" + token.getText() + "' in the model";
                default -> expected((Parser) recognizer, e) + " " + where(token);
            };
            throw new SyntaxError(Diagnostic.error(at, problem));
        }

        private static final List<Integer> EXPRESSION_START = List.of(CatLexer.NAME, CatLexer.LPAREN,
                CatLexer.LBRACKET, CatLexer.ZERO, CatLexer.UNIVERSE, CatLexer.TILDE, CatLexer.LET);

        private static String expected(Parser parser, RecognitionException e) {
            IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                    : parser.getExpectedTokens();
            boolean expression = expected.contains(CatLexer.LBRACKET) && expected.contains(CatLexer.NAME);
            List<String> names = new ArrayList<>();
            if (expression) {
                names.add("an expression");
            }
            for (int type : expected.toList()) {
                if (!(expression && EXPRESSION_START.contains(type))) {
                    names.add(describe(type));
                }
            }
            if (names.isEmpty() || names.size() > 5) {
                return "syntax error";
            }
            return "expected " + (names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
        }

        private static String describe(int type) {
            return switch (type) {
                case Token.EOF -> "end of input";
                case CatLexer.NAME -> "a name";
                case CatLexer.STRING -> "a string";
                default -> CatLexer.VOCABULARY.getLiteralName(type);
            };
        }

        private static String where(Token token) {
            return token.getType() == Token.EOF ? "at end of input" : "before '" + token.getText() + "'";
        }
    }
}
