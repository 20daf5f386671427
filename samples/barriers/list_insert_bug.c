/*
 * Lock-free insertion at the head of a singly linked list without a write barrier.
 *
 * What goes wrong: the writer initialises the new node and then stores the head pointer. A reader
 * that loads the head and follows it is ordered by the address dependency (even on arm64), but
 * the writer's two stores are not: arm64 may make the head store visible before the node's
 * contents, and the reader finds a node whose value is still 0.
 */
#include <linux/module.h>
#include <linux/compiler.h>
#include <linux/slab.h>
#include <linux/bug.h>
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
	WRITE_ONCE(head, n);
	return 0;
}

static int reader(void *unused)
{
	struct node *n = READ_ONCE(head);

	if (n)
		BUG_ON(READ_ONCE(n->value) != 7);	// expect: barrier-missing @arm @lkmm
	return 0;
}

static int __init list_init(void)
{
	kthread_run(writer, NULL, "writer");
	kthread_run(reader, NULL, "reader");
	return 0;
}
module_init(list_init);
