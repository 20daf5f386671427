/* sparse shim of <asm/processor.h>: the whole shim is one header. */
#include "../shim.h"
