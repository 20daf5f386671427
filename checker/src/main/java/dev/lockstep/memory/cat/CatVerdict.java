package dev.lockstep.memory.cat;

import java.util.List;

/**
 * What a model says of one graph: the first axiom it fails (null when the graph is consistent)
 * and the flags raised (herd's {@code flag}: conditions worth reporting, such as a data race, in
 * the order the model checks them; flags after a failed axiom are not evaluated).
 */
public record CatVerdict(String failedAxiom, List<String> flags) {

    public boolean consistent() {
        return failedAxiom == null;
    }
}
