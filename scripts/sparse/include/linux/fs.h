/* sparse shim of <linux/fs.h>: the whole shim is one header. */
#include "../shim.h"
