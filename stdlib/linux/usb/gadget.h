/*
 * USB device controllers (models linux/usb/gadget.h). The gadget core calls the members of a
 * controller's struct usb_gadget_ops from process context: udc_start and udc_stop when a gadget
 * driver binds and unbinds, pullup through usb_gadget_connect()/usb_gadget_disconnect(), wakeup
 * and set_selfpowered on a function driver's request.
 */
#ifndef _LINUX_USB_GADGET_H
#define _LINUX_USB_GADGET_H

#include <lockstep/intrinsics.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/usb/ch9.h>

struct usb_ep;

struct usb_request {
	void *buf;
	unsigned length;
	dma_addr_t dma;
	unsigned zero;
	void (*complete)(struct usb_ep *ep, struct usb_request *req);
	void *context;
	struct list_head list;
	int status;
	unsigned actual;
};

struct usb_ep {
	void *driver_data;
	const char *name;
	struct list_head ep_list;
	unsigned maxpacket;
	const struct usb_endpoint_descriptor *desc;
	const struct usb_ss_ep_comp_descriptor *comp_desc;
};

struct usb_gadget;
struct usb_gadget_driver;

struct usb_gadget_ops {
	int (*wakeup)(struct usb_gadget *gadget) __process;
	int (*set_selfpowered)(struct usb_gadget *gadget, int is_selfpowered) __process;
	int (*pullup)(struct usb_gadget *gadget, int is_on) __process;
	int (*udc_start)(struct usb_gadget *gadget, struct usb_gadget_driver *driver) __process;
	int (*udc_stop)(struct usb_gadget *gadget) __process;
};

struct usb_gadget {
	const struct usb_gadget_ops *ops;
	struct usb_ep *ep0;
	struct list_head ep_list;
	enum usb_device_speed speed;
	enum usb_device_speed max_speed;
	unsigned sg_supported;
	unsigned is_selfpowered;
	const char *name;
	struct device dev;
};

struct usb_gadget_driver {
	char *function;
	enum usb_device_speed max_speed;
	int (*bind)(struct usb_gadget *gadget, struct usb_gadget_driver *driver);
	void (*unbind)(struct usb_gadget *gadget);
	struct device_driver driver;
};

#endif
