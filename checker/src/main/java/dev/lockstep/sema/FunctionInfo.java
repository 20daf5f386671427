package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Annotation;
import dev.lockstep.frontend.ast.Decl;
import java.util.List;

/**
 * A function of the program: its type, its definition (null when only declared), the annotations
 * of all its declarations, and its parameters as symbols (from the definition when there is one).
 */
public record FunctionInfo(String name, CType.Function type, Decl.Function definition,
        List<Annotation> annotations, List<Symbol.Parameter> params, Span span) {

    public boolean isDefined() {
        return definition != null;
    }
}
