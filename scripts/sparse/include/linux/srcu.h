/* sparse shim of <linux/srcu.h>: the whole shim is one header. */
#include "../shim.h"
