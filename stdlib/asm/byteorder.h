/*
 * Byte order (models asm/byteorder.h): the architectures of the models (x86-64 and AArch64) are
 * little-endian, so the le conversions are the identity and the be ones swap.
 */
#ifndef _ASM_BYTEORDER_H
#define _ASM_BYTEORDER_H

#include <linux/types.h>

#define __ls_swab16(x) ((u16)((((u16)(x) & 0x00ffU) << 8) | (((u16)(x) & 0xff00U) >> 8)))
#define __ls_swab32(x) ((u32)((((u32)(x) & 0x000000ffU) << 24) | (((u32)(x) & 0x0000ff00U) << 8) | \
	(((u32)(x) & 0x00ff0000U) >> 8) | (((u32)(x) & 0xff000000U) >> 24)))

#define cpu_to_le16(x) ((__le16)(u16)(x))
#define le16_to_cpu(x) ((u16)(__le16)(x))
#define cpu_to_le32(x) ((__le32)(u32)(x))
#define le32_to_cpu(x) ((u32)(__le32)(x))
#define cpu_to_le64(x) ((__le64)(u64)(x))
#define le64_to_cpu(x) ((u64)(__le64)(x))
#define cpu_to_be16(x) ((__be16)__ls_swab16(x))
#define be16_to_cpu(x) __ls_swab16((u16)(x))
#define cpu_to_be32(x) ((__be32)__ls_swab32(x))
#define be32_to_cpu(x) __ls_swab32((u32)(x))
#define le16_to_cpup(p) le16_to_cpu(*(p))
#define le32_to_cpup(p) le32_to_cpu(*(p))
#define be32_to_cpup(p) be32_to_cpu(*(p))

#endif
