/* Kernel scalar types and the few constants every header needs (models linux/types.h). */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;
typedef u8 __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef s8 __s8;
typedef s16 __s16;
typedef s32 __s32;
typedef s64 __s64;
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef u16 __be16;
typedef u32 __be32;
typedef u64 __be64;

typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;
typedef unsigned long uintptr_t;
typedef long intptr_t;
typedef long long loff_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned short umode_t;
typedef unsigned int dev_t;
typedef unsigned int gfp_t;
typedef unsigned int fmode_t;
typedef unsigned int __poll_t;
typedef u64 dma_addr_t;
typedef u64 phys_addr_t;
typedef phys_addr_t resource_size_t;
typedef u64 sector_t;
typedef unsigned long irq_hw_number_t;
typedef s64 time64_t;
typedef s64 ktime_t;
typedef int clockid_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef unsigned short ushort;
typedef u8 uint8_t;
typedef u16 uint16_t;
typedef u32 uint32_t;
typedef u64 uint64_t;

#ifndef __cplusplus
typedef _Bool bool;
#endif
#define true 1
#define false 0

#ifndef NULL
#define NULL ((void *)0)
#endif

/* A bitmap of `bits` bits in unsigned longs of 64 bits (BITS_PER_LONG of linux/bitops.h). */
#define DECLARE_BITMAP(name, bits) unsigned long name[((bits) + 63) / 64]

#endif
