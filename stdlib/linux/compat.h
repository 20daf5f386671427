/*
 * 32-bit user space on a 64-bit kernel (models linux/compat.h): a compat pointer is a 32-bit
 * user address. CONFIG_COMPAT is not defined, as for any kernel option, so code under
 * #ifdef CONFIG_COMPAT is left out.
 */
#ifndef _LINUX_COMPAT_H
#define _LINUX_COMPAT_H

#include <linux/types.h>

typedef u32 compat_uptr_t;
typedef u32 compat_ulong_t;
typedef s32 compat_long_t;

#define compat_ptr(uptr) ((void __user *)(unsigned long)(uptr))
#define ptr_to_compat(uptr) ((compat_uptr_t)(unsigned long)(uptr))
#define in_compat_syscall() false

#endif
