/*
 * A home-made "only one opener" lock whose test and set are two separate steps.
 *
 * What goes wrong: dev_open checks the busy flag and then sets it. Two processes can both read 0
 * before either writes 1, and both get in: the device that must have one user has two, and the
 * BUG_ON that checks it fires. Marking the accesses with READ_ONCE/WRITE_ONCE does not help: the
 * problem is that the check and the update are not one atomic step.
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/kthread.h>

static int dev_busy;
static atomic_t users = ATOMIC_INIT(0);

static int dev_open(void)
{
	if (READ_ONCE(dev_busy))
		return -EBUSY;
	WRITE_ONCE(dev_busy, 1);
	BUG_ON(atomic_inc_return(&users) != 1);	// expect: assertion
	return 0;
}

static void dev_release(void)
{
	atomic_dec(&users);
	WRITE_ONCE(dev_busy, 0);
}

static int user_process(void *unused)
{
	if (dev_open())
		return -EBUSY;
	dev_release();
	return 0;
}

static int __init dev_init(void)
{
	kthread_run(user_process, NULL, "user1");
	kthread_run(user_process, NULL, "user2");
	return 0;
}
module_init(dev_init);
