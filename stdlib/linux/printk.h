/* Kernel logging (models linux/printk.h): the messages have no effect on the model. */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#define KERN_EMERG "0"
#define KERN_ALERT "1"
#define KERN_CRIT "2"
#define KERN_ERR "3"
#define KERN_WARNING "4"
#define KERN_NOTICE "5"
#define KERN_INFO "6"
#define KERN_DEBUG "7"
#define KERN_CONT "c"

static inline int printk(const char *fmt, ...)
{
	return 0;
}

static inline int __ls_log(const char *fmt, ...)
{
	return 0;
}

#define pr_emerg __ls_log
#define pr_alert __ls_log
#define pr_crit __ls_log
#define pr_err __ls_log
#define pr_warn __ls_log
#define pr_warning __ls_log
#define pr_notice __ls_log
#define pr_info __ls_log
#define pr_cont __ls_log
#define pr_debug __ls_log
#define pr_devel __ls_log
#define pr_err_once __ls_log
#define pr_warn_once __ls_log
#define pr_info_once __ls_log
#define pr_err_ratelimited __ls_log
#define pr_warn_ratelimited __ls_log
#define pr_info_ratelimited __ls_log
#define printk_ratelimited __ls_log
#define printk_once __ls_log
#define dev_emerg(dev, ...) __ls_log(__VA_ARGS__)
#define dev_alert(dev, ...) __ls_log(__VA_ARGS__)
#define dev_crit(dev, ...) __ls_log(__VA_ARGS__)
#define dev_notice(dev, ...) __ls_log(__VA_ARGS__)
#define dev_err_ratelimited(dev, ...) __ls_log(__VA_ARGS__)
#define dev_warn_ratelimited(dev, ...) __ls_log(__VA_ARGS__)
#define dev_info_ratelimited(dev, ...) __ls_log(__VA_ARGS__)
#define dev_dbg_ratelimited(dev, ...) __ls_log(__VA_ARGS__)
#define dev_err_once(dev, ...) __ls_log(__VA_ARGS__)
#define dev_warn_once(dev, ...) __ls_log(__VA_ARGS__)
#define dev_info_once(dev, ...) __ls_log(__VA_ARGS__)
#define dev_err_probe(dev, err, ...) (__ls_log(__VA_ARGS__), (err))
#define dev_vdbg(dev, ...) __ls_log(__VA_ARGS__)
#define dev_err(dev, ...) __ls_log(__VA_ARGS__)
#define dev_warn(dev, ...) __ls_log(__VA_ARGS__)
#define dev_info(dev, ...) __ls_log(__VA_ARGS__)
#define dev_dbg(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_err(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_info(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_dbg(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_warn(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_crit(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_notice(dev, ...) __ls_log(__VA_ARGS__)
#define netdev_vdbg(dev, ...) __ls_log(__VA_ARGS__)
#define netif_dbg(priv, type, dev, ...) __ls_log(__VA_ARGS__)
#define netif_info(priv, type, dev, ...) __ls_log(__VA_ARGS__)
#define netif_err(priv, type, dev, ...) __ls_log(__VA_ARGS__)
#define netif_warn(priv, type, dev, ...) __ls_log(__VA_ARGS__)
#define netif_notice(priv, type, dev, ...) __ls_log(__VA_ARGS__)
#define print_hex_dump(...) ((void)0)
#define print_hex_dump_bytes(...) ((void)0)
#define dump_stack() ((void)0)

#endif
