/* sparse shim of <linux/atomic.h>: the whole shim is one header. */
#include "../shim.h"
