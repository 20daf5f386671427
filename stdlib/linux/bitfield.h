/* Bit fields of registers (models linux/bitfield.h): FIELD_PREP and FIELD_GET, computed. */
#ifndef _LINUX_BITFIELD_H
#define _LINUX_BITFIELD_H

#include <linux/bitops.h>

/* The position of the lowest set bit of a mask (the shift of its field). */
static inline int __ls_bf_shift(unsigned long long mask)
{
	int shift = 0;

	while (mask && !(mask & 1)) {
		mask >>= 1;
		shift++;
	}
	return shift;
}

#define FIELD_PREP(mask, val) ((((unsigned long long)(val)) << __ls_bf_shift(mask)) & (mask))
#define FIELD_GET(mask, reg) ((((unsigned long long)(reg)) & (mask)) >> __ls_bf_shift(mask))
#define FIELD_FIT(mask, val) ((((unsigned long long)(val)) << __ls_bf_shift(mask) & ~(mask)) == 0)

#endif
