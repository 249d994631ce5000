// The module-level constructors: socket(), socketpair(), fromfd(), fromshare(), createConnection(),
// hasIPv6.
import { notOnThisTarget, SocketError } from "./errors.js";
import { rawGetaddrinfo } from "./platform/gai.js";
import { C, closeFd, ERR, lastError, PAIR_FAMILY, socketInfo, sys, windows } from "./platform/seam.js";
import { loopbackPair } from "./socketpair.js";
import { decodeAddress, describe, type SocketAddress } from "./address/codec.js";
import { SocketType } from "./socket.js";
import { cInt, fd as fdArg, flag, noUndefined, tuple } from "./validate.js";
import type { AddressIn } from "./address/types.js";
import { getaddrinfoArgs } from "./resolver.js";
import { checkTimeout } from "./timeout.js";
import type { AddressFamily } from "./address/types.js";

/** Optional trailing arguments that may be left out but not passed as undefined (which throws). */
type TypeAndProto = [] | [type: number] | [type: number, proto: number];

/**
 * A new socket (Python's socket.socket()): AF_INET and SOCK_STREAM by default. With an AF_* constant
 * the socket's addresses are typed for that family: `socket(AF_INET6)` is a SocketType<"AF_INET6">.
 * A constant the target lacks is undefined, and passing it throws a TypeError naming the target.
 */
export function socket(): SocketType<"AF_INET">;
export function socket<F extends string>(family: AddressFamily<F>, ...rest: TypeAndProto): SocketType<F>;
export function socket(family: number, ...rest: TypeAndProto): SocketType;
export function socket(family: number = C.AF_INET, type: number = C.SOCK_STREAM, proto = 0): SocketType {
  noUndefined(arguments, ["family", "type", "proto"]);
  return new SocketType(family, type, proto);
}

/**
 * A connected pair. As in the specification: AF_UNIX by default, and on Windows (no native
 * socketpair) AF_INET by default, made over loopback.
 */
export function socketpair(): [SocketType, SocketType];
export function socketpair<F extends string>(
  family: AddressFamily<F>,
  ...rest: TypeAndProto
): [SocketType<F>, SocketType<F>];
export function socketpair(family: number, ...rest: TypeAndProto): [SocketType, SocketType];
export function socketpair(
  family: number = PAIR_FAMILY,
  type: number = C.SOCK_STREAM,
  proto = 0,
): [SocketType, SocketType] {
  noUndefined(arguments, ["family", "type", "proto"]);
  // Checked before the call: koffi would take a boolean or a float as a C int, and the pair it made
  // would leak when the socket objects then refused the same values.
  cInt(family, "family");
  cInt(type, "type");
  cInt(proto, "proto");
  if (!sys.socketpair) return loopbackPair(family, type, proto);
  const fds = new Int32Array(2);
  if (sys.socketpair(family, type, proto, fds) < 0)
    throw new SocketError(lastError(), undefined, "socketpair");
  return [SocketType._adopt(family, type, proto, fds[0]!), SocketType._adopt(family, type, proto, fds[1]!)];
}

/** A socket object for a duplicated fd, its family/type/protocol asked from the system where not given. */
function adopt(dup: number, family?: number, type?: number, proto?: number): SocketType {
  try {
    if (family === undefined || type === undefined || proto === undefined) {
      const info = socketInfo(dup);
      if (typeof info === "number") throw new SocketError(info, undefined, "getsockopt");
      family ??= info.family;
      type ??= info.type;
      proto ??= info.proto;
    }
    return new SocketType(family, type, proto, dup);
  } catch (e) {
    closeFd(dup);
    throw e;
  }
}

/**
 * A socket object on a duplicate of `fd` (not inherited by child processes); the caller keeps `fd`. Family, type and
 * protocol default to what the kernel reports for the fd.
 */
export function fromfd<F extends string>(
  fd: number,
  family: AddressFamily<F>,
  type?: number,
  proto?: number,
): SocketType<F>;
export function fromfd(fd: number, family?: number, type?: number, proto?: number): SocketType;
export function fromfd(fd: number, family?: number, type?: number, proto?: number): SocketType {
  const dup = sys.dup(fdArg(fd));
  if (dup < 0) throw new SocketError(lastError(), undefined, "dup");
  return adopt(dup, family, type, proto);
}

/** Windows: a socket object from the bytes another process's `share(pid)` returned. */
export function fromshare(data: Uint8Array): SocketType {
  if (!windows) throw notOnThisTarget("fromshare()");
  if (!(data instanceof Uint8Array))
    throw new TypeError(`fromshare() needs the bytes share() returned, got ${typeof data}`);
  const fd = windows.fromshare(data);
  if (fd < 0) throw new SocketError(lastError(), undefined, "WSASocketW");
  return adopt(fd);
}

/** createConnection's options. */
export interface ConnectionOptions {
  /** When every address fails: an AggregateError of every attempt's error (CPython's all_errors). */
  allErrors?: boolean | undefined;
}

/** The error of a createConnection whose attempts all failed: the last one's, or all of them. */
export function connectionFailure(errors: unknown[], allErrors: boolean): unknown {
  if (errors.length === 0)
    return new SocketError(ERR.ADDRNOTAVAIL, "getaddrinfo returns an empty list", "createConnection");
  return allErrors ? new AggregateError(errors, "createConnection failed") : errors.at(-1);
}

/**
 * Connects to a TCP service, trying every address getaddrinfo gives for `host` in turn until one
 * connects. `timeout` (seconds or null) is set before connecting; `sourceAddress` is bound first.
 * When every attempt fails, the last error is thrown — or, with `{ allErrors: true }`, an
 * AggregateError of them all.
 */
export function createConnection(
  address: readonly [string, number | string],
  timeout?: number | null,
  sourceAddress?: readonly [string, number],
  options?: ConnectionOptions,
): SocketType<"AF_INET" | "AF_INET6"> {
  const allErrors = options === undefined ? false : flag(options.allErrors ?? false, "allErrors");
  if (!Array.isArray(address) || address.length !== 2)
    throw new TypeError(`address must be [host, port], got ${describe(address)}`);
  const [host, port] = tuple(address);
  if (timeout !== undefined) checkTimeout(timeout);
  // The same checks as getaddrinfo(): a port is 0-65535 (never wrapped), names hold no NUL.
  const a = getaddrinfoArgs(host, port, 0, C.SOCK_STREAM, 0, 0);
  const results = rawGetaddrinfo(a.host, a.service, a.hints);
  const errors: unknown[] = [];
  for (const r of results) {
    let s: SocketType | undefined;
    try {
      s = new SocketType(r.family, r.socktype, r.protocol);
      if (timeout !== undefined) s.settimeout(timeout);
      if (sourceAddress)
        s.bind(r.family === C.AF_INET6 ? [sourceAddress[0], sourceAddress[1], 0, 0] : [...sourceAddress]);
      s.connect(decodeAddress(r.addr) as SocketAddress);
      return s as SocketType<"AF_INET" | "AF_INET6">;
    } catch (e) {
      errors.push(e);
      s?.close();
    }
  }
  throw connectionFailure(errors, allErrors);
}

/** Whether this machine can make an IPv6 socket that also takes IPv4 (IPV6_V6ONLY off), as in CPython. */
export function hasDualstackIPv6(): boolean {
  if (!hasIPv6 || C.IPPROTO_IPV6 === undefined || C.IPV6_V6ONLY === undefined) return false;
  try {
    using s = new SocketType(C.AF_INET6, C.SOCK_STREAM);
    s.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, 0);
    return true;
  } catch {
    return false;
  }
}

/** createServer's options (CPython's create_server keywords). */
export interface ServerOptions<F extends string = "AF_INET"> {
  /** AF_INET (the default) or AF_INET6. */
  family?: AddressFamily<F> | undefined;
  /** listen()'s backlog (default: listen()'s own). */
  backlog?: number | undefined;
  /** SO_REUSEPORT, where the platform has it. */
  reusePort?: boolean | undefined;
  /** One AF_INET6 socket for IPv6 and IPv4 alike (IPV6_V6ONLY off). */
  dualstackIPv6?: boolean | undefined;
}

/**
 * A TCP server socket bound to `address` and listening, as CPython's create_server: SO_REUSEADDR on
 * POSIX, IPV6_V6ONLY on unless `dualstackIPv6`, and a bind failure that names the address.
 */
export function createServer<F extends string = "AF_INET">(
  address: AddressIn<F>,
  options: ServerOptions<F> = {},
): SocketType<F> {
  const family = options.family === undefined ? C.AF_INET : cInt(options.family, "family");
  const backlog = options.backlog === undefined ? undefined : cInt(options.backlog, "backlog");
  const reusePort = flag(options.reusePort ?? false, "reusePort");
  const dualstack = flag(options.dualstackIPv6 ?? false, "dualstackIPv6");
  const REUSEPORT = (C as unknown as Record<string, number | undefined>).SO_REUSEPORT;
  if (reusePort && REUSEPORT === undefined)
    throw new RangeError("SO_REUSEPORT not supported on this platform");
  if (dualstack) {
    if (!hasDualstackIPv6()) throw new RangeError("dualstackIPv6 not supported on this platform");
    if (family !== C.AF_INET6) throw new RangeError("dualstackIPv6 requires the AF_INET6 family");
  }
  const sock = new SocketType<F>(family, C.SOCK_STREAM);
  try {
    // Not on Windows, where SO_REUSEADDR lets another socket take the port (CPython's note).
    if (!windows)
      try {
        sock.setsockopt(C.SOL_SOCKET, C.SO_REUSEADDR, 1);
      } catch {
        // as CPython: not every socket takes it
      }
    if (reusePort) sock.setsockopt(C.SOL_SOCKET, REUSEPORT!, 1);
    if (hasIPv6 && family === C.AF_INET6) sock.setsockopt(C.IPPROTO_IPV6, C.IPV6_V6ONLY, dualstack ? 0 : 1);
    try {
      sock.bind(address);
    } catch (e) {
      if (!(e instanceof SocketError)) throw e;
      throw new SocketError(
        e.errno,
        `${e.strerror} (while attempting to bind on address ${describe(address)})`,
        "bind",
        e.code,
        e.address === undefined
          ? {}
          : { address: e.address, ...(e.port === undefined ? {} : { port: e.port }) },
      );
    }
    if (backlog === undefined) sock.listen();
    else sock.listen(backlog);
    return sock;
  } catch (e) {
    sock.close();
    throw e;
  }
}

/** Whether this machine can create IPv6 sockets (probed once). */
export const hasIPv6: boolean = (() => {
  const fd = sys.socket(C.AF_INET6, C.SOCK_DGRAM, 0);
  if (fd < 0) return false;
  closeFd(fd);
  return true;
})();
