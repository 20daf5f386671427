package dev.lockstep.frontend.parse;

import dev.lockstep.frontend.Diagnostic;
import dev.lockstep.frontend.InputException;
import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TypeRef;
import dev.lockstep.grammar.LockstepParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A litmus test's parse tree as a {@link Litmus}: checks the words the grammar leaves open
 * ({@code C}, {@code locations}, {@code exists}, {@code forall}, {@code filter}, {@code true}). The
 * stdlib defines {@code true} and {@code false} as 1 and 0, so a constant condition may arrive as a number.
 */
final class LitmusBuilder {

    private final AstBuilder ast;

    LitmusBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Litmus litmus(String file, LockstepParser.LitmusTestContext ctx) throws InputException {
        String name = name(ctx.litmusName());
        List<Litmus.InitEntry> init = new ArrayList<>();
        for (LockstepParser.LitmusInitEntryContext entry : ctx.litmusInit().litmusInitEntry()) {
            init.add(initEntry(entry));
        }
        List<Decl.Function> processes = new ArrayList<>();
        for (LockstepParser.LitmusProcessContext p : ctx.litmusProcess()) {
            processes.add(process(p));
        }
        List<Litmus.Location> locations = new ArrayList<>();
        Litmus.Condition filter = null;
        Litmus.Condition condition = null;
        for (LockstepParser.LitmusClauseContext clause : ctx.litmusClause()) {
            if (clause instanceof LockstepParser.LocationsClauseContext l) {
                requireWord(l.IDENT().getText(), "locations", l);
                for (LockstepParser.LitmusLocationContext loc : l.litmusLocation()) {
                    locations.add(new Litmus.Location(process(loc.NUMBER() == null ? null : loc.NUMBER().getText(), loc),
                            loc.IDENT().getText(), Spans.of(loc)));
                }
            } else {
                Litmus.Condition c = quantified((LockstepParser.QuantifiedClauseContext) clause);
                if (c.quantifier() == Litmus.Quantifier.FILTER) {
                    filter = once(filter, c, "filter");
                } else {
                    condition = once(condition, c, "final condition");
                }
            }
        }
        if (condition == null) {
            Span end = Spans.of(ctx.getStop());
            throw new InputException(Diagnostic.error(end, "missing final condition: exists, ~exists or forall"));
        }
        return new Litmus(file, name, List.copyOf(init), List.copyOf(processes), List.copyOf(locations), filter,
                condition, Spans.of(ctx));
    }

    private static String name(LockstepParser.LitmusNameContext ctx) throws InputException {
        if (!ctx.getChild(0).getText().equals("C") || ctx.getChildCount() < 2) {
            throw new InputException(Diagnostic.error(Spans.of(ctx),
                    "a C litmus test starts with 'C' and the test's name"));
        }
        StringBuilder name = new StringBuilder();
        for (int i = 1; i < ctx.getChildCount(); i++) {
            name.append(ctx.getChild(i).getText());
        }
        return name.toString();
    }

    private Litmus.InitEntry initEntry(LockstepParser.LitmusInitEntryContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.RegisterInitContext r) {
            Expr value = r.initializer() == null ? null : ast.exprs.initializer(r.initializer());
            return new Litmus.InitEntry(process(r.NUMBER().getText(), r), null, r.IDENT().getText(), value, span);
        } else if (ctx instanceof LockstepParser.TypedInitContext t) {
            Specifiers specs = ast.types.declarationSpecifiers(t.declarationSpecifiers());
            DeclaratorFolder.Declared declared = ast.types.declarators.declarator(specs.base(), t.declarator());
            Expr value = t.initializer() == null ? null : ast.exprs.initializer(t.initializer());
            return new Litmus.InitEntry(-1, declared.type(), declared.name(), value, span);
        }
        LockstepParser.LocationInitContext l = (LockstepParser.LocationInitContext) ctx;
        return new Litmus.InitEntry(-1, null, l.IDENT().getText(), ast.exprs.initializer(l.initializer()), span);
    }

    private Decl.Function process(LockstepParser.LitmusProcessContext ctx) throws InputException {
        TypeRef returns;
        List<String> storage = List.of();
        if (ctx.declarationSpecifiers() != null) {
            Specifiers specs = ast.types.declarationSpecifiers(ctx.declarationSpecifiers());
            returns = specs.base();
            storage = specs.storage();
        } else {
            returns = new TypeRef.Named("void", Spans.of(ctx.IDENT()));
        }
        DeclaratorFolder.Params params = ast.types.declarators.params(ctx.parameterList());
        return new Decl.Function(storage, returns, ctx.IDENT().getText(), params.params(), params.variadic(), List.of(),
                ast.stmts.block(ctx.compoundStatement()), Spans.of(ctx));
    }

    private Litmus.Condition quantified(LockstepParser.QuantifiedClauseContext ctx) throws InputException {
        String word = ctx.clauseWord().getText();
        boolean negated = ctx.TILDE() != null;
        Litmus.Quantifier quantifier = switch (word) {
            case "exists" -> negated ? Litmus.Quantifier.NOT_EXISTS : Litmus.Quantifier.EXISTS;
            case "forall" -> negated ? null : Litmus.Quantifier.FORALL;
            case "filter" -> negated ? null : Litmus.Quantifier.FILTER;
            default -> null;
        };
        if (quantifier == null) {
            throw new InputException(Diagnostic.error(Spans.of(ctx.clauseWord()),
                    "expected 'exists', '~exists', 'forall', 'filter' or 'locations' before '" + word + "'"));
        }
        return new Litmus.Condition(quantifier, prop(ctx.prop()), Spans.of(ctx));
    }

    private Litmus.Prop prop(LockstepParser.PropContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.ParenPropContext p) {
            return prop(p.prop());
        } else if (ctx instanceof LockstepParser.AndPropContext a) {
            return new Litmus.Prop.And(prop(a.prop(0)), prop(a.prop(1)), span);
        } else if (ctx instanceof LockstepParser.OrPropContext o) {
            return new Litmus.Prop.Or(prop(o.prop(0)), prop(o.prop(1)), span);
        } else if (ctx instanceof LockstepParser.ImpliesPropContext i) {
            return new Litmus.Prop.Implies(prop(i.prop(0)), prop(i.prop(1)), span);
        } else if (ctx instanceof LockstepParser.NotPropContext n) {
            return new Litmus.Prop.Not(prop(n.prop()), span);
        } else if (ctx instanceof LockstepParser.EqualsPropContext e) {
            return new Litmus.Prop.Equals(process(e.NUMBER() == null ? null : e.NUMBER().getText(), e),
                    e.IDENT().getText(), value(e.litmusValue()), span);
        }
        LockstepParser.ConstPropContext c = (LockstepParser.ConstPropContext) ctx;
        if (c.NUMBER() != null) {
            return new Litmus.Prop.Const(LiteralValues.integer(c.NUMBER().getText(), span) != 0, span);
        }
        String word = c.IDENT().getText();
        if (!word.equals("true") && !word.equals("false")) {
            throw new InputException(Diagnostic.error(span, "expected 'true', 'false' or a location=value test before '"
                    + word + "'"));
        }
        return new Litmus.Prop.Const(word.equals("true"), span);
    }

    private static Expr value(LockstepParser.LitmusValueContext ctx) throws InputException {
        Span span = Spans.of(ctx);
        if (ctx instanceof LockstepParser.NameValueContext n) {
            return new Expr.Name(n.IDENT().getText(), span);
        }
        LockstepParser.NumberValueContext number = (LockstepParser.NumberValueContext) ctx;
        String text = number.NUMBER().getText();
        Span numberSpan = Spans.of(number.NUMBER());
        Expr.IntLit lit = new Expr.IntLit(LiteralValues.integer(text, numberSpan), text, numberSpan);
        return number.MINUS() == null ? lit : new Expr.Unary("-", lit, span);
    }

    private static int process(String number, ParserRuleContext at) throws InputException {
        if (number == null) {
            return -1;
        }
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new InputException(Diagnostic.error(Spans.of(at), "expected a process number before ':', found '"
                    + number + "'"));
        }
    }

    private static void requireWord(String word, String wanted, ParseTree at) throws InputException {
        if (!word.equals(wanted)) {
            throw new InputException(Diagnostic.error(Spans.of((ParserRuleContext) at),
                    "expected '" + wanted + "' before '" + word + "'"));
        }
    }

    private static Litmus.Condition once(Litmus.Condition existing, Litmus.Condition next, String what) throws InputException {
        if (existing != null) {
            throw new InputException(Diagnostic.error(next.span(), "a litmus test has one " + what));
        }
        return next;
    }
}
