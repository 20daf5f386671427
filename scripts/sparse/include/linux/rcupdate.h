/* sparse shim of <linux/rcupdate.h>: the whole shim is one header. */
#include "../shim.h"
