/* sparse shim of <linux/completion.h>: the whole shim is one header. */
#include "../shim.h"
