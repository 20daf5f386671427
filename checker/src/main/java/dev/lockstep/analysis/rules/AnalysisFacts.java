package dev.lockstep.analysis.rules;

import dev.lockstep.analysis.event.Observation;
import dev.lockstep.analysis.graph.ContextMap;
import dev.lockstep.ir.Program;
import java.util.ArrayList;
import java.util.List;

/** What the rules match on: every function's observations and the contexts each function runs in. */
public record AnalysisFacts(Program program, List<Observation> observations, ContextMap contexts) {

    public AnalysisFacts {
        observations = List.copyOf(observations);
    }

    public <T extends Observation> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Observation o : observations) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }
}
