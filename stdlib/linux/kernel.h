/*
 * The kitchen sink (models linux/kernel.h and linux/minmax.h): the common helpers, and the
 * headers the kernel's kernel.h brings along.
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/bitops.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <asm/barrier.h>

#define USHRT_MAX ((unsigned short)~0U)
#define SHRT_MAX ((short)(USHRT_MAX >> 1))
#define INT_MAX ((int)(~0U >> 1))
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (~0U)
#define LONG_MAX ((long)(~0UL >> 1))
#define LONG_MIN (-LONG_MAX - 1)
#define ULONG_MAX (~0UL)
#define U8_MAX ((u8)~0U)
#define U16_MAX ((u16)~0U)
#define U32_MAX ((u32)~0U)
#define U64_MAX ((u64)~0ULL)
#define S32_MAX ((s32)(U32_MAX >> 1))

#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))
/* Each argument is evaluated once, as in the kernel (min(READ_ONCE(a), b) reads a once). */
#define min(x, y) ({ typeof(x) __ls_x = (x); typeof(y) __ls_y = (y); __ls_x < __ls_y ? __ls_x : __ls_y; })
#define max(x, y) ({ typeof(x) __ls_x = (x); typeof(y) __ls_y = (y); __ls_x > __ls_y ? __ls_x : __ls_y; })
#define min_t(type, x, y) ({ type __ls_x = (x); type __ls_y = (y); __ls_x < __ls_y ? __ls_x : __ls_y; })
#define max_t(type, x, y) ({ type __ls_x = (x); type __ls_y = (y); __ls_x > __ls_y ? __ls_x : __ls_y; })
#define clamp(val, lo, hi) min(max(val, lo), hi)
#define clamp_t(type, val, lo, hi) min_t(type, max_t(type, val, lo), hi)
#define swap(a, b) do { typeof(a) __ls_tmp = (a); (a) = (b); (b) = __ls_tmp; } while (0)
#define abs(x) ({ typeof(x) __ls_v = (x); __ls_v < 0 ? -__ls_v : __ls_v; })
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define ALIGN(x, a) (((x) + ((a) - 1)) & ~((a) - 1))
#define IS_ALIGNED(x, a) (((x) & ((a) - 1)) == 0)
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define rounddown(x, y) ((x) - ((x) % (y)))
#define upper_32_bits(n) ((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n) ((u32)((n) & 0xffffffff))
#define might_fault() __ls_might_sleep("might_fault")

#endif
