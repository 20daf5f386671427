/*
 * An error path that jumps past the unlock.
 *
 * What goes wrong: the ioctl takes dev_mutex and, for an unknown command, jumps to `out`, which
 * is after mutex_unlock. The ioctl returns -ENOTTY with the mutex still held, and every later
 * ioctl blocks forever. sparse reports "context imbalance"; lockdep reports the lock held when
 * returning to user space.
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
		goto out;
	}
	dev_resets++;
	mutex_unlock(&dev_mutex);
out:
	return ret;	// expect: lock-imbalance
}

static const struct file_operations dev_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = dev_ioctl,
};
