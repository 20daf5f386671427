/* sparse shim of <linux/jiffies.h>: the whole shim is one header. */
#include "../shim.h"
