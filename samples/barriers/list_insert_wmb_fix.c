/*
 * The fix of list_insert_bug.c: smp_wmb between initialising the node and publishing it.
 *
 * Why it works: smp_wmb makes the node's contents visible before the head pointer, and the
 * reader's address dependency (it loads n->value through the pointer it just read) orders its
 * side, so a reader that finds the node sees it initialised. No read barrier is needed.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/slab.h>
#include <linux/bug.h>
#include <asm/barrier.h>
#include <linux/kthread.h>

struct node {
	int value;
	struct node *next;
};

static struct node *head;

static int writer(void *unused)
{
	struct node *n = kmalloc(sizeof(*n), GFP_KERNEL);

	WRITE_ONCE(n->value, 7);
	n->next = head;
	smp_wmb();
	WRITE_ONCE(head, n);
	return 0;
}

static int reader(void *unused)
{
	struct node *n = READ_ONCE(head);

	if (n)
		BUG_ON(READ_ONCE(n->value) != 7);
	return 0;
}

static int __init list_init(void)
{
	kthread_run(writer, NULL, "writer");
	kthread_run(reader, NULL, "reader");
	return 0;
}
module_init(list_init);
