/*
 * A loop whose trip count depends on what other threads wrote: the reader walks an array down
 * from its end to the last slot still zero, while writers fill the slots in, each from the slot
 * below it (the "lastzero" benchmark of the stateless model-checking literature, with three
 * writers).
 *
 * Why no bound is needed: every iteration of the reader's loop moves to another slot, so it ends
 * in every execution, after at most as many iterations as the array has slots. lockstep runs such
 * loops to their end: with no flags, every execution is explored and the run is complete. (Only
 * a loop that keeps making progress forever is cut by --loop-bound, and the run then says so.)
 */
#include <linux/compiler.h>
#include <linux/kthread.h>
#include <linux/module.h>

#define SLOTS 3

static int slot[SLOTS + 1];
static int last_zero;

static int reader(void *unused)
{
	int i;

	for (i = SLOTS; READ_ONCE(slot[i]) != 0; i--)
		;
	WRITE_ONCE(last_zero, i);
	return 0;
}

static int writer(void *arg)
{
	long j = (long)arg;

	WRITE_ONCE(slot[j], READ_ONCE(slot[j - 1]) + 1);
	return 0;
}

static int __init last_zero_init(void)
{
	long j;

	kthread_run(reader, NULL, "reader");
	for (j = 1; j <= SLOTS; j++)
		kthread_run(writer, (void *)j, "writer");
	return 0;
}
module_init(last_zero_init);
