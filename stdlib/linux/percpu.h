/*
 * Per-CPU data (models linux/percpu.h and linux/percpu-defs.h). A per-CPU variable is an array
 * with one element per possible CPU (CONFIG_NR_CPUS, 8 unless -D says otherwise; the explorer
 * runs at most that many CPUs), and the current CPU's element is selected by __ls_cpu_id:
 *
 *   this_cpu_read/write/add/sub/inc/dec/xchg/cmpxchg(var)   one access, safe against preemption
 *                                 and interrupts (a marked access or an atomic read-modify-write)
 *   __this_cpu_read/write/add/sub/inc/dec(var)   plain accesses: the caller must keep the context
 *                                 on its CPU (rule preemptible-percpu) and keep interrupt handlers
 *                                 of that CPU away (an update there can be lost: data-race)
 *   this_cpu_ptr(&var), get_cpu_var(var)/put_cpu_var(var), get_cpu_ptr(&var)/put_cpu_ptr(&var),
 *   per_cpu(var, cpu), per_cpu_ptr(&var, cpu), for_each_possible_cpu(cpu)
 *
 * Not modelled: dynamic per-CPU allocations (alloc_percpu) and this_cpu_ptr() of a member of a
 * per-CPU struct (&pcpu.member): declare the member's variable per CPU instead.
 */
#ifndef _LINUX_PERCPU_H
#define _LINUX_PERCPU_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/preempt.h>
#include <linux/smp.h>


#ifndef CONFIG_NR_CPUS
#define CONFIG_NR_CPUS 8
#endif
#define NR_CPUS CONFIG_NR_CPUS
#define nr_cpu_ids NR_CPUS
#define num_possible_cpus() NR_CPUS
#define num_online_cpus() NR_CPUS
#define cpu_online(cpu) ((cpu) < NR_CPUS)
#define for_each_possible_cpu(cpu) for ((cpu) = 0; (cpu) < NR_CPUS; (cpu)++)
#define for_each_online_cpu(cpu) for_each_possible_cpu(cpu)
#define for_each_present_cpu(cpu) for_each_possible_cpu(cpu)

#define DEFINE_PER_CPU(type, name) type name[NR_CPUS]
#define DECLARE_PER_CPU(type, name) extern type name[NR_CPUS]
#define DEFINE_PER_CPU_ALIGNED(type, name) DEFINE_PER_CPU(type, name)
#define DEFINE_PER_CPU_SHARED_ALIGNED(type, name) DEFINE_PER_CPU(type, name)
#define DEFINE_PER_CPU_READ_MOSTLY(type, name) DEFINE_PER_CPU(type, name)
#define DECLARE_PER_CPU_SHARED_ALIGNED(type, name) DECLARE_PER_CPU(type, name)

#define per_cpu(var, cpu) ((var)[cpu])
#define per_cpu_ptr(ptr, cpu) (&(*(ptr))[cpu])
#define this_cpu_ptr(ptr) (&(*(ptr))[__ls_cpu_id(__LS_CPU_CHECKED, "this_cpu_ptr")])
#define raw_cpu_ptr(ptr) (&(*(ptr))[__ls_cpu_id(__LS_CPU_RAW, "raw_cpu_ptr")])
#define get_cpu_ptr(ptr) ({ preempt_disable(); raw_cpu_ptr(ptr); })
#define put_cpu_ptr(ptr) preempt_enable()
#define get_cpu_var(var) (*({ preempt_disable(); &(var)[__ls_cpu_id(__LS_CPU_RAW, "get_cpu_var")]; }))
#define put_cpu_var(var) preempt_enable()

/* The current CPU's element, for an operation that is safe by itself. */
#define __ls_this_elem(var, what) (&(var)[__ls_cpu_id(__LS_CPU_RAW, what)])
#define this_cpu_read(var) __ls_load(__ls_this_elem(var, "this_cpu_read"), __LS_ONCE)
#define this_cpu_write(var, v) __ls_store(__ls_this_elem(var, "this_cpu_write"), (v), __LS_ONCE)
#define this_cpu_add(var, v) ((void)__ls_rmw(__ls_this_elem(var, "this_cpu_add"), __LS_ADD, (v), __LS_RELAXED))
#define this_cpu_sub(var, v) ((void)__ls_rmw(__ls_this_elem(var, "this_cpu_sub"), __LS_SUB, (v), __LS_RELAXED))
#define this_cpu_inc(var) this_cpu_add(var, 1)
#define this_cpu_dec(var) this_cpu_sub(var, 1)
#define this_cpu_add_return(var, v) (__ls_rmw(__ls_this_elem(var, "this_cpu_add_return"), __LS_ADD, (v), __LS_RELAXED) + (v))
#define this_cpu_inc_return(var) this_cpu_add_return(var, 1)
#define this_cpu_xchg(var, v) __ls_rmw(__ls_this_elem(var, "this_cpu_xchg"), __LS_XCHG, (v), __LS_RELAXED)
#define this_cpu_cmpxchg(var, o, n) __ls_cmpxchg(__ls_this_elem(var, "this_cpu_cmpxchg"), (o), (n), __LS_RELAXED)

/* The non-atomic forms: plain accesses that need the context pinned to its CPU. */
#define __ls_pinned_elem(var, what) ((var)[__ls_cpu_id(__LS_CPU_CHECKED, what)])
#define __this_cpu_read(var) __ls_pinned_elem(var, "__this_cpu_read")
#define __this_cpu_write(var, v) (__ls_pinned_elem(var, "__this_cpu_write") = (v))
#define __this_cpu_add(var, v) (__ls_pinned_elem(var, "__this_cpu_add") += (v))
#define __this_cpu_sub(var, v) (__ls_pinned_elem(var, "__this_cpu_sub") -= (v))
#define __this_cpu_inc(var) (__ls_pinned_elem(var, "__this_cpu_inc")++)
#define __this_cpu_dec(var) (__ls_pinned_elem(var, "__this_cpu_dec")--)
#define raw_cpu_read(var) ((var)[__ls_cpu_id(__LS_CPU_RAW, "raw_cpu_read")])
#define raw_cpu_inc(var) ((var)[__ls_cpu_id(__LS_CPU_RAW, "raw_cpu_inc")]++)

#endif
