/* sparse shim of <linux/bottom_half.h>: the whole shim is one header. */
#include "../shim.h"
