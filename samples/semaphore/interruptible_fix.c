/*
 * The fix of interruptible_bug.c: when down_interruptible fails, return without up(); only
 * paths that hold the semaphore go through the label that releases it.
 *
 * Why it works: the release is reached exactly on the paths where the acquisition succeeded.
 * Copying from user space under a semaphore is fine: a semaphore holder may sleep.
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

	if (down_interruptible(&dev_sem))
		return -ERESTARTSYS;
	if (copy_from_user(&v, buf, sizeof(v))) {
		ret = -EFAULT;
		goto out_up;
	}
	dev_value = v;
	ret = sizeof(v);
out_up:
	up(&dev_sem);
	return ret;
}

static const struct file_operations dev_fops = {
	.owner = THIS_MODULE,
	.write = dev_write,
};
