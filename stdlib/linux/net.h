/* Networking helpers (models linux/net.h): rate-limited messages are always printed. */
#ifndef _LINUX_NET_H
#define _LINUX_NET_H

#include <linux/wait.h>

#define net_ratelimit() 1

#endif
