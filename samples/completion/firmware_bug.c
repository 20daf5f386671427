/*
 * A completion that nobody completes: the loader's error path returns without complete().
 *
 * What goes wrong: the probe thread waits for fw_loaded, but the loader thread finds no firmware
 * image and returns early, skipping complete(). wait_for_completion sleeps forever and the probe
 * hangs (the kernel's hung-task detector eventually complains).
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
		return -ENOENT;
	fw_status = 1;
	complete(&fw_loaded);
	return 0;
}

static int probe(void *unused)
{
	wait_for_completion(&fw_loaded);	// expect: deadlock
	return fw_status;
}

static int __init fw_init(void)
{
	kthread_run(fw_loader, NULL, "fw_loader");
	kthread_run(probe, NULL, "probe");
	return 0;
}
module_init(fw_init);
