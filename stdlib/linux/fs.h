/*
 * Files as drivers see them (models the parts of linux/fs.h a character driver uses). The members
 * of a `struct file_operations` are system calls: the functions an initialiser stores there are
 * process-context entry points (the `__process` after each member).
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/kdev_t.h>
#include <linux/errno.h>
#include <linux/wait.h>
#include <linux/mutex.h>
#include <linux/uaccess.h>

struct module;
struct poll_table_struct;
struct vm_area_struct;

struct inode {
	unsigned long i_ino;
	umode_t i_mode;
	loff_t i_size;
	dev_t i_rdev;
	void *i_private;
};

struct file {
	struct inode *f_inode;
	unsigned int f_flags;
	fmode_t f_mode;
	loff_t f_pos;
	void *private_data;
};

struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *file, loff_t offset, int whence) __process;
	ssize_t (*read)(struct file *file, char __user *buf, size_t count, loff_t *pos) __process;
	ssize_t (*write)(struct file *file, const char __user *buf, size_t count, loff_t *pos) __process;
	__poll_t (*poll)(struct file *file, struct poll_table_struct *wait) __process;
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg) __process;
	long (*compat_ioctl)(struct file *file, unsigned int cmd, unsigned long arg) __process;
	int (*mmap)(struct file *file, struct vm_area_struct *vma) __process;
	int (*open)(struct inode *inode, struct file *file) __process;
	int (*flush)(struct file *file, void *id) __process;
	int (*release)(struct inode *inode, struct file *file) __process;
	int (*fsync)(struct file *file, loff_t start, loff_t end, int datasync) __process;
	int (*fasync)(int fd, struct file *file, int on) __process;
};

#define O_NONBLOCK 00004000
#define FMODE_READ 0x1u
#define FMODE_WRITE 0x2u

#define register_chrdev(major, name, fops) ((void)(fops), 0)
#define unregister_chrdev(major, name) ((void)(major))
#define alloc_chrdev_region(dev, baseminor, count, name) 0
#define unregister_chrdev_region(dev, count) ((void)(dev))
#define nonseekable_open(inode, file) 0
#define stream_open(inode, file) 0
#define no_seek_end_llseek NULL
#define noop_llseek NULL
#define default_llseek NULL
long compat_ptr_ioctl(struct file *file, unsigned int cmd, unsigned long arg);
#define no_llseek NULL
#define iminor(inode) 0u
#define imajor(inode) 0u

#endif
