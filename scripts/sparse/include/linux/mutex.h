/* sparse shim of <linux/mutex.h>: the whole shim is one header. */
#include "../shim.h"
