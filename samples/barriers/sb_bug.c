/*
 * Store buffering: the "set my flag, then check yours" handshake of a sleeper and a waker
 * without a full barrier.
 *
 * What goes wrong: the sleeper announces it is going to sleep and then checks for work; the
 * waker posts work and then checks for a sleeper. Each CPU's store can sit in its store buffer
 * while its load runs, so both loads can miss both stores: the sleeper sleeps with work pending
 * and the waker does not wake it (a lost wake-up). Even x86 allows this reordering of a store
 * with a later load; only a full barrier forbids it.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <linux/kthread.h>

static int sleeping;
static int work_pending;
static int sleeper_saw_work;
static int waker_saw_sleeper;

static int sleeper(void *unused)
{
	WRITE_ONCE(sleeping, 1);
	sleeper_saw_work = READ_ONCE(work_pending);
	return 0;
}

static int waker(void *unused)
{
	WRITE_ONCE(work_pending, 1);
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
