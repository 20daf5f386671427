/* sparse shim of <linux/rtmutex.h>: the whole shim is one header. */
#include "../shim.h"
