// The platform seam: the contract (contract.ts) implemented for the platform of the loaded bindings —
// POSIX libc or Winsock — made once, and its parts re-exported by name for the rest of the runtime.
import type { Seam } from "./contract.js";
import { loaded } from "./bindings.js";
import { posixSeam } from "./posix/index.js";
import { winsockSeam } from "./winsock/index.js";

export type * from "./contract.js";

const platform: string = loaded.target.platform;
const seam: Seam = platform === "win32" ? winsockSeam() : posixSeam();

export const {
  C,
  layouts,
  sys,
  ERR,
  MSG_DONTWAIT,
  SOCK_NONBLOCK,
  SOCK_CLOEXEC,
  emulatesBlocking,
  SHUT,
  PAIR_FAMILY,
  setNonBlocking,
  isNonBlocking,
  pollOne,
  closeFd,
  lastError,
  strerror,
  errorCode,
  socketInfo,
  getInheritable,
  setInheritable,
  sethostname,
  net,
  netdb,
  windows,
} = seam;

/** SHUT_* under the names the specification uses on every platform (Windows calls them SD_*). */
export const SHUT_RD = SHUT.RD;
export const SHUT_WR = SHUT.WR;
export const SHUT_RDWR = SHUT.RDWR;
