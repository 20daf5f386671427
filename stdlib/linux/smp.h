/* The current CPU's number (models linux/smp.h). */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <lockstep/intrinsics.h>
#include <linux/preempt.h>

/* The CPU the context runs on; smp_processor_id() claims that the context cannot migrate (rule preemptible-percpu). */
#define smp_processor_id() __ls_cpu_id(__LS_CPU_CHECKED, "smp_processor_id")
#define raw_smp_processor_id() __ls_cpu_id(__LS_CPU_RAW, "raw_smp_processor_id")
#define get_cpu() ({ preempt_disable(); __ls_cpu_id(__LS_CPU_RAW, "get_cpu"); })
#define put_cpu() preempt_enable()

#endif
