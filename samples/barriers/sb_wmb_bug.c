/*
 * The wrong fix of sb_bug.c: smp_wmb instead of smp_mb.
 *
 * What goes wrong: smp_wmb orders stores against stores only. Here each side must order its
 * store before a later load, which smp_wmb does not do (on x86 it is not even an instruction),
 * so both loads can still miss both stores and the wake-up is lost under x86-TSO and arm64 alike.
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
	smp_wmb();
	sleeper_saw_work = READ_ONCE(work_pending);
	return 0;
}

static int waker(void *unused)
{
	WRITE_ONCE(work_pending, 1);
	smp_wmb();
	waker_saw_sleeper = READ_ONCE(sleeping);
	return 0;
}

static void __final no_lost_wakeup(void)
{
	BUG_ON(!sleeper_saw_work && !waker_saw_sleeper);	// expect: barrier-missing @tso @arm @lkmm
}

static int __init sb_init(void)
{
	kthread_run(sleeper, NULL, "sleeper");
	kthread_run(waker, NULL, "waker");
	return 0;
}
module_init(sb_init);
