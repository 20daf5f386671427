package dev.lockstep.sema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of lockstep's intrinsics ({@code stdlib/lockstep/intrinsics.h}) and of the enumeration
 * constants their constant arguments take. The header declares them; the values here stand in when
 * a program or litmus test is analysed without it.
 */
public final class Intrinsics {

    public static final String SPAWN = "__ls_spawn";
    public static final String REGISTER = "__ls_register";
    /** {@code __ls_register_hard(context, fn, arg, raw)}: a hard-interrupt-time callback, raw when {@code raw} is a nonzero constant. */
    public static final String REGISTER_HARD = "__ls_register_hard";
    /** What an inline {@code asm} statement becomes: the front end cannot read it; treated as a compiler barrier. */
    public static final String ASM = dev.lockstep.frontend.ast.Stmt.INLINE_ASM;

    public static final Set<String> NAMES = Set.of(
            "__ls_acquire", "__ls_release", "__ls_downgrade", "__ls_load", "__ls_store", "__ls_rmw",
            "__ls_cmpxchg", "__ls_fence", "__ls_context", "__ls_irq_save", "__ls_irq_restore",
            "__ls_might_sleep", "__ls_synchronize_rcu", "__ls_wait_dec", "__ls_await", "__ls_assume",
            "__ls_alloc", "__ls_free", "__ls_free_rcu", "__ls_assert", "__ls_assert_held",
            "__ls_assert_irqs_disabled", "__ls_is_held", "__ls_irqs_disabled", "__ls_rcu_check", "__ls_cpu_id", ASM, SPAWN,
            REGISTER, REGISTER_HARD);

    private static final List<List<String>> ENUMS = List.of(
            List.of("__LS_SPINLOCK", "__LS_RAW_SPINLOCK", "__LS_RWLOCK", "__LS_MUTEX", "__LS_RWSEM",
                    "__LS_SEMAPHORE", "__LS_SEQLOCK", "__LS_LOCAL_LOCK", "__LS_SRCU"),
            List.of("__LS_EXCLUSIVE", "__LS_SHARED"),
            List.of("__LS_BLOCKING", "__LS_TRY", "__LS_INTERRUPTIBLE"),
            List.of("__LS_PLAIN", "__LS_ONCE", "__LS_ACQUIRE", "__LS_RELEASE"),
            List.of("__LS_RELAXED", "__LS_ACQ", "__LS_REL", "__LS_FULL"),
            List.of("__LS_XCHG", "__LS_ADD", "__LS_SUB", "__LS_AND", "__LS_OR", "__LS_XOR", "__LS_ANDNOT"),
            List.of("__LS_MB", "__LS_RMB", "__LS_WMB", "__LS_BARRIER", "__LS_MB_BEFORE_ATOMIC",
                    "__LS_MB_AFTER_ATOMIC", "__LS_MB_AFTER_SPINLOCK", "__LS_MB_AFTER_UNLOCK_LOCK"),
            List.of("__LS_PROCESS", "__LS_SOFTIRQ", "__LS_TASKLET", "__LS_HARDIRQ", "__LS_NMI", "__LS_HARDIRQ_RAW",
                    "__LS_HRTIMER", "__LS_TIMER"),
            List.of("__LS_IRQ_DISABLE", "__LS_IRQ_ENABLE", "__LS_BH_DISABLE", "__LS_BH_ENABLE",
                    "__LS_PREEMPT_DISABLE", "__LS_PREEMPT_ENABLE", "__LS_RCU_READ_LOCK", "__LS_RCU_READ_UNLOCK",
                    "__LS_SEQ_READ_BEGIN", "__LS_SEQ_READ_VALIDATE", "__LS_RT_ATOMIC_BEGIN", "__LS_RT_ATOMIC_END"),
            List.of("__LS_CPU_CHECKED", "__LS_CPU_RAW"));

    private static final Map<String, Long> VALUES = values();

    private Intrinsics() {
    }

    public static boolean isIntrinsic(String name) {
        return NAMES.contains(name);
    }

    /** The value intrinsics.h gives an enumeration constant, for programs that lack the header. */
    public static Optional<Long> constant(String name) {
        return Optional.ofNullable(VALUES.get(name));
    }

    /** The context a {@code __ls_register} context constant names. */
    public static Optional<ContextKind> registeredContext(String constant) {
        return Optional.ofNullable(switch (constant) {
            case "__LS_PROCESS" -> ContextKind.PROCESS;
            case "__LS_SOFTIRQ" -> ContextKind.SOFTIRQ;
            case "__LS_TASKLET" -> ContextKind.TASKLET;
            case "__LS_HARDIRQ" -> ContextKind.HARDIRQ;
            case "__LS_NMI" -> ContextKind.NMI;
            case "__LS_HARDIRQ_RAW" -> ContextKind.HARDIRQ_RAW;
            case "__LS_HRTIMER" -> ContextKind.HRTIMER;
            case "__LS_TIMER" -> ContextKind.TIMER;
            default -> null;
        });
    }

    private static Map<String, Long> values() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (List<String> constants : ENUMS) {
            for (int i = 0; i < constants.size(); i++) {
                result.put(constants.get(i), (long) i);
            }
        }
        return Map.copyOf(result);
    }
}
