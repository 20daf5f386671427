package dev.lockstep.frontend.print;

import dev.lockstep.frontend.ast.Stmt;

/** Statements, one per line, indented with tabs. */
final class StmtPrinter {

    private final AstPrinter printer;

    StmtPrinter(AstPrinter printer) {
        this.printer = printer;
    }

    String blockInline(Stmt.Block block) {
        StringBuilder out = new StringBuilder();
        block(block, 0, out);
        return out.toString().stripTrailing();
    }

    void block(Stmt.Block block, int indent, StringBuilder out) {
        line(indent, out).append("{\n");
        for (Stmt s : block.items()) {
            stmt(s, indent + 1, out);
        }
        line(indent, out).append("}\n");
    }

    void stmt(Stmt s, int indent, StringBuilder out) {
        ExprPrinter exprs = printer.exprs;
        if (s instanceof Stmt.Block b) {
            block(b, indent, out);
        } else if (s instanceof Stmt.ExprStmt e) {
            line(indent, out).append(exprs.expr(e.expr(), ExprPrinter.COMMA)).append(";\n");
        } else if (s instanceof Stmt.Declaration d) {
            line(indent, out).append(printer.decls.group(d.decls())).append('\n');
        } else if (s instanceof Stmt.If i) {
            line(indent, out).append("if (").append(exprs.expr(i.condition(), ExprPrinter.COMMA)).append(")\n");
            body(i.then(), indent, out);
            if (i.otherwise() != null) {
                line(indent, out).append("else\n");
                body(i.otherwise(), indent, out);
            }
        } else if (s instanceof Stmt.While w) {
            line(indent, out).append("while (").append(exprs.expr(w.condition(), ExprPrinter.COMMA)).append(")\n");
            body(w.body(), indent, out);
        } else if (s instanceof Stmt.DoWhile d) {
            line(indent, out).append("do\n");
            body(d.body(), indent, out);
            line(indent, out).append("while (").append(exprs.expr(d.condition(), ExprPrinter.COMMA)).append(");\n");
        } else if (s instanceof Stmt.For f) {
            line(indent, out).append("for (").append(forInit(f.init())).append(' ')
                    .append(f.condition() == null ? "" : exprs.expr(f.condition(), ExprPrinter.COMMA)).append("; ")
                    .append(f.step() == null ? "" : exprs.expr(f.step(), ExprPrinter.COMMA)).append(")\n");
            body(f.body(), indent, out);
        } else if (s instanceof Stmt.Switch sw) {
            line(indent, out).append("switch (").append(exprs.expr(sw.selector(), ExprPrinter.COMMA)).append(")\n");
            body(sw.body(), indent, out);
        } else if (s instanceof Stmt.Case c) {
            line(indent, out).append("case ").append(exprs.expr(c.value(), ExprPrinter.CONDITIONAL));
            if (c.upTo() != null) {
                out.append(" ... ").append(exprs.expr(c.upTo(), ExprPrinter.CONDITIONAL));
            }
            out.append(":\n");
            stmt(c.body(), indent + 1, out);
        } else if (s instanceof Stmt.Default d) {
            line(indent, out).append("default:\n");
            stmt(d.body(), indent + 1, out);
        } else if (s instanceof Stmt.Labeled l) {
            line(indent, out).append(l.label()).append(":\n");
            stmt(l.body(), indent, out);
        } else if (s instanceof Stmt.Goto g) {
            line(indent, out).append("goto ").append(g.label()).append(";\n");
        } else if (s instanceof Stmt.Break) {
            line(indent, out).append("break;\n");
        } else if (s instanceof Stmt.Continue) {
            line(indent, out).append("continue;\n");
        } else if (s instanceof Stmt.Return r) {
            line(indent, out).append("return");
            if (r.value() != null) {
                out.append(' ').append(exprs.expr(r.value(), ExprPrinter.COMMA));
            }
            out.append(";\n");
        } else if (s instanceof Stmt.Empty) {
            line(indent, out).append(";\n");
        }
    }

    /** The body of a compound statement: a block at the statement's own indentation, else one deeper. */
    private void body(Stmt s, int indent, StringBuilder out) {
        stmt(s, s instanceof Stmt.Block ? indent : indent + 1, out);
    }

    private String forInit(Stmt init) {
        if (init == null) {
            return ";";
        } else if (init instanceof Stmt.Declaration d) {
            return printer.decls.group(d.decls());
        }
        return printer.exprs.expr(((Stmt.ExprStmt) init).expr(), ExprPrinter.COMMA) + ";";
    }

    private static StringBuilder line(int indent, StringBuilder out) {
        for (int i = 0; i < indent; i++) {
            out.append('\t');
        }
        return out;
    }
}
