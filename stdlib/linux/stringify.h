/* Stringification (models linux/stringify.h). */
#ifndef _LINUX_STRINGIFY_H
#define _LINUX_STRINGIFY_H

#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define __MODULE_STRING(x) __stringify(x)

#endif
