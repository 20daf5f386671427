/*
 * The fix of goto_unlock_bug.c: the error path jumps to a label placed before the unlock
 * (the kernel's `goto out_unlock` idiom), so every path out of the function releases the mutex.
 *
 * Why it works: the labels are ordered as the reverse of the acquisitions; jumping to
 * out_unlock undoes exactly what has been done so far.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/mutex.h>

#define DEV_RESET 1

static DEFINE_MUTEX(dev_mutex);
static int dev_resets;

static long dev_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	long ret = 0;

	mutex_lock(&dev_mutex);
	if (cmd != DEV_RESET) {
		ret = -ENOTTY;
		goto out_unlock;
	}
	dev_resets++;
out_unlock:
	mutex_unlock(&dev_mutex);
	return ret;
}

static const struct file_operations dev_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = dev_ioctl,
};
