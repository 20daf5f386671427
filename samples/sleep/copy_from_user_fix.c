/*
 * The fix of copy_from_user_bug.c: copy into a local variable first, then take the lock only to
 * publish the new value.
 *
 * Why it works: the copy, which may fault and sleep, runs with no lock held; the critical
 * section only touches kernel memory and never sleeps. The reader does the same the other way
 * round: it copies to user space after the unlock.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>

static DEFINE_SPINLOCK(cfg_lock);
static int cfg_speed;

static ssize_t cfg_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	int speed;

	if (count < sizeof(int))
		return -EINVAL;
	if (copy_from_user(&speed, buf, sizeof(int)))
		return -EFAULT;
	spin_lock(&cfg_lock);
	cfg_speed = speed;
	spin_unlock(&cfg_lock);
	return sizeof(int);
}

static ssize_t cfg_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	int speed;

	spin_lock(&cfg_lock);
	speed = cfg_speed;
	spin_unlock(&cfg_lock);
	if (copy_to_user(buf, &speed, sizeof(int)))
		return -EFAULT;
	return sizeof(int);
}

static const struct file_operations cfg_fops = {
	.owner = THIS_MODULE,
	.read = cfg_read,
	.write = cfg_write,
};
