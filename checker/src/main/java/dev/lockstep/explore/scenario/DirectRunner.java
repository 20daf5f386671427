package dev.lockstep.explore.scenario;

import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.CpuStatus;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.interp.MemOp;

/**
 * Runs one context alone, with no other CPU and no interrupt ({@code __init} before everything,
 * {@code __final} after): its memory operations apply at once to a memory given by the caller.
 */
public final class DirectRunner {

    /** The memory a lone context reads and writes. */
    public interface Memory {
        long read(int cell);

        void write(int cell, long value);
    }

    private DirectRunner() {}

    /** Runs {@code cpu} to its end (or until it blocks or stops); returns its final status. */
    public static CpuStatus run(Interpreter interpreter, CpuState cpu, Memory memory) {
        interpreter.advance(cpu);
        int steps = 0;
        while (true) {
            if (cpu.status() == CpuStatus.NEEDS_CHOICE) {
                interpreter.choose(cpu, 0, steps);
                continue;
            }
            if (cpu.status() != CpuStatus.NEEDS_EVENT) {
                return cpu.status();
            }
            MemOp op = cpu.pending();
            long value = 0;
            switch (op.kind()) {
                case LOAD -> value = memory.read(op.cell());
                case STORE -> memory.write(op.cell(), op.storeValue());
                case RMW -> {
                    value = memory.read(op.cell());
                    if (op.rmw().writes(value)) {
                        memory.write(op.cell(), op.rmw().newValue(value));
                    }
                }
                case FENCE -> value = 0;
            }
            interpreter.resume(cpu, value, steps++);
        }
    }

    /** A memory over a table of initial values with writes recorded in a map. */
    public static Memory overlay(java.util.function.IntToLongFunction initial) {
        java.util.Map<Integer, Long> written = new java.util.HashMap<>();
        return new Memory() {
            @Override
            public long read(int cell) {
                Long v = written.get(cell);
                return v != null ? v : initial.applyAsLong(cell);
            }

            @Override
            public void write(int cell, long value) {
                written.put(cell, value);
            }
        };
    }
}
