/* sparse shim of <linux/semaphore.h>: the whole shim is one header. */
#include "../shim.h"
