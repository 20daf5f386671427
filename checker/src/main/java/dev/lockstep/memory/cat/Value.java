package dev.lockstep.memory.cat;

import dev.lockstep.memory.Relation;
import java.util.BitSet;
import java.util.List;

/** What a cat expression evaluates to over one graph. */
sealed interface Value {

    /** How an error message names the value's type. */
    String typeName();

    /** A set of events. */
    record Events(BitSet set) implements Value {
        @Override
        public String typeName() {
            return "a set";
        }
    }

    /** A relation over the events. */
    record Rel(Relation relation) implements Value {
        @Override
        public String typeName() {
            return "a relation";
        }
    }

    /** {@code 0}: empty, a set or a relation as its use needs. */
    record Nothing() implements Value {
        @Override
        public String typeName() {
            return "0";
        }
    }

    /** A function defined in the file, with the names it was defined among. */
    record Function(String name, List<String> parameters, CatExpr body, Env env) implements Value {
        @Override
        public String typeName() {
            return "a function";
        }
    }

    /** The functions every model has. */
    enum Builtin implements Value {
        /** {@code domain(r)}: the events {@code r} relates to something. */
        DOMAIN("domain"),
        /** {@code range(r)}: the events something is related to by {@code r}. */
        RANGE("range"),
        /** {@code fencerel(S) = po; [S]; po}. */
        FENCEREL("fencerel");

        final String catName;

        Builtin(String catName) {
            this.catName = catName;
        }

        @Override
        public String typeName() {
            return "a function";
        }
    }

    /** Whether two values are the same set or relation ({@code 0} is the same as any empty one). */
    static boolean same(Value a, Value b) {
        if (a instanceof Nothing) {
            return isEmpty(b);
        }
        if (b instanceof Nothing) {
            return isEmpty(a);
        }
        return a.equals(b);
    }

    static boolean isEmpty(Value v) {
        if (v instanceof Events e) {
            return e.set().isEmpty();
        }
        if (v instanceof Rel r) {
            return r.relation().isEmpty();
        }
        return v instanceof Nothing;
    }
}
