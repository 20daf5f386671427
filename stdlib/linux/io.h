/*
 * Device registers (models linux/io.h and asm/io.h): port and memory-mapped I/O. A device
 * register is outside the model's memory: writes have no effect, and reads return a value the
 * analysis cannot know (all paths after them are checked; the explorer reads 0). ioremap and
 * friends return a cookie to a fresh object.
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <asm/byteorder.h>
#include <linux/compiler.h>
#include <linux/err.h>
#include <asm/barrier.h>

/* The input side of every device: read, never written, so no two contexts' reads conflict. */
static const volatile unsigned long __ls_device_input;
#define __ls_device_read(type, addr) ((void)(addr), (type)__ls_load(&__ls_device_input, __LS_ONCE))
#define __ls_device_write(value, addr) ((void)(value), (void)(addr))

#define inb(port) __ls_device_read(u8, port)
#define inw(port) __ls_device_read(u16, port)
#define inl(port) __ls_device_read(u32, port)
#define inb_p(port) __ls_device_read(u8, port)
#define inw_p(port) __ls_device_read(u16, port)
#define inl_p(port) __ls_device_read(u32, port)
#define outb(value, port) __ls_device_write(value, port)
#define outw(value, port) __ls_device_write(value, port)
#define outl(value, port) __ls_device_write(value, port)
#define outb_p(value, port) __ls_device_write(value, port)
#define outw_p(value, port) __ls_device_write(value, port)
#define outl_p(value, port) __ls_device_write(value, port)

#define readb(addr) __ls_device_read(u8, addr)
#define readw(addr) __ls_device_read(u16, addr)
#define readl(addr) __ls_device_read(u32, addr)
#define readq(addr) __ls_device_read(u64, addr)
#define readb_relaxed(addr) __ls_device_read(u8, addr)
#define readw_relaxed(addr) __ls_device_read(u16, addr)
#define readl_relaxed(addr) __ls_device_read(u32, addr)
#define writeb(value, addr) __ls_device_write(value, addr)
#define writew(value, addr) __ls_device_write(value, addr)
#define writel(value, addr) __ls_device_write(value, addr)
#define writeq(value, addr) __ls_device_write(value, addr)
#define writeb_relaxed(value, addr) __ls_device_write(value, addr)
#define writew_relaxed(value, addr) __ls_device_write(value, addr)
#define writel_relaxed(value, addr) __ls_device_write(value, addr)
#define __raw_readl(addr) __ls_device_read(u32, addr)
#define __raw_writel(value, addr) __ls_device_write(value, addr)

#define ioread8(addr) __ls_device_read(u8, addr)
#define ioread16(addr) __ls_device_read(u16, addr)
#define ioread32(addr) __ls_device_read(u32, addr)
#define iowrite8(value, addr) __ls_device_write(value, addr)
#define iowrite16(value, addr) __ls_device_write(value, addr)
#define iowrite32(value, addr) __ls_device_write(value, addr)
#define ioread8_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))
#define ioread16_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))
#define ioread32_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))
#define iowrite8_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))
#define iowrite16_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))
#define iowrite32_rep(addr, buf, count) ((void)(addr), (void)(buf), (void)(count))

#define ioremap(addr, size) ((void __iomem *)__ls_alloc())
#define ioremap_nocache(addr, size) ((void __iomem *)__ls_alloc())
#define iounmap(addr) ((void)(addr))
#define devm_ioremap(dev, addr, size) ((void __iomem *)__ls_alloc())
#define devm_ioremap_resource(dev, res) ((void __iomem *)__ls_alloc())
#define devm_platform_ioremap_resource(pdev, index) ((void __iomem *)__ls_alloc())

#define memcpy_fromio(dst, src, n) ((void)(dst), (void)(src), (void)(n))
#define memcpy_toio(dst, src, n) ((void)(dst), (void)(src), (void)(n))
#define memset_io(dst, c, n) ((void)(dst), (void)(c), (void)(n))

#endif
