package dev.lockstep.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the structural invariants of a {@link Program} that every pass relies on: blocks numbered
 * by position with successors in range, parameters in registers {@code 0..n-1}, every register
 * below the function's count, calls of functions the program defines, globals the program has.
 * Returns the violations as readable lines (empty for a well-formed program).
 */
public final class IrVerifier {

    private IrVerifier() {
    }

    public static List<String> verify(Program program) {
        List<String> problems = new ArrayList<>();
        Set<String> globals = new HashSet<>();
        program.globals().forEach(g -> globals.add(g.name()));
        for (Function f : program.functions().values()) {
            new FunctionCheck(program, globals, f, problems).run();
        }
        return problems;
    }

    private record FunctionCheck(Program program, Set<String> globals, Function f, List<String> problems) {

        void run() {
            for (int i = 0; i < f.params().size(); i++) {
                if (f.params().get(i).index() != i) {
                    problem("parameter " + i + " is not in register " + i);
                }
            }
            if (f.blocks().isEmpty()) {
                problem("no blocks");
            }
            for (int i = 0; i < f.blocks().size(); i++) {
                BasicBlock b = f.blocks().get(i);
                if (b.index() != i) {
                    problem("block at position " + i + " has index " + b.index());
                }
                b.insns().forEach(this::insn);
                for (int s : b.terminator().successors()) {
                    if (s < 0 || s >= f.blocks().size()) {
                        problem("b" + i + " jumps to missing block b" + s);
                    }
                }
                if (b.terminator() instanceof Terminator.Branch br) {
                    value(br.condition());
                } else if (b.terminator() instanceof Terminator.Return r && r.value() != null) {
                    value(r.value());
                }
            }
        }

        private void insn(Insn insn) {
            for (var component : insn.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = component.getAccessor().invoke(insn);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v instanceof Value value) {
                    value(value);
                } else if (v instanceof List<?> list) {
                    list.stream().filter(Value.class::isInstance).map(Value.class::cast).forEach(this::value);
                }
            }
            if (insn instanceof Insn.Call c && c.callee() instanceof Value.FunctionRef ref
                    && !program.functions().containsKey(ref.name())) {
                problem("calls " + ref.name() + ", which the program does not define");
            }
        }

        private void value(Value v) {
            if (v instanceof Value.Reg r && (r.index() < 0 || r.index() >= f.registerCount())) {
                problem("register " + r + " is beyond the " + f.registerCount() + " registers");
            } else if (v instanceof Value.Global g && !globals.contains(g.name())) {
                problem("uses the unknown global @" + g.name());
            }
        }

        private void problem(String what) {
            problems.add(f.name() + ": " + what);
        }
    }
}
