/*
 * The parts of ACPI a driver's event handlers use (models linux/acpi.h). Fixed-event handlers
 * installed with acpi_install_fixed_event_handler run from the SCI interrupt (an irq thread on
 * current kernels); a driver states the context with an annotation on the handler. The event
 * registers are the firmware's: the calls have no effect on the model.
 */
#ifndef _LINUX_ACPI_H
#define _LINUX_ACPI_H

#include <linux/types.h>
#include <linux/device.h>

typedef u32 acpi_status;
typedef u32 acpi_event_status;
typedef u32 (*acpi_event_handler)(void *context);

#define AE_OK ((acpi_status)0x0000)
#define ACPI_INTERRUPT_NOT_HANDLED 0x00
#define ACPI_INTERRUPT_HANDLED 0x01

#define ACPI_EVENT_PMTIMER 0
#define ACPI_EVENT_GLOBAL 1
#define ACPI_EVENT_POWER_BUTTON 2
#define ACPI_EVENT_SLEEP_BUTTON 3
#define ACPI_EVENT_RTC 4
#define ACPI_EVENT_FLAG_ENABLE_SET 2

#define acpi_disabled 0
#define acpi_install_fixed_event_handler(event, handler, context) ((void)(handler), (void)(context), AE_OK)
#define acpi_remove_fixed_event_handler(event, handler) ((void)(handler), AE_OK)
#define acpi_clear_event(event) AE_OK
#define acpi_enable_event(event, flags) AE_OK
#define acpi_disable_event(event, flags) AE_OK
#define acpi_get_event_status(event, status) (*(status) = 0, AE_OK)

#endif
