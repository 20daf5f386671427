package dev.lockstep.ir.lower;

import dev.lockstep.frontend.ast.Expr;
import dev.lockstep.sema.CType;
import java.util.Map;

/**
 * A brace initializer laid onto its type: each member ({@code name}) or element ({@code [i]})
 * that is given a value, nested as the type is; what is missing is zero.
 */
sealed interface InitTree {

    CType type();

    record Leaf(Expr value, CType type) implements InitTree {}

    record Node(Map<String, InitTree> children, CType type) implements InitTree {}
}
