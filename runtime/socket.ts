// The socket object: Python's socket methods over the platform seam, with the specification's three
// modes. Blocking: the fd blocks (on Windows, where sockets stay non-blocking, poll waits without a
// deadline). Non-blocking (timeout 0): the fd is O_NONBLOCK and EAGAIN surfaces as SocketError.
// Timeout: the fd is O_NONBLOCK underneath and poll() waits up to the deadline.
import {
  codecFor,
  decodeAddress,
  describe,
  errorContext,
  withAddress,
  hasCodec,
  SOCKADDR_MAX,
  type SocketAddress,
} from "./address/codec.js";
import { notOnThisTarget, SocketError, SocketTimeoutError } from "./errors.js";
import { hostTarget } from "./platform/bindings.js";
import {
  C,
  closeFd,
  emulatesBlocking,
  ERR,
  lastError,
  layouts,
  MSG_DONTWAIT,
  pollOne,
  setNonBlocking,
  SOCK_CLOEXEC,
  SOCK_NONBLOCK,
  sys,
  windows,
} from "./platform/seam.js";
import { checkTimeout, getdefaulttimeout, remainingMs } from "./timeout.js";
import { writeHost16 } from "./platform/byteorder.js";
import { SocketFile, type FileMode } from "./makefile.js";
import {
  encodeAncillary,
  Message,
  needMessages,
  type AncillaryInput,
  type AncillaryItem,
} from "./message.js";
import { AGAIN, asyncIo, checkSignal, type AsyncOptions, type IoOwner, type IoRequest } from "./async/io.js";
import { Watcher } from "./async/watcher.js";
import { socketStream, type StreamOptions } from "./async/stream.js";
import "./address/families.js";
import type { AddressFamily, AddressIn, AddressOut } from "./address/types.js";

/** What send-like calls accept: bytes, or a string sent as UTF-8. */
export type Data = Uint8Array | string;

const EAGAIN = ERR.AGAIN;
const EWOULDBLOCK = ERR.WOULDBLOCK;
const TYPE_FLAGS = SOCK_NONBLOCK | SOCK_CLOEXEC;

/** Closes the fd of a socket object that was garbage collected without close(). */
const finalizer = new FinalizationRegistry<number>((fd) => {
  closeFd(fd);
});

function toBytes(data: unknown, what = "data"): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError(`${what} must be a Uint8Array, Buffer or string, got ${describe(data)}`);
}

/** An undefined where a constant belongs is most often one this target does not define: say so. */
function undefinedConstant(what: string): TypeError {
  return new TypeError(
    `${what} is undefined: a constant this target (${hostTarget}) does not define? ` +
      `(each constant's doc comment lists the targets that have it)`,
  );
}

/**
 * Rejects arguments passed explicitly as undefined, which default parameters would otherwise turn
 * into the defaults (socket(AF_NETLINK) on Windows must not make an AF_INET socket).
 */
export function checkPassed(args: IArguments, names: readonly string[]): void {
  for (let i = 0; i < args.length && i < names.length; i++)
    if (args[i] === undefined) throw undefinedConstant(names[i]);
}

export function checkInt(v: unknown, what: string): number {
  if (v === undefined) throw undefinedConstant(what);
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new TypeError(`${what} must be an integer, got ${describe(v)}`);
  return v;
}

function checkSize(v: unknown, what: string): number {
  const n = checkInt(v, what);
  if (n < 0) throw new RangeError(`negative ${what}`);
  return n;
}

/**
 * A socket, as Python's socket.socket. `F` is its family's name when the type system knows it
 * (`socket(AF_INET)` gives SocketType<"AF_INET">), so addresses are typed per family (see
 * address/types.ts); else it is `string` and addresses are SocketAddress.
 */
export class SocketType<F extends string = string> implements Disposable {
  #fd: number;
  #timeout: number | null = null;
  /** Open makefile() objects: the fd closes when the socket and all of them are closed. */
  #fileRefs = 0;
  #closed = false;
  #watcher: Watcher | undefined;
  #referenced = true;
  /** The last async receive came back short: the next one waits for readiness before trying. */
  #drained = false;
  readonly family: AddressFamily<F>;
  readonly type: number;
  readonly proto: number;

  /**
   * `socket(family, type, proto)` creates a socket; with `fileno` it adopts that fd instead (it does not
   * duplicate it — see fromfd()).
   */
  constructor(
    family: AddressFamily<F> | number = C.AF_INET,
    type: number = C.SOCK_STREAM,
    proto = 0,
    fileno?: number,
  ) {
    checkPassed(arguments, ["family", "type", "proto"]);
    checkInt(family, "family");
    checkInt(type, "type");
    checkInt(proto, "proto");
    if (fileno === undefined) {
      const fd = sys.socket(family, type, proto);
      if (fd < 0) throw new SocketError(lastError(), undefined, "socket");
      this.#fd = fd;
    } else {
      this.#fd = checkSize(fileno, "fileno");
    }
    this.family = family as AddressFamily<F>;
    this.type = type & ~TYPE_FLAGS;
    this.proto = proto;
    finalizer.register(this, this.#fd, this);
    // New sockets take the module default (the specification's "Sockets are always created in
    // blocking mode" holds while the default is None).
    this.#applyTimeout(type & SOCK_NONBLOCK ? 0 : getdefaulttimeout());
  }

  get [Symbol.toStringTag](): string {
    return "SocketType";
  }

  /** The fd, or -1 once the fd is closed (a makefile() object still open keeps it, as in Python). */
  fileno(): number {
    return this.#fd;
  }

  #live(): number {
    if (this.#fd < 0) throw new SocketError(ERR.BADF, undefined, "closed socket");
    return this.#fd;
  }

  // ---- modes

  settimeout(value: number | null): void {
    this.#applyTimeout(checkTimeout(value));
  }

  gettimeout(): number | null {
    return this.#timeout;
  }

  setblocking(flag: boolean | number): void {
    this.#applyTimeout(flag ? null : 0);
  }

  getblocking(): boolean {
    return this.#timeout !== 0;
  }

  #applyTimeout(t: number | null): void {
    const fd = this.#live();
    const err = setNonBlocking(fd, t !== null || emulatesBlocking);
    if (err) throw new SocketError(err, undefined, "setblocking");
    this.#timeout = t;
  }

  /** The instant the current operation must finish by (performance.now() ms) in timeout mode. */
  #deadline(): number | undefined {
    const t = this.#timeout;
    return t !== null && t > 0 ? performance.now() + t * 1000 : undefined;
  }

  /**
   * Runs one system call with the socket's mode: retried on EINTR, and in timeout mode retried after
   * poll() says the fd is ready, until `deadline`. `attempt` returns the call's result (<0: errno set).
   */
  #io(
    syscall: string,
    events: number,
    attempt: () => number,
    deadline = this.#deadline(),
    first?: number,
  ): number {
    // `first`: the result of an attempt already made (a fast path that failed): its error is read
    // before anything else can call into C. A closed socket is EBADF before any call is made.
    const fd = first === undefined ? this.#live() : this.#fd;
    let r = first === undefined ? this.#attempt(syscall, attempt) : this.#settle(syscall, first, attempt);
    if (r !== AGAIN) return r;
    // Blocking mode where sockets stay non-blocking underneath (Windows): wait as long as it takes.
    const until = deadline ?? (this.#timeout === null && emulatesBlocking ? Infinity : undefined);
    for (;;) {
      if (r !== AGAIN) return r;
      // Non-blocking mode surfaces EAGAIN; timeout mode waits for readiness and tries again.
      if (until === undefined) throw new SocketError(EAGAIN, undefined, syscall);
      this.#wait(fd, events, until, syscall);
      r = this.#attempt(syscall, attempt);
      if (r !== AGAIN) return r;
    }
  }

  /** poll() until `events` or the deadline; EINTR re-polls with the time that is left. */
  #wait(fd: number, events: number, deadline: number, syscall: string): void {
    for (;;) {
      const left = remainingMs(deadline);
      if (left <= 0) throw new SocketTimeoutError(syscall);
      const r = pollOne(fd, events, left === Infinity ? -1 : Math.ceil(left));
      if (r === -ERR.INTR) continue;
      if (r < 0) throw new SocketError(-r, undefined, "poll");
      if (r === 0) throw new SocketTimeoutError(syscall);
      return;
    }
  }

  // ---- addresses

  /** The last address sent to and its sockaddr: a datagram loop to one peer encodes it once. */
  #lastAddress: { key: string; sa: Buffer } | undefined;

  /**
   * #encode with a one-entry memo, for sendto. Only addresses that involve no lookup are remembered
   * (numeric IPv4/IPv6 hosts, paths), so a hostname is still resolved on every call, as in Python.
   */
  #encodeTarget(address: unknown): Buffer {
    const key = memoKey(address);
    const last = this.#lastAddress;
    if (key !== undefined && last?.key === key) return last.sa;
    const sa = this.#encode(address);
    if (key !== undefined) this.#lastAddress = { key, sa };
    return sa;
  }

  #encode(address: unknown): Buffer {
    if (!hasCodec(this.family))
      throw new SocketError(
        ERR.AFNOSUPPORT,
        `bsdsock has no address codec for family ${this.family}`,
        "address",
      );
    return codecFor(this.family).encode(address);
  }

  #decode(sa: Buffer, len: number): SocketAddress | null {
    // No address at all (a datagram from an unnamed AF_UNIX socket, a connected stream): None in Python.
    if (len === 0) return null;
    return decodeAddress(sa.subarray(0, Math.min(len, sa.length)));
  }

  /**
   * An address the kernel returned from getsockname, getpeername or accept. These always carry at
   * least the family on Linux and Windows; were one ever empty, it reads as the family's zero address.
   */
  #named(sa: Buffer, len: number): AddressOut<F> {
    if (len === 0) {
      sa.fill(0);
      writeHost16(sa, this.family, layouts.sockaddr.fields.sa_family.offset);
      len = sa.length;
    }
    return this.#decode(sa, len) as AddressOut<F>;
  }

  #nameCall(syscall: "getsockname" | "getpeername"): AddressOut<F> {
    const fd = this.#live();
    const sa = Buffer.alloc(SOCKADDR_MAX);
    const len = new Uint32Array([sa.length]);
    if (sys[syscall](fd, sa, len) < 0) throw new SocketError(lastError(), undefined, syscall);
    return this.#named(sa, len[0]!);
  }

  getsockname(): AddressOut<F> {
    return this.#nameCall("getsockname");
  }

  getpeername(): AddressOut<F> {
    return this.#nameCall("getpeername");
  }

  bind(address: AddressIn<F>): void {
    const fd = this.#live();
    const sa = this.#encode(address);
    if (sys.bind(fd, sa, sa.length) < 0)
      throw new SocketError(lastError(), undefined, "bind", undefined, errorContext(sa));
  }

  /** Python's default backlog: min(SOMAXCONN, 128); a negative backlog means 0. */
  listen(backlog = Math.min(C.SOMAXCONN, 128)): void {
    const fd = this.#live();
    const n = Math.max(0, checkInt(backlog, "backlog"));
    if (sys.listen(fd, n) < 0) throw new SocketError(lastError(), undefined, "listen");
  }

  accept(): [SocketType<F>, AddressOut<F>] {
    const sa = Buffer.alloc(SOCKADDR_MAX);
    const len = new Uint32Array(1);
    const fd = this.#io("accept", C.POLLIN, () => {
      len[0] = sa.length;
      return sys.accept(this.#fd, sa, len);
    });
    return [new SocketType<F>(this.family, this.type, this.proto, fd), this.#named(sa, len[0]!)];
  }

  /** Returns 0 or the errno of a failed connection, and the sockaddr (address and timeout errors throw). */
  #connect(address: unknown): [number, Buffer] {
    const fd = this.#live();
    const sa = this.#encode(address);
    if (sys.connect(fd, sa, sa.length) === 0) return [0, sa];
    const err = lastError();
    // A connect interrupted by a signal goes on in the kernel: wait for it like EINPROGRESS.
    const waitable = err === ERR.INTR || (err === ERR.INPROGRESS && this.#timeout !== 0);
    if (!waitable) return [err, sa];
    // Blocking mode waits as long as it takes.
    this.#wait(fd, C.POLLOUT, this.#deadline() ?? Infinity, "connect");
    return [this.getsockopt(C.SOL_SOCKET, C.SO_ERROR) as number, sa];
  }

  connect(address: AddressIn<F>): void {
    const [err, sa] = this.#connect(address);
    if (err) throw new SocketError(err, undefined, "connect", undefined, errorContext(sa));
  }

  connectEx(address: AddressIn<F>): number {
    return this.#connect(address)[0];
  }

  // ---- receiving

  recv(bufsize: number, flags = 0): Buffer {
    const size = checkSize(bufsize, "buffersize in recv");
    const f = checkInt(flags, "flags");
    const buf = Buffer.allocUnsafe(size);
    const n = this.#io("recv", C.POLLIN, () => sys.recv(this.#fd, buf, size, f));
    return shrink(buf, n);
  }

  recvInto(buffer: Uint8Array, nbytes = 0, flags = 0): number {
    const view = intoView(buffer, nbytes, "recvInto");
    const f = flags === 0 ? 0 : checkInt(flags, "flags");
    // Fast path: one call, no closure, when the data is there (the common case).
    const fd = this.#fd;
    const n = fd < 0 ? -1 : sys.recv(fd, view, view.length, f);
    if (n >= 0) return n;
    const call = () => sys.recv(this.#live(), view, view.length, f);
    return fd < 0 ? this.#io("recv", C.POLLIN, call) : this.#io("recv", C.POLLIN, call, undefined, n);
  }

  recvfrom(bufsize: number, flags = 0): [Buffer, AddressOut<F> | null] {
    const size = checkSize(bufsize, "buffersize in recvfrom");
    const buf = Buffer.allocUnsafe(size);
    const [n, address] = this.#recvfrom(buf, checkInt(flags, "flags"));
    return [shrink(buf, n), address];
  }

  recvfromInto(buffer: Uint8Array, nbytes = 0, flags = 0): [number, AddressOut<F> | null] {
    return this.#recvfrom(intoView(buffer, nbytes, "recvfromInto"), checkInt(flags, "flags"));
  }

  #recvfrom(view: Uint8Array, flags: number): [number, AddressOut<F> | null] {
    const sa = Buffer.alloc(SOCKADDR_MAX);
    const len = new Uint32Array(1);
    const n = this.#io("recvfrom", C.POLLIN, () => {
      len[0] = sa.length;
      return sys.recvfrom(this.#fd, view, view.length, flags, sa, len);
    });
    return [n, this.#decode(sa, len[0]!) as AddressOut<F> | null];
  }

  // ---- sending

  send(data: Data, flags = 0): number {
    const bytes = toBytes(data);
    const f = flags === 0 ? 0 : checkInt(flags, "flags");
    // Fast path, as in recvInto.
    const fd = this.#fd;
    const n = fd < 0 ? -1 : sys.send(fd, bytes, bytes.length, f);
    if (n >= 0) return n;
    const call = () => sys.send(this.#live(), bytes, bytes.length, f);
    return fd < 0 ? this.#io("send", C.POLLOUT, call) : this.#io("send", C.POLLOUT, call, undefined, n);
  }

  /** Sends everything or throws; in timeout mode the deadline covers the whole call. */
  sendall(data: Data, flags = 0): void {
    const bytes = toBytes(data);
    const f = checkInt(flags, "flags");
    const deadline = this.#deadline();
    let sent = 0;
    while (sent < bytes.length) {
      const rest = bytes.subarray(sent);
      sent += this.#io("send", C.POLLOUT, () => sys.send(this.#fd, rest, rest.length, f), deadline);
    }
  }

  /** `sendto(data, address)` or `sendto(data, flags, address)`. */
  sendto(data: Data, address: AddressIn<F>): number;
  sendto(data: Data, flags: number, address: AddressIn<F>): number;
  sendto(data: Data, flagsOrAddress: number | AddressIn<F>, address?: AddressIn<F>): number {
    const bytes = toBytes(data);
    let flags = 0;
    let target: unknown = flagsOrAddress;
    if (address !== undefined) {
      flags = checkInt(flagsOrAddress, "flags");
      target = address;
    }
    const sa = this.#encodeTarget(target);
    const f = flags;
    try {
      return this.#io("sendto", C.POLLOUT, () => sys.sendto(this.#fd, bytes, bytes.length, f, sa, sa.length));
    } catch (e) {
      throw withAddress(e, sa);
    }
  }

  // ---- messages with ancillary data (POSIX)

  #sendMessage(buffers: unknown, ancdata: unknown, address: unknown, fn: string): Message {
    needMessages(`${fn}()`);
    this.#live();
    if (buffers === null || typeof (buffers as Iterable<unknown>)?.[Symbol.iterator] !== "function")
      throw new TypeError(`${fn}() buffers must be an iterable of bytes, got ${describe(buffers)}`);
    const views = [...(buffers as Iterable<unknown>)].map((b) => toBytes(b, `${fn}() buffer`));
    const name = address === undefined || address === null ? null : this.#encode(address);
    return new Message(views, encodeAncillary((ancdata ?? []) as Iterable<unknown>), name);
  }

  #recvMessage(views: Uint8Array[], ancbufsize: unknown, fn: string): Message {
    needMessages(`${fn}()`);
    this.#live();
    const control = Buffer.alloc(checkSize(ancbufsize, "ancbufsize"));
    return new Message(views, control, Buffer.alloc(SOCKADDR_MAX));
  }

  #received(m: Message): [AncillaryItem[], number, AddressOut<F> | null] {
    return [m.ancillary(), m.flags, this.#decode(m.name!, m.namelen) as AddressOut<F> | null];
  }

  /**
   * Sends the bytes of every buffer as one message, with ancillary data (`[level, type, data]`
   * items, e.g. `[SOL_SOCKET, SCM_RIGHTS, fds]`), to `address` if given. Returns the bytes sent.
   */
  sendmsg(
    buffers: Iterable<Data>,
    ancdata: Iterable<AncillaryInput> = [],
    flags = 0,
    address?: AddressIn<F>,
  ): number {
    const m = this.#sendMessage(buffers, ancdata, address, "sendmsg");
    const f = checkInt(flags, "flags");
    return this.#io("sendmsg", C.POLLOUT, () => sys.sendmsg!(this.#fd, m.header, f));
  }

  /**
   * Receives up to `bufsize` bytes and up to `ancbufsize` bytes of ancillary data:
   * `[data, ancdata, msgFlags, address]`. MSG_CTRUNC in msgFlags says ancillary data was cut short;
   * fds received are close-on-exec.
   */
  recvmsg(
    bufsize: number,
    ancbufsize = 0,
    flags = 0,
  ): [Buffer, AncillaryItem[], number, AddressOut<F> | null] {
    const size = checkSize(bufsize, "buffersize in recvmsg");
    const buf = Buffer.allocUnsafe(size);
    const m = this.#recvMessage([buf], ancbufsize, "recvmsg");
    const f = checkInt(flags, "flags");
    const n = this.#io("recvmsg", C.POLLIN, () => (m.reset(), sys.recvmsg!(this.#fd, m.header, f)));
    return [shrink(buf, n), ...this.#received(m)];
  }

  /** recvmsg into the given buffers, in order: `[nbytes, ancdata, msgFlags, address]`. */
  recvmsgInto(
    buffers: Iterable<Uint8Array>,
    ancbufsize = 0,
    flags = 0,
  ): [number, AncillaryItem[], number, AddressOut<F> | null] {
    const m = this.#recvMessage(intoViews(buffers, "recvmsgInto"), ancbufsize, "recvmsgInto");
    const f = checkInt(flags, "flags");
    const n = this.#io("recvmsg", C.POLLIN, () => (m.reset(), sys.recvmsg!(this.#fd, m.header, f)));
    return [n, ...this.#received(m)];
  }

  // ---- options

  /** Without `buflen`: the option as a C int. With it: up to `buflen` (1-1024) raw bytes. */
  getsockopt(level: number, optname: number): number;
  getsockopt(level: number, optname: number, buflen: number): Buffer;
  getsockopt(level: number, optname: number, buflen?: number): number | Buffer {
    const fd = this.#live();
    checkInt(level, "level");
    checkInt(optname, "optname");
    if (buflen === undefined) {
      const v = Buffer.alloc(4);
      const len = new Uint32Array([4]);
      if (sys.getsockopt(fd, level, optname, v, len) < 0)
        throw new SocketError(lastError(), undefined, "getsockopt");
      return v.readInt32LE(0);
    }
    const size = checkInt(buflen, "buflen");
    if (size <= 0 || size > 1024) throw new RangeError("getsockopt buflen out of range (1-1024)");
    const v = Buffer.alloc(size);
    const len = new Uint32Array([size]);
    if (sys.getsockopt(fd, level, optname, v, len) < 0)
      throw new SocketError(lastError(), undefined, "getsockopt");
    return v.subarray(0, len[0]);
  }

  /** `value` is an integer (or boolean), passed as a C int, or bytes passed as they are. */
  setsockopt(level: number, optname: number, value: number | boolean | Uint8Array): void {
    const fd = this.#live();
    checkInt(level, "level");
    checkInt(optname, "optname");
    let bytes: Uint8Array;
    if (typeof value === "boolean" || typeof value === "number") {
      const n = typeof value === "boolean" ? Number(value) : checkInt(value, "value");
      if (n < -0x80000000 || n > 0xffffffff) throw new RangeError(`option value ${n} does not fit a C int`);
      bytes = Buffer.alloc(4);
      (bytes as Buffer).writeInt32LE(n | 0, 0);
    } else if (value instanceof Uint8Array) bytes = value;
    else throw new TypeError(`setsockopt value must be an integer, boolean or bytes, got ${describe(value)}`);
    if (sys.setsockopt(fd, level, optname, bytes, bytes.length) < 0)
      throw new SocketError(lastError(), undefined, "setsockopt");
  }

  /**
   * Windows only, as in the specification: WSAIoctl with SIO_RCVALL (option: RCVALL_*),
   * SIO_KEEPALIVE_VALS (option: [onoff, keepalivetime ms, keepaliveinterval ms]) or
   * SIO_LOOPBACK_FAST_PATH (option: boolean).
   */
  ioctl(control: number, option: unknown): void {
    if (!windows) throw notOnThisTarget("socket.ioctl()");
    const fd = this.#live();
    if (windows.ioctl(fd, checkInt(control, "control") >>> 0, option) !== 0)
      throw new SocketError(lastError(), undefined, "ioctl");
  }

  /**
   * Windows only: bytes from which process `pid` can make its own copy of this socket with
   * fromshare() (WSADuplicateSocket). Pass them to that process by any means.
   */
  share(pid: number): Buffer {
    if (!windows) throw notOnThisTarget("socket.share()");
    const fd = this.#live();
    const info = windows.share(fd, checkSize(pid, "pid"));
    if (!info) throw new SocketError(lastError(), undefined, "share");
    return info;
  }

  shutdown(how: number): void {
    const fd = this.#live();
    if (sys.shutdown(fd, checkInt(how, "how")) < 0) throw new SocketError(lastError(), undefined, "shutdown");
  }

  /**
   * A file-like object over the socket (read, readline, write, flush, close). Closing it does not close
   * the socket; closing the socket while it is open defers the fd's close until it is closed too.
   */
  makefile(mode: FileMode = "r", bufsize?: number): SocketFile {
    return new SocketFile(this, mode, bufsize);
  }

  // ---- async: the event loop waits on libuv's poll watcher, never the thread

  /** Pending async operations keep the process alive (the default), like a Node socket. */
  ref(): this {
    this.#referenced = true;
    this.#watcher?.ref();
    return this;
  }

  /** Pending async operations no longer keep the process alive. */
  unref(): this {
    this.#referenced = false;
    this.#watcher?.unref();
    return this;
  }

  /** The socket as async operations see it (made once). */
  readonly #owner: IoOwner = (() => {
    const self = this;
    return {
      watcher: () => {
        if (!self.#watcher) {
          self.#watcher = new Watcher(self.#live());
          if (!self.#referenced) self.#watcher.unref();
        }
        return self.#watcher;
      },
      get referenced() {
        return self.#referenced;
      },
    };
  })();

  #req(syscall: string, waitFirst = false, deadline = this.#deadline()): IoRequest {
    return { syscall, deadline, waitFirst };
  }

  /** One attempt of a call that must not block: AGAIN on EAGAIN, retried on EINTR, else thrown. */
  #attempt(syscall: string, call: () => number): number | typeof AGAIN {
    return this.#settle(syscall, call(), call);
  }

  /** What a call's result `r` means (errno read first); EINTR calls again. */
  #settle(syscall: string, r: number, call: () => number): number | typeof AGAIN {
    for (;;) {
      if (r >= 0) return r;
      const err = lastError();
      if (err === EAGAIN || err === EWOULDBLOCK) return AGAIN;
      if (err !== ERR.INTR) throw new SocketError(err, undefined, syscall);
      r = call();
    }
  }

  /** #attempt for receives, remembering whether the socket looked drained afterwards. */
  #read(syscall: string, call: () => number, asked: number): number | typeof AGAIN {
    const n = this.#attempt(syscall, call);
    this.#drained = n === AGAIN || (n > 0 && n < asked);
    return n;
  }

  /** Runs `call` with O_NONBLOCK set, restoring blocking mode after (for accept and connect). */
  #nonBlocking(call: () => number): [number, number] {
    const fd = this.#live();
    const blocking = this.#timeout === null && !emulatesBlocking;
    if (blocking) setNonBlocking(fd, true);
    const r = call();
    const err = r < 0 ? lastError() : 0;
    if (blocking) setNonBlocking(fd, false);
    return [r, err];
  }

  acceptAsync(opts?: AsyncOptions): Promise<[SocketType<F>, AddressOut<F>]> {
    const sa = Buffer.alloc(SOCKADDR_MAX);
    const len = new Uint32Array(1);
    return asyncIo(
      this.#owner,
      this.#req("accept"),
      "readable",
      () => {
        for (;;) {
          len[0] = sa.length;
          const [fd, err] = this.#nonBlocking(() => sys.accept(this.#fd, sa, len));
          if (fd >= 0)
            return [new SocketType<F>(this.family, this.type, this.proto, fd), this.#named(sa, len[0]!)] as [
              SocketType<F>,
              AddressOut<F>,
            ];
          if (err === ERR.INTR || err === ERR.CONNABORTED) continue;
          if (err === EAGAIN || err === EWOULDBLOCK) return AGAIN;
          throw new SocketError(err, undefined, "accept");
        }
      },
      opts,
    );
  }

  async connectAsync(address: AddressIn<F>, opts?: AsyncOptions): Promise<void> {
    checkSignal(opts?.signal);
    const fd = this.#live();
    const sa = this.#encode(address);
    const [r, err] = this.#nonBlocking(() => sys.connect(fd, sa, sa.length));
    if (r === 0) return;
    if (err !== ERR.INPROGRESS && err !== ERR.INTR && err !== EAGAIN)
      throw new SocketError(err, undefined, "connect", undefined, errorContext(sa));
    // Writable means the handshake ended; SO_ERROR says how.
    await asyncIo(
      this.#owner,
      this.#req("connect"),
      "writable",
      () => {
        const ready = pollOne(this.#live(), C.POLLOUT, 0);
        if (ready === 0) return AGAIN;
        if (ready < 0) throw new SocketError(-ready, undefined, "poll");
        const soerr = this.getsockopt(C.SOL_SOCKET, C.SO_ERROR) as number;
        if (soerr) throw new SocketError(soerr, undefined, "connect", undefined, errorContext(sa));
        return 0;
      },
      opts,
    );
  }

  recvAsync(bufsize: number, flags = 0, opts?: AsyncOptions): Promise<Buffer> {
    const size = checkSize(bufsize, "buffersize in recv");
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    const buf = Buffer.allocUnsafe(size);
    return asyncIo(
      this.#owner,
      this.#req("recv", this.#drained),
      "readable",
      () => {
        const n = this.#read("recv", () => sys.recv(this.#live(), buf, size, f), size);
        return n === AGAIN ? AGAIN : shrink(buf, n);
      },
      opts,
    );
  }

  /** Fills `buffer` in place; the buffer stays referenced until the operation completes. */
  recvIntoAsync(buffer: Uint8Array, nbytes = 0, flags = 0, opts?: AsyncOptions): Promise<number> {
    const view = intoView(buffer, nbytes, "recvIntoAsync");
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    return asyncIo(
      this.#owner,
      this.#req("recv", this.#drained),
      "readable",
      () => this.#read("recv", () => sys.recv(this.#live(), view, view.length, f), view.length),
      opts,
    );
  }

  async recvfromAsync(
    bufsize: number,
    flags = 0,
    opts?: AsyncOptions,
  ): Promise<[Buffer, AddressOut<F> | null]> {
    const size = checkSize(bufsize, "buffersize in recvfrom");
    const buf = Buffer.allocUnsafe(size);
    const [n, address] = await this.#recvfromAsync(buf, checkInt(flags, "flags"), opts);
    return [shrink(buf, n), address];
  }

  recvfromIntoAsync(
    buffer: Uint8Array,
    nbytes = 0,
    flags = 0,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null]> {
    return this.#recvfromAsync(intoView(buffer, nbytes, "recvfromIntoAsync"), checkInt(flags, "flags"), opts);
  }

  #recvfromAsync(
    view: Uint8Array,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null]> {
    const sa = Buffer.alloc(SOCKADDR_MAX);
    const len = new Uint32Array(1);
    const f = flags | MSG_DONTWAIT;
    return asyncIo(
      this.#owner,
      this.#req("recvfrom", this.#drained),
      "readable",
      () => {
        const n = this.#read(
          "recvfrom",
          () => {
            len[0] = sa.length;
            return sys.recvfrom(this.#live(), view, view.length, f, sa, len);
          },
          view.length,
        );
        return n === AGAIN ? AGAIN : ([n, this.#decode(sa, len[0]!)] as [number, AddressOut<F> | null]);
      },
      opts,
    );
  }

  sendAsync(data: Data, flags = 0, opts?: AsyncOptions): Promise<number> {
    const bytes = toBytes(data);
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    return asyncIo(
      this.#owner,
      this.#req("send"),
      "writable",
      () => this.#attempt("send", () => sys.send(this.#live(), bytes, bytes.length, f)),
      opts,
    );
  }

  /** Sends everything; the socket's timeout is a deadline for the whole call. */
  sendallAsync(data: Data, flags = 0, opts?: AsyncOptions): Promise<void> {
    const bytes = toBytes(data);
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    // Fast path: the kernel usually takes it all at once, with no promise machinery needed.
    let sent = 0;
    try {
      checkSignal(opts?.signal);
      const n = this.#attempt("send", () => sys.send(this.#live(), bytes, bytes.length, f));
      if (n !== AGAIN) sent = n;
    } catch (e) {
      return Promise.reject(e);
    }
    if (sent === bytes.length) return Promise.resolve();
    return this.#sendRest(bytes, sent, f, opts);
  }

  async #sendRest(bytes: Uint8Array, sent: number, f: number, opts?: AsyncOptions): Promise<void> {
    const req = this.#req("send");
    do {
      const rest = bytes.subarray(sent);
      sent += await asyncIo(
        this.#owner,
        req,
        "writable",
        () => this.#attempt("send", () => sys.send(this.#live(), rest, rest.length, f)),
        opts,
      );
    } while (sent < bytes.length);
  }

  sendtoAsync(data: Data, address: AddressIn<F>, flags = 0, opts?: AsyncOptions): Promise<number> {
    const bytes = toBytes(data);
    const sa = this.#encode(address);
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    return asyncIo(
      this.#owner,
      this.#req("sendto"),
      "writable",
      () => this.#attempt("sendto", () => sys.sendto(this.#live(), bytes, bytes.length, f, sa, sa.length)),
      opts,
    ).catch((e: unknown) => {
      throw withAddress(e, sa);
    });
  }

  sendmsgAsync(
    buffers: Iterable<Data>,
    ancdata: Iterable<AncillaryInput> = [],
    flags = 0,
    address?: AddressIn<F>,
    opts?: AsyncOptions,
  ): Promise<number> {
    const m = this.#sendMessage(buffers, ancdata, address, "sendmsgAsync");
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    return asyncIo(
      this.#owner,
      this.#req("sendmsg"),
      "writable",
      () => this.#attempt("sendmsg", () => sys.sendmsg!(this.#live(), m.header, f)),
      opts,
    );
  }

  async recvmsgAsync(
    bufsize: number,
    ancbufsize = 0,
    flags = 0,
    opts?: AsyncOptions,
  ): Promise<[Buffer, AncillaryItem[], number, AddressOut<F> | null]> {
    const size = checkSize(bufsize, "buffersize in recvmsg");
    const buf = Buffer.allocUnsafe(size);
    const [n, ...rest] = await this.#recvmsgAsync(
      this.#recvMessage([buf], ancbufsize, "recvmsgAsync"),
      flags,
      opts,
    );
    return [shrink(buf, n), ...rest];
  }

  recvmsgIntoAsync(
    buffers: Iterable<Uint8Array>,
    ancbufsize = 0,
    flags = 0,
    opts?: AsyncOptions,
  ): Promise<[number, AncillaryItem[], number, AddressOut<F> | null]> {
    const views = intoViews(buffers, "recvmsgIntoAsync");
    return this.#recvmsgAsync(this.#recvMessage(views, ancbufsize, "recvmsgIntoAsync"), flags, opts);
  }

  #recvmsgAsync(
    m: Message,
    flags: unknown,
    opts?: AsyncOptions,
  ): Promise<[number, AncillaryItem[], number, AddressOut<F> | null]> {
    const f = checkInt(flags, "flags") | MSG_DONTWAIT;
    const asked = m.buffers.reduce((n, b) => n + b.length, 0);
    return asyncIo(
      this.#owner,
      this.#req("recvmsg", this.#drained),
      "readable",
      () => {
        const n = this.#read("recvmsg", () => (m.reset(), sys.recvmsg!(this.#live(), m.header, f)), asked);
        return n === AGAIN
          ? AGAIN
          : ([n, ...this.#received(m)] as [number, AncillaryItem[], number, AddressOut<F> | null]);
      },
      opts,
    );
  }

  /**
   * Datagrams as they arrive: `for await (const [data, address] of sock.datagrams())`. Ends when the
   * socket is closed; an abort signal ends it with an AbortError.
   */
  async *datagrams(
    opts: AsyncOptions & { bufsize?: number; flags?: number } = {},
  ): AsyncGenerator<[Buffer, AddressOut<F> | null]> {
    const bufsize = opts.bufsize ?? 65536;
    for (;;) {
      if (this.#fd < 0) return;
      try {
        yield await this.recvfromAsync(bufsize, opts.flags ?? 0, opts);
      } catch (e) {
        if (e instanceof SocketError && e.errno === ERR.BADF && this.#fd < 0) return;
        throw e;
      }
    }
  }

  /**
   * A Node Duplex over this stream socket, with backpressure both ways; end() shuts down the write
   * half (the read half stays open), destroy() closes the socket.
   */
  stream(opts?: StreamOptions): import("node:stream").Duplex {
    return socketStream(this, opts);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  // ---- lifetime

  /** Closes the socket; idempotent. With makefile() objects open, the fd closes when the last one does. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#fileRefs === 0) this.#release();
  }

  /** Gives the fd to the caller: the socket is closed, the fd is not. */
  detach(): number {
    const fd = this.fileno();
    this.#stopWatching();
    if (fd >= 0) finalizer.unregister(this);
    this.#closed = true;
    this.#fd = -1;
    return fd;
  }

  #release(): void {
    if (this.#fd < 0) return;
    this.#stopWatching();
    finalizer.unregister(this);
    const fd = this.#fd;
    this.#fd = -1;
    // Like CPython: ECONNRESET from close() is not an error worth raising; the fd is gone either way.
    const err = closeFd(fd);
    if (err && err !== ERR.CONNRESET && err !== ERR.INTR) throw new SocketError(err, undefined, "close");
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Pending async operations reject with EBADF; the libuv watcher is released before the fd goes. */
  #stopWatching(): void {
    const w = this.#watcher;
    this.#watcher = undefined;
    w?.close(new SocketError(ERR.BADF, "socket closed while an operation was pending", "close"));
  }

  [Symbol.dispose](): void {
    this.close();
  }

  /** @internal makefile() bookkeeping. */
  _retainFile(): void {
    this.#live();
    this.#fileRefs++;
  }

  /** @internal */
  _releaseFile(): void {
    if (this.#fileRefs > 0 && --this.#fileRefs === 0 && this.#closed) this.#release();
  }
}

const NUMERIC_V4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * A key for addresses whose encoding cannot change between calls: [numeric host, port, …] tuples of
 * plain numbers and strings (an IPv6 literal always has a ':', a hostname never does; '%' scopes name
 * interfaces, which can come and go, so they are left out) and path strings. Else undefined.
 */
function memoKey(address: unknown): string | undefined {
  if (typeof address === "string") return `p${address}`;
  if (!Array.isArray(address) || address.length === 0 || address.length > 5) return undefined;
  const host = address[0];
  if (typeof host !== "string" || !(NUMERIC_V4.test(host) || (host.includes(":") && !host.includes("%"))))
    return undefined;
  for (let i = 1; i < address.length; i++) if (typeof address[i] !== "number") return undefined;
  return `t${address.join("\0")}`;
}

/** A receive buffer trimmed to what arrived; copies when most of it would be wasted. */
function shrink(buf: Buffer, n: number): Buffer {
  if (n === buf.length) return buf;
  return n < buf.length / 2 ? Buffer.from(buf.subarray(0, n)) : buf.subarray(0, n);
}

function intoViews(buffers: unknown, what: string): Uint8Array[] {
  if (buffers === null || typeof (buffers as Iterable<unknown>)?.[Symbol.iterator] !== "function")
    throw new TypeError(
      `${what}() buffers must be an iterable of writable buffers, got ${describe(buffers)}`,
    );
  return [...(buffers as Iterable<unknown>)].map((b) => intoView(b, 0, what));
}

function intoView(buffer: unknown, nbytes: unknown, what: string): Uint8Array {
  if (!ArrayBuffer.isView(buffer))
    throw new TypeError(`${what}() needs a Uint8Array or Buffer, got ${describe(buffer)}`);
  const n = checkSize(nbytes, "nbytes");
  if (n === 0 && buffer instanceof Uint8Array) return buffer;
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (n > bytes.length) throw new RangeError(`buffer too small for requested bytes (${n} > ${bytes.length})`);
  return n === 0 ? bytes : bytes.subarray(0, n);
}
