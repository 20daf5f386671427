/* sparse shim of <linux/uaccess.h>: the whole shim is one header. */
#include "../shim.h"
