// The platform contract: what the socket object and the module functions need from the system, by
// meaning, implemented once for POSIX libc (posix/) and once for Winsock (winsock/), like socket2's sys
// modules. Types only: seam.ts picks the implementation, so imports run one way (implementations →
// contract ← seam).
import type * as LinuxConstants from "../../generated/linux-x64/constants.js";
import type * as WinConstants from "../../generated/win32-x64/constants.js";
import type { layouts as LinuxLayouts } from "../../generated/linux-x64/layouts.js";
import type { layouts as WinLayouts, FieldLayout } from "../../generated/win32-x64/layouts.js";
import type { Address } from "./memory.js";

type NumberKeys<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];
type ConstantName = Extract<NumberKeys<typeof LinuxConstants>, NumberKeys<typeof WinConstants>>;
/** The constants every runtime target defines (values are this machine's own). */
export type CommonConstants = { readonly [K in ConstantName]: number };

type L = typeof LinuxLayouts;
type W = typeof WinLayouts;
/** The records every runtime target lays out, with the fields they all have. */
export type CommonLayouts = {
  readonly [K in Extract<keyof L, keyof W>]: {
    readonly size: number;
    readonly align: number;
    readonly fields: { readonly [F in Extract<keyof L[K]["fields"], keyof W[K]["fields"]>]: FieldLayout };
  };
};

/**
 * The socket calls, with the platform's details inside: sockets are not inherited by child processes
 * (CLOEXEC / no handle inheritance), sends never raise SIGPIPE. A failing call returns -1 and leaves its
 * error for lastError().
 */
export interface Sys {
  socket(family: number, type: number, proto: number): number;
  /** The native socketpair(); absent where the platform has none (create.ts emulates it). */
  socketpair?(family: number, type: number, proto: number, fds: Int32Array): number;
  /** A non-inherited duplicate of `fd`, numbered `atLeast` or above where the platform numbers fds. */
  dup(fd: number, atLeast?: number): number;
  accept(fd: number, sa: Buffer, len: Uint32Array): number;
  bind(fd: number, sa: Buffer, len: number): number;
  listen(fd: number, backlog: number): number;
  connect(fd: number, sa: Buffer, len: number): number;
  shutdown(fd: number, how: number): number;
  getsockname(fd: number, sa: Buffer, len: Uint32Array): number;
  getpeername(fd: number, sa: Buffer, len: Uint32Array): number;
  getsockopt(fd: number, level: number, opt: number, v: Uint8Array, len: Uint32Array): number;
  setsockopt(fd: number, level: number, opt: number, v: Uint8Array | null, len: number): number;
  recv(fd: number, buf: Uint8Array, n: number, flags: number): number;
  recvfrom(fd: number, buf: Uint8Array, n: number, flags: number, sa: Buffer, len: Uint32Array): number;
  send(fd: number, buf: Uint8Array, n: number, flags: number): number;
  sendto(fd: number, buf: Uint8Array, n: number, flags: number, sa: Buffer, len: number): number;
  /** sendmsg/recvmsg with a struct msghdr laid out by runtime/message.ts (POSIX only). */
  sendmsg?(fd: number, msg: Buffer, flags: number): number;
  /** Received fds are close-on-exec (MSG_CMSG_CLOEXEC). */
  recvmsg?(fd: number, msg: Buffer, flags: number): number;
  /**
   * sendmmsg/recvmmsg over a struct mmsghdr array laid out by runtime/batch.ts (Linux): the datagrams
   * moved, or -1. No SIGPIPE (MSG_NOSIGNAL); recvmmsg takes no timeout.
   */
  sendmmsg?(fd: number, vector: Buffer, vlen: number, flags: number): number;
  recvmmsg?(fd: number, vector: Buffer, vlen: number, flags: number): number;
  /**
   * The kernel's sendfile(2) from `inFd` at `position[0]`, which it advances (Linux). Where it is absent
   * socket.sendfile reads and sends. No SIGPIPE: Node ignores the signal, so a closed peer is EPIPE.
   */
  sendfile?(out: number, inFd: number, position: BigInt64Array, count: number): number;
  /** Sets a file's position (lseek SEEK_SET), as CPython's sendfile leaves it; absent on Windows. */
  seek?(fd: number, position: number): number;
  /**
   * An epoll set (Linux), which runtime/async/epoll-set.ts puts behind one libuv watcher: a new
   * close-on-exec set; add, change or remove `fd` with `events` (EPOLLIN…) and a 32-bit `token` handed
   * back with its events; and the ready events without waiting, into an epoll_event array.
   */
  epoll?: {
    create(): number;
    ctl(ep: number, op: number, fd: number, events: number, token: number): number;
    wait(ep: number, events: Buffer, max: number): number;
  };
}

/** The error codes the runtime acts on, by meaning (errno values on POSIX, WSAE* on Windows). */
export interface ErrorCodes {
  readonly AGAIN: number;
  readonly WOULDBLOCK: number;
  readonly INTR: number;
  /** A non-blocking connect that goes on (EINPROGRESS; WSAEWOULDBLOCK on Windows). */
  readonly INPROGRESS: number;
  readonly BADF: number;
  readonly INVAL: number;
  readonly AFNOSUPPORT: number;
  readonly ADDRNOTAVAIL: number;
  readonly CONNABORTED: number;
  readonly CONNRESET: number;
  readonly TIMEDOUT: number;
  readonly OPNOTSUPP: number;
  readonly NOENT: number;
}

/** A hostent copied out of C memory. */
export interface HostEntry {
  name: string;
  aliases: string[];
  family: number;
  addresses: Buffer[];
}

/** Why a netdb lookup found nothing: an h_errno code, an errno, or neither (no such entry). */
export interface NetdbFailure {
  failed: true;
  herror?: number;
  errno?: number;
}

/** The netdb lookups, answered as copies (the C results may be static or in scratch buffers). */
export interface Netdb {
  hostByName(name: string): HostEntry | NetdbFailure;
  hostByAddr(packed: Buffer, family: number): HostEntry | NetdbFailure;
  /** port in host order. */
  servByName(name: string, proto: string | null): { port: number } | NetdbFailure;
  servByPort(port: number, proto: string | null): { name: string } | NetdbFailure;
  protoByName(name: string): { proto: number } | NetdbFailure;
  hstrerror(herror: number): string;
}

/** A koffi function that can also run on libuv's threadpool. */
export type AsyncCapable<F extends (...args: never[]) => unknown> = F & {
  async(...args: unknown[]): void;
};

/** Address text and the resolver at the C level. */
export interface Net {
  inet_pton(family: number, text: string, out: Buffer): number;
  inet_ntop(family: number, packed: Uint8Array, out: Buffer, size: number): string | null;
  /** inet_aton's classic forms ("127.1", "0x7f.1"); null when the text is not one. */
  inetAton(text: string): Buffer | null;
  /** This host's name, or an error code. */
  gethostname(): string | number;
  getaddrinfo: AsyncCapable<
    (host: string | null, port: string | null, hints: object, res: [Address]) => number
  >;
  freeaddrinfo(list: Address): void;
  getnameinfo: AsyncCapable<
    (
      sa: Buffer,
      salen: number,
      host: Buffer,
      hostlen: number,
      serv: Buffer,
      servlen: number,
      flags: number,
    ) => number
  >;
  gaiStrerror(code: number): string;
  /** EAI_SYSTEM where the platform has it: the real error is in errno. */
  EAI_SYSTEM: number | undefined;
  /** Network interfaces: 0 / null / an error code when there is none. */
  interfaces?: {
    nameToIndex(name: string): number;
    indexToName(index: number): string | null;
    /** Every interface (POSIX if_nameindex; Windows GetIfTable2, as CPython does there). */
    list(): [index: number, name: string][] | number;
  };
}

/** Windows-only socket operations (socket.ioctl, share, fromshare): 0/-1 or the result, error in lastError(). */
export interface WindowsOnly {
  /** WSAIoctl for SIO_RCVALL, SIO_KEEPALIVE_VALS or SIO_LOOPBACK_FAST_PATH; bad options throw. */
  ioctl(fd: number, control: number, option: unknown): number;
  /** The WSAPROTOCOL_INFOW bytes that let process `pid` open a duplicate, or null. */
  share(fd: number, pid: number): Buffer | null;
  fromshare(info: Uint8Array): number;
}

export interface Seam {
  readonly C: CommonConstants;
  readonly layouts: CommonLayouts;
  readonly sys: Sys;
  readonly ERR: ErrorCodes;
  /** Makes one receive or send non-blocking whatever the socket's mode (0 where the platform has none). */
  readonly MSG_DONTWAIT: number;
  /** Flags socket() accepts in its type argument (SOCK_NONBLOCK | SOCK_CLOEXEC; 0 on Windows). */
  readonly SOCK_NONBLOCK: number;
  readonly SOCK_CLOEXEC: number;
  /**
   * Sockets stay non-blocking in the OS and blocking mode waits for readiness in poll (Windows: no
   * MSG_DONTWAIT, and no way to read a socket's blocking flag back).
   */
  readonly emulatesBlocking: boolean;
  readonly SHUT: { readonly RD: number; readonly WR: number; readonly RDWR: number };
  /** socketpair()'s default family: AF_UNIX, or AF_INET where the pair is emulated over loopback. */
  readonly PAIR_FAMILY: number;
  setNonBlocking(fd: number, on: boolean): number;
  /** Whether the fd is O_NONBLOCK now; undefined where the platform cannot say (Windows). */
  isNonBlocking(fd: number): boolean | undefined;
  /** Waits up to `timeoutMs` (-1: forever) for `events`; the revents, 0 on timeout, or -error. */
  pollOne(fd: number, events: number, timeoutMs: number): number;
  closeFd(fd: number): number;
  /** The error of the call just made; read it before any other FFI call. */
  lastError(): number;
  strerror(err: number): string;
  /** The error's name as Node spells it ("ECONNREFUSED"). */
  errorCode(err: number): string;
  /** Whether child processes inherit `fd` (it is not close-on-exec), or an error code. */
  getInheritable(fd: number): boolean | number;
  /** Makes child processes inherit `fd` or not: 0, or an error code. */
  setInheritable(fd: number, on: boolean): number;
  /** Sets this host's name (POSIX; needs the privilege): 0, or an error code. */
  sethostname?(name: Buffer): number;
  /** Family, type and protocol of an open socket, or an error code. */
  socketInfo(fd: number): { family: number; type: number; proto: number } | number;
  readonly net: Net;
  readonly netdb: Netdb;
  readonly windows?: WindowsOnly;
}
