/*
 * Conditional locking: trylock (written with __cond_lock, as the kernel does) and a lock taken
 * under a condition that is tested again before the unlock. sparse's counter merges the paths
 * and warns on three correct functions; lockstep follows each path and reports the one bug.
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>

static DEFINE_MUTEX(m);
static DEFINE_SPINLOCK(s);
static int shared;
static int use_lock;

/* sparse-only: the kernel idiom; the early return does not hold m, the other path unlocks it */
static int early_busy(void *unused)
{
	if (!mutex_trylock(&m))
		return -EBUSY;
	shared++;
	mutex_unlock(&m);
	return 0;
}

/* sparse-only: the unlock runs exactly on the paths where the trylock succeeded */
static int saved_result(void *unused)
{
	int locked = mutex_trylock(&m);

	shared++;
	if (locked)
		mutex_unlock(&m);
	return 0;
}

/* sparse-only: the same local condition guards the lock and the unlock */
static int same_condition(void *unused)
{
	int need = READ_ONCE(use_lock);

	if (need)
		spin_lock(&s);
	shared++;
	if (need)
		spin_unlock(&s);
	return 0;
}

static int unlock_anyway(void *unused)
{
	if (mutex_trylock(&m))
		shared++;
	mutex_unlock(&m);	// expect: bad-unlock
	return 0;
}

static int __init t_init(void)
{
	kthread_run(early_busy, NULL, "early_busy");
	kthread_run(saved_result, NULL, "saved_result");
	kthread_run(same_condition, NULL, "same_condition");
	kthread_run(unlock_anyway, NULL, "unlock_anyway");
	return 0;
}
module_init(t_init);
