/*
 * The fix of firmware_bug.c: the loader completes on every path and reports the outcome in
 * fw_status, which the waiter reads after the wait.
 *
 * Why it works: complete() is reached on the error path too, so the wait always ends; the waiter
 * tells success from failure by the status, which complete()/wait_for_completion() order
 * (what the loader wrote before complete() is visible after the wait).
 */
#include <linux/module.h>
#include <linux/completion.h>
#include <linux/kthread.h>

static DECLARE_COMPLETION(fw_loaded);
static int fw_size;
static int fw_status;

static int fw_loader(void *unused)
{
	if (fw_size == 0)
		fw_status = -ENOENT;
	else
		fw_status = 1;
	complete(&fw_loaded);
	return 0;
}

static int probe(void *unused)
{
	wait_for_completion(&fw_loaded);
	return fw_status;
}

static int __init fw_init(void)
{
	kthread_run(fw_loader, NULL, "fw_loader");
	kthread_run(probe, NULL, "probe");
	return 0;
}
module_init(fw_init);
