/*
 * Compiler annotations (meaningless to the checker, so they expand to nothing) and the marked
 * accesses READ_ONCE/WRITE_ONCE (models linux/compiler.h and asm-generic/rwonce.h).
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>

#define likely(x) (x)
#define unlikely(x) (x)
#define __always_inline inline
#define __inline__ inline
#define __inline inline
#define noinline
#define __noinline
#define __read_mostly
#define __ro_after_init
#define __cacheline_aligned
#define __cacheline_aligned_in_smp
#define ____cacheline_aligned
#define ____cacheline_aligned_in_smp
#define __aligned(x)
#define __packed
#define __used
#define __unused
#define __maybe_unused
#define __always_unused
#define __must_check
#define __cold
#define __hot
#define __pure
#define __weak
#define __noreturn
#define __force
#define __percpu
#define __nocast
#define __bitwise
#define __visible
#define __section(s)
#define __printf(a, b)
#define __initdata
#define __exitdata
#define __devinit
#define __devexit
#define notrace
#define asmlinkage
#define fallthrough do { } while (0)

/* The module's name, which the kernel's build system defines for every file. */
#ifndef KBUILD_MODNAME
#define KBUILD_MODNAME "lockstep"
#endif

/* A marked (volatile, untorn) access: relaxed, but never a data race. */
#define READ_ONCE(x) __ls_load(&(x), __LS_ONCE)
#define WRITE_ONCE(x, val) __ls_store(&(x), (val), __LS_ONCE)
#define ACCESS_ONCE(x) (*(volatile typeof(x) *)&(x))
#define data_race(expr) (expr)

/* The compiler barrier: it orders nothing between CPUs. */
#define barrier() __ls_fence(__LS_BARRIER)

#endif
