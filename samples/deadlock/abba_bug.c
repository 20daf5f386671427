/*
 * ABBA: two threads take the same two locks in opposite orders.
 *
 * What goes wrong: the transfer thread holds accounts_lock and wants audit_lock; the audit
 * thread holds audit_lock and wants accounts_lock. Each waits for the other forever. lockdep
 * reports "possible circular locking dependency detected" as soon as both orders have been seen,
 * even in a run that did not hang.
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

	mutex_lock(&audit_lock);
	mutex_lock(&accounts_lock);	// expect: deadlock
	seen = balance;
	mutex_unlock(&accounts_lock);
	audited++;
	mutex_unlock(&audit_lock);
	return seen;
}

static int __init bank_init(void)
{
	kthread_run(transfer, NULL, "transfer");
	kthread_run(audit, NULL, "audit");
	return 0;
}
module_init(bank_init);
