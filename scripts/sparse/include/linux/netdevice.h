/* sparse shim of <linux/netdevice.h>: the whole shim is one header. */
#include "../shim.h"
