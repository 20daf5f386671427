/*
 * Doubly linked lists (models linux/list.h). The operations are macros so that a race on a list
 * is reported at the user's line. The entry loops walk the list_head pointers and compute each
 * entry with container_of; after a loop runs to its end, `pos` is the last entry (not the head).
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/compiler.h>

struct list_head {
	struct list_head *next, *prev;
};

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name) struct list_head name = { &(name), &(name) }
#define INIT_LIST_HEAD(list) do { WRITE_ONCE((list)->next, (list)); (list)->prev = (list); } while (0)
#define HLIST_HEAD_INIT { NULL }
#define HLIST_HEAD(name) struct hlist_head name = { NULL }

#define LIST_POISON1 ((struct list_head *)0)
#define LIST_POISON2 ((struct list_head *)0)

/* Insert `new` between the adjacent entries `prev` and `next`. */
#define __ls_list_insert(new, p, n) do { \
	struct list_head *__ls_new = (new); \
	struct list_head *__ls_prev = (p); \
	struct list_head *__ls_next = (n); \
	__ls_next->prev = __ls_new; \
	__ls_new->next = __ls_next; \
	__ls_new->prev = __ls_prev; \
	WRITE_ONCE(__ls_prev->next, __ls_new); \
} while (0)
#define list_add(new, head) do { struct list_head *__ls_head = (head); __ls_list_insert(new, __ls_head, __ls_head->next); } while (0)
#define list_add_tail(new, head) do { struct list_head *__ls_head = (head); __ls_list_insert(new, __ls_head->prev, __ls_head); } while (0)

/* Unlink `entry` from its neighbours; list_del also poisons its pointers. */
#define __ls_list_unlink(entry) do { \
	struct list_head *__ls_e = (entry); \
	__ls_e->next->prev = __ls_e->prev; \
	WRITE_ONCE(__ls_e->prev->next, __ls_e->next); \
} while (0)
#define list_del(entry) do { struct list_head *__ls_d = (entry); __ls_list_unlink(__ls_d); __ls_d->next = LIST_POISON1; __ls_d->prev = LIST_POISON2; } while (0)
#define list_del_init(entry) do { struct list_head *__ls_d = (entry); __ls_list_unlink(__ls_d); INIT_LIST_HEAD(__ls_d); } while (0)
#define list_move(entry, head) do { struct list_head *__ls_m = (entry); __ls_list_unlink(__ls_m); list_add(__ls_m, head); } while (0)
#define list_move_tail(entry, head) do { struct list_head *__ls_m = (entry); __ls_list_unlink(__ls_m); list_add_tail(__ls_m, head); } while (0)
#define list_replace(old, new) do { \
	struct list_head *__ls_old = (old); \
	struct list_head *__ls_new = (new); \
	__ls_new->next = __ls_old->next; \
	__ls_new->next->prev = __ls_new; \
	__ls_new->prev = __ls_old->prev; \
	__ls_new->prev->next = __ls_new; \
} while (0)

#define list_empty(head) (READ_ONCE((head)->next) == (head))
#define list_is_head(list, head) ((list) == (head))
#define list_is_last(list, head) ((list)->next == (head))
#define list_is_first(list, head) ((list)->prev == (head))
#define list_is_singular(head) (!list_empty(head) && ((head)->next == (head)->prev))

#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
#define list_last_entry(ptr, type, member) list_entry((ptr)->prev, type, member)
#define list_first_entry_or_null(ptr, type, member) ({ struct list_head *__ls_h = (ptr); struct list_head *__ls_f = READ_ONCE(__ls_h->next); __ls_f != __ls_h ? list_entry(__ls_f, type, member) : NULL; })
#define list_next_entry(pos, member) list_entry((pos)->member.next, typeof(*(pos)), member)
#define list_prev_entry(pos, member) list_entry((pos)->member.prev, typeof(*(pos)), member)

#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)
#define list_for_each_safe(pos, n, head) for (pos = (head)->next, n = pos->next; pos != (head); pos = n, n = pos->next)
#define list_for_each_entry(pos, head, member) \
	for (struct list_head *__ls_p = (head)->next; \
	     __ls_p != (head) && ((pos = list_entry(__ls_p, typeof(*(pos)), member)), 1); \
	     __ls_p = __ls_p->next)
#define list_for_each_entry_reverse(pos, head, member) \
	for (struct list_head *__ls_p = (head)->prev; \
	     __ls_p != (head) && ((pos = list_entry(__ls_p, typeof(*(pos)), member)), 1); \
	     __ls_p = __ls_p->prev)
/* Safe against removal of the current entry: the next one is fetched before the body runs. */
#define list_for_each_entry_safe(pos, n, head, member) \
	for (struct list_head *__ls_p = (head)->next, *__ls_n = __ls_p->next; \
	     __ls_p != (head) && ((pos = list_entry(__ls_p, typeof(*(pos)), member)), 1) && \
	     ((n = __ls_n != (head) ? list_entry(__ls_n, typeof(*(pos)), member) : NULL), 1); \
	     __ls_p = __ls_n, __ls_n = __ls_p->next)

#endif
