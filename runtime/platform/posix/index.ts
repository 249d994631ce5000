// The POSIX side of the platform seam: libc loaded once, errno read right after each call, sockets
// close-on-exec and sends without SIGPIPE.
import koffi from "koffi";
import { getSystemErrorName } from "node:util";
import { constants as C, layouts } from "../bindings.js";
import type { CommonLayouts, ErrorCodes, Net, Seam, Sys } from "../contract.js";
import type { Address } from "../memory.js";
import { loadLibc, type Libc } from "./libc.js";
import { posixNetdb } from "./netdb.js";

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
    // GNU strerror_r (we build with _GNU_SOURCE) returns the message pointer.
    return libc.strerror_r(errno, strerrorBuf, strerrorBuf.length) ?? `Unknown error ${errno}`;
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

  const NOSIGNAL = C.MSG_NOSIGNAL;
  const sys: Sys = {
    socket: (family, type, proto) => libc.socket(family, type | C.SOCK_CLOEXEC, proto),
    socketpair: (family, type, proto, fds) => libc.socketpair(family, type | C.SOCK_CLOEXEC, proto, fds),
    dup: (fd, atLeast = 0) => libc.fcntl(fd, C.F_DUPFD_CLOEXEC, "int", atLeast) as number,
    accept: (fd, sa, len) => libc.accept4(fd, sa, len, C.SOCK_CLOEXEC),
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
    sendto: (fd, buf, n, flags, sa, len) => Number(libc.sendto(fd, buf, n, flags | C.MSG_NOSIGNAL, sa, len)),
    sendmsg: (fd, msg, flags) => Number(libc.sendmsg(fd, msg, flags | C.MSG_NOSIGNAL)),
    recvmsg(fd, msg, flags) {
      const n = Number(libc.recvmsg(fd, msg, flags | C.MSG_CMSG_CLOEXEC));
      // The kernel echoes MSG_CMSG_CLOEXEC in msg_flags: report only what the caller asked for.
      if (n >= 0 && !(flags & C.MSG_CMSG_CLOEXEC)) {
        const at = layouts.msghdr.fields.msg_flags.offset;
        msg.writeInt32LE(msg.readInt32LE(at) & ~C.MSG_CMSG_CLOEXEC, at);
      }
      return n;
    },
    sendfile: (out, inFd, position, count) => Number(libc.sendfile(out, inFd, position, count)),
    // SEEK_SET is 0 in every libc.
    seek: (fd, position) => Number(libc.lseek(fd, position, 0)),
  };

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
    SOCK_NONBLOCK: C.SOCK_NONBLOCK,
    SOCK_CLOEXEC: C.SOCK_CLOEXEC,
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
        return {
          family: sockoptInt(fd, C.SO_DOMAIN),
          type: sockoptInt(fd, C.SO_TYPE),
          proto: sockoptInt(fd, C.SO_PROTOCOL),
        };
      } catch (errno) {
        return errno as number;
      }
    },
    net,
    netdb: posixNetdb(libc),
  };
}
