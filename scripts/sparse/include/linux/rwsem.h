/* sparse shim of <linux/rwsem.h>: the whole shim is one header. */
#include "../shim.h"
