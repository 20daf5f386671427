/* sparse shim of <linux/workqueue.h>: the whole shim is one header. */
#include "../shim.h"
