/*
 * The fix of abba_bug.c: both threads take accounts_lock before audit_lock.
 *
 * Why it works: with one global order for the two locks there is no cycle in the lock-order
 * graph, so whoever gets accounts_lock first also gets audit_lock, and the other waits at the
 * first lock without holding anything.
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/kthread.h>

static DEFINE_MUTEX(accounts_lock);
static DEFINE_MUTEX(audit_lock);
static int balance = 100;
static int audited;

static int transfer(void *unused)
{
	mutex_lock(&accounts_lock);
	balance -= 10;
	mutex_lock(&audit_lock);
	audited++;
	mutex_unlock(&audit_lock);
	mutex_unlock(&accounts_lock);
	return 0;
}

static int audit(void *unused)
{
	int seen;

	mutex_lock(&accounts_lock);
	mutex_lock(&audit_lock);
	seen = balance;
	audited++;
	mutex_unlock(&audit_lock);
	mutex_unlock(&accounts_lock);
	return seen;
}

static int __init bank_init(void)
{
	kthread_run(transfer, NULL, "transfer");
	kthread_run(audit, NULL, "audit");
	return 0;
}
module_init(bank_init);
