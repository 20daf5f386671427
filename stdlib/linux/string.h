/*
 * Memory and string helpers (models linux/string.h). The model tracks no byte-level contents:
 * copies and fills have no effect on the model's memory, and comparisons and lengths return a
 * value the analysis cannot know (both outcomes are checked; the explorer sees 0).
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>

static const volatile long __ls_unknown_value;
#define __ls_unknown(type) ((type)__ls_load(&__ls_unknown_value, __LS_ONCE))

#define memset(s, c, n) ((void)(c), (void)(n), (void *)(s))
#define memcpy(dst, src, n) ((void)(src), (void)(n), (void *)(dst))
#define memmove(dst, src, n) ((void)(src), (void)(n), (void *)(dst))
#define memcmp(a, b, n) ((void)(a), (void)(b), (void)(n), __ls_unknown(int))
#define memzero_explicit(s, n) ((void)(s), (void)(n))
#define strlen(s) ((void)(s), __ls_unknown(size_t))
#define strnlen(s, n) ((void)(s), (void)(n), __ls_unknown(size_t))
#define strcmp(a, b) ((void)(a), (void)(b), __ls_unknown(int))
#define strncmp(a, b, n) ((void)(a), (void)(b), (void)(n), __ls_unknown(int))
#define strcpy(dst, src) ((void)(src), (dst))
#define strncpy(dst, src, n) ((void)(src), (void)(n), (dst))
#define strscpy(dst, src, n) ((void)(dst), (void)(src), (void)(n), __ls_unknown(ssize_t))
#define strlcpy(dst, src, n) ((void)(dst), (void)(src), (void)(n), __ls_unknown(size_t))
#define strcat(dst, src) ((void)(src), (dst))
#define sprintf(buf, ...) ((void)(buf), __ls_unknown(int))
#define snprintf(buf, size, ...) ((void)(buf), (void)(size), __ls_unknown(int))
#define scnprintf(buf, size, ...) ((void)(buf), (void)(size), __ls_unknown(int))
#define kstrtoint(s, base, res) ((void)(s), (void)(res), __ls_unknown(int))
#define kstrtouint(s, base, res) ((void)(s), (void)(res), __ls_unknown(int))
#define kstrtoul(s, base, res) ((void)(s), (void)(res), __ls_unknown(int))
#define kstrtobool(s, res) ((void)(s), (void)(res), __ls_unknown(int))
/* A kmalloc(GFP_KERNEL) copy of user memory: it may sleep (the allocation, a page fault). */
#define memdup_user(src, len) ((void)(src), (void)(len), __ls_might_sleep("memdup_user"), __ls_alloc())

#endif
