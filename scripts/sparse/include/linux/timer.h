/* sparse shim of <linux/timer.h>: the whole shim is one header. */
#include "../shim.h"
