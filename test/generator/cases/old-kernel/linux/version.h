/* linux/version.h as Linux 5.10's UAPI headers have it (Debian bullseye): LINUX_VERSION_CODE only;
   LINUX_VERSION_MAJOR/PATCHLEVEL/SUBLEVEL came with 5.11. */
#define LINUX_VERSION_CODE 330466
#define KERNEL_VERSION(a,b,c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))
