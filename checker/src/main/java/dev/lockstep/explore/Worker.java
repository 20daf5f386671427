package dev.lockstep.explore;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.scenario.Scenario;
import dev.lockstep.explore.scenario.RwsemWriterPreference;
import dev.lockstep.explore.scenario.ScenarioSource;
import dev.lockstep.explore.scenario.TaskletGuards;
import dev.lockstep.explore.search.Dpor;
import dev.lockstep.explore.search.SearchPolicy;
import dev.lockstep.explore.search.Splitter;
import dev.lockstep.ir.Program;
import dev.lockstep.memory.MemoryModel;
import java.util.List;

/** One worker: sets the scenario up (its own cells and interpreter) and explores its share of every variant. */
final class Worker {
    private Worker() {}

    static Exploration run(Program program, MemoryModel model, ExploreOptions options, Splitter splitter,
            long deadline, long[] budget, ScenarioSource source, ExecutionObserver observer) {
        Code code = new Code(RwsemWriterPreference.apply(TaskletGuards.guard(program)));
        CellTable cells = new CellTable();
        Exploration exploration = new Exploration(model.name(), options, code, cells, deadline, budget, observer);
        List<Scenario> scenarios = source.build(code, cells, options, exploration);
        for (int v = 0; v < scenarios.size() && !exploration.stopped(); v++) {
            Scenario scenario = scenarios.get(v);
            int cpus = scenario.cpus().size();
            Interpreter interpreter = new Interpreter(code, cells, exploration, options.loopBound(), cpus);
            Dpor dpor = new Dpor(interpreter, SearchPolicy.of(model), cpus, exploration, splitter);
            exploration.attach(dpor, v, scenario.finals(), cpus);
            dpor.run(scenario.cpus());
        }
        return exploration;
    }
}
