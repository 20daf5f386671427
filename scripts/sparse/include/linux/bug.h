/* sparse shim of <linux/bug.h>: the whole shim is one header. */
#include "../shim.h"
