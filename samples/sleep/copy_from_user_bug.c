/*
 * copy_from_user under a spinlock, in a character device's write().
 *
 * What goes wrong: the user buffer may not be resident; copying from it can take a page fault,
 * and handling the fault sleeps (it may read the page from disk). Under a spinlock that is
 * sleeping in atomic context.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>

static DEFINE_SPINLOCK(cfg_lock);
static int cfg_speed;

static ssize_t cfg_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	if (count < sizeof(int))
		return -EINVAL;
	spin_lock(&cfg_lock);
	if (copy_from_user(&cfg_speed, buf, sizeof(int))) {	// expect: sleep-in-atomic
		spin_unlock(&cfg_lock);
		return -EFAULT;
	}
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
