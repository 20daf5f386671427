/* sparse shim of <linux/errno.h>: the whole shim is one header. */
#include "../shim.h"
