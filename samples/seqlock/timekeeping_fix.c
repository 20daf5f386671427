/*
 * The fix of timekeeping_bug.c: the reader loops until read_seqretry confirms that no write
 * overlapped its read.
 *
 * Why it works: the writer makes the sequence odd before it writes and even again after;
 * read_seqbegin waits for an even sequence and read_seqretry rereads it. If they agree, no write
 * happened in between and the value is consistent; otherwise the reader simply reads again.
 * The reader never blocks the writer.
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

	do {
		seq = read_seqbegin(&tk_lock);
		now = tk_ns;
	} while (read_seqretry(&tk_lock, seq));
	return now > 0;
}

static int tick(void *unused)
{
	write_seqlock(&tk_lock);
	tk_ns += 1000000;
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
