/* sparse shim of <linux/bitops.h>: the whole shim is one header. */
#include "../shim.h"
