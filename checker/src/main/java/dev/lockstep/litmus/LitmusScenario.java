package dev.lockstep.litmus;

import dev.lockstep.explore.ExploreOptions;
import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.ContextKind;
import dev.lockstep.explore.interp.CpuState;
import dev.lockstep.explore.interp.EntrySpec;
import dev.lockstep.explore.interp.Listener;
import dev.lockstep.explore.interp.Operands;
import dev.lockstep.explore.scenario.Scenario;
import dev.lockstep.explore.scenario.ScenarioSource;
import dev.lockstep.ir.LitmusProgram;
import java.util.ArrayList;
import java.util.List;

/**
 * A litmus test's scenario: each process alone on a CPU of its own, called with the addresses of
 * the locations its parameters name; no interrupts, nothing before or after.
 */
final class LitmusScenario implements ScenarioSource {
    private final LitmusProgram test;

    LitmusScenario(LitmusProgram test) {
        this.test = test;
    }

    @Override
    public List<Scenario> build(Code code, CellTable cells, ExploreOptions options, Listener listener) {
        Operands operands = new Operands(code, cells);
        List<CpuState> cpus = new ArrayList<>();
        for (LitmusProgram.Process p : test.processes()) {
            List<Long> args = p.arguments().stream().map(operands::constant).toList();
            EntrySpec entry = new EntrySpec(ContextKind.PROCESS, p.function(), args, "process:P" + p.index(), 1);
            cpus.add(new CpuState(cpus.size(), List.of(entry), List.of()));
        }
        return List.of(new Scenario(cpus, List.of(), ""));
    }
}
