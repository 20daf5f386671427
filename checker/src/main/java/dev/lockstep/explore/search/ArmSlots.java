package dev.lockstep.explore.search;

import dev.lockstep.explore.interp.MemOp;
import dev.lockstep.memory.ArmClass;
import dev.lockstep.memory.EventKind;
import dev.lockstep.memory.EventTags;
import java.util.Arrays;

/**
 * Each slot's {@link ArmClass}, read from its event's kernel tags (as the exported graph's event
 * would have them) once per event placed there: kept while the slot holds the same operation and
 * kind.
 */
final class ArmSlots {
    private MemOp[][] ops;
    private byte[][] kinds;
    private int[][] classes;

    ArmSlots(int cpus) {
        ops = new MemOp[cpus][16];
        kinds = new byte[cpus][16];
        classes = new int[cpus][16];
    }

    /** The class of the read, write or fence in slot {@code ref}; 0 for an initial write. */
    int of(SearchGraph g, int ref) {
        if (Ref.isInit(ref)) {
            return 0;
        }
        int cpu = Ref.cpu(ref);
        int pos = Ref.pos(ref);
        if (pos >= ops[cpu].length) {
            int n = Math.max(pos + 1, 2 * ops[cpu].length);
            ops[cpu] = Arrays.copyOf(ops[cpu], n);
            kinds[cpu] = Arrays.copyOf(kinds[cpu], n);
            classes[cpu] = Arrays.copyOf(classes[cpu], n);
        }
        MemOp op = g.op(ref);
        byte kind = g.kind(ref);
        if (ops[cpu][pos] != op || kinds[cpu][pos] != kind) {
            EventKind k = kind == SearchGraph.READ ? EventKind.READ
                    : kind == SearchGraph.WRITE ? EventKind.WRITE : EventKind.FENCE;
            // Whether a read-modify-write wrote (the tags' MB or Once, LKR or LF) changes no class.
            boolean rmw = g.isRmwRead(ref) || g.isRmwWrite(ref);
            classes[cpu][pos] = ArmClass.of(k, EventTags.of(k, rmw, op.access(), op.ordering(), op.fence(),
                    Primitives.of(op)));
            ops[cpu][pos] = op;
            kinds[cpu][pos] = kind;
        }
        return classes[cpu][pos];
    }
}
