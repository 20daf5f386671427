/* lockdep's assertions and annotations (models linux/lockdep.h). */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#include <lockstep/intrinsics.h>

struct lock_class_key {
	int __ls_unused;
};

/* Lock classes come from the lock expression; subclasses from the _nested APIs. */
#define SINGLE_DEPTH_NESTING 1
#define lockdep_set_class(lock, key) ((void)(key))
#define lockdep_set_class_and_name(lock, key, name) ((void)(key))
#define lockdep_set_subclass(lock, sub) ((void)0)
#define lockdep_set_novalidate_class(lock) ((void)0)
#define lockdep_off() ((void)0)
#define lockdep_on() ((void)0)

#define lockdep_is_held(l) __ls_is_held(l)
#define lockdep_assert_held(l) __ls_assert_held(l)
#define lockdep_assert_held_write(l) __ls_assert_held(l)
#define lockdep_assert_held_read(l) __ls_assert_held(l)
#define lockdep_assert_held_once(l) __ls_assert_held(l)
#define lockdep_assert_not_held(l) __ls_assert(!__ls_is_held(l), "lockdep_assert_not_held")
#define lockdep_assert_irqs_disabled() __ls_assert_irqs_disabled()
#define lockdep_assert_irqs_enabled() __ls_assert(!__ls_irqs_disabled(), "lockdep_assert_irqs_enabled")
#define lockdep_assert(cond) __ls_assert((cond), "lockdep_assert")

#endif
