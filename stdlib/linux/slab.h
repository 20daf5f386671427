/*
 * Heap allocation (models linux/slab.h and linux/vmalloc.h). Allocations return a fresh object
 * (they do not fail in the model); they may sleep exactly when the gfp flags allow direct
 * reclaim (GFP_KERNEL does, GFP_ATOMIC does not). vmalloc and vfree always may sleep. kfree(NULL)
 * does nothing.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/cleanup.h>
#include <linux/err.h>
#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/cache.h>
#include <linux/gfp.h>
#include <linux/errno.h>

#define __ls_gfp_alloc(gfp, what) ({ if ((gfp) & __GFP_DIRECT_RECLAIM) __ls_might_sleep(what); __ls_alloc(); })

#define kmalloc(size, gfp) __ls_gfp_alloc(gfp, "kmalloc")
#define kzalloc(size, gfp) __ls_gfp_alloc(gfp, "kzalloc")
#define kcalloc(n, size, gfp) __ls_gfp_alloc(gfp, "kcalloc")
#define kmalloc_array(n, size, gfp) __ls_gfp_alloc(gfp, "kmalloc_array")
#define krealloc(p, size, gfp) __ls_gfp_alloc(gfp, "krealloc")
#define kvmalloc(size, gfp) __ls_gfp_alloc(gfp, "kvmalloc")
#define kvzalloc(size, gfp) __ls_gfp_alloc(gfp, "kvzalloc")
#define kmalloc_node(size, gfp, node) __ls_gfp_alloc(gfp, "kmalloc_node")
#define kzalloc_node(size, gfp, node) __ls_gfp_alloc(gfp, "kzalloc_node")
#define kstrdup(s, gfp) ((char *)__ls_gfp_alloc(gfp, "kstrdup"))
#define kmemdup(src, len, gfp) __ls_gfp_alloc(gfp, "kmemdup")

#define kfree(p) __ls_free((void *)(p))
#define kvfree(p) __ls_free((void *)(p))
#define kfree_sensitive(p) __ls_free((void *)(p))

#define vmalloc(size) ({ __ls_might_sleep("vmalloc"); __ls_alloc(); })
#define vzalloc(size) ({ __ls_might_sleep("vzalloc"); __ls_alloc(); })
#define vfree(p) do { __ls_might_sleep("vfree"); __ls_free((void *)(p)); } while (0)

struct kmem_cache {
	unsigned int object_size;
};

#define KMEM_CACHE(s, flags) ((struct kmem_cache *)__ls_alloc())
#define kmem_cache_create(name, size, align, flags, ctor) ((struct kmem_cache *)__ls_gfp_alloc(GFP_KERNEL, "kmem_cache_create"))
#define kmem_cache_destroy(c) __ls_might_sleep("kmem_cache_destroy")
#define kmem_cache_alloc(c, gfp) __ls_gfp_alloc(gfp, "kmem_cache_alloc")
#define kmem_cache_zalloc(c, gfp) __ls_gfp_alloc(gfp, "kmem_cache_zalloc")
#define kmem_cache_free(c, p) __ls_free((void *)(p))

/* `void *p __free(kfree) = kmalloc(...)`: freed at scope exit unless no_free_ptr()/return_ptr() takes it. */
DEFINE_FREE(kfree, void *, if (!IS_ERR_OR_NULL(_T)) kfree(_T))

#endif
