// The Winsock side of the platform seam. Sockets are SOCKET handles (numbers here), never inherited
// by child processes (WSA_FLAG_NO_HANDLE_INHERIT), and always non-blocking in Winsock: Windows has no
// MSG_DONTWAIT and no way to read a socket's blocking mode back, so blocking mode waits in WSAPoll.
import { writeHost32 } from "../byteorder.js";
import type { CommonLayouts, ErrorCodes, Net, Seam, Sys, WindowsOnly } from "../contract.js";
import { winsockApi, type WinsockApi } from "./api.js";
import { winsockMessages } from "./messages.js";
import { winsockNetdb } from "./netdb.js";
import { winsockInterfaces } from "./interfaces.js";

/** The Winsock seam (ws2_32.dll is loaded here, once: the seam is made only on Windows targets). */
export function winsockSeam(): Seam {
  return makeSeam(winsockApi());
}

function makeSeam(api: WinsockApi): Seam {
  const { C, L, startup, toFd, ws } = api;
  const { errorCode, strerror } = winsockMessages(api);
  const netdb = winsockNetdb(api, strerror);
  const lastError = (): number => ws.WSAGetLastError();

  const NO_INHERIT = C.WSA_FLAG_OVERLAPPED | C.WSA_FLAG_NO_HANDLE_INHERIT;
  const INFO = L._WSAPROTOCOL_INFOW;

  /** WSASocketW for a new socket, or for one described by WSAPROTOCOL_INFOW bytes (dup, fromshare). */
  function open(family: number, type: number, proto: number, info: Uint8Array | null): number {
    startup();
    return toFd(ws.WSASocketW(family, type, proto, info, 0, NO_INHERIT));
  }

  function duplicateInfo(fd: number, pid: number): Buffer | null {
    const info = Buffer.alloc(INFO.size);
    return ws.WSADuplicateSocketW(fd, pid, info) === 0 ? info : null;
  }

  const fromInfo = (info: Uint8Array) =>
    open(C.FROM_PROTOCOL_INFO, C.FROM_PROTOCOL_INFO, C.FROM_PROTOCOL_INFO, info);

  const sys: Sys = {
    socket: (family, type, proto) => open(family, type, proto, null),
    dup(fd) {
      const info = duplicateInfo(fd, process.pid);
      return info ? fromInfo(info) : -1;
    },
    accept(fd, sa, len) {
      const s = toFd(ws.accept(fd, sa, len));
      // Accepted sockets may inherit the listener's handle flags; make sure this one is not inheritable.
      if (s >= 0) ws.SetHandleInformation(BigInt(s), C.HANDLE_FLAG_INHERIT, 0);
      return s;
    },
    bind: (fd, sa, len) => ws.bind(fd, sa, len),
    listen: (fd, backlog) => ws.listen(fd, backlog),
    connect: (fd, sa, len) => ws.connect(fd, sa, len),
    shutdown: (fd, how) => ws.shutdown(fd, how),
    getsockname: (fd, sa, len) => ws.getsockname(fd, sa, len),
    getpeername: (fd, sa, len) => ws.getpeername(fd, sa, len),
    getsockopt: (fd, level, opt, v, len) => ws.getsockopt(fd, level, opt, v, len),
    setsockopt: (fd, level, opt, v, len) => ws.setsockopt(fd, level, opt, v, len),
    recv: (fd, buf, n, flags) => ws.recv(fd, buf, n, flags),
    recvfrom: (fd, buf, n, flags, sa, len) => ws.recvfrom(fd, buf, n, flags, sa, len),
    send: (fd, buf, n, flags) => ws.send(fd, buf, n, flags),
    sendto: (fd, buf, n, flags, sa, len) => ws.sendto(fd, buf, n, flags, sa, len),
  };

  const ERR: ErrorCodes = {
    AGAIN: C.WSAEWOULDBLOCK,
    WOULDBLOCK: C.WSAEWOULDBLOCK,
    INTR: C.WSAEINTR,
    // A non-blocking connect that goes on fails with WSAEWOULDBLOCK (WSAEINPROGRESS means something else).
    INPROGRESS: C.WSAEWOULDBLOCK,
    BADF: C.WSAEBADF,
    INVAL: C.WSAEINVAL,
    AFNOSUPPORT: C.WSAEAFNOSUPPORT,
    ADDRNOTAVAIL: C.WSAEADDRNOTAVAIL,
    CONNABORTED: C.WSAECONNABORTED,
    CONNRESET: C.WSAECONNRESET,
    TIMEDOUT: C.WSAETIMEDOUT,
    OPNOTSUPP: C.WSAEOPNOTSUPP,
    NOENT: C.WSANO_DATA,
  };

  const FIONBIO = C.FIONBIO | 0;
  function setNonBlocking(fd: number, on: boolean): number {
    return ws.ioctlsocket(fd, FIONBIO, new Uint32Array([on ? 1 : 0])) === 0 ? 0 : lastError();
  }

  const POLLFD = L.pollfd;
  const pollBuf = Buffer.alloc(POLLFD.size);
  function pollOne(fd: number, events: number, timeoutMs: number): number {
    pollBuf.fill(0);
    pollBuf.writeBigUInt64LE(BigInt(fd), POLLFD.fields.fd.offset);
    pollBuf.writeInt16LE(events, POLLFD.fields.events.offset);
    const n = ws.WSAPoll(pollBuf, 1, timeoutMs);
    if (n < 0) return -lastError();
    if (n === 0) return 0;
    return pollBuf.readInt16LE(POLLFD.fields.revents.offset);
  }

  /** A koffi function (and its threadpool form) that first makes sure Winsock is started. */
  function started(fn: unknown) {
    const f = fn as ((...args: unknown[]) => unknown) & { async(...args: unknown[]): void };
    return Object.assign((...args: unknown[]) => (startup(), f(...args)), {
      async: (...args: unknown[]) => (startup(), f.async(...args)),
    });
  }

  const INADDR_NONE = 0xffffffff;
  const net: Net = {
    inet_pton: (family, text, out) => (startup(), ws.inet_pton(family, text, out)),
    inet_ntop: (family, packed, out, size) => (startup(), ws.inet_ntop(family, packed, out, size)),
    inetAton(text) {
      startup();
      // inet_addr answers INADDR_NONE both for errors and for the broadcast address (as CPython notes).
      const out = Buffer.alloc(4);
      if (text === "255.255.255.255") return out.fill(0xff);
      const v = ws.inet_addr(text) >>> 0;
      if (v === INADDR_NONE) return null;
      writeHost32(out, v, 0);
      return out;
    },
    gethostname() {
      startup();
      const buf = Buffer.alloc(256);
      if (ws.gethostname(buf, buf.length - 1) !== 0) return lastError();
      return buf.toString("utf8", 0, buf.indexOf(0));
    },
    getaddrinfo: started(ws.getaddrinfo) as Net["getaddrinfo"],
    freeaddrinfo: (list) => ws.freeaddrinfo(list),
    getnameinfo: started(ws.getnameinfo) as Net["getnameinfo"],
    // gai_strerror is an inline function of the headers, over FormatMessage; EAI_* are Winsock codes.
    gaiStrerror: strerror,
    EAI_SYSTEM: undefined,
    interfaces: winsockInterfaces(api),
  };

  function dword(option: unknown, what: string): Buffer {
    const v = typeof option === "boolean" ? Number(option) : option;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffffff)
      throw new TypeError(
        `${what} option must be an integer 0-4294967295 or a boolean, got ${String(option)}`,
      );
    const b = Buffer.alloc(4);
    writeHost32(b, v, 0);
    return b;
  }

  function keepalive(option: unknown): Buffer {
    const K = L.tcp_keepalive;
    if (!Array.isArray(option) || option.length !== 3)
      throw new TypeError("SIO_KEEPALIVE_VALS option must be [onoff, keepalivetime, keepaliveinterval]");
    const b = Buffer.alloc(K.size);
    const fields = [K.fields.onoff, K.fields.keepalivetime, K.fields.keepaliveinterval];
    option.forEach((v, i) => dword(v, "SIO_KEEPALIVE_VALS").copy(b, fields[i].offset));
    return b;
  }

  const windows: WindowsOnly = {
    ioctl(fd, control, option) {
      let input: Buffer;
      if (control === C.SIO_RCVALL) input = dword(option, "SIO_RCVALL");
      else if (control === C.SIO_KEEPALIVE_VALS) input = keepalive(option);
      else if (control === C.SIO_LOOPBACK_FAST_PATH) input = dword(option, "SIO_LOOPBACK_FAST_PATH");
      else throw new RangeError(`invalid ioctl command ${control}`);
      const returned = new Uint32Array(1);
      return ws.WSAIoctl(fd, control, input, input.length, null, 0, returned, null, null) === 0 ? 0 : -1;
    },
    share: duplicateInfo,
    fromshare(info) {
      if (info.length !== INFO.size)
        throw new RangeError(`fromshare() needs the ${INFO.size} bytes share() returns, got ${info.length}`);
      return fromInfo(info);
    },
  };

  return {
    C: C as unknown as Seam["C"],
    layouts: L as unknown as CommonLayouts,
    sys,
    ERR,
    MSG_DONTWAIT: 0,
    SOCK_NONBLOCK: 0,
    SOCK_CLOEXEC: 0,
    emulatesBlocking: true,
    SHUT: { RD: C.SD_RECEIVE, WR: C.SD_SEND, RDWR: C.SD_BOTH },
    PAIR_FAMILY: C.AF_INET,
    setNonBlocking,
    isNonBlocking: () => undefined,
    pollOne,
    closeFd: (fd) => (ws.closesocket(fd) === 0 ? 0 : lastError()),
    getInheritable(fd) {
      const flags = new Uint32Array(1);
      // WSAGetLastError() is the thread's last error, which GetHandleInformation sets too.
      if (ws.GetHandleInformation(BigInt(fd), flags) === 0) return lastError();
      return (flags[0]! & C.HANDLE_FLAG_INHERIT) !== 0;
    },
    setInheritable(fd, on) {
      const ok = ws.SetHandleInformation(BigInt(fd), C.HANDLE_FLAG_INHERIT, on ? C.HANDLE_FLAG_INHERIT : 0);
      return ok !== 0 ? 0 : lastError();
    },
    lastError,
    strerror,
    errorCode,
    socketInfo(fd) {
      const info = Buffer.alloc(INFO.size);
      const len = new Int32Array([info.length]);
      if (ws.getsockopt(fd, C.SOL_SOCKET, C.SO_PROTOCOL_INFOW, info, len) !== 0) return lastError();
      return {
        family: info.readInt32LE(INFO.fields.iAddressFamily.offset),
        type: info.readInt32LE(INFO.fields.iSocketType.offset),
        proto: info.readInt32LE(INFO.fields.iProtocol.offset),
      };
    },
    net,
    netdb,
    windows,
  };
}
