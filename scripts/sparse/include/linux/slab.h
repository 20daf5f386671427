/* sparse shim of <linux/slab.h>: the whole shim is one header. */
#include "../shim.h"
