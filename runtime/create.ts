// The module-level constructors: socket(), socketpair(), fromfd(), createConnection(), hasIPv6.
import { SocketError } from "./errors.js";
import { rawGetaddrinfo } from "./platform/gai.js";
import { C, closeFd, ERR, lastError, sys } from "./platform/posix.js";
import { decodeAddress, describe, type SocketAddress } from "./address/codec.js";
import { SocketType } from "./socket.js";
import { checkTimeout } from "./timeout.js";

export function socket(family: number = C.AF_INET, type: number = C.SOCK_STREAM, proto = 0): SocketType {
  return new SocketType(family, type, proto);
}

/** A connected pair; AF_UNIX by default, as in the specification. */
export function socketpair(
  family: number = C.AF_UNIX,
  type: number = C.SOCK_STREAM,
  proto = 0,
): [SocketType, SocketType] {
  const fds = new Int32Array(2);
  if (sys.socketpair(family, type, proto, fds) < 0)
    throw new SocketError(lastError(), undefined, "socketpair");
  return [new SocketType(family, type, proto, fds[0]), new SocketType(family, type, proto, fds[1])];
}

function sockoptInt(fd: number, opt: number): number {
  const v = Buffer.alloc(4);
  const len = new Uint32Array([4]);
  if (sys.getsockopt(fd, C.SOL_SOCKET, opt, v, len) < 0)
    throw new SocketError(lastError(), undefined, "getsockopt");
  return v.readInt32LE(0);
}

/**
 * A socket object on a duplicate of `fd` (close-on-exec); the caller keeps `fd`. Family, type and
 * protocol default to what the kernel reports for the fd.
 */
export function fromfd(fd: number, family?: number, type?: number, proto?: number): SocketType {
  if (typeof fd !== "number" || !Number.isInteger(fd) || fd < 0)
    throw new TypeError(`fd must be a non-negative integer, got ${describe(fd)}`);
  const dup = sys.dup(fd);
  if (dup < 0) throw new SocketError(lastError(), undefined, "fcntl(F_DUPFD_CLOEXEC)");
  try {
    return new SocketType(
      family ?? sockoptInt(dup, C.SO_DOMAIN),
      type ?? sockoptInt(dup, C.SO_TYPE),
      proto ?? sockoptInt(dup, C.SO_PROTOCOL),
      dup,
    );
  } catch (e) {
    closeFd(dup);
    throw e;
  }
}

/**
 * Connects to a TCP service, trying every address getaddrinfo gives for `host` in turn until one
 * connects. `timeout` (seconds or null) is set before connecting; `sourceAddress` is bound first.
 * When every attempt fails, the last error is thrown.
 */
export function createConnection(
  address: readonly [string, number | string],
  timeout?: number | null,
  sourceAddress?: readonly [string, number],
): SocketType {
  if (!Array.isArray(address) || address.length !== 2)
    throw new TypeError(`address must be [host, port], got ${describe(address)}`);
  const [host, port] = address;
  if (timeout !== undefined) checkTimeout(timeout);
  const results = rawGetaddrinfo(host, String(port), { socktype: C.SOCK_STREAM });
  let lastErr: unknown = new SocketError(
    ERR.ADDRNOTAVAIL,
    "getaddrinfo returns an empty list",
    "createConnection",
  );
  for (const r of results) {
    let s: SocketType | undefined;
    try {
      s = new SocketType(r.family, r.socktype, r.protocol);
      if (timeout !== undefined) s.settimeout(timeout);
      if (sourceAddress)
        s.bind(r.family === C.AF_INET6 ? [sourceAddress[0], sourceAddress[1], 0, 0] : [...sourceAddress]);
      s.connect(decodeAddress(r.addr) as SocketAddress);
      return s;
    } catch (e) {
      lastErr = e;
      s?.close();
    }
  }
  throw lastErr;
}

/** Whether this machine can create IPv6 sockets (probed once). */
export const hasIPv6: boolean = (() => {
  const fd = sys.socket(C.AF_INET6, C.SOCK_DGRAM, 0);
  if (fd < 0) return false;
  closeFd(fd);
  return true;
})();
