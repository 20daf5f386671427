/* sparse shim of <linux/err.h>: the whole shim is one header. */
#include "../shim.h"
