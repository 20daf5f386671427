/*
 * Socket buffers (models linux/skbuff.h). An sk_buff is a heap object; a queue's head carries
 * its own spinlock, which skb_queue_tail()/skb_dequeue() take with irqsave (the __ forms take
 * none: the caller's lock protects the queue). Queues are modelled by their length only.
 */
#ifndef _LINUX_SKBUFF_H
#define _LINUX_SKBUFF_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <asm/byteorder.h>

struct net_device;

struct sk_buff {
	struct sk_buff *next;
	struct sk_buff *prev;
	unsigned int len;
	unsigned char *data;
	struct net_device *dev;
	__be16 protocol;
	unsigned int truesize;
	char cb[48];
};

struct sk_buff_head {
	struct sk_buff *next;
	struct sk_buff *prev;
	u32 qlen;
	spinlock_t lock;
};

#define __skb_queue_head_init(list) ((list)->qlen = 0)
#define skb_queue_head_init(list) do { spin_lock_init(&(list)->lock); (list)->qlen = 0; } while (0)
#define skb_queue_len(list) ((list)->qlen)
#define skb_queue_empty(list) ((list)->qlen == 0)
#define skb_queue_empty_lockless(list) (READ_ONCE((list)->qlen) == 0)
#define __skb_queue_tail(list, skb) ((void)(skb), (list)->qlen++)
#define __skb_queue_head(list, skb) ((void)(skb), (list)->qlen++)
#define __skb_dequeue(list) ({ struct sk_buff *__ls_skb = NULL; if ((list)->qlen) { (list)->qlen--; \
	__ls_skb = (struct sk_buff *)__ls_alloc(); } __ls_skb; })
#define skb_queue_tail(list, skb) do { unsigned long __ls_qflags; \
	spin_lock_irqsave(&(list)->lock, __ls_qflags); __skb_queue_tail(list, skb); \
	spin_unlock_irqrestore(&(list)->lock, __ls_qflags); } while (0)
#define skb_queue_head(list, skb) skb_queue_tail(list, skb)
#define skb_dequeue(list) ({ unsigned long __ls_qflags; struct sk_buff *__ls_dq; \
	spin_lock_irqsave(&(list)->lock, __ls_qflags); __ls_dq = __skb_dequeue(list); \
	spin_unlock_irqrestore(&(list)->lock, __ls_qflags); __ls_dq; })
#define skb_queue_purge(list) do { while (skb_dequeue(list)) ; } while (0)

#define skb_put(skb, len) ((skb)->data)
#define skb_push(skb, len) ((skb)->data)
#define skb_pull(skb, len) ((skb)->data)
#define skb_reserve(skb, len) ((void)(skb))
#define skb_headroom(skb) 0U
#define skb_tailroom(skb) 0U
#define skb_copy_to_linear_data(skb, from, len) ((void)(skb), (void)(from))
#define skb_tx_timestamp(skb) ((void)(skb))
#define skb_padto(skb, len) ((void)(skb), 0)

#endif
