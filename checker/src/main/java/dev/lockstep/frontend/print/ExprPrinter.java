package dev.lockstep.frontend.print;

import dev.lockstep.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Expressions with the parentheses C's precedence needs, and no others. */
final class ExprPrinter {

    static final int COMMA = 1;
    static final int ASSIGN = 2;
    static final int CONDITIONAL = 3;
    static final int UNARY = 14;
    static final int POSTFIX = 15;
    static final int PRIMARY = 16;

    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry("*", 13), Map.entry("/", 13), Map.entry("%", 13), Map.entry("+", 12), Map.entry("-", 12),
            Map.entry("<<", 11), Map.entry(">>", 11), Map.entry("<", 10), Map.entry(">", 10), Map.entry("<=", 10),
            Map.entry(">=", 10), Map.entry("==", 9), Map.entry("!=", 9), Map.entry("&", 8), Map.entry("^", 7),
            Map.entry("|", 6), Map.entry("&&", 5), Map.entry("||", 4));

    private final AstPrinter printer;

    ExprPrinter(AstPrinter printer) {
        this.printer = printer;
    }

    /** {@code e} as text that parses back at precedence {@code min} or tighter. */
    String expr(Expr e, int min) {
        String text = raw(e);
        return level(e) < min ? "(" + text + ")" : text;
    }

    private static int level(Expr e) {
        if (e instanceof Expr.Binary b) {
            return BINARY.get(b.op());
        } else if (e instanceof Expr.Assign) {
            return ASSIGN;
        } else if (e instanceof Expr.Conditional) {
            return CONDITIONAL;
        } else if (e instanceof Expr.Comma) {
            return COMMA;
        } else if (e instanceof Expr.Unary || e instanceof Expr.Cast || e instanceof Expr.SizeofExpr
                || e instanceof Expr.SizeofType) {
            return UNARY;
        } else if (e instanceof Expr.Index || e instanceof Expr.Call || e instanceof Expr.Member
                || e instanceof Expr.Postfix || e instanceof Expr.CompoundLiteral) {
            return POSTFIX;
        }
        return PRIMARY;
    }

    private String raw(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        } else if (e instanceof Expr.IntLit i) {
            return i.text();
        } else if (e instanceof Expr.CharLit c) {
            return c.text();
        } else if (e instanceof Expr.StringLit s) {
            return StringLiterals.quote(s.text());
        } else if (e instanceof Expr.Binary b) {
            int l = BINARY.get(b.op());
            return expr(b.left(), l) + " " + b.op() + " " + expr(b.right(), l + 1);
        } else if (e instanceof Expr.Assign a) {
            return expr(a.target(), CONDITIONAL + 1) + " " + a.op() + " " + expr(a.value(), ASSIGN);
        } else if (e instanceof Expr.Conditional c) {
            String then = c.then() == null ? "" : " " + expr(c.then(), COMMA) + " ";
            return expr(c.condition(), CONDITIONAL + 1) + " ?" + then + ": " + expr(c.otherwise(), CONDITIONAL);
        } else if (e instanceof Expr.Unary u) {
            String operand = expr(u.operand(), UNARY);
            boolean clash = !operand.isEmpty() && operand.charAt(0) == u.op().charAt(u.op().length() - 1);
            return u.op() + (clash ? " " : "") + operand;
        } else if (e instanceof Expr.Postfix p) {
            return expr(p.operand(), POSTFIX) + p.op();
        } else if (e instanceof Expr.Call c) {
            return expr(c.callee(), POSTFIX) + "(" + list(c.args()) + ")";
        } else if (e instanceof Expr.Index i) {
            return expr(i.array(), POSTFIX) + "[" + expr(i.index(), COMMA) + "]";
        } else if (e instanceof Expr.Member m) {
            return expr(m.object(), POSTFIX) + (m.access() == Expr.Access.DOT ? "." : "->") + m.field();
        } else if (e instanceof Expr.Cast c) {
            return "(" + printer.types.declare(c.type(), "") + ")" + expr(c.operand(), UNARY);
        } else if (e instanceof Expr.SizeofExpr s) {
            String operand = expr(s.operand(), UNARY);
            return operand.startsWith("(") ? "sizeof" + operand : "sizeof " + operand;
        } else if (e instanceof Expr.SizeofType s) {
            return "sizeof(" + printer.types.declare(s.type(), "") + ")";
        } else if (e instanceof Expr.Comma c) {
            List<String> parts = new ArrayList<>();
            for (Expr part : c.exprs()) {
                parts.add(expr(part, ASSIGN));
            }
            return String.join(", ", parts);
        } else if (e instanceof Expr.StatementExpr s) {
            return "(" + printer.stmts.blockInline(s.block()) + ")";
        } else if (e instanceof Expr.ContainerOf c) {
            return "container_of(" + expr(c.pointer(), ASSIGN) + ", " + printer.types.declare(c.type(), "") + ", "
                    + c.member() + ")";
        } else if (e instanceof Expr.OffsetOf o) {
            return "offsetof(" + printer.types.declare(o.type(), "") + ", " + o.member() + ")";
        } else if (e instanceof Expr.InitList l) {
            return initList(l);
        } else if (e instanceof Expr.CompoundLiteral c) {
            return "(" + printer.types.declare(c.type(), "") + ")" + initList(c.init());
        }
        throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
    }

    private String list(List<Expr> exprs) {
        List<String> parts = new ArrayList<>();
        for (Expr e : exprs) {
            parts.add(expr(e, ASSIGN));
        }
        return String.join(", ", parts);
    }

    String initList(Expr.InitList list) {
        if (list.items().isEmpty()) {
            return "{ }";
        }
        List<String> parts = new ArrayList<>();
        for (Expr.InitItem item : list.items()) {
            StringBuilder part = new StringBuilder();
            for (Expr.Designator d : item.designators()) {
                if (d instanceof Expr.Designator.Field f) {
                    part.append('.').append(f.name());
                } else if (d instanceof Expr.Designator.Element el) {
                    part.append('[').append(expr(el.index(), ASSIGN)).append(']');
                }
            }
            if (!item.designators().isEmpty()) {
                part.append(" = ");
            }
            parts.add(part.append(expr(item.value(), ASSIGN)).toString());
        }
        return "{ " + String.join(", ", parts) + " }";
    }
}
