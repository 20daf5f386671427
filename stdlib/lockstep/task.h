/*
 * struct task_struct alone, for headers that hand out tasks (kthread_run) without bringing in
 * linux/sched.h's `current`.
 */
#ifndef _LOCKSTEP_TASK_H
#define _LOCKSTEP_TASK_H

#include <linux/types.h>

#define TASK_COMM_LEN 16

struct mm_struct;

struct task_struct {
	pid_t pid;
	pid_t tgid;
	unsigned int __state;
	char comm[TASK_COMM_LEN];
	struct mm_struct *mm;
};

#endif
