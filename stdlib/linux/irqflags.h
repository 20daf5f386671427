/* The current CPU's hard-interrupt state (models linux/irqflags.h). */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <linux/cleanup.h>
#include <lockstep/intrinsics.h>

#define local_irq_disable() __ls_context(__LS_IRQ_DISABLE)
#define local_irq_enable() __ls_context(__LS_IRQ_ENABLE)
#define local_irq_save(flags) do { (flags) = __ls_irq_save(); } while (0)
#define local_irq_restore(flags) __ls_irq_restore(flags)
#define raw_local_irq_disable() __ls_context(__LS_IRQ_DISABLE)
#define raw_local_irq_enable() __ls_context(__LS_IRQ_ENABLE)
#define raw_local_irq_save(flags) do { (flags) = __ls_irq_save(); } while (0)
#define raw_local_irq_restore(flags) __ls_irq_restore(flags)
#define irqs_disabled() __ls_irqs_disabled()
#define raw_irqs_disabled() __ls_irqs_disabled()

/* guard(irq)(), guard(irqsave)(): interrupts disabled to the end of the scope. */
DEFINE_LOCK_GUARD_0(irq, local_irq_disable(), local_irq_enable())
DEFINE_LOCK_GUARD_0(irqsave, local_irq_save(_T->flags), local_irq_restore(_T->flags), unsigned long flags)

#endif
