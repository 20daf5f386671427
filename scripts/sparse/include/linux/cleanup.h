/* sparse shim of <linux/cleanup.h>: the whole shim is one header. */
#include "../shim.h"
