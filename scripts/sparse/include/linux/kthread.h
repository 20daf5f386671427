/* sparse shim of <linux/kthread.h>: the whole shim is one header. */
#include "../shim.h"
