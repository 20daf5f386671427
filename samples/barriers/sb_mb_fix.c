/*
 * The fix of sb_bug.c: a full barrier, smp_mb, between each side's store and its load.
 *
 * Why it works: smp_mb orders an earlier store before a later load (mfence on x86, dmb ish on
 * arm64); with it on both sides, at least one CPU's load runs after the other CPU's store is
 * visible, so a wake-up can no longer be lost. This is the barrier set_current_state() and
 * wake_up() provide in the kernel's sleep/wake protocol.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <asm/barrier.h>
#include <linux/kthread.h>

static int sleeping;
static int work_pending;
static int sleeper_saw_work;
static int waker_saw_sleeper;

static int sleeper(void *unused)
{
	WRITE_ONCE(sleeping, 1);
	smp_mb();
	sleeper_saw_work = READ_ONCE(work_pending);
	return 0;
}

static int waker(void *unused)
{
	WRITE_ONCE(work_pending, 1);
	smp_mb();
	waker_saw_sleeper = READ_ONCE(sleeping);
	return 0;
}

static void __final no_lost_wakeup(void)
{
	BUG_ON(!sleeper_saw_work && !waker_saw_sleeper);
}

static int __init sb_init(void)
{
	kthread_run(sleeper, NULL, "sleeper");
	kthread_run(waker, NULL, "waker");
	return 0;
}
module_init(sb_init);
