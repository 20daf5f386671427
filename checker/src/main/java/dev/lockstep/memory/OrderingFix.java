package dev.lockstep.memory;

/** The ways to order two accesses of one CPU, weakest first. */
public enum OrderingFix {
    /** {@code smp_wmb()} between two writes. */
    SMP_WMB("smp_wmb()"),
    /** {@code smp_rmb()} between two reads. */
    SMP_RMB("smp_rmb()"),
    /** {@code smp_load_acquire()} for the first access if it reads, {@code smp_store_release()} for the second if it writes. */
    ACQUIRE_RELEASE("smp_load_acquire()/smp_store_release()"),
    /** {@code smp_mb()} between them. */
    SMP_MB("smp_mb()");

    private final String spelling;

    OrderingFix(String spelling) {
        this.spelling = spelling;
    }

    /** How the kernel spells it. */
    public String spelling() {
        return spelling;
    }

    /** Whether it can order {@code first} before {@code second} at all. */
    boolean applies(Event first, Event second) {
        return switch (this) {
            case SMP_WMB -> first.isWrite() && second.isWrite();
            case SMP_RMB -> first.isRead() && second.isRead();
            case ACQUIRE_RELEASE, SMP_MB -> true;
        };
    }
}
