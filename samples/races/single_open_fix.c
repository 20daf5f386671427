/*
 * The fix of single_open_bug.c: test and set in one atomic step with test_and_set_bit (the
 * idiom of Linux Device Drivers' single-open device), released with clear_bit_unlock.
 *
 * Why it works: test_and_set_bit reads the old bit and sets it in one indivisible
 * read-modify-write, so of two concurrent openers exactly one sees 0. It is fully ordered, and
 * clear_bit_unlock has release semantics, so the bit works as a lock for what it protects.
 */
#include <linux/module.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/bug.h>
#include <linux/kthread.h>

#define DEV_BUSY 0

static unsigned long dev_flags;
static atomic_t users = ATOMIC_INIT(0);

static int dev_open(void)
{
	if (test_and_set_bit(DEV_BUSY, &dev_flags))
		return -EBUSY;
	BUG_ON(atomic_inc_return(&users) != 1);
	return 0;
}

static void dev_release(void)
{
	atomic_dec(&users);
	clear_bit_unlock(DEV_BUSY, &dev_flags);
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
