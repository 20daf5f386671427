/* cpu_relax and friends (models asm/processor.h). */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

#include <asm/barrier.h>

#endif
