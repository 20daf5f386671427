/*
 * Sleeping with a spinlock held: waiting for the hardware with msleep inside the critical section.
 *
 * What goes wrong: a spinlock holder must not sleep. msleep schedules another task on this CPU
 * while the lock stays held (and preemption disabled); any other CPU that wants the lock spins
 * for the whole sleep, and if the next task on this CPU wants it, the CPU deadlocks.
 * The kernel says "BUG: sleeping function called from invalid context".
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(hw_lock);
static int hw_ctrl;

static int reset_thread(void *unused)
{
	spin_lock(&hw_lock);
	hw_ctrl = 1;
	msleep(10);	// expect: sleep-in-atomic
	hw_ctrl = 0;
	spin_unlock(&hw_lock);
	return 0;
}

static int __init hw_init(void)
{
	kthread_run(reset_thread, NULL, "reset");
	return 0;
}
module_init(hw_init);
