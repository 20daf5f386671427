/*
 * A scope-based guard (linux/cleanup.h) holds a spinlock to the end of its scope, and the code in
 * that scope sleeps.
 *
 * What goes wrong: guard(spinlock)(&stats_lock) takes the lock at the declaration and releases it
 * only when the function returns, so the msleep() further down runs with the spinlock held and
 * preemption disabled: "BUG: sleeping function called from invalid context". A guard is easy to
 * misread as covering only the next line or two.
 */
#include <linux/module.h>
#include <linux/spinlock.h>
#include <linux/cleanup.h>
#include <linux/delay.h>
#include <linux/kthread.h>

static DEFINE_SPINLOCK(stats_lock);
static int samples_taken;

// sparse-only: sparse does not run the guard's cleanup at the end of its scope
static int sampler(void *unused)
{
	guard(spinlock)(&stats_lock);
	samples_taken++;
	msleep(10);	// expect: sleep-in-atomic
	return samples_taken;
}

static int __init stats_init(void)
{
	kthread_run(sampler, NULL, "sampler");
	return 0;
}
module_init(stats_init);
