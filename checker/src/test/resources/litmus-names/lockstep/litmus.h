/*
 * A litmus prelude that defines no macro: with this directory as the stdlib, a litmus test parses
 * with its kernel primitives as written (READ_ONCE(*x) stays a call of READ_ONCE), so that it can
 * be printed as C and read again through the C headers. Only the type names a litmus test may
 * give its locations are declared, so that the processes' parameters parse.
 */
#ifndef _LOCKSTEP_LITMUS_H
#define _LOCKSTEP_LITMUS_H

typedef int spinlock_t;
typedef int raw_spinlock_t;
typedef int atomic_t;
typedef long atomic_long_t;
typedef long long atomic64_t;

#endif
