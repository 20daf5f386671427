package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Span;
import java.util.List;

/** A top-level statement of a cat file. */
public sealed interface CatStatement {

    Span span();

    /** {@code include "file.cat"}: the file's statements, in place. */
    record Include(String file, Span span) implements CatStatement {}

    /** {@code let x = e and ...}. */
    record Let(List<CatExpr.Binding> bindings, Span span) implements CatStatement {}

    /** {@code let rec x = e and ...}: the least fixpoint. */
    record LetRec(List<CatExpr.Binding> bindings, Span span) implements CatStatement {}

    /**
     * {@code [flag] [~]acyclic|irreflexive|empty e [as name]}: an axiom the graph must satisfy, or
     * (a flag) a condition reported when it holds.
     */
    record Check(Role role, Test test, Polarity polarity, CatExpr expr, String name, Span span)
            implements CatStatement {}

    enum Role { AXIOM, FLAG }

    enum Test { ACYCLIC, IRREFLEXIVE, EMPTY }

    enum Polarity { HOLDS, NEGATED }
}
