/*
 * A seqlock-protected clock whose reader does not retry.
 *
 * What goes wrong: a 64-bit time value is updated by the tick under a seqlock, so that readers
 * never block the tick. That only works if every reader checks read_seqretry and tries again
 * when a write overlapped: this reader takes read_seqbegin's snapshot and then trusts whatever
 * it read, so it can race with the writer and, on a 32-bit machine, see a torn value.
 * KCSAN reports the unvalidated read and the tick's write as a data race; the finding is on the
 * write (the later access in the file), with the reader's read as the other side.
 */
#include <linux/module.h>
#include <linux/seqlock.h>
#include <linux/kthread.h>

static DEFINE_SEQLOCK(tk_lock);
static u64 tk_ns;

static int get_time(void *unused)
{
	unsigned int seq;
	u64 now;

	seq = read_seqbegin(&tk_lock);
	now = tk_ns;
	return now > 0;
}

static int tick(void *unused)
{
	write_seqlock(&tk_lock);
	tk_ns += 1000000;	// expect: data-race
	write_sequnlock(&tk_lock);
	return 0;
}

static int __init tk_init(void)
{
	kthread_run(tick, NULL, "tick");
	kthread_run(get_time, NULL, "get_time");
	return 0;
}
module_init(tk_init);
