/*
 * I/O port and memory regions (models linux/ioport.h): requests succeed and return a fresh
 * struct resource; releases have no effect.
 */
#ifndef _LINUX_IOPORT_H
#define _LINUX_IOPORT_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>

struct resource {
	resource_size_t start;
	resource_size_t end;
	const char *name;
	unsigned long flags;
};

#define IORESOURCE_IO 0x00000100
#define IORESOURCE_MEM 0x00000200
#define IORESOURCE_IRQ 0x00000400

#define resource_size(res) ((res)->end - (res)->start + 1)
#define request_region(start, n, name) ((struct resource *)__ls_alloc())
#define request_mem_region(start, n, name) ((struct resource *)__ls_alloc())
#define request_muxed_region(start, n, name) ((struct resource *)__ls_alloc())
#define devm_request_region(dev, start, n, name) ((struct resource *)__ls_alloc())
#define devm_request_mem_region(dev, start, n, name) ((struct resource *)__ls_alloc())
#define release_region(start, n) ((void)(start))
#define release_mem_region(start, n) ((void)(start))
#define rename_region(res, name) ((void)(res))

#endif
