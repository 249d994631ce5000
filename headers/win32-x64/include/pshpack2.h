/**
 * This file has no copyright assigned and is placed in the Public Domain.
 * This file is part of the mingw-w64 runtime package.
 * No warranty is given; refer to the file DISCLAIMER.PD within this package.
 */
#if !(defined(lint) || defined(RC_INVOKED))
#pragma pack(push,2)
#endif
