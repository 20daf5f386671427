package dev.lockstep.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.ir.Insn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Graphs as an explorer builds them: a read not yet given its source, an RMW read whose write is
 * not appended yet, a write not yet placed in coherence. Every model accepts such consistent prefixes.
 */
class PrefixGraphsTest {

    @Test
    void modelsAcceptPrefixesBeingBuilt() {
        ExecutionGraph g = new ExecutionGraph();
        g.declareLocation(0);
        g.declareLocation(0);
        Event w = g.append(0, new Event(0, 0, 0, EventKind.WRITE, 0, 1, Insn.Access.ONCE, null, null, -1, List.of(),
                List.of(), List.of(), null));
        g.insertCoherence(w.id(), 1);
        g.append(0, new Event(0, 0, 0, EventKind.FENCE, -1, 0, null, null, Insn.FenceKind.FULL, -1, List.of(), List.of(),
                List.of(), null));
        g.append(1, new Event(0, 1, 0, EventKind.READ, 0, 0, Insn.Access.ONCE, null, null, -1, List.of(), List.of(),
                List.of(), null));
        Event rmwRead = g.append(1, new Event(0, 1, 0, EventKind.READ, 1, 0, null, Insn.Ordering.FULL, null,
                g.size() + 1, List.of(), List.of(), List.of(), null));
        g.setReadsFrom(rmwRead.id(), g.initWrite(1));
        for (MemoryModel m : Models.all()) {
            assertTrue(m.isConsistent(g), m.name() + " on a prefix with an unplaced RMW write");
        }
        g.append(1, new Event(0, 1, 0, EventKind.WRITE, 1, 1, null, Insn.Ordering.FULL, null, rmwRead.id(), List.of(),
                List.of(), List.of(), null));
        for (MemoryModel m : Models.all()) {
            assertTrue(m.isConsistent(g), m.name() + " on a prefix with a write not yet in coherence");
        }
    }
}
