/* sparse shim of <asm/barrier.h>: the whole shim is one header. */
#include "../shim.h"
