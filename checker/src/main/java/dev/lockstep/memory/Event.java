package dev.lockstep.memory;

import dev.lockstep.ir.Insn;
import java.util.List;

/**
 * One event of an execution graph. {@code thread} is the CPU whose program order it is in
 * (interrupt handlers' events are in the interrupted CPU's order); the initial writes have thread -1.
 * {@code index} is its position in that CPU's program order. {@code mode} says how the access is
 * marked ({@code PLAIN}, {@code ONCE}, {@code ACQUIRE}, {@code RELEASE}); {@code ordering} is an
 * RMW's ordering (null otherwise); {@code fence} is set for fences. {@code rmwPartner} links the
 * two halves of a read-modify-write (-1 otherwise). Dependencies list the read events the address,
 * the value (data) or the control flow before this event depend on. {@code origin} is whatever the
 * explorer needs to map the event back to code (an instruction and its context); models ignore it.
 * {@code primitive} names the kernel primitive where the marks alone do not (lock, unlock, RCU;
 * null otherwise). {@link EventTags} turns the marks into the kernel's tags.
 */
public record Event(int id, int thread, int index, EventKind kind, int location, long value,
        Insn.Access mode, Insn.Ordering ordering, Insn.FenceKind fence, int rmwPartner,
        List<Integer> addrDeps, List<Integer> dataDeps, List<Integer> ctrlDeps, Object origin, Primitive primitive) {

    /** An event that is no lock, unlock or RCU event. */
    public Event(int id, int thread, int index, EventKind kind, int location, long value,
            Insn.Access mode, Insn.Ordering ordering, Insn.FenceKind fence, int rmwPartner,
            List<Integer> addrDeps, List<Integer> dataDeps, List<Integer> ctrlDeps, Object origin) {
        this(id, thread, index, kind, location, value, mode, ordering, fence, rmwPartner, addrDeps, dataDeps, ctrlDeps,
                origin, null);
    }

    public boolean isRead() {
        return kind == EventKind.READ;
    }

    public boolean isWrite() {
        return kind == EventKind.WRITE;
    }

    public boolean isInit() {
        return thread < 0;
    }

    public boolean isRmw() {
        return rmwPartner >= 0;
    }
}
