/*
 * USB chapter 9 definitions (models linux/usb/ch9.h and uapi/linux/usb/ch9.h): the device speeds,
 * the feature selectors of the device status, the setup packet and the endpoint descriptors.
 */
#ifndef _LINUX_USB_CH9_H
#define _LINUX_USB_CH9_H

#include <linux/types.h>

#define USB_DEVICE_SELF_POWERED 0
#define USB_DEVICE_REMOTE_WAKEUP 1

enum usb_device_speed {
	USB_SPEED_UNKNOWN = 0,
	USB_SPEED_LOW,
	USB_SPEED_FULL,
	USB_SPEED_HIGH,
	USB_SPEED_WIRELESS,
	USB_SPEED_SUPER,
	USB_SPEED_SUPER_PLUS,
};

struct usb_ctrlrequest {
	u8 bRequestType;
	u8 bRequest;
	__le16 wValue;
	__le16 wIndex;
	__le16 wLength;
};

struct usb_endpoint_descriptor {
	u8 bLength;
	u8 bDescriptorType;
	u8 bEndpointAddress;
	u8 bmAttributes;
	__le16 wMaxPacketSize;
	u8 bInterval;
};

struct usb_ss_ep_comp_descriptor {
	u8 bLength;
	u8 bDescriptorType;
	u8 bMaxBurst;
	u8 bmAttributes;
	__le16 wBytesPerInterval;
};

#endif
