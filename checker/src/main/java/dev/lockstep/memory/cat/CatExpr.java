package dev.lockstep.memory.cat;

import dev.lockstep.frontend.Span;
import java.util.List;

/** An expression of a cat file. */
public sealed interface CatExpr {

    Span span();

    /** A set, relation or function by name. */
    record Name(String name, Span span) implements CatExpr {}

    /** {@code f(a, b)}. */
    record Call(String function, List<CatExpr> arguments, Span span) implements CatExpr {}

    /** {@code 0}: the empty set or relation. */
    record Nothing(Span span) implements CatExpr {}

    /** {@code _}: every event. */
    record Universe(Span span) implements CatExpr {}

    /** {@code [S]}: the identity on the set {@code S}. */
    record IdentityOn(CatExpr set, Span span) implements CatExpr {}

    record Unary(UnaryOp op, CatExpr operand, Span span) implements CatExpr {}

    record Binary(BinaryOp op, CatExpr left, CatExpr right, Span span) implements CatExpr {}

    /** {@code let x = e and ... in body}: the bindings see what is outside. */
    record LetIn(List<Binding> bindings, CatExpr body, Span span) implements CatExpr {}

    /** {@code let rec x = e and ... in body}: the least fixpoint of the bindings. */
    record LetRecIn(List<Binding> bindings, CatExpr body, Span span) implements CatExpr {}

    /** The value of {@code let f(a, b) = body}: a function of its parameters. */
    record Lambda(List<String> parameters, CatExpr body, Span span) implements CatExpr {}

    /** {@code name = value}, where a function's value is a {@link Lambda}. */
    record Binding(String name, CatExpr value, Span span) {}

    enum UnaryOp {
        /** {@code r^-1}. */ INVERSE("^-1"),
        /** {@code r*}: reflexive-transitive closure. */ STAR("*"),
        /** {@code r+}: transitive closure. */ PLUS("+"),
        /** {@code r?}: reflexive closure. */ OPTION("?"),
        /** {@code ~x}: complement. */ COMPLEMENT("~");

        final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    enum BinaryOp {
        UNION("|"), INTERSECTION("&"), DIFFERENCE("\\"), SEQUENCE(";"),
        /** {@code S * T}: the cartesian product of two sets. */ PRODUCT("*");

        final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
