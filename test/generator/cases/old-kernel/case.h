/* A kernel before 5.11: its version is read from LINUX_VERSION_CODE. */
#include <linux/version.h>
