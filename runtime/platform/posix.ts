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

/**
 * The socket calls of the runtime, by the names and with the meaning every platform seam gives them:
 * sockets are close-on-exec, sends never raise SIGPIPE, sizes come back as numbers.
 */
export const sys = {
  socket: (family: number, type: number, proto: number): number =>
    libc.socket(family, type | C.SOCK_CLOEXEC, proto),
  socketpair: (family: number, type: number, proto: number, fds: Int32Array): number =>
    libc.socketpair(family, type | C.SOCK_CLOEXEC, proto, fds),
  /** A close-on-exec duplicate of `fd`. */
  dup: (fd: number): number => libc.fcntl(fd, C.F_DUPFD_CLOEXEC, "int", 0) as number,
  accept: (fd: number, sa: Buffer, len: Uint32Array): number => libc.accept4(fd, sa, len, C.SOCK_CLOEXEC),
  bind: (fd: number, sa: Buffer, len: number): number => libc.bind(fd, sa, len),
  listen: (fd: number, backlog: number): number => libc.listen(fd, backlog),
  connect: (fd: number, sa: Buffer, len: number): number => libc.connect(fd, sa, len),
  shutdown: (fd: number, how: number): number => libc.shutdown(fd, how),
  getsockname: (fd: number, sa: Buffer, len: Uint32Array): number => libc.getsockname(fd, sa, len),
  getpeername: (fd: number, sa: Buffer, len: Uint32Array): number => libc.getpeername(fd, sa, len),
  getsockopt: (fd: number, level: number, opt: number, v: Uint8Array, len: Uint32Array): number =>
    libc.getsockopt(fd, level, opt, v, len),
  setsockopt: (fd: number, level: number, opt: number, v: Uint8Array, len: number): number =>
    libc.setsockopt(fd, level, opt, v, len),
  recv: (fd: number, buf: Uint8Array, n: number, flags: number): number =>
    Number(libc.recv(fd, buf, n, flags)),
  recvfrom: (fd: number, buf: Uint8Array, n: number, flags: number, sa: Buffer, len: Uint32Array): number =>
    Number(libc.recvfrom(fd, buf, n, flags, sa, len)),
  send: (fd: number, buf: Uint8Array, n: number, flags: number): number =>
    Number(libc.send(fd, buf, n, flags | C.MSG_NOSIGNAL)),
  sendto: (fd: number, buf: Uint8Array, n: number, flags: number, sa: Buffer, len: number): number =>
    Number(libc.sendto(fd, buf, n, flags | C.MSG_NOSIGNAL, sa, len)),
};

/** Makes one receive or send non-blocking whatever the fd's mode. */
export const MSG_DONTWAIT = C.MSG_DONTWAIT;

/** The error codes the runtime acts on, by meaning. */
export const ERR = {
  AGAIN: C.EAGAIN,
  WOULDBLOCK: C.EWOULDBLOCK,
  INTR: C.EINTR,
  INPROGRESS: C.EINPROGRESS,
  BADF: C.EBADF,
  AFNOSUPPORT: C.EAFNOSUPPORT,
  ADDRNOTAVAIL: C.EADDRNOTAVAIL,
  CONNABORTED: C.ECONNABORTED,
  CONNRESET: C.ECONNRESET,
  TIMEDOUT: C.ETIMEDOUT,
} as const;

export { C, layouts };
