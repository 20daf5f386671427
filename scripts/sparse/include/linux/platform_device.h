/* sparse shim of <linux/platform_device.h>: the whole shim is one header. */
#include "../shim.h"
