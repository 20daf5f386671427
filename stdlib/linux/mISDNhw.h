/*
 * mISDN hardware drivers (models linux/mISDNhw.h and the parts of linux/mISDNif.h they use): the
 * D- and B-channel state a card driver keeps, the channel flag bits and debug masks, and
 * schedule_event(), which sets an event bit and queues the channel's work. The mISDN core's
 * functions (mISDN_initdchannel() and the rest) are not modelled: calls of them are external.
 */
#ifndef _LINUX_MISDNHW_H
#define _LINUX_MISDNHW_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/device.h>
#include <linux/bitops.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/skbuff.h>

#define MISDN_CHMAP_SIZE ((127 + 8) >> 3)
#define MISDN_BCH_FILL_SIZE 4
#define MISDN_MAX_IDLEN 20

#define ISDN_P_NONE 0
#define ISDN_P_TE_S0 0x01
#define ISDN_P_NT_S0 0x02
#define ISDN_P_TE_E1 0x03
#define ISDN_P_NT_E1 0x04
#define ISDN_P_B_RAW 0x21
#define ISDN_P_B_HDLC 0x22

#define DEBUG_HW 0x00000001
#define DEBUG_HW_OPEN 0x00000002
#define DEBUG_HW_DCHANNEL 0x00000100
#define DEBUG_HW_DFIFO 0x00000200
#define DEBUG_HW_BCHANNEL 0x00001000
#define DEBUG_HW_BFIFO 0x00002000

#define FLG_TX_BUSY 0
#define FLG_TX_NEXT 1
#define FLG_L1_BUSY 2
#define FLG_L2_ACTIVATED 3
#define FLG_OPEN 5
#define FLG_ACTIVE 6
#define FLG_BUSY_TIMER 7
#define FLG_DCHANNEL 8
#define FLG_BCHANNEL 9
#define FLG_TRANSPARENT 12
#define FLG_HDLC 13
#define FLG_L2DATA 14
#define FLG_ORIGIN 15
#define FLG_FILLEMPTY 16
#define FLG_ARCOFI_TIMER 17
#define FLG_ARCOFI_ERROR 18
#define FLG_INITIALIZED 17
#define FLG_DLEETX 18
#define FLG_LASTDLE 19
#define FLG_FIRST 20
#define FLG_LASTDATA 21
#define FLG_NMD_DATA 22
#define FLG_FTI_RUN 23
#define FLG_LL_OK 24
#define FLG_LL_CONN 25
#define FLG_DTMFSEND 26
#define FLG_TX_EMPTY 27
#define FLG_RX_OFF 28
#define FLG_RECVQUEUE 30
#define FLG_PHCHANGE 31

struct mISDNchannel {
	struct list_head list;
	u_int protocol;
	u_int nr;
	u_long opt;
	u_int addr;
	struct mISDNchannel *peer;
};

struct mISDNdevice {
	struct mISDNchannel D;
	u_int id;
	u_int Dprotocols;
	u_int Bprotocols;
	u_int nrbchan;
	u_char channelmap[MISDN_CHMAP_SIZE];
	struct list_head bchannels;
	struct device dev;
};

struct dchannel {
	struct mISDNdevice dev;
	u_long Flags;
	struct work_struct workq;
	void (*phfunc)(struct dchannel *);
	u_int state;
	void *l1;
	void *hw;
	int slot;
	struct timer_list timer;
	struct sk_buff *rx_skb;
	int maxlen;
	struct sk_buff_head squeue;
	struct sk_buff_head rqueue;
	struct sk_buff *tx_skb;
	int tx_idx;
	int debug;
	int err_crc;
	int err_tx;
	int err_rx;
};

struct bchannel {
	struct mISDNchannel ch;
	int nr;
	u_long Flags;
	struct work_struct workq;
	u_int state;
	void *hw;
	int slot;
	struct timer_list timer;
	u8 fill[MISDN_BCH_FILL_SIZE];
	struct sk_buff *rx_skb;
	unsigned short maxlen;
	unsigned short init_maxlen;
	unsigned short next_maxlen;
	unsigned short minlen;
	unsigned short init_minlen;
	unsigned short next_minlen;
	struct sk_buff *next_skb;
	struct sk_buff *tx_skb;
	struct sk_buff_head rqueue;
	int rcount;
	int tx_idx;
	int debug;
	int err_crc;
	int err_tx;
	int err_rx;
	int dropcnt;
};

#define schedule_event(s, ev) do { test_and_set_bit(ev, &((s)->Flags)); schedule_work(&((s)->workq)); } while (0)

#endif
