/* sparse shim of <linux/rculist.h>: the whole shim is one header. */
#include "../shim.h"
