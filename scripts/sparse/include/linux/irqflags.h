/* sparse shim of <linux/irqflags.h>: the whole shim is one header. */
#include "../shim.h"
