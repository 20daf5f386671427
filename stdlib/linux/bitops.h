/*
 * Atomic bit operations on an array of unsigned long (models linux/bitops.h and
 * Documentation/atomic_bitops.txt): set_bit/clear_bit/change_bit are relaxed RMWs,
 * test_and_set_bit and friends are fully ordered, the _lock/_unlock forms acquire/release;
 * the __ forms are plain (non-atomic) read-modify-writes.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>

#define BITS_PER_LONG 64
#define BIT(nr) (1UL << (nr))
#define BIT_MASK(nr) (1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr) ((nr) / BITS_PER_LONG)
#define BITS_TO_LONGS(nr) (((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (BITS_PER_LONG - 1 - (h))))

#define __ls_bit_word(nr, addr) (&(addr)[BIT_WORD(nr)])

#define set_bit(nr, addr) ((void)__ls_rmw(__ls_bit_word(nr, addr), __LS_OR, BIT_MASK(nr), __LS_RELAXED))
#define clear_bit(nr, addr) ((void)__ls_rmw(__ls_bit_word(nr, addr), __LS_ANDNOT, BIT_MASK(nr), __LS_RELAXED))
#define change_bit(nr, addr) ((void)__ls_rmw(__ls_bit_word(nr, addr), __LS_XOR, BIT_MASK(nr), __LS_RELAXED))
#define test_and_set_bit(nr, addr) ((__ls_rmw(__ls_bit_word(nr, addr), __LS_OR, BIT_MASK(nr), __LS_FULL) & BIT_MASK(nr)) != 0)
#define test_and_clear_bit(nr, addr) ((__ls_rmw(__ls_bit_word(nr, addr), __LS_ANDNOT, BIT_MASK(nr), __LS_FULL) & BIT_MASK(nr)) != 0)
#define test_and_change_bit(nr, addr) ((__ls_rmw(__ls_bit_word(nr, addr), __LS_XOR, BIT_MASK(nr), __LS_FULL) & BIT_MASK(nr)) != 0)
#define test_and_set_bit_lock(nr, addr) ((__ls_rmw(__ls_bit_word(nr, addr), __LS_OR, BIT_MASK(nr), __LS_ACQ) & BIT_MASK(nr)) != 0)
#define clear_bit_unlock(nr, addr) ((void)__ls_rmw(__ls_bit_word(nr, addr), __LS_ANDNOT, BIT_MASK(nr), __LS_REL))
#define test_bit(nr, addr) ((__ls_load(__ls_bit_word(nr, addr), __LS_ONCE) & BIT_MASK(nr)) != 0)
#define test_bit_acquire(nr, addr) ((__ls_load(__ls_bit_word(nr, addr), __LS_ACQUIRE) & BIT_MASK(nr)) != 0)

#define __set_bit(nr, addr) (*__ls_bit_word(nr, addr) |= BIT_MASK(nr))
#define __clear_bit(nr, addr) (*__ls_bit_word(nr, addr) &= ~BIT_MASK(nr))
#define __test_and_set_bit(nr, addr) ({ unsigned long __ls_old = *__ls_bit_word(nr, addr); *__ls_bit_word(nr, addr) = __ls_old | BIT_MASK(nr); (__ls_old & BIT_MASK(nr)) != 0; })

/*
 * Searches of a bitmap (models linux/find.h): the index of the first set (clear) bit below size,
 * or size when there is none; each bit is read with test_bit().
 */
#define find_first_bit(addr, size) ({ unsigned long __ls_size = (size), __ls_i = 0; \
	while (__ls_i < __ls_size && !test_bit(__ls_i, addr)) __ls_i++; __ls_i; })
#define find_first_zero_bit(addr, size) ({ unsigned long __ls_size = (size), __ls_i = 0; \
	while (__ls_i < __ls_size && test_bit(__ls_i, addr)) __ls_i++; __ls_i; })

#endif
