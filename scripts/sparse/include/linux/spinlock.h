/* sparse shim of <linux/spinlock.h>: the whole shim is one header. */
#include "../shim.h"
