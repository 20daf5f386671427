/* sparse shim of <linux/device.h>: the whole shim is one header. */
#include "../shim.h"
