/*
 * The fix of wait_flag_bug.c: the set-up thread publishes an outcome on every path, and the
 * waiter reads it once the flag is set.
 *
 * Why it works: fw_ready is set whether the check fails or not, so the waiter's loop ends in
 * every execution; the release store of the flag and the acquire load that sees it order the
 * status before it. A loop that waits for another thread's write needs no bound in lockstep: it
 * is explored until the write arrives.
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

	WRITE_ONCE(fw_status, version < 2 ? -EINVAL : 0);
	smp_store_release(&fw_ready, 1);
	return 0;
}

static int fw_user(void *unused)
{
again:
	if (!smp_load_acquire(&fw_ready)) {
		cpu_relax();
		goto again;
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
