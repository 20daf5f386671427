/*
 * A gap of lockstep that sparse shows (not run by default; see ../README.md): an early return of
 * a positive constant with the lock held. lockstep takes a function whose returned constants tell
 * the paths with and without a lock apart for a trylock-style conditional acquire (only negative,
 * errno returns count as leaking error paths), so it reports nothing here; sparse reports the
 * leak. RULES.md counts "returns with different locks held on different paths" as lock-imbalance.
 */
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(queue_lock);
static int queue_len;

int queue_full(int limit)
{
	spin_lock(&queue_lock);
	if (queue_len >= limit)
		return 1;	/* sparse: wrong count at exit; lockstep: nothing */
	queue_len++;
	spin_unlock(&queue_lock);
	return 0;
}
