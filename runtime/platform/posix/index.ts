// The POSIX side of the platform seam: libc loaded once, errno read right after each call, sockets
// close-on-exec and sends without SIGPIPE. Where a target lacks Linux's atomic flags (macOS: no
// SOCK_CLOEXEC, accept4 or MSG_CMSG_CLOEXEC; SO_NOSIGPIPE instead of MSG_NOSIGNAL), bsd.ts says so
// from the bindings and the same guarantees are made with fcntl and setsockopt after the call.
// errno is koffi's: it reads the C library's own (on macOS that is *__error()).
import koffi from "koffi";
import { getSystemErrorName } from "node:util";
import { constants as C, layouts } from "../bindings.js";
import type { CommonLayouts, ErrorCodes, Net, Seam, Sys } from "../contract.js";
import type { StructLayout } from "../bindings-info.js";
import { writeHost32 } from "../byteorder.js";
import type { Address } from "../memory.js";
import { readSockaddrFamily, sockaddrHeader } from "../../address/sockaddr.js";
import { posixFlavor, rightsFds } from "./bsd.js";
import { loadLibc, type Libc } from "./libc.js";
import { bsdNetdb, posixNetdb } from "./netdb.js";

/** The loaded target's constants, any of which it may lack (bsd.ts reads them by name). */
const optional = C as unknown as { readonly [name: string]: number | bigint | undefined };

/** The POSIX seam over libc (loaded here, once: the seam is made only on POSIX targets). */
export function posixSeam(): Seam {
  return makeSeam(loadLibc());
}

function makeSeam(libc: Libc): Seam {
  function lastError(): number {
    return koffi.errno();
  }

  function setNonBlocking(fd: number, on: boolean): number {
    const flags = libc.fcntl(fd, C.F_GETFL) as number;
    if (flags < 0) return lastError();
    const next = on ? flags | C.O_NONBLOCK : flags & ~C.O_NONBLOCK;
    if (next !== flags && (libc.fcntl(fd, C.F_SETFL, "int", next) as number) < 0) return lastError();
    return 0;
  }

  const POLLFD = layouts.pollfd;
  const pollBuf = Buffer.alloc(POLLFD.size);

  function pollOne(fd: number, events: number, timeoutMs: number): number {
    pollBuf.fill(0);
    pollBuf.writeInt32LE(fd, POLLFD.fields.fd.offset);
    pollBuf.writeInt16LE(events, POLLFD.fields.events.offset);
    const n = libc.poll(pollBuf, 1, timeoutMs);
    if (n < 0) return -lastError();
    if (n === 0) return 0;
    return pollBuf.readInt16LE(POLLFD.fields.revents.offset);
  }

  let strerrorBuf: Buffer | undefined;
  function strerror(errno: number): string {
    strerrorBuf ??= Buffer.alloc(256);
    // GNU strerror_r (we build with _GNU_SOURCE) returns the message pointer; the XSI one (macOS)
    // returns 0 and writes the message into the buffer.
    const r = libc.strerror_r(errno, strerrorBuf, strerrorBuf.length) as string | number | null;
    if (typeof r === "number")
      return r === 0 ? strerrorBuf.toString("utf8", 0, strerrorBuf.indexOf(0)) : `Unknown error ${errno}`;
    return r ?? `Unknown error ${errno}`;
  }

  function errorCode(errno: number): string {
    try {
      return getSystemErrorName(-errno);
    } catch {
      return `E${errno}`;
    }
  }

  function sockoptInt(fd: number, opt: number): number {
    const v = Buffer.alloc(4);
    const len = new Uint32Array([4]);
    if (libc.getsockopt(fd, C.SOL_SOCKET, opt, v, len) < 0) throw lastError();
    return v.readInt32LE(0);
  }

  const flavor = posixFlavor(optional, libc);
  const SA = sockaddrHeader(layouts.sockaddr, "sa");

  function familyByName(fd: number): number {
    const sa = Buffer.alloc(layouts.sockaddr_storage.size);
    const len = new Uint32Array([sa.length]);
    if (libc.getsockname(fd, sa, len) < 0) throw lastError();
    return readSockaddrFamily(sa.subarray(0, len[0]), SA) ?? C.AF_UNSPEC;
  }
  const NOSIGNAL = flavor.NOSIGNAL;
  const sys: Sys = {
    socket: flavor.SOCK_CLOEXEC
      ? (family, type, proto) => libc.socket(family, type | C.SOCK_CLOEXEC, proto)
      : (family, type, proto) => adopted(libc.socket(family, type, proto)),
    socketpair: flavor.SOCK_CLOEXEC
      ? (family, type, proto, fds) => libc.socketpair(family, type | C.SOCK_CLOEXEC, proto, fds)
      : (family, type, proto, fds) => {
          if (libc.socketpair(family, type, proto, fds) < 0) return -1;
          if (adopted(fds[0]!) < 0) {
            closeKeepingErrno(fds[1]!);
            return -1;
          }
          return adopted(fds[1]!, fds[0]) < 0 ? -1 : 0;
        },
    dup: (fd, atLeast = 0) => libc.fcntl(fd, C.F_DUPFD_CLOEXEC, "int", atLeast) as number,
    accept: flavor.accept4
      ? (fd, sa, len) => libc.accept4(fd, sa, len, C.SOCK_CLOEXEC)
      : (fd, sa, len) => {
          const conn = libc.accept(fd, sa, len);
          if (conn < 0) return conn;
          // BSD accept() hands the listener's O_NONBLOCK on; accept4() without flags never does.
          const flags = libc.fcntl(conn, C.F_GETFL) as number;
          if (flags >= 0 && flags & C.O_NONBLOCK) libc.fcntl(conn, C.F_SETFL, "int", flags & ~C.O_NONBLOCK);
          return adopted(conn);
        },
    bind: (fd, sa, len) => libc.bind(fd, sa, len),
    listen: (fd, backlog) => libc.listen(fd, backlog),
    connect: (fd, sa, len) => libc.connect(fd, sa, len),
    shutdown: (fd, how) => libc.shutdown(fd, how),
    getsockname: (fd, sa, len) => libc.getsockname(fd, sa, len),
    getpeername: (fd, sa, len) => libc.getpeername(fd, sa, len),
    getsockopt: (fd, level, opt, v, len) => libc.getsockopt(fd, level, opt, v, len),
    setsockopt: (fd, level, opt, v, len) => libc.setsockopt(fd, level, opt, v, len),
    recv: (fd, buf, n, flags) => libc.recv(fd, buf, n, flags) as number,
    recvfrom: (fd, buf, n, flags, sa, len) => Number(libc.recvfrom(fd, buf, n, flags, sa, len)),
    // ssize_t results: koffi gives a number whenever it fits a double, which a byte count always does.
    send: (fd, buf, n, flags) => libc.send(fd, buf, n, flags | NOSIGNAL) as number,
    sendto: (fd, buf, n, flags, sa, len) => Number(libc.sendto(fd, buf, n, flags | NOSIGNAL, sa, len)),
    sendmsg: (fd, msg, flags) => Number(libc.sendmsg(fd, msg, flags | NOSIGNAL)),
    recvmsg: flavor.CMSG_CLOEXEC ? recvmsgCloexec : recvmsgThenCloexec,
    // Linux's; bound only where the target's bindings have them (not macOS).
    ...("sendmmsg" in libc && {
      sendmmsg: (fd: number, vector: Buffer, vlen: number, flags: number) =>
        Number(libc.sendmmsg(fd, vector, vlen, flags | NOSIGNAL)),
      recvmmsg: (fd: number, vector: Buffer, vlen: number, flags: number) =>
        Number(libc.recvmmsg(fd, vector, vlen, flags, null)),
    }),
    ...("sendfile" in libc ? { sendfile } : {}),
    ...("epoll_wait" in libc && { epoll: epollCalls(libc) }),
    // SEEK_SET is 0 in every libc.
    seek: (fd, position) => Number(libc.lseek(fd, position, 0)),
  };

  function epollCalls(libc: Libc): NonNullable<Sys["epoll"]> {
    const { epoll_event: EV, epoll_data: DATA } = layouts as unknown as Record<string, StructLayout>;
    const at = {
      events: EV!.fields.events!.offset,
      token: EV!.fields.data!.offset + DATA!.fields.u32!.offset,
    };
    const event = Buffer.alloc(EV!.size);
    return {
      create: () => libc.epoll_create1(optional.EPOLL_CLOEXEC as number) as number,
      ctl(ep, op, fd, events, token) {
        writeHost32(event, events, at.events);
        writeHost32(event, token, at.token);
        return libc.epoll_ctl(ep, op, fd, event) as number;
      },
      wait: (ep, events, max) => libc.epoll_wait(ep, events, max, 0) as number,
    };
  }

  function sendfile(out: number, inFd: number, position: BigInt64Array, count: number): number {
    return Number(libc.sendfile(out, inFd, position, count));
  }

  /**
   * A new socket from socket(), socketpair() or accept() where they take no flags: close-on-exec and,
   * where the target has SO_NOSIGPIPE, no SIGPIPE from its sends. On failure the fd is closed (and
   * `also`, the other half of a pair), and -1 returned with the error.
   */
  function adopted(fd: number, also?: number): number {
    if (fd < 0) return fd;
    const ok =
      (libc.fcntl(fd, C.F_SETFD, "int", C.FD_CLOEXEC) as number) >= 0 &&
      (flavor.NOSIGPIPE === undefined ||
        libc.setsockopt(fd, C.SOL_SOCKET, flavor.NOSIGPIPE, new Int32Array([1]), 4) >= 0);
    if (ok) return fd;
    closeKeepingErrno(fd);
    if (also !== undefined) closeKeepingErrno(also);
    return -1;
  }

  function closeKeepingErrno(fd: number): void {
    const errno = lastError();
    libc.close(fd);
    koffi.errno(errno);
  }

  /** Received fds are marked close-on-exec after the call where recvmsg cannot do it (the BSDs). */
  function recvmsgThenCloexec(fd: number, msg: Buffer, flags: number): number {
    const n = Number(libc.recvmsg(fd, msg, flags));
    if (n < 0) return n;
    const errno = lastError();
    const M = layouts.msghdr.fields;
    const control = koffi.decode(msg, M.msg_control.offset, "void *") as Address;
    const length =
      M.msg_controllen.size === 8
        ? Number(msg.readBigUInt64LE(M.msg_controllen.offset))
        : msg.readUInt32LE(M.msg_controllen.offset);
    if (control && length > 0) {
      const bytes = new Uint8Array(koffi.view(control, length));
      for (const received of rightsFds(bytes, length, layouts.cmsghdr, C.SOL_SOCKET, C.SCM_RIGHTS))
        libc.fcntl(received, C.F_SETFD, "int", C.FD_CLOEXEC);
    }
    koffi.errno(errno);
    return n;
  }

  function recvmsgCloexec(fd: number, msg: Buffer, flags: number): number {
    const n = Number(libc.recvmsg(fd, msg, flags | C.MSG_CMSG_CLOEXEC));
    // The kernel echoes MSG_CMSG_CLOEXEC in msg_flags: report only what the caller asked for.
    if (n >= 0 && !(flags & C.MSG_CMSG_CLOEXEC)) {
      const at = layouts.msghdr.fields.msg_flags.offset;
      msg.writeInt32LE(msg.readInt32LE(at) & ~C.MSG_CMSG_CLOEXEC, at);
    }
    return n;
  }

  const ERR: ErrorCodes = {
    AGAIN: C.EAGAIN,
    WOULDBLOCK: C.EWOULDBLOCK,
    INTR: C.EINTR,
    INPROGRESS: C.EINPROGRESS,
    BADF: C.EBADF,
    INVAL: C.EINVAL,
    AFNOSUPPORT: C.EAFNOSUPPORT,
    ADDRNOTAVAIL: C.EADDRNOTAVAIL,
    CONNABORTED: C.ECONNABORTED,
    CONNRESET: C.ECONNRESET,
    TIMEDOUT: C.ETIMEDOUT,
    OPNOTSUPP: C.EOPNOTSUPP,
    NOENT: C.ENOENT,
  };

  const net: Net = {
    inet_pton: (family, text, out) => libc.inet_pton(family, text, out),
    inet_ntop: (family, packed, out, size) => libc.inet_ntop(family, packed, out, size),
    inetAton(text) {
      const out = Buffer.alloc(4);
      return libc.inet_aton(text, out) === 0 ? null : out;
    },
    gethostname() {
      const buf = Buffer.alloc(1024);
      if (libc.gethostname(buf, buf.length - 1) !== 0) return lastError();
      return buf.toString("utf8", 0, buf.indexOf(0));
    },
    getaddrinfo: libc.getaddrinfo as Net["getaddrinfo"],
    freeaddrinfo: (list) => libc.freeaddrinfo(list),
    getnameinfo: libc.getnameinfo as Net["getnameinfo"],
    gaiStrerror: (code) => libc.gai_strerror(code) ?? `Resolver error ${code}`,
    EAI_SYSTEM: C.EAI_SYSTEM,
    interfaces: {
      nameToIndex: (name) => libc.if_nametoindex(name),
      indexToName(index) {
        const buf = Buffer.alloc(C.IF_NAMESIZE);
        return libc.if_indextoname(index, buf) === null ? null : buf.toString("utf8", 0, buf.indexOf(0));
      },
      list() {
        const head = libc.if_nameindex() as Address;
        if (!head) return lastError();
        const out: [number, string][] = [];
        try {
          for (let i = 0; i < 4096; i++) {
            const e = koffi.decode(head, i * layouts.if_nameindex.size, "if_nameindex") as {
              if_index: number;
              if_name: string | null;
            };
            if (e.if_index === 0 && e.if_name === null) break;
            out.push([e.if_index, e.if_name ?? ""]);
          }
        } finally {
          libc.if_freenameindex(head);
        }
        return out;
      },
    },
  };

  return {
    C,
    layouts: layouts as CommonLayouts,
    sys,
    ERR,
    MSG_DONTWAIT: C.MSG_DONTWAIT,
    SOCK_NONBLOCK: flavor.SOCK_NONBLOCK,
    SOCK_CLOEXEC: flavor.SOCK_CLOEXEC,
    emulatesBlocking: false,
    SHUT: { RD: C.SHUT_RD, WR: C.SHUT_WR, RDWR: C.SHUT_RDWR },
    PAIR_FAMILY: C.AF_UNIX,
    setNonBlocking,
    isNonBlocking(fd) {
      const flags = libc.fcntl(fd, C.F_GETFL) as number;
      return flags < 0 ? undefined : (flags & C.O_NONBLOCK) !== 0;
    },
    pollOne,
    closeFd: (fd) => (libc.close(fd) < 0 ? lastError() : 0),
    getInheritable(fd) {
      const flags = libc.fcntl(fd, C.F_GETFD) as number;
      return flags < 0 ? lastError() : (flags & C.FD_CLOEXEC) === 0;
    },
    setInheritable(fd, on) {
      const flags = libc.fcntl(fd, C.F_GETFD) as number;
      if (flags < 0) return lastError();
      const next = on ? flags & ~C.FD_CLOEXEC : flags | C.FD_CLOEXEC;
      return next === flags || (libc.fcntl(fd, C.F_SETFD, "int", next) as number) >= 0 ? 0 : lastError();
    },
    sethostname: (name) => (libc.sethostname(name, name.length) < 0 ? lastError() : 0),
    lastError,
    strerror,
    errorCode,
    socketInfo(fd) {
      try {
        // Without SO_DOMAIN (macOS) the family is the bound name's; without SO_PROTOCOL the protocol
        // reads 0, as in CPython there.
        return {
          family: optional.SO_DOMAIN !== undefined ? sockoptInt(fd, C.SO_DOMAIN) : familyByName(fd),
          type: sockoptInt(fd, C.SO_TYPE),
          proto: optional.SO_PROTOCOL !== undefined ? sockoptInt(fd, C.SO_PROTOCOL) : 0,
        };
      } catch (errno) {
        return errno as number;
      }
    },
    net,
    // The _r lookups are glibc's; without them (macOS) the thread-safe or copied-at-once classic calls.
    netdb:
      "gethostbyname_r" in libc
        ? posixNetdb(libc)
        : bsdNetdb(libc, libc as unknown as Parameters<typeof bsdNetdb>[1]),
  };
}
