/*
 * A thread that waits for a flag with a goto loop (as some drivers poll a "ready" word), and a
 * set-up thread whose error path returns without setting it.
 *
 * What goes wrong: when the firmware check fails, nobody ever writes `fw_ready`, and the waiter
 * spins forever. The loop never makes progress (each iteration reads the same value and changes
 * nothing), so lockstep does not count it against --loop-bound: it sees a CPU that waits for a
 * write no thread will make, which is a deadlock, reported on the jump that closes the loop.
 */
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <asm/processor.h>

static int fw_ready;
static int fw_status;
static int fw_version;

static int fw_setup(void *arg)
{
	long version = (long)arg;

	if (version < 2)
		return -EINVAL;
	WRITE_ONCE(fw_status, 0);
	smp_store_release(&fw_ready, 1);
	return 0;
}

static int fw_user(void *unused)
{
again:
	if (!smp_load_acquire(&fw_ready)) {
		cpu_relax();
		goto again;	// expect: deadlock
	}
	fw_version = READ_ONCE(fw_status) ? 0 : 2;
	return 0;
}

static int __init fw_init(void)
{
	kthread_run(fw_setup, (void *)1L, "fw_setup");
	kthread_run(fw_user, NULL, "fw_user");
	return 0;
}
module_init(fw_init);
