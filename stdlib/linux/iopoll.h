/*
 * Register polling (models linux/iopoll.h). The polling macros read once and give -ETIMEDOUT when
 * the condition does not hold after that read. read_poll_timeout() and its readl/readx forms
 * sleep between reads (usleep_range) and may sleep; the _atomic forms busy-wait (udelay) and are
 * legal in atomic context.
 */
#ifndef _LINUX_IOPOLL_H
#define _LINUX_IOPOLL_H

#include <lockstep/intrinsics.h>
#include <linux/errno.h>
#include <linux/io.h>

#define read_poll_timeout(op, val, cond, sleep_us, timeout_us, sleep_before_read, ...) \
	((val) = op(__VA_ARGS__), __ls_might_sleep("read_poll_timeout"), (cond) ? 0 : -ETIMEDOUT)
#define read_poll_timeout_atomic(op, val, cond, delay_us, timeout_us, delay_before_read, ...) \
	((val) = op(__VA_ARGS__), (cond) ? 0 : -ETIMEDOUT)

#define readx_poll_timeout(op, addr, val, cond, sleep_us, timeout_us) \
	read_poll_timeout(op, val, cond, sleep_us, timeout_us, false, addr)
#define readx_poll_timeout_atomic(op, addr, val, cond, delay_us, timeout_us) \
	read_poll_timeout_atomic(op, val, cond, delay_us, timeout_us, false, addr)

#define readb_poll_timeout(addr, val, cond, sleep_us, timeout_us) \
	readx_poll_timeout(readb, addr, val, cond, sleep_us, timeout_us)
#define readb_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
	readx_poll_timeout_atomic(readb, addr, val, cond, delay_us, timeout_us)
#define readw_poll_timeout(addr, val, cond, sleep_us, timeout_us) \
	readx_poll_timeout(readw, addr, val, cond, sleep_us, timeout_us)
#define readw_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
	readx_poll_timeout_atomic(readw, addr, val, cond, delay_us, timeout_us)
#define readl_poll_timeout(addr, val, cond, sleep_us, timeout_us) \
	readx_poll_timeout(readl, addr, val, cond, sleep_us, timeout_us)
#define readl_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
	readx_poll_timeout_atomic(readl, addr, val, cond, delay_us, timeout_us)
#define readl_relaxed_poll_timeout(addr, val, cond, sleep_us, timeout_us) \
	readx_poll_timeout(readl_relaxed, addr, val, cond, sleep_us, timeout_us)
#define readl_relaxed_poll_timeout_atomic(addr, val, cond, delay_us, timeout_us) \
	readx_poll_timeout_atomic(readl_relaxed, addr, val, cond, delay_us, timeout_us)

#endif
