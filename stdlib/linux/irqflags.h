/* The current CPU's hard-interrupt state (models linux/irqflags.h). */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>

/*
 * Explicit interrupt-off sections stay atomic on PREEMPT_RT (rule wait-context); the _irq and
 * _irqsave forms of spinlocks do not disable interrupts there, so they use the intrinsics directly.
 */
#define local_irq_disable() do { __ls_context(__LS_IRQ_DISABLE); __ls_context(__LS_RT_ATOMIC_BEGIN); } while (0)
#define local_irq_enable() do { __ls_context(__LS_RT_ATOMIC_END); __ls_context(__LS_IRQ_ENABLE); } while (0)
#define local_irq_save(flags) do { (flags) = __ls_irq_save(); __ls_context(__LS_RT_ATOMIC_BEGIN); } while (0)
#define local_irq_restore(flags) do { __ls_context(__LS_RT_ATOMIC_END); __ls_irq_restore(flags); } while (0)
#define raw_local_irq_disable() local_irq_disable()
#define raw_local_irq_enable() local_irq_enable()
#define raw_local_irq_save(flags) local_irq_save(flags)
#define raw_local_irq_restore(flags) local_irq_restore(flags)
#define irqs_disabled() __ls_irqs_disabled()
#define raw_irqs_disabled() __ls_irqs_disabled()

/* guard(irq)(), guard(irqsave)(): interrupts disabled to the end of the scope. */
DEFINE_LOCK_GUARD_0(irq, local_irq_disable(), local_irq_enable())
DEFINE_LOCK_GUARD_0(irqsave, local_irq_save(_T->flags), local_irq_restore(_T->flags), unsigned long flags)

#endif
