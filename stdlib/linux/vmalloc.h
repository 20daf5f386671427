/* vmalloc and vfree live with kmalloc in the model (see linux/slab.h). */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/slab.h>

#endif
