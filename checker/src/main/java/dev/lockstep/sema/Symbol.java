package dev.lockstep.sema;

import dev.lockstep.frontend.Span;
import java.util.Objects;

/** What an identifier in an expression refers to. */
public sealed interface Symbol {

    String name();

    CType type();

    Span span();

    /** A file-scope object (also a function's {@code static} local, named {@code function.name}). */
    record Global(String name, CType type, Span span) implements Symbol {}

    /** A block-scope object of {@code function}; {@code id} is unique within it. */
    record Local(String name, CType type, String function, int id, Span span) implements Symbol {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(name, type, function, id, span);
        }
    }

    /** The {@code index}-th parameter of {@code function}. */
    record Parameter(String name, CType type, String function, int index, Span span) implements Symbol {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(name, type, function, index, span);
        }
    }

    /** A function, defined or only declared. */
    record Function(String name, CType.Function type, Span span) implements Symbol {}

    /** An enumeration constant. */
    record EnumConstant(String name, long value, Span span) implements Symbol {
        @Override
        public CType type() {
            return Types.INT;
        }
    }
}
