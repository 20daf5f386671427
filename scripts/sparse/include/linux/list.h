/* sparse shim of <linux/list.h>: the whole shim is one header. */
#include "../shim.h"
