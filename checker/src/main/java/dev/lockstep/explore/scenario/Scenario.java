package dev.lockstep.explore.scenario;

import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EntrySpec;
import java.util.List;

/**
 * One variant of the default scenario, ready to explore: each CPU's start state (the process
 * contexts it runs in order and the handlers that may interrupt it), the {@code __final} entries to
 * run after each execution, and a description of the parameter values chosen (empty if none).
 */
public record Scenario(List<CpuState> cpus, List<EntrySpec> finals, String parameters) {

    public Scenario {
        cpus = List.copyOf(cpus);
        finals = List.copyOf(finals);
    }
}
