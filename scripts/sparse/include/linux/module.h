/* sparse shim of <linux/module.h>: the whole shim is one header. */
#include "../shim.h"
