/*
 * A hard interrupt handler, the only code of the driver that runs, takes a mutex.
 *
 * What goes wrong: mutex_lock may sleep, and a hard interrupt handler must never sleep, even
 * when nothing else ever contends for the mutex: the kernel reports "BUG: sleeping function
 * called from invalid context" on the first interrupt. The handler is the program's only entry
 * point, so the explorer runs it alone, on each CPU it may interrupt.
 */
#include <linux/interrupt.h>
#include <linux/mutex.h>

static DEFINE_MUTEX(heartbeat_mutex);
static unsigned long heartbeats;

__hardirq void heartbeat_isr(void)
{
	mutex_lock(&heartbeat_mutex);	// expect: sleep-in-atomic
	heartbeats++;
	mutex_unlock(&heartbeat_mutex);
}
