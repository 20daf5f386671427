/*
 * Module and initcall entry points (models linux/init.h). `__init` and `__exit` are context
 * annotations of the dialect (not macros); the registrations give the same contexts:
 * module_init's function runs alone first, module_exit's alone last.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#define module_init(fn) __entry(__init, fn)
#define module_exit(fn) __entry(__final, fn)
#define late_initcall(fn) __entry(__init, fn)
#define device_initcall(fn) __entry(__init, fn)
#define subsys_initcall(fn) __entry(__init, fn)
#define core_initcall(fn) __entry(__init, fn)
#define arch_initcall(fn) __entry(__init, fn)
#define fs_initcall(fn) __entry(__init, fn)

/*
 * Boot-time parameters of built-in code: the kernel calls the parser only when the command line
 * names the parameter, and the scenario's command line names none (the parser is not an entry).
 */
#define __setup(str, fn) extern int __ls_module_param
#define early_param(str, fn) extern int __ls_module_param

#endif
