/* Integer logarithms (models linux/log2.h), computed. */
#ifndef _LINUX_LOG2_H
#define _LINUX_LOG2_H

static inline int ilog2(unsigned long long n)
{
	int log = -1;

	while (n) {
		n >>= 1;
		log++;
	}
	return log;
}

#define is_power_of_2(n) ((n) != 0 && (((n) & ((n) - 1)) == 0))

#endif
