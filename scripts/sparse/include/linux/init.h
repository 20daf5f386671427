/* sparse shim of <linux/init.h>: the whole shim is one header. */
#include "../shim.h"
