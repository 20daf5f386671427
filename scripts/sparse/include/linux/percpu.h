/* sparse shim of <linux/percpu.h>: the whole shim is one header. */
#include "../shim.h"
