/* Symbol exports (models linux/export.h): no effect on the model. */
#ifndef _LINUX_EXPORT_H
#define _LINUX_EXPORT_H

#define EXPORT_SYMBOL(sym) extern int __ls_export_symbol
#define EXPORT_SYMBOL_GPL(sym) extern int __ls_export_symbol
#define EXPORT_SYMBOL_NS(sym, ns) extern int __ls_export_symbol
#define EXPORT_SYMBOL_NS_GPL(sym, ns) extern int __ls_export_symbol

#endif
