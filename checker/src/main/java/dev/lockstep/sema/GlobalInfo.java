package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Expr;

/** A global object (or a function's static local): its symbol, type and static initializer (null: zero). */
public record GlobalInfo(Symbol.Global symbol, CType type, Expr init, Span span) {

    public String name() {
        return symbol.name();
    }
}
