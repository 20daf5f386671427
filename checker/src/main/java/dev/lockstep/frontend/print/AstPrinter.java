package dev.lockstep.frontend.print;

import dev.lockstep.frontend.ast.Decl;
import dev.lockstep.frontend.ast.Litmus;
import dev.lockstep.frontend.ast.TranslationUnit;

/**
 * Writes an AST back as source that parses to the same AST (spans aside): a translation unit as C
 * (macros are already expanded, includes already inlined), a litmus test in herd's format.
 */
public final class AstPrinter {

    final ExprPrinter exprs = new ExprPrinter(this);
    final TypePrinter types = new TypePrinter(this);
    final StmtPrinter stmts = new StmtPrinter(this);
    final DeclPrinter decls = new DeclPrinter(this);

    private AstPrinter() {}

    public static String print(TranslationUnit unit) {
        AstPrinter printer = new AstPrinter();
        StringBuilder out = new StringBuilder();
        for (Decl decl : unit.decls()) {
            if (decl instanceof Decl.Function f && f.body() != null) {
                out.append(printer.decls.functionHead(f)).append('\n');
                printer.stmts.block(f.body(), 0, out);
            } else {
                out.append(printer.decls.single(decl)).append('\n');
            }
        }
        return out.toString();
    }

    public static String print(Litmus litmus) {
        return new LitmusPrinter(new AstPrinter()).print(litmus);
    }
}
