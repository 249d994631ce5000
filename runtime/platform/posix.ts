// The POSIX side of the platform seam: libc loaded once, errno read right after each call, and the
// handful of fd-level operations the socket object needs (non-blocking, poll, close).
import koffi from "koffi";
import { constants as C, ffi, layouts } from "./bindings.js";

export const libc = ffi.bindFunctions(koffi.load(ffi.library));

/** errno of the call just made; must be read before any other FFI call. */
export function lastError(): number {
  return koffi.errno();
}

export function setNonBlocking(fd: number, on: boolean): number {
  const flags = libc.fcntl(fd, C.F_GETFL) as number;
  if (flags < 0) return lastError();
  const next = on ? flags | C.O_NONBLOCK : flags & ~C.O_NONBLOCK;
  if (next !== flags && (libc.fcntl(fd, C.F_SETFL, "int", next) as number) < 0) return lastError();
  return 0;
}

const POLLFD = layouts.pollfd;
const pollBuf = Buffer.alloc(POLLFD.size);

/**
 * Waits up to `timeoutMs` (-1: forever) for `events` on `fd`. Returns the revents (0 on timeout), or
 * a negative errno.
 */
export function pollOne(fd: number, events: number, timeoutMs: number): number {
  pollBuf.fill(0);
  pollBuf.writeInt32LE(fd, POLLFD.fields.fd.offset);
  pollBuf.writeInt16LE(events, POLLFD.fields.events.offset);
  const n = libc.poll(pollBuf, 1, timeoutMs);
  if (n < 0) return -lastError();
  if (n === 0) return 0;
  return pollBuf.readInt16LE(POLLFD.fields.revents.offset);
}

export function closeFd(fd: number): number {
  return libc.close(fd) < 0 ? lastError() : 0;
}

let strerrorBuf: Buffer | undefined;
export function strerror(errno: number): string {
  strerrorBuf ??= Buffer.alloc(256);
  // GNU strerror_r (we build with _GNU_SOURCE) returns the message pointer.
  return libc.strerror_r(errno, strerrorBuf, strerrorBuf.length) ?? `Unknown error ${errno}`;
}

export { C, layouts };
