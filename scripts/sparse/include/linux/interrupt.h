/* sparse shim of <linux/interrupt.h>: the whole shim is one header. */
#include "../shim.h"
