/*
 * Scope-based cleanup (models linux/cleanup.h). Everything rests on GCC's cleanup attribute: a
 * variable declared `T v __cleanup(fn)` has fn(&v) called at every exit of its scope (the end of
 * the block, return, break, continue, a goto out of it). On top of it, as in the kernel:
 *
 *   DEFINE_FREE(name, type, free)      __free(name) on a pointer variable frees it at scope exit
 *   DEFINE_CLASS(name, type, exit, init, args...)   CLASS(name, var)(args) constructs var and
 *                                      runs `exit` on it (as _T) when its scope ends
 *   DEFINE_GUARD(name, type, lock, unlock)          a lock guard whose class is the lock pointer _T
 *   DEFINE_LOCK_GUARD_1(name, type, lock, unlock, extra members...)  a guard struct holding
 *                                      `lock` (the pointer, as _T->lock) and extra state (flags)
 *   DEFINE_LOCK_GUARD_0(name, lock, unlock)         a guard of no object (rcu, preempt, irq)
 *   guard(name)(args), scoped_guard(name, args) { }, scoped_cond_guard(name, fail, args) { }
 *
 * The guards of the kernel's own locks are declared next to the locks: this header holds the
 * machinery and the guards that need nothing else.
 */
#ifndef _LINUX_CLEANUP_H
#define _LINUX_CLEANUP_H

#include <linux/compiler.h>
#include <linux/types.h>

#define __cleanup(func) __attribute__((__cleanup__(func)))

#define ___PASTE(a, b) a##b
#define __PASTE(a, b) ___PASTE(a, b)
#define __UNIQUE_ID(prefix) __PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)

/* __free(name): a pointer freed at scope exit unless no_free_ptr()/return_ptr() took it out. */
#define DEFINE_FREE(_name, _type, _free) \
	static inline void __free_##_name(void *p) { _type _T = *(_type *)p; _free; }
#define __free(_name) __cleanup(__free_##_name)
#define __get_and_null(p, nullvalue) ({ typeof(p) __ls_ptr = (p); (p) = nullvalue; __ls_ptr; })
#define no_free_ptr(p) __get_and_null(p, NULL)
#define return_ptr(p) return no_free_ptr(p)
#define retain_and_null_ptr(p) ((void)__get_and_null(p, NULL))

/* Classes: a constructor, and a destructor run at scope exit. */
#define DEFINE_CLASS(_name, _type, _exit, _init, _init_args...) \
	typedef _type class_##_name##_t; \
	static inline void class_##_name##_destructor(_type *p) { _type _T = *p; _exit; } \
	static inline _type class_##_name##_constructor(_init_args) { _type t = _init; return t; }
#define EXTEND_CLASS(_name, ext, _init, _init_args...) \
	typedef class_##_name##_t class_##_name##ext##_t; \
	static inline void class_##_name##ext##_destructor(class_##_name##_t *p) { class_##_name##_destructor(p); } \
	static inline class_##_name##_t class_##_name##ext##_constructor(_init_args) { class_##_name##_t t = _init; return t; }
#define CLASS(_name, var) \
	class_##_name##_t var __cleanup(class_##_name##_destructor) = class_##_name##_constructor

/*
 * Lock guards. The constructor takes the lock and the destructor releases it, so the lock is
 * held from the guard's declaration to every exit of its scope; the contracts say so, as sparse's
 * annotations do for the kernel's lock functions.
 */
#define DEFINE_GUARD(_name, _type, _lock, _unlock) \
	typedef _type class_##_name##_t; \
	static inline void class_##_name##_destructor(_type *p) { _type _T = *p; _unlock; } \
	static inline _type class_##_name##_constructor(_type _T) __acquires(_T) { _lock; return _T; } \
	static inline void *class_##_name##_lock_ptr(class_##_name##_t *_T) { return (void *)*_T; }
/* A conditional guard (trylock, interruptible): the constructor gives NULL when the lock was not taken. */
#define DEFINE_GUARD_COND(_name, _ext, _condlock) \
	typedef class_##_name##_t class_##_name##_ext##_t; \
	static inline void class_##_name##_ext##_destructor(class_##_name##_t *p) { if (*p) class_##_name##_destructor(p); } \
	static inline class_##_name##_t class_##_name##_ext##_constructor(class_##_name##_t _T) { if (!(_condlock)) return NULL; return _T; } \
	static inline void *class_##_name##_ext##_lock_ptr(class_##_name##_t *_T) { return (void *)*_T; }

#define DEFINE_LOCK_GUARD_1(_name, _type, _lock, _unlock, ...) \
	typedef _type class_##_name##_lock_t; \
	typedef struct { _type *lock; __VA_ARGS__; } class_##_name##_t; \
	static inline void class_##_name##_destructor(class_##_name##_t *_T) { _unlock; } \
	static inline class_##_name##_t class_##_name##_constructor(_type *l) __acquires(l) \
	{ class_##_name##_t _t = { .lock = l }, *_T = &_t; _lock; return _t; } \
	static inline void *class_##_name##_lock_ptr(class_##_name##_t *_T) { return (void *)_T->lock; }
#define DEFINE_LOCK_GUARD_1_COND(_name, _ext, _condlock) \
	typedef class_##_name##_t class_##_name##_ext##_t; \
	static inline void class_##_name##_ext##_destructor(class_##_name##_t *_T) { if (_T->lock) class_##_name##_destructor(_T); } \
	static inline class_##_name##_t class_##_name##_ext##_constructor(class_##_name##_lock_t *l) \
	{ class_##_name##_t _t = { .lock = l }, *_T = &_t; if (!(_condlock)) _T->lock = NULL; return _t; } \
	static inline void *class_##_name##_ext##_lock_ptr(class_##_name##_t *_T) { return (void *)_T->lock; }
#define DEFINE_LOCK_GUARD_0(_name, _lock, _unlock, ...) \
	typedef struct { void *lock; __VA_ARGS__; } class_##_name##_t; \
	static inline void class_##_name##_destructor(class_##_name##_t *_T) { _unlock; } \
	static inline class_##_name##_t class_##_name##_constructor(void) \
	{ class_##_name##_t _t = { .lock = (void *)1 }, *_T = &_t; _lock; return _t; } \
	static inline void *class_##_name##_lock_ptr(class_##_name##_t *_T) { return _T->lock; }

#define __guard_ptr(_name) class_##_name##_lock_ptr
#define guard(_name) CLASS(_name, __UNIQUE_ID(guard))
#define scoped_guard(_name, args...) \
	for (CLASS(_name, scope)(args), *done = NULL; !done; done = (void *)1)
#define scoped_cond_guard(_name, _fail, args...) \
	for (CLASS(_name, scope)(args), *done = NULL; !done; done = (void *)1) \
		if (!__guard_ptr(_name)(&scope)) _fail; else

#endif
