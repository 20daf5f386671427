/* sparse shim of <linux/local_lock.h>: the whole shim is one header. */
#include "../shim.h"
