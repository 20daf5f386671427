/*
 * A semaphore taken with down_interruptible whose error path releases it anyway.
 *
 * What goes wrong: down_interruptible returns -EINTR when a signal interrupts the wait, and then
 * the caller does NOT hold the semaphore. This write() jumps to the common exit on that error,
 * which calls up(): a release of a semaphore it never took. The count goes one too high and two
 * writers can later be inside the critical section at once.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/semaphore.h>
#include <linux/uaccess.h>

static DEFINE_SEMAPHORE(dev_sem, 1);
static int dev_value;

static ssize_t dev_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	ssize_t ret;
	int v;

	if (down_interruptible(&dev_sem)) {
		ret = -ERESTARTSYS;
		goto out;
	}
	if (copy_from_user(&v, buf, sizeof(v))) {
		ret = -EFAULT;
		goto out;
	}
	dev_value = v;
	ret = sizeof(v);
out:
	up(&dev_sem);	// expect: bad-unlock
	return ret;
}

static const struct file_operations dev_fops = {
	.owner = THIS_MODULE,
	.write = dev_write,
};
