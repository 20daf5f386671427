/*
 * The prelude of every .litmus test: the kernel primitives herd7's linux-kernel.def knows, with
 * atomic_t an int location as there. A litmus process receives its shared locations as pointers
 * (P0(int *x, spinlock_t *l)), so every API here takes pointers exactly as the kernel's do.
 */
#ifndef _LOCKSTEP_LITMUS_H
#define _LOCKSTEP_LITMUS_H

#define __LS_LITMUS 1

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/barrier.h>
#include <asm/cmpxchg.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/srcu.h>
#include <linux/bitops.h>

#endif
