/* sparse shim of <linux/io.h>: the whole shim is one header. */
#include "../shim.h"
