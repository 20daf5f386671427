/*
 * A sparse shim of the kernel API the samples use, for scripts/sparse-vs-lockstep.sh.
 *
 * lockstep reads the samples' #include <linux/...> from its own stdlib/, written over lockstep
 * intrinsics that sparse cannot parse. This header declares the same API the way the kernel does
 * under __CHECKER__: the context annotations of <linux/compiler_types.h>, lock functions that
 * carry __acquires/__releases, conditional acquires written with __cond_lock, address spaces for
 * __user and __rcu. Every <linux/...> and <asm/...> header of this directory includes this one
 * file. It is test tooling: it declares, it does not implement.
 *
 * One deliberate difference: mainline declares the sleeping locks (struct mutex, rw_semaphore,
 * semaphore) without context annotations, which would make sparse blind to them. Here they are
 * annotated like the spinlocks, so that the comparison gives sparse every chance.
 */
#ifndef LOCKSTEP_SPARSE_SHIM_H
#define LOCKSTEP_SPARSE_SHIM_H

/* <linux/compiler_types.h> under __CHECKER__ */
#define __user		__attribute__((noderef, address_space(__user)))
#define __kernel	__attribute__((address_space(0)))
#define __rcu		__attribute__((noderef, address_space(__rcu)))
#define __force		__attribute__((force))
#define __bitwise	__attribute__((bitwise))
#define __must_hold(x)	__attribute__((context(x, 1, 1)))
#define __acquires(x)	__attribute__((context(x, 0, 1)))
#define __releases(x)	__attribute__((context(x, 1, 0)))
#define __acquire(x)	__context__(x, 1)
#define __release(x)	__context__(x, -1)
#define __cond_lock(x, c)	((c) ? ({ __acquire(x); 1; }) : 0)
#define __always_inline	inline __attribute__((always_inline))
#define __noreturn	__attribute__((noreturn))
#define __must_check	__attribute__((warn_unused_result))

/* lockstep's context annotations (and <linux/init.h>'s section markers): no meaning to sparse */
#define __init
#define __exit
#define __final
#define __process
#define __thread_ctx
#define __irq
#define __bh
#define __nmi(...)
#define __tasklet
#define __timer
#define __might_sleep
#define __hardirq
#define __softirq(...)

/* <linux/types.h>, <linux/stddef.h> */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed long long s64;
typedef unsigned long size_t;
typedef long ssize_t;
typedef long long loff_t;
typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)
#define offsetof(type, member) __builtin_offsetof(type, member)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

/* <linux/errno.h> */
#define ENOENT		2
#define EINTR		4
#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define ENODEV		19
#define EINVAL		22
#define ENOTTY		25
#define ERESTARTSYS	512

/* <linux/compiler.h>, <asm/barrier.h> */
#define READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)
#define barrier()		__asm__ __volatile__("" : : : "memory")
#define smp_mb()		barrier()
#define smp_rmb()		barrier()
#define smp_wmb()		barrier()
#define smp_store_release(p, v)	do { barrier(); WRITE_ONCE(*(p), (v)); } while (0)
#define smp_load_acquire(p)	({ typeof(*(p)) ___v = READ_ONCE(*(p)); barrier(); ___v; })

/* <linux/bug.h>, <linux/printk.h> */
extern void __noreturn __bug(const char *file, int line);
#define BUG()		__bug(__FILE__, __LINE__)
#define BUG_ON(c)	do { if (c) BUG(); } while (0)
#define WARN_ON(c)	({ int __w = !!(c); __w; })
extern int printk(const char *fmt, ...);

/* <linux/module.h> */
struct module;
#define THIS_MODULE	((struct module *)0)
typedef int (*initcall_t)(void);
#define module_init(fn)	static initcall_t __initcall_##fn __attribute__((unused)) = fn
#define module_exit(fn)	static void (*__exitcall_##fn)(void) __attribute__((unused)) = fn
#define MODULE_LICENSE(s)

/* <linux/gfp.h>, <linux/slab.h> */
typedef unsigned int __bitwise gfp_t;
#define GFP_KERNEL	((__force gfp_t)0xcc0u)
#define GFP_ATOMIC	((__force gfp_t)0x820u)
extern void *kmalloc(size_t size, gfp_t flags);
extern void *kzalloc(size_t size, gfp_t flags);
extern void kfree(const void *p);

/* <linux/delay.h>, <linux/uaccess.h> */
extern void msleep(unsigned int msecs);
extern void udelay(unsigned long usecs);
extern unsigned long __must_check copy_from_user(void *to, const void __user *from, unsigned long n);
extern unsigned long __must_check copy_to_user(void __user *to, const void *from, unsigned long n);

/* <asm/atomic.h>, <linux/bitops.h> */
typedef struct { int counter; } atomic_t;
typedef struct { long counter; } atomic_long_t;
#define ATOMIC_INIT(i)		{ (i) }
#define ATOMIC_LONG_INIT(i)	{ (i) }
extern int atomic_inc_return(atomic_t *v);
extern void atomic_inc(atomic_t *v);
extern void atomic_dec(atomic_t *v);
extern void atomic_long_inc(atomic_long_t *v);
extern int test_and_set_bit(long nr, volatile unsigned long *addr);
extern void clear_bit_unlock(long nr, volatile unsigned long *addr);

/* <linux/list.h>, <linux/rculist.h> */
struct list_head { struct list_head *next, *prev; };
#define LIST_HEAD(name)	struct list_head name = { &(name), &(name) }
#define list_entry(ptr, type, member)		container_of(ptr, type, member)
#define list_first_entry(ptr, type, member)	list_entry((ptr)->next, type, member)
#define list_for_each_entry_rcu(pos, head, member) \
	for (pos = list_entry(READ_ONCE((head)->next), typeof(*pos), member); \
	     &pos->member != (head); \
	     pos = list_entry(READ_ONCE(pos->member.next), typeof(*pos), member))
extern void list_add(struct list_head *new, struct list_head *head);
extern void list_add_tail(struct list_head *new, struct list_head *head);
extern void list_del(struct list_head *entry);
extern void list_add_rcu(struct list_head *new, struct list_head *head);
extern void list_add_tail_rcu(struct list_head *new, struct list_head *head);
extern void list_del_rcu(struct list_head *entry);

/* <linux/irqflags.h> */
extern unsigned long arch_local_irq_save(void);
extern void arch_local_irq_restore(unsigned long flags);
#define local_irq_save(flags)		do { (flags) = arch_local_irq_save(); } while (0)
#define local_irq_restore(flags)	arch_local_irq_restore(flags)
extern void local_irq_disable(void);
extern void local_irq_enable(void);

/* <linux/bottom_half.h> */
extern void local_bh_disable(void);
extern void local_bh_enable(void);

/* <linux/spinlock.h>, <linux/rwlock.h> */
typedef struct { int locked; } spinlock_t;
typedef struct { int cnt; } rwlock_t;
#define DEFINE_SPINLOCK(x)	spinlock_t x = { 0 }
#define DEFINE_RWLOCK(x)	rwlock_t x = { 0 }
extern void spin_lock_init(spinlock_t *lock);
extern void spin_lock(spinlock_t *lock) __acquires(lock);
extern void spin_unlock(spinlock_t *lock) __releases(lock);
extern void spin_lock_bh(spinlock_t *lock) __acquires(lock);
extern void spin_unlock_bh(spinlock_t *lock) __releases(lock);
extern void spin_lock_irq(spinlock_t *lock) __acquires(lock);
extern void spin_unlock_irq(spinlock_t *lock) __releases(lock);
extern unsigned long _spin_lock_irqsave(spinlock_t *lock) __acquires(lock);
#define spin_lock_irqsave(lock, flags)	do { (flags) = _spin_lock_irqsave(lock); } while (0)
extern void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags) __releases(lock);
extern int _spin_trylock(spinlock_t *lock);
#define spin_trylock(lock)	__cond_lock(lock, _spin_trylock(lock))
extern void read_lock(rwlock_t *lock) __acquires(lock);
extern void read_unlock(rwlock_t *lock) __releases(lock);
extern void write_lock(rwlock_t *lock) __acquires(lock);
extern void write_unlock(rwlock_t *lock) __releases(lock);
extern void write_lock_irq(rwlock_t *lock) __acquires(lock);
extern void write_unlock_irq(rwlock_t *lock) __releases(lock);
extern unsigned long _write_lock_irqsave(rwlock_t *lock) __acquires(lock);
#define write_lock_irqsave(lock, flags)	do { (flags) = _write_lock_irqsave(lock); } while (0)
extern void write_unlock_irqrestore(rwlock_t *lock, unsigned long flags) __releases(lock);

/* <linux/mutex.h> */
struct mutex { long owner; };
#define DEFINE_MUTEX(x)	struct mutex x = { 0 }
extern void mutex_init(struct mutex *lock);
extern void mutex_lock(struct mutex *lock) __acquires(lock);
extern void mutex_unlock(struct mutex *lock) __releases(lock);
extern int _mutex_trylock(struct mutex *lock);
#define mutex_trylock(lock)	__cond_lock(lock, _mutex_trylock(lock))
extern int _mutex_lock_interruptible(struct mutex *lock);
/* 0 (held) on success, -EINTR (not held) when a signal interrupts the wait */
#define mutex_lock_interruptible(lock) \
	(_mutex_lock_interruptible(lock) ? -EINTR : ({ __acquire(lock); 0; }))

/* <linux/rwsem.h> */
struct rw_semaphore { long count; };
#define DECLARE_RWSEM(x)	struct rw_semaphore x = { 0 }
extern void init_rwsem(struct rw_semaphore *sem);
extern void down_read(struct rw_semaphore *sem) __acquires(sem);
extern void up_read(struct rw_semaphore *sem) __releases(sem);
extern void down_write(struct rw_semaphore *sem) __acquires(sem);
extern void up_write(struct rw_semaphore *sem) __releases(sem);
extern void downgrade_write(struct rw_semaphore *sem);

/* <linux/semaphore.h> */
struct semaphore { unsigned int count; };
#define DEFINE_SEMAPHORE(x, n)	struct semaphore x = { n }
extern void down(struct semaphore *sem) __acquires(sem);
extern void up(struct semaphore *sem) __releases(sem);
extern int _down_interruptible(struct semaphore *sem);
/* 0 (held) on success, -EINTR (not held) when a signal interrupts the wait */
#define down_interruptible(sem) \
	(_down_interruptible(sem) ? -EINTR : ({ __acquire(sem); 0; }))
extern int _down_trylock(struct semaphore *sem);
/* 0 (held) on success, 1 (not held) when the count is 0 */
#define down_trylock(sem)	(_down_trylock(sem) ? 1 : ({ __acquire(sem); 0; }))

/* <linux/seqlock.h> */
typedef struct { unsigned int sequence; spinlock_t lock; } seqlock_t;
#define DEFINE_SEQLOCK(x)	seqlock_t x = { 0 }
extern unsigned int read_seqbegin(const seqlock_t *sl);
extern unsigned int read_seqretry(const seqlock_t *sl, unsigned int start);
extern void write_seqlock(seqlock_t *sl) __acquires(sl);
extern void write_sequnlock(seqlock_t *sl) __releases(sl);

/* <linux/lockdep.h> */
extern int lockdep_is_held(const void *lock);
#define lockdep_assert_held(l)	do { (void)lockdep_is_held(l); } while (0)

/* <linux/rcupdate.h>: the kernel's __acquires(RCU) convention */
struct rcu_head { struct rcu_head *next; void (*func)(struct rcu_head *head); };
extern void rcu_read_lock(void) __acquires(RCU);
extern void rcu_read_unlock(void) __releases(RCU);
extern void synchronize_rcu(void);
extern void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head));
#define rcu_dereference(p)		((typeof(*(p)) __force __kernel *)READ_ONCE(p))
#define rcu_dereference_protected(p, c)	((typeof(*(p)) __force __kernel *)(p))
#define rcu_assign_pointer(p, v) \
	do { smp_store_release(&(p), (typeof(*(v)) __force __rcu *)(v)); } while (0)
#define RCU_INIT_POINTER(p, v)	do { (p) = (typeof(*(v)) __force __rcu *)(v); } while (0)

/* <linux/completion.h> */
struct completion { unsigned int done; };
#define DECLARE_COMPLETION(x)	struct completion x = { 0 }
extern void complete(struct completion *x);
extern void wait_for_completion(struct completion *x);

/* <linux/interrupt.h> */
typedef enum { IRQ_NONE = 0, IRQ_HANDLED = 1 } irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);
extern int __must_check request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
				    const char *name, void *dev);
struct tasklet_struct {
	union {
		void (*func)(unsigned long data);
		void (*callback)(struct tasklet_struct *t);
	};
	unsigned long data;
};
#define DECLARE_TASKLET(name, cb)	struct tasklet_struct name = { .callback = cb }
extern void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long), unsigned long data);
extern void tasklet_schedule(struct tasklet_struct *t);

/* <linux/timer.h>, <linux/workqueue.h> */
extern unsigned long volatile jiffies;
#define HZ 100
struct timer_list { void (*function)(struct timer_list *t); unsigned long expires; };
extern void timer_setup(struct timer_list *timer, void (*func)(struct timer_list *), unsigned int flags);
extern int mod_timer(struct timer_list *timer, unsigned long expires);
struct work_struct { void (*func)(struct work_struct *work); };
extern void INIT_WORK(struct work_struct *work, void (*func)(struct work_struct *));
extern bool schedule_work(struct work_struct *work);

/* <linux/netdevice.h> */
struct net_device;
struct napi_struct { int (*poll)(struct napi_struct *napi, int budget); };
extern void netif_napi_add(struct net_device *dev, struct napi_struct *napi,
			   int (*poll)(struct napi_struct *, int));
extern void napi_enable(struct napi_struct *napi);
extern bool napi_complete_done(struct napi_struct *napi, int work_done);

/* <linux/kthread.h> */
struct task_struct;
extern struct task_struct *kthread_run(int (*threadfn)(void *data), void *data, const char *namefmt, ...);

/* <linux/fs.h> */
struct file;
struct file_operations {
	struct module *owner;
	ssize_t (*read)(struct file *file, char __user *buf, size_t count, loff_t *pos);
	ssize_t (*write)(struct file *file, const char __user *buf, size_t count, loff_t *pos);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*open)(void *inode, struct file *file);
	int (*release)(void *inode, struct file *file);
};


/* <linux/cleanup.h>: the kernel's scope-based cleanup; sparse does not run cleanup functions */
#define __cleanup(func)	__attribute__((__cleanup__(func)))
#define DEFINE_FREE(_name, _type, _free) \
	static inline void __free_##_name(void *p) { _type _T = *(_type *)p; _free; }
#define __free(_name)	__cleanup(__free_##_name)
#define no_free_ptr(p)	({ __typeof__(p) __ptr = (p); (p) = NULL; __ptr; })
#define return_ptr(p)	return no_free_ptr(p)
#define DEFINE_LOCK_GUARD_1(_name, _type, _lock, _unlock, ...) \
	typedef struct { _type *lock; __VA_ARGS__; } class_##_name##_t; \
	static inline void class_##_name##_destructor(class_##_name##_t *_T) { _unlock; } \
	static inline class_##_name##_t class_##_name##_constructor(_type *l) \
	{ class_##_name##_t _t = { .lock = l }, *_T = &_t; _lock; return _t; }
#define DEFINE_GUARD(_name, _type, _lock, _unlock) \
	typedef _type class_##_name##_t; \
	static inline void class_##_name##_destructor(_type *p) { _type _T = *p; _unlock; } \
	static inline _type class_##_name##_constructor(_type _T) { _lock; return _T; }
#define CLASS(_name, var)	class_##_name##_t var __cleanup(class_##_name##_destructor) = class_##_name##_constructor
#define guard(_name)	CLASS(_name, __guard_##__LINE__)
#define scoped_guard(_name, args...) \
	for (CLASS(_name, scope)(args), *done = NULL; !done; done = (void *)1)
DEFINE_LOCK_GUARD_1(spinlock, spinlock_t, spin_lock(_T->lock), spin_unlock(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_irqsave, spinlock_t, spin_lock_irqsave(_T->lock, _T->flags),
	spin_unlock_irqrestore(_T->lock, _T->flags), unsigned long flags)
DEFINE_GUARD(mutex, struct mutex *, mutex_lock(_T), mutex_unlock(_T))
DEFINE_FREE(kfree, void *, if (_T) kfree(_T))


/* <linux/spinlock.h>: raw spinlocks */
typedef struct { int raw_lock; } raw_spinlock_t;
#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = { 0 }
extern void raw_spin_lock(raw_spinlock_t *lock) __acquires(lock);
extern void raw_spin_unlock(raw_spinlock_t *lock) __releases(lock);
extern int _raw_spin_trylock(raw_spinlock_t *lock);
#define raw_spin_trylock(lock)	__cond_lock(lock, _raw_spin_trylock(lock))
extern unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock) __acquires(lock);
#define raw_spin_lock_irqsave(lock, flags)	do { (flags) = _raw_spin_lock_irqsave(lock); } while (0)
extern void raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long flags) __releases(lock);
extern void raw_spin_lock_irq(raw_spinlock_t *lock) __acquires(lock);
extern void raw_spin_unlock_irq(raw_spinlock_t *lock) __releases(lock);

/* <linux/atomic.h>, <asm/cmpxchg.h>, <asm/processor.h>: what the lock implementations use */
extern int atomic_read(const atomic_t *v);
extern void atomic_set(atomic_t *v, int i);
extern int atomic_read_acquire(const atomic_t *v);
extern void atomic_set_release(atomic_t *v, int i);
extern int atomic_fetch_add(int i, atomic_t *v);
extern int atomic_fetch_add_relaxed(int i, atomic_t *v);
extern int atomic_cmpxchg_acquire(atomic_t *v, int old, int new);
#define xchg(p, v)		({ typeof(*(p)) __o = *(p); *(p) = (v); __o; })
#define cmpxchg_release(p, o, n)	({ typeof(*(p)) __o = *(p); if (__o == (o)) *(p) = (n); __o; })
extern void cpu_relax(void);

/* <linux/percpu.h> */
#define NR_CPUS		8
#define DEFINE_PER_CPU(type, name)	type name[NR_CPUS]
extern int smp_processor_id(void);
extern void preempt_disable(void);
extern void preempt_enable(void);
#define get_cpu()	({ preempt_disable(); smp_processor_id(); })
#define put_cpu()	preempt_enable()
#define __this_cpu_inc(var)	((var)[smp_processor_id()]++)
#define this_cpu_inc(var)	((var)[smp_processor_id()]++)

/* <linux/local_lock.h> */
typedef int local_lock_t;
extern void local_lock(local_lock_t (*l)[NR_CPUS]) __acquires(l);
extern void local_unlock(local_lock_t (*l)[NR_CPUS]) __releases(l);

/* <linux/rtmutex.h> */
struct rt_mutex { long owner; };
#define DEFINE_RT_MUTEX(x)	struct rt_mutex x = { 0 }
extern void rt_mutex_lock(struct rt_mutex *lock) __acquires(lock);
extern void rt_mutex_unlock(struct rt_mutex *lock) __releases(lock);

/* <linux/srcu.h> */
struct srcu_struct { int idx; };
#define DEFINE_STATIC_SRCU(x)	static struct srcu_struct x = { 0 }
extern int srcu_read_lock(struct srcu_struct *ssp) __acquires(ssp);
extern void srcu_read_unlock(struct srcu_struct *ssp, int idx) __releases(ssp);
extern void synchronize_srcu(struct srcu_struct *ssp);

/* <linux/device.h>, <linux/platform_device.h> */
struct device { void *driver_data; };
struct device_driver { const char *name; };
struct platform_device { struct device dev; };
struct platform_driver { int (*probe)(struct platform_device *pdev); struct device_driver driver; };
extern void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp);
extern int platform_get_irq(struct platform_device *pdev, unsigned int num);
#define platform_set_drvdata(pdev, data)	((pdev)->dev.driver_data = (data))
#define module_platform_driver(drv)	static int __init __probe_##drv(void) { return 0; } module_init(__probe_##drv)
#define dev_err(dev, ...)	((void)(dev))
#define pr_info(...)	((void)0)
#define unlikely(x)	(x)
#define WARN_ON_ONCE(c)	WARN_ON(c)
typedef irqreturn_t (*irq_handler_t)(int, void *);
extern int devm_request_threaded_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
				     irq_handler_t thread_fn, unsigned long flags, const char *name, void *dev_id);
#define IRQF_ONESHOT	0x2000
struct delayed_work { struct work_struct work; };
extern void INIT_DELAYED_WORK(struct delayed_work *work, void (*func)(struct work_struct *));
#define to_delayed_work(w)	container_of(w, struct delayed_work, work)
#define from_timer(var, t, field)	container_of(t, typeof(*var), field)
#define list_for_each_entry_safe(pos, n, head, member) \
	for (pos = list_entry((head)->next, typeof(*pos), member), \
	     n = list_entry(pos->member.next, typeof(*pos), member); \
	     &pos->member != (head); \
	     pos = n, n = list_entry(n->member.next, typeof(*n), member))

#define INIT_LIST_HEAD(l)	do { (l)->next = (l); (l)->prev = (l); } while (0)
#define list_for_each_entry(pos, head, member) \
	for (pos = list_entry((head)->next, typeof(*pos), member); &pos->member != (head); \
	     pos = list_entry(pos->member.next, typeof(*pos), member))

/* Port I/O and input devices (samples/drivers/input_event_*.c). */
extern void outb(unsigned char value, unsigned long port);
#define BIT_MASK(nr)	(1UL << ((nr) % 64))
#define EV_SND	0x12
#define SND_BELL	0x01
#define BUS_ISA	0x10
struct input_id { unsigned short bustype; };
struct input_dev {
	const char *name;
	struct input_id id;
	unsigned long evbit[1];
	unsigned long sndbit[1];
	int (*event)(struct input_dev *dev, unsigned int type, unsigned int code, int value);
};
extern struct input_dev *input_allocate_device(void);
extern void input_free_device(struct input_dev *dev);
extern int input_register_device(struct input_dev *dev);

#endif
