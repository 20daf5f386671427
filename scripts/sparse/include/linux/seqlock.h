/* sparse shim of <linux/seqlock.h>: the whole shim is one header. */
#include "../shim.h"
