/* sparse shim of <linux/delay.h>: the whole shim is one header. */
#include "../shim.h"
