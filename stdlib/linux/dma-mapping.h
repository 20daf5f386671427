/*
 * Streaming DMA mappings (models linux/dma-mapping.h): a mapping is the buffer's bus address;
 * mapping and unmapping do not sleep and touch no memory the model sees.
 */
#ifndef _LINUX_DMA_MAPPING_H
#define _LINUX_DMA_MAPPING_H

#include <linux/types.h>
#include <linux/device.h>

enum dma_data_direction {
	DMA_BIDIRECTIONAL = 0,
	DMA_TO_DEVICE = 1,
	DMA_FROM_DEVICE = 2,
	DMA_NONE = 3,
};

#define DMA_BIT_MASK(n) (((n) == 64) ? ~0ULL : ((1ULL << (n)) - 1))

#define dma_map_single(dev, ptr, size, dir) ((void)(dev), (dma_addr_t)(uintptr_t)(ptr))
#define dma_unmap_single(dev, addr, size, dir) ((void)(dev), (void)(addr))
#define dma_mapping_error(dev, addr) ((void)(dev), (void)(addr), 0)
#define dma_set_mask(dev, mask) ((void)(dev), 0)
#define dma_set_mask_and_coherent(dev, mask) ((void)(dev), 0)

#endif
