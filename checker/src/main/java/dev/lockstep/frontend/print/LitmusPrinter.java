package dev.lockstep.frontend.print;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.frontend.ast.Litmus;
import java.util.ArrayList;
import java.util.List;

/** A litmus test in herd's C format. */
final class LitmusPrinter {

    private final AstPrinter printer;

    LitmusPrinter(AstPrinter printer) {
        this.printer = printer;
    }

    String print(Litmus litmus) {
        StringBuilder out = new StringBuilder("C ").append(litmus.name()).append("\n\n{\n");
        for (Litmus.InitEntry entry : litmus.init()) {
            out.append('\t').append(initEntry(entry)).append(";\n");
        }
        out.append("}\n");
        for (Decl.Function process : litmus.processes()) {
            out.append('\n').append(printer.decls.functionHead(process)).append('\n');
            printer.stmts.block(process.body(), 0, out);
        }
        out.append('\n');
        if (!litmus.locations().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Litmus.Location l : litmus.locations()) {
                parts.add(register(l.process(), l.name()));
            }
            out.append("locations [").append(String.join("; ", parts)).append("]\n");
        }
        if (litmus.filter() != null) {
            out.append(condition(litmus.filter())).append('\n');
        }
        return out.append(condition(litmus.condition())).append('\n').toString();
    }

    private String initEntry(Litmus.InitEntry entry) {
        String value = entry.value() == null ? "" : " = " + printer.exprs.expr(entry.value(), ExprPrinter.ASSIGN);
        if (entry.type() != null) {
            return printer.types.declare(entry.type(), entry.name()) + value;
        }
        return register(entry.process(), entry.name()) + value;
    }

    private static String register(int process, String name) {
        return process >= 0 ? process + ":" + name : name;
    }

    private String condition(Litmus.Condition c) {
        String word = switch (c.quantifier()) {
            case EXISTS -> "exists";
            case NOT_EXISTS -> "~exists";
            case FORALL -> "forall";
            case FILTER -> "filter";
        };
        String prop = prop(c.prop());
        return word + " " + (prop.startsWith("(") ? prop : "(" + prop + ")");
    }

    private String prop(Litmus.Prop p) {
        if (p instanceof Litmus.Prop.And a) {
            return "(" + prop(a.left()) + " /\\ " + prop(a.right()) + ")";
        } else if (p instanceof Litmus.Prop.Or o) {
            return "(" + prop(o.left()) + " \\/ " + prop(o.right()) + ")";
        } else if (p instanceof Litmus.Prop.Implies i) {
            return "(" + prop(i.left()) + " => " + prop(i.right()) + ")";
        } else if (p instanceof Litmus.Prop.Not n) {
            return "~" + prop(n.operand());
        } else if (p instanceof Litmus.Prop.Const c) {
            return c.value() ? "true" : "false";
        }
        Litmus.Prop.Equals e = (Litmus.Prop.Equals) p;
        return register(e.process(), e.name()) + "=" + value(e.value());
    }

    private static String value(Expr value) {
        if (value instanceof Expr.Unary u && u.operand() instanceof Expr.IntLit i) {
            return "-" + i.text();
        } else if (value instanceof Expr.IntLit i) {
            return i.text();
        }
        return ((Expr.Name) value).name();
    }
}
