package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.lex.LocatedToken;
import dev.lockstep.grammar.LockstepLexer;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Says what a syntax error expected, gcc-like: {@code expected ';' after expression},
 * {@code expected ')' before '{'}, {@code expected expression before ';'}. ANTLR's token sets are
 * mapped to words; a missing {@code ;} at a line end points just after the previous token.
 */
final class SyntaxMessages {

    private static final int LIST_LIMIT = 4;

    private SyntaxMessages() {}

    static Diagnostic describe(Parser parser, Token offending, IntervalSet expected) {
        Span at = spanOf(offending);
        String where = where(offending);
        if (expected == null || expected.isNil()) {
            String what = offending.getType() == Token.EOF ? "unexpected end of input"
                    : "unexpected " + describe(offending);
            return Diagnostic.error(at, what + place(parser.getContext()));
        }
        Token previous = previous(parser, offending);
        boolean expression = expected.contains(LockstepLexer.IDENT) && expected.contains(LockstepLexer.NUMBER)
                && expected.contains(LockstepLexer.LPAREN);
        boolean declaration = expected.contains(LockstepLexer.INT) && expected.contains(LockstepLexer.STRUCT);
        if (inside(parser.getContext(), LockstepParser.PropContext.class)) {
            return Diagnostic.error(at, "expected a condition such as 0:r0=1 " + where);
        }
        if (offending.getType() == Token.EOF && expected.contains(LockstepLexer.RBRACE)) {
            return Diagnostic.error(at, "expected '}' at end of input");
        }
        if (expected.contains(LockstepLexer.SEMI) && !declaration && previous != null && atLineBreak(previous, offending)) {
            Span end = spanOf(previous);
            return Diagnostic.error(Span.at(end.file(), end.endLine(), end.endColumn()),
                    "expected ';' after " + construct(parser.getContext()));
        }
        String message;
        if (expression && declaration) {
            message = "expected declaration or statement " + where;
        } else if (declaration) {
            message = "expected declaration " + where;
        } else if (expected.contains(LockstepLexer.SEMI)) {
            message = "expected ';' " + where;
        } else if (expected.contains(LockstepLexer.RPAREN)) {
            message = (expected.contains(LockstepLexer.COMMA) ? "expected ',' or ')' " : "expected ')' ") + where;
        } else if (expected.contains(LockstepLexer.RBRACKET)) {
            message = "expected ']' " + where;
        } else if (expected.contains(LockstepLexer.RBRACE) && !expression) {
            message = "expected '}' " + where;
        } else if (expression) {
            message = "expected expression " + where;
        } else if (expected.contains(LockstepLexer.IDENT)) {
            message = "expected identifier " + where;
        } else {
            message = listed(expected, where);
        }
        return Diagnostic.error(at, message);
    }

    private static boolean inside(RuleContext context, Class<? extends RuleContext> kind) {
        for (RuleContext c = context; c != null; c = c.parent) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Where an unexpected token stands, for the constructs whose alternatives ANTLR cannot narrow down. */
    private static String place(RuleContext context) {
        for (RuleContext c = context; c != null; c = c.parent) {
            if (c instanceof LockstepParser.AnnotationContext a) {
                return " in the arguments of " + a.CONTEXT_ANNOTATION().getText();
            }
        }
        return "";
    }

    private static boolean atLineBreak(Token previous, Token offending) {
        return offending.getType() == Token.EOF || offending.getType() == LockstepLexer.RBRACE
                || spanOf(previous).endLine() < offending.getLine()
                || !spanOf(previous).file().equals(spanOf(offending).file());
    }

    private static String listed(IntervalSet expected, String where) {
        List<Integer> types = expected.toList();
        if (types.size() > LIST_LIMIT) {
            return "syntax error " + where;
        }
        List<String> names = new ArrayList<>();
        for (int type : types) {
            names.add(name(type));
        }
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return "expected " + joined + " " + where;
    }

    /** What a missing {@code ;} should have ended, from the rule the parser was in. */
    private static String construct(RuleContext context) {
        for (RuleContext c = context; c != null; c = c.parent) {
            if (c instanceof LockstepParser.ExprStmtContext) {
                return "expression";
            } else if (c instanceof LockstepParser.ReturnStmtContext) {
                return "return statement";
            } else if (c instanceof LockstepParser.GotoStmtContext) {
                return "goto statement";
            } else if (c instanceof LockstepParser.BreakStmtContext) {
                return "break statement";
            } else if (c instanceof LockstepParser.ContinueStmtContext) {
                return "continue statement";
            } else if (c instanceof LockstepParser.DoWhileStmtContext) {
                return "do/while statement";
            } else if (c instanceof LockstepParser.StructMemberContext) {
                return "member declaration";
            } else if (c instanceof LockstepParser.EntryRegistrationContext) {
                return "__entry registration";
            } else if (c instanceof LockstepParser.ForStmtContext) {
                return "for clause";
            } else if (c instanceof LockstepParser.LitmusInitContext) {
                return "initial value";
            } else if (c instanceof LockstepParser.DeclarationContext
                    || c instanceof LockstepParser.ExternalDeclarationContext
                    || c instanceof LockstepParser.InitializerTailContext) {
                return "declaration";
            }
        }
        return "statement";
    }

    private static Token previous(Parser parser, Token offending) {
        int index = offending.getTokenIndex() - 1;
        return index >= 0 ? parser.getInputStream().get(index) : null;
    }

    static Span spanOf(Token token) {
        if (token instanceof LocatedToken located) {
            return located.span();
        }
        return Span.at("<input>", token.getLine(), token.getCharPositionInLine() + 1);
    }

    private static String where(Token offending) {
        return offending.getType() == Token.EOF ? "at end of input" : "before " + describe(offending);
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of input";
            case LockstepLexer.NUMBER -> "numeric constant";
            case LockstepLexer.STRING_LITERAL -> "string constant";
            case LockstepLexer.CHAR_LITERAL -> "character constant";
            default -> "'" + token.getText() + "'";
        };
    }

    /** A token type in words. */
    static String name(int type) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case LockstepLexer.IDENT -> "identifier";
            case LockstepLexer.NUMBER -> "number";
            case LockstepLexer.STRING_LITERAL -> "string";
            case LockstepLexer.CHAR_LITERAL -> "character constant";
            case LockstepLexer.TYPEDEF_NAME -> "type name";
            case LockstepLexer.CONTEXT_ANNOTATION -> "annotation";
            case LockstepLexer.SPARSE_QUALIFIER -> "qualifier";
            default -> {
                String literal = LockstepLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : "'" + LockstepLexer.VOCABULARY.getSymbolicName(type).toLowerCase(java.util.Locale.ROOT) + "'";
            }
        };
    }
}
