package dev.lockstep.litmus;

import dev.lockstep.memory.ExecutionGraph;
import java.util.List;
import java.util.Map;

/** The registers of every process and the last value of every location in coherence order. */
record FinalState(List<Map<String, Long>> registers, long[] memory) {

    static FinalState of(List<ProcessRun> runs, ExecutionGraph graph) {
        long[] memory = new long[graph.locationCount()];
        for (int l = 0; l < memory.length; l++) {
            List<Integer> co = graph.coherence(l);
            memory[l] = graph.event(co.get(co.size() - 1)).value();
        }
        return new FinalState(runs.stream().map(ProcessRun::registers).toList(), memory);
    }

    long register(int process, String name) {
        return process < registers.size() ? registers.get(process).getOrDefault(name, 0L) : 0L;
    }

    long location(int location) {
        return memory[location];
    }
}
