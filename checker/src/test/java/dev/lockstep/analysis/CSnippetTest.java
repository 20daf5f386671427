package dev.lockstep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static analysis on real kernel-style C: the path-sensitivity idioms and the interprocedural cases. */
class CSnippetTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            #include <linux/module.h>
            #include <linux/spinlock.h>
            #include <linux/mutex.h>
            #include <linux/slab.h>
            #include <linux/delay.h>
            #include <linux/kthread.h>
            """;

    @Test
    void trylockAndInterruptibleIdioms() throws IOException {
        CLint.verify(dir, HEAD + """
                static DEFINE_SPINLOCK(l);
                static DEFINE_MUTEX(m);
                static int counter;

                static int poll(void *unused)
                {
                	if (spin_trylock(&l)) {
                		counter++;
                		spin_unlock(&l);
                	}
                	if (!spin_trylock(&l))
                		return -EBUSY;
                	counter++;
                	spin_unlock(&l);
                	return 0;
                }

                static int ioctl(void *unused)
                {
                	int ret;

                	if (mutex_lock_interruptible(&m))
                		return -EINTR;
                	counter++;
                	mutex_unlock(&m);
                	ret = mutex_lock_interruptible(&m);
                	if (ret)
                		return ret;
                	counter--;
                	mutex_unlock(&m);
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(poll, NULL, "poll");
                	kthread_run(ioctl, NULL, "ioctl");
                	return 0;
                }
                module_init(start);
                """);
    }

    @Test
    void correlatedBranchesAndGotoOutUnlock() throws IOException {
        CLint.verify(dir, HEAD + """
                struct dev { spinlock_t lock; int count; };
                static struct dev d0;

                static int update(struct dev *d, int locked, int n)
                {
                	int ret = 0;

                	if (locked)
                		spin_lock(&d->lock);
                	d->count += n;
                	if (locked)
                		spin_unlock(&d->lock);

                	spin_lock(&d->lock);
                	if (n < 0) {
                		ret = -EINVAL;
                		goto out_unlock;
                	}
                	d->count = n;
                out_unlock:
                	spin_unlock(&d->lock);
                	return ret;
                }

                static int leak(struct dev *d, int n)
                {
                	spin_lock(&d->lock);
                	if (n < 0)
                		return -EINVAL;	// expect: lock-imbalance
                	d->count = n;
                	spin_unlock(&d->lock);
                	return 0;
                }

                static int worker(void *unused)
                {
                	return update(&d0, 1, 2) + leak(&d0, 1);
                }

                static int __init start(void)
                {
                	kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
    }

    @Test
    void annotatedHelpers() throws IOException {
        CLint.verify(dir, HEAD + """
                struct dev { spinlock_t lock; int count; };
                static struct dev d0;

                static void dev_lock(struct dev *d) __acquires(&d->lock)
                {
                	spin_lock(&d->lock);
                }

                static void dev_unlock(struct dev *d) __releases(&d->lock)
                {
                	spin_unlock(&d->lock);
                }

                static int worker(void *unused)
                {
                	dev_lock(&d0);
                	d0.count++;
                	dev_unlock(&d0);
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
    }

    @Test
    void abbaBetweenInstances() throws IOException {
        List<Finding> fs = CLint.verify(dir, HEAD + """
                struct account { spinlock_t lock; long balance; };
                static struct account alice, bob;

                static void transfer(struct account *from, struct account *to, long amount)
                {
                	spin_lock(&from->lock);
                	spin_lock(&to->lock);	// expect: deadlock
                	from->balance -= amount;
                	to->balance += amount;
                	spin_unlock(&to->lock);
                	spin_unlock(&from->lock);
                }

                static int pay(void *unused)
                {
                	transfer(&alice, &bob, 10);
                	return 0;
                }

                static int refund(void *unused)
                {
                	transfer(&bob, &alice, 10);
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(pay, NULL, "pay");
                	kthread_run(refund, NULL, "refund");
                	return 0;
                }
                module_init(start);
                """);
        assertTrue(fs.get(0).message().contains("'alice.lock' -> 'bob.lock' -> 'alice.lock'"), fs.get(0).message());
    }

    @Test
    void sleepThreeCallsBelowASpinlock() throws IOException {
        List<Finding> fs = CLint.verify(dir, HEAD + """
                static DEFINE_SPINLOCK(l);
                static void *buf;

                static void level3(void)
                {
                	buf = kmalloc(64, GFP_KERNEL);	// expect: sleep-in-atomic
                }

                static void level2(void)
                {
                	level3();
                }

                static void level1(void)
                {
                	level2();
                }

                static int worker(void *unused)
                {
                	spin_lock(&l);
                	level1();
                	spin_unlock(&l);
                	level1();
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
        Finding f = fs.get(0);
        assertTrue(f.message().contains("level1() (line 28) -> level2() (line 22) -> level3() (line 17)"), f.message());
        assertEquals(List.of(27, 28, 22, 17), f.related().stream().map(r -> r.span().line()).toList());
    }

    @Test
    void trylockWrapperAndProtectedDereference() throws IOException {
        CLint.verify(dir, HEAD + """
                #include <linux/rcupdate.h>
                struct conf { int v; };
                struct dev { spinlock_t lock; struct conf __rcu *conf; };
                static struct dev d0;

                static int dev_trylock(struct dev *d)
                {
                	return spin_trylock(&d->lock);
                }

                static int read_conf(struct dev *d)
                {
                	struct conf *c = rcu_dereference_protected(d->conf, lockdep_is_held(&d->lock));

                	return c ? c->v : 0;
                }

                static int reader(struct dev *d)
                {
                	struct conf *c = rcu_dereference(d->conf);	// expect: rcu-unprotected

                	return c ? c->v : 0;
                }

                static int worker(void *unused)
                {
                	int v = 0;

                	if (dev_trylock(&d0)) {
                		v = read_conf(&d0);
                		spin_unlock(&d0.lock);
                	}
                	rcu_read_lock();
                	v += reader(&d0);
                	rcu_read_unlock();
                	return v + reader(&d0);
                }

                static int __init start(void)
                {
                	kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
    }

    /** A condition read twice from memory that nothing writes in between correlates too. */
    @Test
    void conditionReadTwiceFromAStructField() throws IOException {
        CLint.verify(dir, HEAD + """
                struct dev { spinlock_t lock; int use_lock; int count; };
                static struct dev d0;

                static void bump(struct dev *d)
                {
                	if (d->use_lock)
                		spin_lock(&d->lock);
                	d->count++;
                	if (d->use_lock)
                		spin_unlock(&d->lock);
                }

                static void flip(struct dev *d)
                {
                	if (d->use_lock)
                		spin_lock(&d->lock);
                	d->use_lock = !d->use_lock;
                	if (d->use_lock)
                		spin_unlock(&d->lock);	// expect: bad-unlock
                }	// expect: lock-imbalance

                static int worker(void *unused)
                {
                	bump(&d0);
                	flip(&d0);
                	return 0;
                }

                static int __init start(void)
                {
                	kthread_run(worker, NULL, "worker");
                	return 0;
                }
                module_init(start);
                """);
    }

    /** A lock taken unconditionally and returned with {@code return 1} is a forgotten unlock, not a trylock. */
    @Test
    void positiveReturnWithTheLockHeld() throws IOException {
        CLint.verify(dir, HEAD + """
                static DEFINE_SPINLOCK(queue_lock);
                static int queue_len;

                int queue_full(int limit)
                {
                	spin_lock(&queue_lock);
                	if (queue_len >= limit)
                		return 1;	// expect: lock-imbalance
                	queue_len++;
                	spin_unlock(&queue_lock);
                	return 0;
                }
                """);
    }
}
