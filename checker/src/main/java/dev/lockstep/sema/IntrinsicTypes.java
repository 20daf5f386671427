package dev.lockstep.sema;

/** The return types of the intrinsics, for programs analysed without {@code intrinsics.h}. */
final class IntrinsicTypes {

    private IntrinsicTypes() {
    }

    static CType returns(String intrinsic) {
        return switch (intrinsic) {
            case "__ls_acquire", "__ls_cpu_id" -> Types.INT;
            case "__ls_load", "__ls_rmw", "__ls_cmpxchg", "__ls_is_held", "__ls_irqs_disabled" -> Types.LONG;
            case "__ls_irq_save" -> Types.ULONG;
            case "__ls_alloc" -> Types.VOID_PTR;
            default -> Types.VOID;
        };
    }
}
