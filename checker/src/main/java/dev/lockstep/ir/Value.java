package dev.lockstep.ir;

import java.util.Objects;

/** An operand of an instruction: a register of the function, a constant, or an address known statically. */
public sealed interface Value {

    /** A virtual register (a non-address-taken scalar local, a parameter or a temporary). */
    record Reg(int index, String name) implements Value {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(index, name);
        }

        @Override
        public String toString() {
            return "%" + index + (name.isEmpty() ? "" : "(" + name + ")");
        }
    }

    record Const(long value) implements Value {
        /** Written out: the generated one bootstraps method handles when first called, at start-up. */
        @Override
        public int hashCode() {
            return Objects.hash(value);
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** The address of a global object. */
    record Global(String name) implements Value {
        @Override
        public String toString() {
            return "@" + name;
        }
    }

    /** A function used as a value (a pointer to it). */
    record FunctionRef(String name) implements Value {
        @Override
        public String toString() {
            return "&" + name;
        }
    }

    /** The null pointer. */
    record Null() implements Value {
        @Override
        public String toString() {
            return "NULL";
        }
    }

    /** A string literal (an immutable object; used for thread names and messages). */
    record Str(String text) implements Value {
        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }
}
