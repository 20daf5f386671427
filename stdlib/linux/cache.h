/* Cache-line annotations (models linux/cache.h): placement only, nothing to the model. */
#ifndef _LINUX_CACHE_H
#define _LINUX_CACHE_H

#include <linux/compiler.h>

#define L1_CACHE_BYTES 64
#define SMP_CACHE_BYTES 64
/* The alignment DMA buffers need: the generic one (architectures without their own, as x86). */
#ifndef ARCH_DMA_MINALIGN
#define ARCH_DMA_MINALIGN 8
#endif

#endif
