/*
 * Assertions (models linux/bug.h and asm-generic/bug.h): each is checked on every explored
 * execution (rule assertion) and reported at the line of its use. WARN_ON and friends return
 * the condition, as in the kernel.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <lockstep/intrinsics.h>

#define BUG() __ls_assert(0, "BUG")
#define BUG_ON(condition) __ls_assert(!(condition), "BUG_ON")
#define WARN_ON(condition) ({ int __ls_warn = !!(condition); __ls_assert(!__ls_warn, "WARN_ON"); __ls_warn; })
#define WARN_ON_ONCE(condition) ({ int __ls_warn = !!(condition); __ls_assert(!__ls_warn, "WARN_ON_ONCE"); __ls_warn; })
#define WARN(condition, ...) ({ int __ls_warn = !!(condition); __ls_assert(!__ls_warn, "WARN"); __ls_warn; })
#define WARN_ONCE(condition, ...) ({ int __ls_warn = !!(condition); __ls_assert(!__ls_warn, "WARN_ONCE"); __ls_warn; })
#define VM_BUG_ON(condition) __ls_assert(!(condition), "VM_BUG_ON")
#define assert(condition) __ls_assert((condition), "assert")
/* Compile-time checks: nothing at run time. */
#define BUILD_BUG_ON(condition) ((void)0)
#define BUILD_BUG_ON_MSG(condition, msg) ((void)0)
#define BUILD_BUG() ((void)0)
/* C11's static_assert at file scope (linux/build_bug.h), with or without a message: the compiler's check. */
#define static_assert(expr, ...) extern int __ls_static_assert

#endif
