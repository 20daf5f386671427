package dev.lockstep.memory;

import java.util.BitSet;

/** A graph's events as {@link ArmClass} reads them, one set per class. */
record ArmEvents(BitSet acquire, BitSet release, BitSet dmbFull, BitSet dmbLoad, BitSet dmbStore,
        BitSet trailingDmb) {

    static ArmEvents of(ExecutionGraph g) {
        ArmEvents ev = new ArmEvents(new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet());
        for (Event e : g.events()) {
            int c = ArmClass.of(e.kind(), EventTags.of(e));
            int id = e.id();
            ev.acquire.set(id, (c & ArmClass.ACQUIRE) != 0);
            ev.release.set(id, (c & ArmClass.RELEASE) != 0);
            ev.trailingDmb.set(id, (c & ArmClass.TRAILING_DMB) != 0);
            ev.dmbFull.set(id, (c & ArmClass.DMB_FULL) != 0);
            ev.dmbLoad.set(id, (c & ArmClass.DMB_LOAD) != 0);
            ev.dmbStore.set(id, (c & ArmClass.DMB_STORE) != 0);
        }
        return ev;
    }
}
