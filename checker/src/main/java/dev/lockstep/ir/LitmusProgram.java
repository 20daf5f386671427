package dev.lockstep.ir;

import dev.lockstep.frontend.ast.Litmus;
import java.util.List;
import java.util.Map;

/**
 * A litmus test lowered for a litmus runner: a {@link Program} whose globals are the test's
 * locations with their initial values and whose functions include one per process; how each
 * process is called (its pointer parameters bound to the globals of the same name); the registers
 * of each process by name (to evaluate {@code 0:r0=1}); and the test's final condition and filter.
 */
public record LitmusProgram(String name, Program program, List<Process> processes,
        List<Litmus.Location> locations, Litmus.Condition filter, Litmus.Condition condition) {

    /**
     * Process {@code index} runs {@code function} of the program with {@code arguments}; its
     * registers ({@code r0}, ...) are those of the function's locals of the same names, read when
     * the process has returned.
     */
    public record Process(int index, String function, List<Value> arguments, Map<String, Value.Reg> registers) {}
}
