/* sparse shim of <linux/compiler.h>: the whole shim is one header. */
#include "../shim.h"
