/* Binary-coded decimal (models linux/bcd.h). */
#ifndef _LINUX_BCD_H
#define _LINUX_BCD_H

#define bcd2bin(x) (((x) & 0x0f) + ((x) >> 4) * 10)
#define bin2bcd(x) ((((x) / 10) << 4) + (x) % 10)

#endif
