/*
 * RCU-protected lists (models linux/rculist.h): updaters (serialised by their own lock) publish
 * a new entry with a release store of the predecessor's next pointer, and unlink without
 * poisoning `next`, so that readers walking with list_for_each_entry_rcu (rcu_dereference of each
 * next pointer) never see a half-initialised or freed entry, provided the updater waits for a
 * grace period (synchronize_rcu, call_rcu, kfree_rcu) before freeing.
 */
#ifndef _LINUX_RCULIST_H
#define _LINUX_RCULIST_H

#include <lockstep/intrinsics.h>
#include <linux/list.h>
#include <linux/rcupdate.h>

#define list_next_rcu(list) ((list)->next)

#define __ls_list_insert_rcu(new, p, n) do { \
	struct list_head *__ls_new = (new); \
	struct list_head *__ls_prev = (p); \
	struct list_head *__ls_next = (n); \
	__ls_new->next = __ls_next; \
	__ls_new->prev = __ls_prev; \
	rcu_assign_pointer(list_next_rcu(__ls_prev), __ls_new); \
	__ls_next->prev = __ls_new; \
} while (0)
#define list_add_rcu(new, head) do { struct list_head *__ls_head = (head); __ls_list_insert_rcu(new, __ls_head, __ls_head->next); } while (0)
#define list_add_tail_rcu(new, head) do { struct list_head *__ls_head = (head); __ls_list_insert_rcu(new, __ls_head->prev, __ls_head); } while (0)
#define list_del_rcu(entry) do { struct list_head *__ls_d = (entry); __ls_list_unlink(__ls_d); __ls_d->prev = LIST_POISON2; } while (0)
#define list_replace_rcu(old, new) do { \
	struct list_head *__ls_old = (old); \
	struct list_head *__ls_new = (new); \
	__ls_new->next = __ls_old->next; \
	__ls_new->prev = __ls_old->prev; \
	rcu_assign_pointer(list_next_rcu(__ls_new->prev), __ls_new); \
	__ls_new->next->prev = __ls_new; \
	__ls_old->prev = LIST_POISON2; \
} while (0)

#define list_entry_rcu(ptr, type, member) container_of(READ_ONCE(ptr), type, member)
#define list_first_or_null_rcu(ptr, type, member) ({ struct list_head *__ls_h = (ptr); struct list_head *__ls_f = rcu_dereference(__ls_h->next); __ls_f != __ls_h ? container_of(__ls_f, type, member) : NULL; })

/*
 * The optional fourth argument is the lockdep condition under which an updater may walk the list
 * without rcu_read_lock (list_for_each_entry_rcu(pos, head, member, lockdep_is_held(&lock))).
 */
#define list_for_each_entry_rcu(pos, head, member, ...) \
	for (struct list_head *__ls_p = rcu_dereference_check((head)->next, (__VA_ARGS__ + 0)); \
	     __ls_p != (head) && ((pos = container_of(__ls_p, typeof(*(pos)), member)), 1); \
	     __ls_p = rcu_dereference_check(__ls_p->next, (__VA_ARGS__ + 0)))
#define list_for_each_entry_srcu(pos, head, member, c) list_for_each_entry_rcu(pos, head, member, c)

#endif
