/* Module parameters (models linux/moduleparam.h): the variable keeps its initial value. */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#define module_param(name, type, perm) extern int __ls_module_param
#define module_param_named(name, value, type, perm) extern int __ls_module_param
#define MODULE_PARM_DESC(name, desc) extern int __ls_module_param
#define module_param_array(name, type, nump, perm) extern int __ls_module_param
#define module_param_cb(name, ops, arg, perm) extern int __ls_module_param
#define module_param_hw(name, type, hwtype, perm) extern int __ls_module_param
#define module_param_hw_named(name, value, type, hwtype, perm) extern int __ls_module_param
#define module_param_hw_array(name, type, hwtype, nump, perm) extern int __ls_module_param
#define module_param_array_named(name, array, type, nump, perm) extern int __ls_module_param
#define module_param_string(name, string, len, perm) extern int __ls_module_param

#endif
