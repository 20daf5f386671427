package dev.lockstep.explore;

import dev.lockstep.explore.heap.CellTable;
import dev.lockstep.explore.interp.Code;
import dev.lockstep.explore.interp.Interpreter;
import dev.lockstep.explore.parallel.Task;
import dev.lockstep.explore.parallel.TaskSplitter;
import dev.lockstep.explore.parallel.WorkPool;
import dev.lockstep.explore.scenario.Scenario;
import dev.lockstep.explore.scenario.RwsemWriterPreference;
import dev.lockstep.explore.scenario.ScenarioSource;
import dev.lockstep.explore.scenario.NonReentrantGuards;
import dev.lockstep.explore.search.Dpor;
import dev.lockstep.explore.search.SearchPolicy;
import dev.lockstep.explore.search.Splitter;
import dev.lockstep.ir.Program;
import dev.lockstep.memory.MemoryModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker: sets the scenario up (its own cells and interpreter) and explores every variant, or,
 * with a pool, the tasks it takes from the pool until the search is over.
 */
final class Worker {
    private Worker() {}

    static Exploration run(Program program, MemoryModel model, ExploreOptions options, WorkPool pool,
            long deadline, AtomicLong budget, ScenarioSource source, ExecutionObserver observer) throws InterruptedException {
        Code code = new Code(RwsemWriterPreference.apply(NonReentrantGuards.guard(program)));
        CellTable cells = new CellTable();
        Exploration exploration = new Exploration(model.name(), options, code, cells, deadline, budget, observer);
        List<Scenario> scenarios = source.build(code, cells, options, exploration);
        if (pool == null) {
            for (int v = 0; v < scenarios.size() && !exploration.stopped(); v++) {
                explore(scenarios.get(v), v, model, options, code, cells, exploration, Splitter.ALL);
            }
            return exploration;
        }
        pool.seed(scenarios.size());
        for (Task task = pool.next(); task != null; task = pool.next()) {
            try {
                if (!exploration.stopped()) {
                    explore(scenarios.get(task.variant()), task.variant(), model, options, code, cells, exploration,
                            new TaskSplitter(task, pool));
                }
            } finally {
                pool.done();
            }
        }
        return exploration;
    }

    private static void explore(Scenario scenario, int variant, MemoryModel model, ExploreOptions options, Code code,
            CellTable cells, Exploration exploration, Splitter splitter) {
        int cpus = scenario.cpus().size();
        Interpreter interpreter = new Interpreter(code, cells, exploration, options.loopBound(), cpus);
        Dpor dpor = new Dpor(interpreter, SearchPolicy.of(model), cpus, exploration, splitter);
        exploration.attach(dpor, variant, scenario.finals(), cpus);
        dpor.run(scenario.cpus());
    }
}
