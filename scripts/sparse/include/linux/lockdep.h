/* sparse shim of <linux/lockdep.h>: the whole shim is one header. */
#include "../shim.h"
