/* ATM user interface (models linux/atm.h): the constants adapter drivers use. */
#ifndef _LINUX_ATM_H
#define _LINUX_ATM_H

#define ATM_VPI_UNSPEC (-1)
#define ATM_VCI_UNSPEC (-1)
#define ATM_VPI_ANY (-1)
#define ATM_VCI_ANY (-1)

#endif
