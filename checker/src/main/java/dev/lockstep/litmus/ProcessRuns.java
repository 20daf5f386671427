package dev.lockstep.litmus;

import dev.lockstep.frontend.ast.Decl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** Every run of one process: its body executed once per sequence of read values drawn from the domains. */
final class ProcessRuns {

    private final Locations locations;
    private final int process;
    private final Decl.Function body;
    private final Map<String, Long> registerInit;

    ProcessRuns(Locations locations, int process, Decl.Function body, Map<String, Long> registerInit) {
        this.locations = locations;
        this.process = process;
        this.body = body;
        this.registerInit = registerInit;
    }

    List<ProcessRun> enumerate(List<SortedSet<Long>> domains) {
        List<ProcessRun> runs = new ArrayList<>();
        Choices choices = new Choices();
        do {
            ProcessState state = new ProcessState(locations, domains, choices, registerInit);
            try {
                new ProcessEvaluator(state).execute(body.body());
                runs.add(state.finish(process));
            } catch (Infeasible impossible) {
                // this sequence of read values cannot happen: no run
            }
        } while (choices.advance());
        return runs;
    }
}
