package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Span;
import dev.lockstep.grammar.Cat;
import dev.lockstep.grammar.CatLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** The parse tree of a cat file ({@code Cat.g4}) as {@link CatStatement}s and {@link CatExpr}s. */
final class CatTreeBuilder {

    private final String file;

    CatTreeBuilder(String file) {
        this.file = file;
    }

    CatParser.CatFile model(Cat.ModelContext m) {
        String title = m.STRING() == null ? null : unquote(m.STRING());
        List<CatStatement> statements = new ArrayList<>();
        for (Cat.StatementContext s : m.statement()) {
            statements.add(statement(s));
        }
        return new CatParser.CatFile(title, List.copyOf(statements));
    }

    private CatStatement statement(Cat.StatementContext s) {
        Span span = span(s);
        if (s instanceof Cat.IncludeContext i) {
            return new CatStatement.Include(unquote(i.STRING()), span);
        }
        if (s instanceof Cat.LetContext l) {
            List<CatExpr.Binding> bindings = l.binding().stream().map(this::binding).toList();
            return l.REC() != null ? new CatStatement.LetRec(bindings, span) : new CatStatement.Let(bindings, span);
        }
        Cat.CheckContext c = (Cat.CheckContext) s;
        CatStatement.Test test = switch (c.test().getStart().getType()) {
            case CatLexer.ACYCLIC -> CatStatement.Test.ACYCLIC;
            case CatLexer.IRREFLEXIVE -> CatStatement.Test.IRREFLEXIVE;
            default -> CatStatement.Test.EMPTY;
        };
        return new CatStatement.Check(c.FLAG() != null ? CatStatement.Role.FLAG : CatStatement.Role.AXIOM, test,
                c.TILDE() != null ? CatStatement.Polarity.NEGATED : CatStatement.Polarity.HOLDS, expr(c.expr()),
                c.NAME() == null ? null : c.NAME().getText(), span);
    }

    private CatExpr.Binding binding(Cat.BindingContext b) {
        List<TerminalNode> names = b.NAME();
        CatExpr value = expr(b.expr());
        if (b.LPAREN() != null) {
            List<String> parameters = names.subList(1, names.size()).stream().map(TerminalNode::getText).toList();
            value = new CatExpr.Lambda(parameters, value, span(b));
        }
        return new CatExpr.Binding(names.get(0).getText(), value, span(b));
    }

    private CatExpr expr(Cat.ExprContext e) {
        if (e instanceof Cat.LetInContext l) {
            List<CatExpr.Binding> bindings = l.binding().stream().map(this::binding).toList();
            CatExpr body = expr(l.expr());
            return l.REC() != null ? new CatExpr.LetRecIn(bindings, body, span(l))
                    : new CatExpr.LetIn(bindings, body, span(l));
        }
        return relation(((Cat.PlainContext) e).relation());
    }

    private CatExpr relation(Cat.RelationContext r) {
        if (r instanceof Cat.AtomContext a) {
            return primary(a.primary());
        }
        Span span = r instanceof Cat.ComplementContext ? span(r) : span(((TerminalNode) r.getChild(1)).getSymbol());
        if (r instanceof Cat.InverseContext i) {
            return new CatExpr.Unary(CatExpr.UnaryOp.INVERSE, relation(i.relation()), span);
        } else if (r instanceof Cat.ClosureContext c) {
            CatExpr.UnaryOp op = switch (c.op.getType()) {
                case CatLexer.STAR -> CatExpr.UnaryOp.STAR;
                case CatLexer.PLUS -> CatExpr.UnaryOp.PLUS;
                default -> CatExpr.UnaryOp.OPTION;
            };
            return new CatExpr.Unary(op, relation(c.relation()), span);
        } else if (r instanceof Cat.ComplementContext c) {
            return new CatExpr.Unary(CatExpr.UnaryOp.COMPLEMENT, relation(c.relation()), span);
        } else if (r instanceof Cat.ProductContext p) {
            return binary(CatExpr.BinaryOp.PRODUCT, p.relation(), span);
        } else if (r instanceof Cat.IntersectionContext i) {
            return binary(CatExpr.BinaryOp.INTERSECTION, i.relation(), span);
        } else if (r instanceof Cat.DifferenceContext d) {
            return binary(CatExpr.BinaryOp.DIFFERENCE, d.relation(), span);
        } else if (r instanceof Cat.SequenceContext s) {
            return binary(CatExpr.BinaryOp.SEQUENCE, s.relation(), span);
        }
        return binary(CatExpr.BinaryOp.UNION, ((Cat.UnionContext) r).relation(), span);
    }

    private CatExpr binary(CatExpr.BinaryOp op, List<Cat.RelationContext> operands, Span span) {
        return new CatExpr.Binary(op, relation(operands.get(0)), relation(operands.get(1)), span);
    }

    private CatExpr primary(Cat.PrimaryContext p) {
        Span span = span(p);
        if (p instanceof Cat.CallContext c) {
            return new CatExpr.Call(c.NAME().getText(), c.expr().stream().map(this::expr).toList(), span);
        } else if (p instanceof Cat.NameContext n) {
            return new CatExpr.Name(n.NAME().getText(), span);
        } else if (p instanceof Cat.NothingContext) {
            return new CatExpr.Nothing(span);
        } else if (p instanceof Cat.UniverseContext) {
            return new CatExpr.Universe(span);
        } else if (p instanceof Cat.IdentityOnContext i) {
            return new CatExpr.IdentityOn(expr(i.expr()), span);
        }
        return expr(((Cat.GroupContext) p).expr());
    }

    private Span span(ParserRuleContext c) {
        return span(c.getStart());
    }

    private Span span(Token t) {
        return Span.at(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static String unquote(TerminalNode string) {
        String s = string.getText();
        return s.substring(1, s.length() - 1);
    }
}
