package dev.lockstep.ir.lower;

import dev.lockstep.frontend.Span;
import dev.lockstep.frontend.ast.Stmt;
import dev.lockstep.ir.Insn;
import dev.lockstep.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The variables declared with {@code __attribute__((cleanup(fn)))} in the scopes open at the point
 * being lowered, and the calls {@code fn(&var)} that leaving those scopes runs, innermost scope
 * first and in each scope in reverse order of declaration, as GCC does: at the end of a block, on
 * {@code return}, on {@code break}/{@code continue} out of the scope and on a {@code goto} to a
 * label outside it. This is all {@code linux/cleanup.h} needs ({@code guard}, {@code scoped_guard},
 * {@code __free}).
 */
final class Cleanups {

    /**
     * {@code fn(address)}, for the variable declared at {@code declared}; {@code guarded} is the
     * lock class of what the variable was made from (the lock a guard's constructor was given), or
     * null: the call passes it as the class of its argument.
     */
    record Action(Value.FunctionRef fn, Value address, String guarded, Span declared) {}

    /** A scope: the statement that opens it (compared by identity) and its actions so far. */
    private record Scope(Stmt owner, List<Action> actions) {}

    private final LowerState s;
    private final List<Scope> open = new ArrayList<>();

    Cleanups(LowerState s) {
        this.s = s;
    }

    void enter(Stmt owner) {
        open.add(new Scope(owner, new ArrayList<>()));
    }

    /** Closes the innermost scope: falling off its end runs its actions. */
    void leave(Span end) {
        unwindTo(open.size() - 1, end);
        open.remove(open.size() - 1);
    }

    void add(Action a) {
        open.get(open.size() - 1).actions().add(a);
    }

    /** How many scopes are open (a loop or switch records it: a break out of it closes the scopes above). */
    int depth() {
        return open.size();
    }

    /** Runs the actions of every scope above {@code depth}, innermost first, at {@code at} (no scope closes). */
    void unwindTo(int depth, Span at) {
        for (int i = open.size() - 1; i >= depth; i--) {
            List<Action> actions = open.get(i).actions();
            for (int j = actions.size() - 1; j >= 0; j--) {
                Action a = actions.get(j);
                s.emit(new Insn.Call(null, a.fn(), List.of(a.address()), java.util.Collections.singletonList(a.guarded()),
                        at));
            }
        }
    }

    /** A {@code goto} to a label inside the scopes {@code target} (outermost first): leaves the scopes not among them. */
    void unwindForGoto(List<Stmt> target, Span at) {
        int common = 0;
        while (common < open.size() && common < target.size() && open.get(common).owner() == target.get(common)) {
            common++;
        }
        unwindTo(common, at);
    }
}
