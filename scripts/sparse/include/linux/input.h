/* sparse shim of <linux/input.h>: the whole shim is one header. */
#include "../shim.h"
