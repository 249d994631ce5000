// The socket object: Python's socket methods, each a thin layer over one operation (socket/ops.ts) run
// by the sync or the async driver (socket/drive.ts), with the socket's state in socket/core.ts. Every
// method converts and validates all its arguments first (user getters and Proxies may run), then
// takes the fd. Modes as in the specification: blocking (the fd blocks; on Windows, where sockets stay
// non-blocking, poll waits without a deadline), non-blocking (timeout 0: EAGAIN surfaces as
// SocketError), timeout (the fd is O_NONBLOCK underneath and poll() waits up to the deadline).
import { codecFor, errorContext, hasCodec, SOCKADDR_HEADER } from "./address/codec.js";
import type { AddressFamily, AddressIn, AddressOut } from "./address/types.js";
import type { FileHandle } from "node:fs/promises";
import { notOnThisTarget, SocketError } from "./errors.js";
import { writeSockaddrHeader } from "./address/sockaddr.js";
import {
  C,
  closeFd,
  emulatesBlocking,
  ERR,
  lastError,
  layouts,
  SOCK_CLOEXEC,
  SOCK_NONBLOCK,
  getInheritable,
  setInheritable,
  socketInfo,
  sys,
  windows,
} from "./platform/seam.js";
import { checkTimeout, getdefaulttimeout } from "./timeout.js";
import {
  makeFile,
  type BinaryMode,
  type BufferedSocketFile,
  type FileMode,
  type SocketIO,
  type TextOptions,
  type TextSocketFile,
} from "./makefile.js";
import {
  encodeAncillary,
  Message,
  needMessages,
  type AncillaryInput,
  type AncillaryItem,
} from "./message.js";
import { socketStream, type StreamOptions } from "./async/stream.js";
import { SocketCore } from "./socket/core.js";
import { runAsync, runSync, type AsyncOptions, type Op } from "./socket/drive.js";
import {
  acceptOp,
  addressOf,
  connectOp,
  recvfromOp,
  Recv,
  recvBufferOp,
  recvfromBufferOp,
  recvmsgOp,
  recvOp,
  shrink,
  Send,
  sendallOp,
  sendmsgOp,
  sendOp,
  sendtoOp,
} from "./socket/ops.js";
import * as options from "./socket/options.js";
import { recvBatchOp, sendBatchOp } from "./socket/batch-ops.js";
import { MAX_BATCH, recvBatch, sendBatch, type Batch } from "./batch.js";
import { recvPlan, segmentArgs, sendPlan, type SegmentCall, type Segments } from "./segments.js";
import { Sendfile, sendfileArgs } from "./socket/sendfile.js";
import {
  asyncOptions,
  bytes,
  cInt,
  copyOf,
  cUint,
  describe,
  intIn,
  UINT_MAX,
  fd as fdArg,
  flag,
  items,
  noUndefined,
  readable,
  receivableView,
  sendableView,
  size,
  tuple,
  viewLength,
  writable,
} from "./validate.js";
import "./address/families.js";

// The argument names explicit-undefined checks report, made once (these checks sit on hot paths).
const ARGS_MODE = ["mode", "buffering"] as const;
const ARGS_FAMILY_TYPE_PROTO = ["family", "type", "proto"] as const;
const ARGS_BACKLOG = ["backlog"] as const;
const ARGS_BUFSIZE_FLAGS = ["bufsize", "flags"] as const;
const ARGS_BUFFER_NBYTES_FLAGS = ["buffer", "nbytes", "flags"] as const;
const ARGS_DATA_FLAGS = ["data", "flags"] as const;
const ARGS_FILE_OFFSET_COUNT = ["file", "offset", "count"] as const;
const ARGS_DATA_FLAGS_ADDRESS = ["data", "flags", "address"] as const;
const ARGS_DATA_ADDRESS = ["data", "address"] as const;
const ARGS_BUFFERS_ANCDATA_FLAGS = ["buffers", "ancdata", "flags"] as const;
const ARGS_BUFSIZE_ANCBUFSIZE_FLAGS = ["bufsize", "ancbufsize", "flags"] as const;
const ARGS_BUFFERS_ANCBUFSIZE_FLAGS = ["buffers", "ancbufsize", "flags"] as const;
const ARGS_LEVEL_OPTNAME_BUFLEN = ["level", "optname", "buflen"] as const;
const ARGS_LEVEL_OPTNAME_VALUE = ["level", "optname", "value"] as const;
const ARGS_DATAGRAMS_FLAGS = ["datagrams", "flags"] as const;
const ARGS_VLEN_BUFSIZE_FLAGS = ["vlen", "bufsize", "flags"] as const;
const ARGS_BUFFERS_FLAGS = ["buffers", "flags"] as const;
const ARGS_DATA_SEGMENTSIZE = ["data", "segmentSize"] as const;
const ARGS_FLAGS = ["flags"] as const;
const ARGS_HOW = ["how"] as const;

/** What send-like calls accept: bytes, or a string sent as UTF-8. */
export type Data = Uint8Array | ArrayBufferView | string;

const TYPE_FLAGS = SOCK_NONBLOCK | SOCK_CLOEXEC;
/** The most buffers one message takes (Linux's IOV_MAX). */
const IOV_MAX = 1024;
/** The most bytes one receive may ask for: a Buffer's largest size. */
const MAX_RECV = 0x7fffffff;

/** Closes the fd (and releases the watcher) of a socket object collected without close(). */
const finalizer = new FinalizationRegistry<SocketCore>((core) => {
  try {
    core.release();
  } catch {
    // nothing to report to: the object is gone
  }
});

/** Async calls report every failure through their promise, argument errors included. */
function rejecting<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (e) {
    return Promise.reject(e);
  }
}

/** An options object, as opposed to a positional argument (numbers, address tuples, bytes). */
const isOptions = (v: unknown): boolean =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

/**
 * An async call's trailing arguments: `count` optional positional ones (flags, nbytes, …), where the
 * options object may take the place of those left out. Explicit undefined positional values throw.
 */
function trailing(args: unknown[], names: readonly string[]): [unknown[], AsyncOptions | undefined] {
  if (args.length === 0) return [args, undefined];
  const given = args;
  let opts: AsyncOptions | undefined;
  if (given.length > 0 && (given.length > names.length || isOptions(given[given.length - 1])))
    opts = asyncOptions(given.pop());
  noUndefined(given, names);
  return [given, opts];
}

/**
 * A socket, as Python's socket.socket. `F` is its family's name when the type system knows it
 * (`socket(AF_INET)` gives SocketType<"AF_INET">), so addresses are typed per family (see
 * address/types.ts); else it is `string` and addresses are SocketAddress.
 */
export class SocketType<F extends string = string> implements Disposable {
  readonly #core: SocketCore;
  /** The operations sync send/recvInto reuse (a sync call finishes before another can start). */
  #send: Send | undefined;
  #recv: Recv | undefined;
  /** The last address sent to and its sockaddr: a datagram loop to one peer encodes it once. */
  #lastAddress: { key: string; sa: Buffer } | undefined;
  /** recvmmsg's last arena, free for the next call of the same shape; sendmmsg's last batch. */
  #idleBatch: Batch | undefined;
  #idleSend: Batch | undefined;
  readonly family: AddressFamily<F>;
  readonly type: number;
  readonly proto: number;

  static #trusted = false;

  /** @internal A socket object for an fd the kernel just made (accept, socketpair): not re-checked. */
  static _adopt<F extends string>(family: number, type: number, proto: number, fd: number): SocketType<F> {
    SocketType.#trusted = true;
    try {
      return new SocketType<F>(family, type, proto, fd);
    } finally {
      SocketType.#trusted = false;
    }
  }

  /**
   * `socket(family, type, proto)` creates a socket; with `fileno` it adopts that fd instead (it does not
   * duplicate it — see fromfd()). An fd that is not a socket is ENOTSOCK, as in CPython.
   */
  constructor(family?: AddressFamily<F> | number, type?: number, proto?: number, fileno?: number);
  /** Adopts `fileno`, reading its family, type and protocol from the kernel (CPython's `socket(fileno=fd)`). */
  constructor(family: undefined, type: undefined, proto: undefined, fileno: number);
  constructor(family?: number, type?: number, proto?: number, fileno?: number) {
    const trusted = SocketType.#trusted;
    SocketType.#trusted = false;
    const adopting = fileno !== undefined;
    // With an fd, family/type/proto left out (undefined) or -1 are read from the kernel, as in CPython;
    // without one, -1 means the default and an explicit undefined (a missing constant) is refused.
    if (!adopting) noUndefined(arguments, ARGS_FAMILY_TYPE_PROTO);
    const given = (v: unknown, what: string, otherwise: number): number | undefined => {
      if (v === undefined) return adopting ? undefined : otherwise;
      const n = cInt(v, what);
      return n === -1 ? (adopting ? undefined : otherwise) : n;
    };
    let fam = given(family, "family", C.AF_INET);
    let ty = given(type, "type", C.SOCK_STREAM);
    let pr = given(proto, "proto", 0);
    let fd: number;
    let ours = false;
    if (!adopting) {
      fd = sys.socket(fam!, ty!, pr!);
      if (fd < 0) throw new SocketError(lastError(), undefined, "socket");
      ours = true;
    } else {
      fd = fdArg(fileno, "fileno");
      if (!trusted || fam === undefined || ty === undefined || pr === undefined) {
        // Also the check that it is a socket at all: ENOTSOCK otherwise.
        const info = socketInfo(fd);
        if (typeof info === "number") throw new SocketError(info, undefined, "socket");
        fam ??= info.family;
        ty ??= info.type;
        pr ??= info.proto;
      }
    }
    this.#core = new SocketCore(fd);
    try {
      // New sockets take the module default (the specification's "Sockets are always created in
      // blocking mode" holds while the default is None). As in CPython, blocking mode leaves the fd's
      // flags as they are: an adopted fd's O_NONBLOCK is shared with whoever else holds it.
      const t = ty! & SOCK_NONBLOCK ? 0 : getdefaulttimeout();
      if (t !== null || emulatesBlocking) this.#core.applyTimeout(t, "socket");
    } catch (e) {
      if (ours) closeFd(fd);
      throw e;
    }
    this.family = fam! as AddressFamily<F>;
    this.type = ty! & ~TYPE_FLAGS;
    this.proto = pr!;
    // Only a fully made object may close its fd when collected.
    finalizer.register(this, this.#core, this);
  }

  get [Symbol.toStringTag](): string {
    return "SocketType";
  }

  /** The fd, or -1 once the fd is closed (a makefile() object still open keeps it, as in Python). */
  fileno(): number {
    return this.#core.fd;
  }

  // ---- modes

  /** Seconds as a number (Python's float), `null` for blocking, 0 for non-blocking. */
  settimeout(value: number | null): void {
    this.#core.applyTimeout(checkTimeout(value), "settimeout");
  }

  gettimeout(): number | null {
    return this.#core.timeout;
  }

  /** The timeout (seconds), `null` in blocking mode: Python's read-only `timeout` attribute. */
  get timeout(): number | null {
    return this.#core.timeout;
  }

  setblocking(flagValue: boolean | number): void {
    this.#core.applyTimeout(flag(flagValue, "flag") ? null : 0, "setblocking");
  }

  getblocking(): boolean {
    return this.#core.timeout !== 0;
  }

  /** A new socket object over a duplicate of this socket's fd (not inherited by child processes). */
  dup(): SocketType<F> {
    const d = sys.dup(this.#core.live("dup"));
    if (d < 0) throw new SocketError(lastError(), undefined, "dup");
    return SocketType._adopt<F>(this.family, this.type, this.proto, d);
  }

  /** Whether child processes inherit this socket (bsdsock's sockets start close-on-exec: false). */
  getInheritable(): boolean {
    const r = getInheritable(this.#core.live("getInheritable"));
    if (typeof r === "number") throw new SocketError(r, undefined, "getInheritable");
    return r;
  }

  /** Makes child processes inherit this socket, or not. */
  setInheritable(inheritable: boolean): void {
    const on = flag(inheritable, "inheritable");
    const err = setInheritable(this.#core.live("setInheritable"), on);
    if (err) throw new SocketError(err, undefined, "setInheritable");
  }

  // ---- addresses

  /** The sockaddr for `address`, which is read once (a tuple is copied first: its getters run once). */
  #encode(address: unknown): Buffer {
    if (!hasCodec(this.family))
      throw new SocketError(
        ERR.AFNOSUPPORT,
        `bsdsock has no address codec for family ${this.family}`,
        "address",
      );
    const sa = codecFor(this.family).encode(Array.isArray(address) ? tuple(address) : address);
    // A codec (perhaps one registered by the caller) hands back bytes: copied through the engine's view
    // of them, so what reaches C is exactly those bytes, whatever the object claims.
    return copyOf(bytes(sa, "the codec's sockaddr"));
  }

  /**
   * #encode with a one-entry memo, for sendto. Only addresses that involve no lookup are remembered
   * (numeric IPv4/IPv6 hosts, paths), so a hostname is still resolved on every call, as in Python.
   */
  #encodeTarget(address: unknown): Buffer {
    const plain = Array.isArray(address) ? tuple(address) : address;
    const key = memoKey(plain);
    const last = this.#lastAddress;
    if (key !== undefined && last?.key === key) return last.sa;
    const sa = this.#encode(plain);
    if (key !== undefined) this.#lastAddress = { key, sa };
    return sa;
  }

  /**
   * An address the kernel returned from getsockname, getpeername or accept. These always carry at
   * least the family on Linux and Windows; were one ever empty, it reads as the family's zero address.
   */
  #named(sa: Buffer, len: number): AddressOut<F> {
    if (len === 0) {
      sa.fill(0);
      writeSockaddrHeader(sa, this.family, SOCKADDR_HEADER);
      len = sa.length;
    }
    return addressOf(sa, len) as AddressOut<F>;
  }

  #nameCall(syscall: "getsockname" | "getpeername"): AddressOut<F> {
    const fd = this.#core.live(syscall);
    const sa = Buffer.alloc(layouts.sockaddr_storage.size);
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
    const sa = this.#encode(address);
    const fd = this.#core.live("bind");
    if (sys.bind(fd, sa, sa.length) < 0)
      throw new SocketError(lastError(), undefined, "bind", undefined, errorContext(sa));
  }

  /** Python's default backlog: min(SOMAXCONN, 128); a negative backlog means 0. */
  listen(backlog?: number): void {
    noUndefined(arguments, ARGS_BACKLOG);
    const n = arguments.length === 0 ? Math.min(C.SOMAXCONN, 128) : Math.max(0, cInt(backlog, "backlog"));
    const fd = this.#core.live("listen");
    if (sys.listen(fd, n) < 0) throw new SocketError(lastError(), undefined, "listen");
  }

  #accepted([fd, sa, len]: [number, Buffer, number]): [SocketType<F>, AddressOut<F>] {
    try {
      return [SocketType._adopt<F>(this.family, this.type, this.proto, fd), this.#named(sa, len)];
    } catch (e) {
      closeFd(fd);
      throw e;
    }
  }

  accept(): [SocketType<F>, AddressOut<F>] {
    return this.#accepted(runSync(this.#core, acceptOp()));
  }

  acceptAsync(opts?: AsyncOptions): Promise<[SocketType<F>, AddressOut<F>]> {
    return rejecting(() => {
      const o = asyncOptions(opts);
      return runAsync(this.#core, this, acceptOp(), o).then((r) => this.#accepted(r));
    });
  }

  #connectOp(address: unknown): Op<number> {
    const sa = this.#encode(address);
    return connectOp(sa, errorContext(sa));
  }

  connect(address: AddressIn<F>): void {
    runSync(this.#core, this.#connectOp(address));
  }

  /** 0, or the errno of a failed connection (argument errors and timeouts still throw). */
  connectEx(address: AddressIn<F>): number {
    const op = this.#connectOp(address);
    try {
      runSync(this.#core, op);
      return 0;
    } catch (e) {
      if (e instanceof SocketError && e.name === "SocketError" && e.syscall === "connect") return e.errno;
      throw e;
    }
  }

  connectAsync(address: AddressIn<F>, opts?: AsyncOptions): Promise<void> {
    return rejecting(() => {
      const op = this.#connectOp(address);
      const o = asyncOptions(opts);
      return runAsync(this.#core, this, op, o).then(() => undefined);
    });
  }

  // ---- receiving

  recv(bufsize: number): Buffer;
  recv(bufsize: number, flags: number): Buffer;
  recv(bufsize: number, flags = 0): Buffer {
    noUndefined(arguments, ARGS_BUFSIZE_FLAGS);
    const n = size(bufsize, "buffersize in recv", MAX_RECV);
    return runSync(this.#core, recvBufferOp(n, cInt(flags, "flags")));
  }

  recvAsync(bufsize: number, opts?: AsyncOptions): Promise<Buffer>;
  recvAsync(bufsize: number, flags: number, opts?: AsyncOptions): Promise<Buffer>;
  recvAsync(bufsize: number, ...rest: unknown[]): Promise<Buffer> {
    return rejecting(() => {
      noUndefined([bufsize], ["bufsize"]);
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const n = size(bufsize, "buffersize in recv", MAX_RECV);
      return runAsync(this.#core, this, recvBufferOp(n, cInt(flags, "flags")), o);
    });
  }

  /** Receives into `buffer` (its first `nbytes`, 0: all of it); returns the byte count. */
  recvInto(buffer: ArrayBufferView): number;
  recvInto(buffer: ArrayBufferView, nbytes: number): number;
  recvInto(buffer: ArrayBufferView, nbytes: number, flags: number): number;
  recvInto(buffer: ArrayBufferView, nbytes = 0, flags = 0): number {
    noUndefined(arguments, ARGS_BUFFER_NBYTES_FLAGS);
    const view = receivableView(buffer, "recvInto() buffer");
    const length = viewLength(view);
    const n = nbytes === 0 ? length : size(nbytes, "nbytes");
    if (n > length) throw new RangeError(`buffer too small for requested bytes (${n} > ${length})`);
    const f = flags === 0 ? 0 : cInt(flags, "flags");
    // The per-message hot path: a sync call reuses the socket's one Recv operation (nothing allocated).
    const op = (this.#recv ??= new Recv("recv")).set(view, n, f);
    try {
      return runSync(this.#core, op);
    } finally {
      op.set(undefined, 0, 0);
    }
  }

  /** Fills `buffer` in place; the buffer stays referenced until the operation completes. */
  recvIntoAsync(buffer: ArrayBufferView, opts?: AsyncOptions): Promise<number>;
  recvIntoAsync(buffer: ArrayBufferView, nbytes: number, opts?: AsyncOptions): Promise<number>;
  recvIntoAsync(buffer: ArrayBufferView, nbytes: number, flags: number, opts?: AsyncOptions): Promise<number>;
  recvIntoAsync(buffer: ArrayBufferView, ...rest: unknown[]): Promise<number> {
    return rejecting(() => {
      const [[nbytes = 0, flags = 0], o] = trailing(rest, ["nbytes", "flags"]);
      const into = writable(buffer, nbytes, "recvIntoAsync() buffer");
      return runAsync(this.#core, this, recvOp(into, cInt(flags, "flags")), o);
    });
  }

  recvfrom(bufsize: number): [Buffer, AddressOut<F> | null];
  recvfrom(bufsize: number, flags: number): [Buffer, AddressOut<F> | null];
  recvfrom(bufsize: number, flags = 0): [Buffer, AddressOut<F> | null] {
    noUndefined(arguments, ARGS_BUFSIZE_FLAGS);
    const n = size(bufsize, "buffersize in recvfrom", MAX_RECV);
    return runSync(this.#core, recvfromBufferOp(n, cInt(flags, "flags"))) as [Buffer, AddressOut<F> | null];
  }

  recvfromAsync(bufsize: number, opts?: AsyncOptions): Promise<[Buffer, AddressOut<F> | null]>;
  recvfromAsync(bufsize: number, flags: number, opts?: AsyncOptions): Promise<[Buffer, AddressOut<F> | null]>;
  recvfromAsync(bufsize: number, ...rest: unknown[]): Promise<[Buffer, AddressOut<F> | null]> {
    return rejecting(() => {
      noUndefined([bufsize], ["bufsize"]);
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const n = size(bufsize, "buffersize in recvfrom", MAX_RECV);
      return runAsync(this.#core, this, recvfromBufferOp(n, cInt(flags, "flags")), o) as Promise<
        [Buffer, AddressOut<F> | null]
      >;
    });
  }

  recvfromInto(buffer: ArrayBufferView): [number, AddressOut<F> | null];
  recvfromInto(buffer: ArrayBufferView, nbytes: number): [number, AddressOut<F> | null];
  recvfromInto(buffer: ArrayBufferView, nbytes: number, flags: number): [number, AddressOut<F> | null];
  recvfromInto(buffer: ArrayBufferView, nbytes = 0, flags = 0): [number, AddressOut<F> | null] {
    noUndefined(arguments, ARGS_BUFFER_NBYTES_FLAGS);
    const into = writable(buffer, nbytes, "recvfromInto() buffer");
    return runSync(this.#core, recvfromOp(into, cInt(flags, "flags"), "recvfrom")) as [
      number,
      AddressOut<F> | null,
    ];
  }

  recvfromIntoAsync(buffer: ArrayBufferView, opts?: AsyncOptions): Promise<[number, AddressOut<F> | null]>;
  recvfromIntoAsync(
    buffer: ArrayBufferView,
    nbytes: number,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null]>;
  recvfromIntoAsync(
    buffer: ArrayBufferView,
    nbytes: number,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null]>;
  recvfromIntoAsync(buffer: ArrayBufferView, ...rest: unknown[]): Promise<[number, AddressOut<F> | null]> {
    return rejecting(() => {
      const [[nbytes = 0, flags = 0], o] = trailing(rest, ["nbytes", "flags"]);
      const into = writable(buffer, nbytes, "recvfromIntoAsync() buffer");
      return runAsync(this.#core, this, recvfromOp(into, cInt(flags, "flags")), o) as Promise<
        [number, AddressOut<F> | null]
      >;
    });
  }

  // ---- sending

  send(data: Data): number;
  send(data: Data, flags: number): number;
  send(data: Data, flags = 0): number {
    noUndefined(arguments, ARGS_DATA_FLAGS);
    const view = sendableView(data);
    const f = flags === 0 ? 0 : cInt(flags, "flags");
    // As recvInto: a sync send reuses the socket's one Send operation.
    const op = (this.#send ??= new Send()).set(view, viewLength(view), f);
    try {
      return runSync(this.#core, op);
    } finally {
      op.set(undefined, 0, 0);
    }
  }

  sendAsync(data: Data, opts?: AsyncOptions): Promise<number>;
  sendAsync(data: Data, flags: number, opts?: AsyncOptions): Promise<number>;
  sendAsync(data: Data, ...rest: unknown[]): Promise<number> {
    return rejecting(() => {
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const bytes = readable(data);
      return runAsync(this.#core, this, sendOp(bytes, cInt(flags, "flags")), o);
    });
  }

  /** Sends everything or throws; in timeout mode the deadline covers the whole call. */
  sendall(data: Data): void;
  sendall(data: Data, flags: number): void;
  sendall(data: Data, flags = 0): void {
    noUndefined(arguments, ARGS_DATA_FLAGS);
    const bytes = readable(data);
    runSync(this.#core, sendallOp(bytes, cInt(flags, "flags")));
  }

  /**
   * Sends everything; the socket's timeout is a deadline for the whole call. Concurrent sends on one
   * socket go out in call order, each sendall's bytes together.
   */
  sendallAsync(data: Data, opts?: AsyncOptions): Promise<void>;
  sendallAsync(data: Data, flags: number, opts?: AsyncOptions): Promise<void>;
  sendallAsync(data: Data, ...rest: unknown[]): Promise<void> {
    return rejecting(() => {
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const bytes = readable(data);
      return runAsync(this.#core, this, sendallOp(bytes, cInt(flags, "flags")), o);
    });
  }

  /**
   * Sends a regular file's bytes from `offset` (default 0): `count` of them, or (null, the default) to
   * the end of the file. `file` is an fd or a `FileHandle` from node:fs/promises. The kernel's
   * sendfile(2) does it where it can; else the file is read and sent. Returns the bytes sent and, as
   * CPython, leaves the file's position just after them (not on Windows, where Node keeps its own).
   * Stream sockets only; in timeout mode the deadline covers the whole call, as for sendall.
   */
  sendfile(file: number | FileHandle, offset?: number, count?: number | null): number;
  sendfile(file: unknown, offset: unknown = 0, count: unknown = null): number {
    noUndefined(arguments, ARGS_FILE_OFFSET_COUNT);
    if (this.#core.timeout === 0) throw new RangeError("non-blocking sockets are not supported");
    const op = this.#sendfileOp(file, offset, count);
    try {
      return runSync(this.#core, op);
    } finally {
      op.finish();
    }
  }

  /** sendfile on the event loop; the socket's timeout is a deadline for the whole call. */
  sendfileAsync(file: number | FileHandle, opts?: AsyncOptions): Promise<number>;
  sendfileAsync(file: number | FileHandle, offset: number, opts?: AsyncOptions): Promise<number>;
  sendfileAsync(
    file: number | FileHandle,
    offset: number,
    count: number | null,
    opts?: AsyncOptions,
  ): Promise<number>;
  sendfileAsync(file: number | FileHandle, ...rest: unknown[]): Promise<number> {
    return rejecting(() => {
      const [[offset = 0, count = null], o] = trailing(rest, ["offset", "count"]);
      const op = this.#sendfileOp(file, offset, count);
      return runAsync(this.#core, this, op, o).finally(() => op.finish());
    });
  }

  #sendfileOp(file: unknown, offset: unknown, count: unknown): Sendfile {
    const args = sendfileArgs(file, offset, count);
    // CPython's test is a bit test: SOCK_STREAM's bit.
    if ((this.type & C.SOCK_STREAM) === 0)
      throw new RangeError("only SOCK_STREAM type sockets are supported");
    return new Sendfile(args);
  }

  #sendtoOp(data: unknown, flags: unknown, address: unknown): Op<number> {
    // The address first: encoding it may run the caller's code; the data's memory is taken last.
    const sa = this.#encodeTarget(address);
    const f = cInt(flags, "flags");
    return sendtoOp(readable(data), f, sa, errorContext(sa));
  }

  /** `sendto(data, address)` or `sendto(data, flags, address)`. */
  sendto(data: Data, address: AddressIn<F>): number;
  sendto(data: Data, flags: number, address: AddressIn<F>): number;
  sendto(data: Data, flagsOrAddress: number | AddressIn<F>, address?: AddressIn<F>): number {
    noUndefined(arguments, arguments.length > 2 ? ARGS_DATA_FLAGS_ADDRESS : ARGS_DATA_ADDRESS);
    const [flags, target] = arguments.length > 2 ? [flagsOrAddress, address] : [0, flagsOrAddress];
    return runSync(this.#core, this.#sendtoOp(data, flags, target));
  }

  /** `sendtoAsync(data, address, opts?)` or `sendtoAsync(data, flags, address, opts?)`, as sendto. */
  sendtoAsync(data: Data, address: AddressIn<F>, opts?: AsyncOptions): Promise<number>;
  sendtoAsync(data: Data, flags: number, address: AddressIn<F>, opts?: AsyncOptions): Promise<number>;
  sendtoAsync(data: Data, ...rest: unknown[]): Promise<number> {
    return rejecting(() => {
      const withFlags = rest.length >= 2 && typeof rest[0] === "number";
      const [[a, b], o] = trailing(rest, withFlags ? ["flags", "address"] : ["address"]);
      const [flags, target] = withFlags ? [a, b] : [0, a];
      if (target === undefined) throw new TypeError("sendtoAsync() needs an address");
      return runAsync(this.#core, this, this.#sendtoOp(data, flags, target), o);
    });
  }

  // ---- messages with ancillary data (POSIX)

  #sendMessage(buffers: unknown, ancdata: unknown, address: unknown, fn: string): Message {
    needMessages(`${fn}()`);
    // Everything that may run the caller's code first (iterators, getters); the buffers' memory last.
    const control = encodeAncillary(ancdata ?? []);
    const name = address === undefined || address === null ? null : this.#encode(address);
    const list = items(buffers, `${fn}() buffers`, IOV_MAX);
    return new Message(
      list.map((b) => readable(b, `${fn}() buffer`)),
      control,
      name,
    );
  }

  #recvMessage(views: Message["buffers"], ancbufsize: unknown, fn: string): Message {
    needMessages(`${fn}()`);
    const control = Buffer.alloc(size(ancbufsize, "ancbufsize", MAX_RECV));
    return new Message(views, control, Buffer.alloc(layouts.sockaddr_storage.size));
  }

  #received(m: Message): [AncillaryItem[], number, AddressOut<F> | null] {
    return [m.ancillary(), m.flags, addressOf(m.name!, m.namelen) as AddressOut<F> | null];
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
    noUndefined(arguments, ARGS_BUFFERS_ANCDATA_FLAGS);
    const m = this.#sendMessage(buffers, ancdata, address, "sendmsg");
    return runSync(this.#core, sendmsgOp(m, cInt(flags, "flags")));
  }

  /** sendmsg on the event loop: `(buffers, ancdata?, flags?, address?, opts?)`. */
  sendmsgAsync(
    buffers: Iterable<Data>,
    ancdata?: Iterable<AncillaryInput>,
    flags?: number,
    address?: AddressIn<F>,
    opts?: AsyncOptions,
  ): Promise<number> {
    return rejecting(() => {
      noUndefined([...arguments].slice(0, 3), ARGS_BUFFERS_ANCDATA_FLAGS);
      const o = asyncOptions(opts);
      const f = cInt(flags ?? 0, "flags");
      const m = this.#sendMessage(buffers, ancdata, address, "sendmsgAsync");
      return runAsync(this.#core, this, sendmsgOp(m, f), o);
    });
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
    noUndefined(arguments, ARGS_BUFSIZE_ANCBUFSIZE_FLAGS);
    const n = size(bufsize, "buffersize in recvmsg", MAX_RECV);
    const buf = Buffer.allocUnsafe(n);
    const m = this.#recvMessage([{ view: buf, length: n }], ancbufsize, "recvmsg");
    const got = runSync(this.#core, recvmsgOp(m, cInt(flags, "flags")));
    return [shrink(buf, got), ...this.#received(m)];
  }

  /** recvmsg on the event loop: `(bufsize, ancbufsize?, flags?, opts?)`. */
  recvmsgAsync(
    bufsize: number,
    ...rest: [ancbufsize?: number, flags?: number, opts?: AsyncOptions] | [opts?: AsyncOptions]
  ): Promise<[Buffer, AncillaryItem[], number, AddressOut<F> | null]> {
    return rejecting(() => {
      noUndefined([bufsize], ["bufsize"]);
      const [[ancbufsize = 0, flags = 0], o] = trailing(rest, ["ancbufsize", "flags"]);
      const n = size(bufsize, "buffersize in recvmsg", MAX_RECV);
      const buf = Buffer.allocUnsafe(n);
      const m = this.#recvMessage([{ view: buf, length: n }], ancbufsize, "recvmsgAsync");
      return runAsync(this.#core, this, recvmsgOp(m, cInt(flags, "flags")), o).then(
        (got) =>
          [shrink(buf, got), ...this.#received(m)] as [Buffer, AncillaryItem[], number, AddressOut<F> | null],
      );
    });
  }

  /** recvmsg into the given buffers, in order: `[nbytes, ancdata, msgFlags, address]`. */
  recvmsgInto(
    buffers: Iterable<ArrayBufferView>,
    ancbufsize = 0,
    flags = 0,
  ): [number, AncillaryItem[], number, AddressOut<F> | null] {
    noUndefined(arguments, ARGS_BUFFERS_ANCBUFSIZE_FLAGS);
    const views = items(buffers, "recvmsgInto() buffers", IOV_MAX).map((b) =>
      writable(b, 0, "recvmsgInto() buffer"),
    );
    const m = this.#recvMessage(views, ancbufsize, "recvmsgInto");
    const got = runSync(this.#core, recvmsgOp(m, cInt(flags, "flags")));
    return [got, ...this.#received(m)];
  }

  /** recvmsgInto on the event loop: `(buffers, ancbufsize?, flags?, opts?)`. */
  recvmsgIntoAsync(
    buffers: Iterable<ArrayBufferView>,
    ...rest: [ancbufsize?: number, flags?: number, opts?: AsyncOptions] | [opts?: AsyncOptions]
  ): Promise<[number, AncillaryItem[], number, AddressOut<F> | null]> {
    return rejecting(() => {
      const [[ancbufsize = 0, flags = 0], o] = trailing(rest, ["ancbufsize", "flags"]);
      const views = items(buffers, "recvmsgIntoAsync() buffers", IOV_MAX).map((b) =>
        writable(b, 0, "recvmsgIntoAsync() buffer"),
      );
      const m = this.#recvMessage(views, ancbufsize, "recvmsgIntoAsync");
      return runAsync(this.#core, this, recvmsgOp(m, cInt(flags, "flags")), o).then(
        (got) => [got, ...this.#received(m)] as [number, AncillaryItem[], number, AddressOut<F> | null],
      );
    });
  }

  // ---- batches of datagrams (sendmmsg/recvmmsg; one datagram at a time where the target lacks them)

  #sendBatch(datagrams: unknown, fn: string): Batch {
    // Every item read once, addresses encoded (which may run the caller's code), the bytes taken last.
    const list = items(datagrams, `${fn}() datagrams`, MAX_BATCH).map((item) => {
      if (!Array.isArray(item)) return [item, null] as const;
      const pair = items(item, `${fn}() [data, address] item`, 2);
      if (pair.length !== 2)
        throw new TypeError(`${fn}() items are data or [data, address], got ${describe(item)}`);
      return [pair[0], this.#encodeTarget(pair[1])] as const;
    });
    const data = list.map(([d]) => readable(d, `${fn}() datagram`));
    // msg_len is an unsigned int: a datagram longer could not be reported (nor sent: UDP's is 64 KiB).
    if (data.some((d) => d.length > UINT_MAX))
      throw new RangeError(`${fn}() datagrams must be at most ${UINT_MAX} bytes`);
    const addresses = list.map(([, sa]) => sa);
    // A loop of sends reuses one batch (arena, iovecs, mmsghdrs): taken here, handed back after.
    const idle = this.#idleSend;
    this.#idleSend = undefined;
    return idle?.refill(data, addresses) ? idle : sendBatch(data, addresses);
  }

  /**
   * Sends datagrams with one system call (sendmmsg): each item is data (a connected socket) or
   * `[data, address]`. Returns how many were sent — at least one; fewer than given when the socket
   * buffer fills or an error follows the first (send the rest again). At most 1024 per call.
   */
  sendmmsg(datagrams: Iterable<Data | readonly [Data, AddressIn<F>]>, flags = 0): number {
    noUndefined(arguments, ARGS_DATAGRAMS_FLAGS);
    const batch = this.#sendBatch(datagrams, "sendmmsg");
    const f = cInt(flags, "flags");
    // Nothing to send is no system call, but a closed socket is still EBADF (as sendall(b"") is).
    if (batch.count === 0) {
      this.#core.live("sendmmsg");
      return 0;
    }
    const n = runSync(this.#core, sendBatchOp(batch, f));
    this.#idleSend = batch;
    return n;
  }

  /** sendmmsg on the event loop: `(datagrams, flags?, opts?)`. */
  sendmmsgAsync(
    datagrams: Iterable<Data | readonly [Data, AddressIn<F>]>,
    opts?: AsyncOptions,
  ): Promise<number>;
  sendmmsgAsync(
    datagrams: Iterable<Data | readonly [Data, AddressIn<F>]>,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<number>;
  sendmmsgAsync(
    datagrams: Iterable<Data | readonly [Data, AddressIn<F>]>,
    ...rest: unknown[]
  ): Promise<number> {
    return rejecting(() => {
      noUndefined([datagrams], ["datagrams"]);
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const batch = this.#sendBatch(datagrams, "sendmmsgAsync");
      const f = cInt(flags, "flags");
      if (batch.count === 0) {
        this.#core.live("sendmmsgAsync");
        return Promise.resolve(0);
      }
      return runAsync(this.#core, this, sendBatchOp(batch, f), o).then((n) => {
        this.#idleSend = batch;
        return n;
      });
    });
  }

  #recvBatch(vlen: unknown, bufsize: unknown): Batch {
    const count = intIn(vlen, "vlen", 1, MAX_BATCH);
    const n = size(bufsize, "bufsize in recvmmsg", MAX_RECV);
    if (n === 0) throw new RangeError("recvmmsg() bufsize must be at least 1 (0 would drop every datagram)");
    if (count * n > MAX_RECV) throw new RangeError(`recvmmsg() vlen * bufsize is over ${MAX_RECV} bytes`);
    // A loop of receives reuses one arena: taken here, handed back once its datagrams are copied out.
    const idle = this.#idleBatch;
    if (idle && idle.count === count && idle.length(0) === n) {
      this.#idleBatch = undefined;
      return idle;
    }
    return recvBatch({ count, bufsize: n });
  }

  /** recvmmsg's datagrams copied out of its arena, which the next recvmmsg may then reuse. */
  #reuse(b: Batch, n: number): [Buffer, AddressOut<F> | null, number][] {
    const out = this.#datagrams(b, n);
    this.#idleBatch = b;
    return out;
  }

  #recvIntoBatch(buffers: unknown, fn: string): Batch {
    const views = items(buffers, `${fn}() buffers`, MAX_BATCH).map((b) => writable(b, 0, `${fn}() buffer`));
    if (views.some((v) => v.length > UINT_MAX))
      throw new RangeError(`${fn}() buffers must be at most ${UINT_MAX} bytes (msg_len is an unsigned int)`);
    if (views.length === 0) throw new RangeError(`${fn}() needs at least one buffer`);
    return recvBatch({ views });
  }

  /** The datagrams a batch received: each one's bytes (one allocation for all), sender and flags. */
  #datagrams(b: Batch, n: number): [Buffer, AddressOut<F> | null, number][] {
    let total = 0;
    for (let i = 0; i < n; i++) total += Math.min(b.got[i]!, b.length(i));
    const all = Buffer.allocUnsafe(total);
    const out: [Buffer, AddressOut<F> | null, number][] = new Array(n);
    for (let i = 0, at = 0; i < n; i++) {
      const len = Math.min(b.got[i]!, b.length(i));
      all.set(b.slot(i).subarray(0, len), at);
      out[i] = [all.subarray(at, at + len), this.#sender(b, i), b.gotFlags[i]!];
      at += len;
    }
    return out;
  }

  #sender(b: Batch, i: number): AddressOut<F> | null {
    return addressOf(b.name(i)!, b.gotName[i]!) as AddressOut<F> | null;
  }

  #counts(b: Batch, n: number): [number, AddressOut<F> | null, number][] {
    return Array.from({ length: n }, (_, i) => [b.got[i]!, this.#sender(b, i), b.gotFlags[i]!]);
  }

  /**
   * Receives up to `vlen` (1-1024) datagrams of up to `bufsize` bytes with one system call (recvmmsg):
   * waits for the first as recvfrom does, then takes what else is already queued. Each is
   * `[data, address, msgFlags]`; MSG_TRUNC in msgFlags says the datagram was longer than `bufsize`.
   */
  recvmmsg(vlen: number, bufsize: number, flags = 0): [Buffer, AddressOut<F> | null, number][] {
    noUndefined(arguments, ARGS_VLEN_BUFSIZE_FLAGS);
    const b = this.#recvBatch(vlen, bufsize);
    return this.#reuse(b, runSync(this.#core, recvBatchOp(b, cInt(flags, "flags"), this.#core)));
  }

  /** recvmmsg on the event loop: `(vlen, bufsize, flags?, opts?)`. */
  recvmmsgAsync(
    vlen: number,
    bufsize: number,
    opts?: AsyncOptions,
  ): Promise<[Buffer, AddressOut<F> | null, number][]>;
  recvmmsgAsync(
    vlen: number,
    bufsize: number,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<[Buffer, AddressOut<F> | null, number][]>;
  recvmmsgAsync(
    vlen: number,
    bufsize: number,
    ...rest: unknown[]
  ): Promise<[Buffer, AddressOut<F> | null, number][]> {
    return rejecting(() => {
      noUndefined([vlen, bufsize], ["vlen", "bufsize"]);
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const b = this.#recvBatch(vlen, bufsize);
      return runAsync(this.#core, this, recvBatchOp(b, cInt(flags, "flags"), this.#core), o).then((n) =>
        this.#reuse(b, n),
      );
    });
  }

  /**
   * recvmmsg into the given buffers, one datagram each, with no copy: `[nbytes, address, msgFlags]` for
   * each datagram received (fewer than the buffers when fewer were queued).
   */
  recvmmsgInto(buffers: Iterable<ArrayBufferView>, flags = 0): [number, AddressOut<F> | null, number][] {
    noUndefined(arguments, ARGS_BUFFERS_FLAGS);
    const b = this.#recvIntoBatch(buffers, "recvmmsgInto");
    return this.#counts(b, runSync(this.#core, recvBatchOp(b, cInt(flags, "flags"), this.#core)));
  }

  /** recvmmsgInto on the event loop: `(buffers, flags?, opts?)`; the buffers must stay attached until it ends. */
  recvmmsgIntoAsync(
    buffers: Iterable<ArrayBufferView>,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null, number][]>;
  recvmmsgIntoAsync(
    buffers: Iterable<ArrayBufferView>,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<[number, AddressOut<F> | null, number][]>;
  recvmmsgIntoAsync(
    buffers: Iterable<ArrayBufferView>,
    ...rest: unknown[]
  ): Promise<[number, AddressOut<F> | null, number][]> {
    return rejecting(() => {
      noUndefined([buffers], ["buffers"]);
      const [[flags = 0], o] = trailing(rest, ["flags"]);
      const b = this.#recvIntoBatch(buffers, "recvmmsgIntoAsync");
      return runAsync(this.#core, this, recvBatchOp(b, cInt(flags, "flags"), this.#core), o).then((n) =>
        this.#counts(b, n),
      );
    });
  }

  // ---- UDP segmentation (GSO) and coalescing (GRO), with their fallbacks (segments.ts)

  /** One socket call a segments plan asks for, made here. */
  #segmentCall(c: SegmentCall, address: unknown): unknown {
    const to = address as AddressIn<F>;
    switch (c.call) {
      case "sendmsg":
        return this.sendmsg(c.buffers, c.ancdata, c.flags, ...(address === undefined ? [] : [to]));
      case "sendmmsg":
        return this.sendmmsg(
          address === undefined ? c.datagrams : c.datagrams.map((d) => [d, to] as const),
          c.flags,
        );
      case "recvmsg":
        return this.recvmsg(c.bufsize, c.ancbufsize, c.flags);
      case "recvfrom":
        return this.recvfrom(c.bufsize, c.flags);
      case "getsockopt":
        return this.getsockopt(c.level, c.option);
    }
  }

  #segmentCallAsync(c: SegmentCall, address: unknown, o: AsyncOptions | undefined): Promise<unknown> {
    const to = address as AddressIn<F>;
    switch (c.call) {
      case "sendmsg":
        return this.sendmsgAsync(c.buffers, c.ancdata, c.flags, to, o);
      case "sendmmsg":
        return this.sendmmsgAsync(
          address === undefined ? c.datagrams : c.datagrams.map((d) => [d, to] as const),
          c.flags,
          o ?? {},
        );
      case "recvmsg":
        return this.recvmsgAsync(c.bufsize, c.ancbufsize, c.flags, o ?? {});
      case "recvfrom":
        return this.recvfromAsync(c.bufsize, c.flags, o ?? {});
      case "getsockopt":
        return Promise.resolve(this.getsockopt(c.level, c.option));
    }
  }

  /** Carries out a plan on the calling thread: each call's result, or its error, goes back into it. */
  #planSync<T>(plan: Generator<SegmentCall, T, never>, address: unknown): T {
    for (let step = plan.next(); ;) {
      if (step.done) return step.value;
      let r: unknown;
      try {
        r = this.#segmentCall(step.value, address);
      } catch (e) {
        step = plan.throw(e);
        continue;
      }
      step = plan.next(r as never);
    }
  }

  async #planAsync<T>(
    plan: Generator<SegmentCall, T, never>,
    address: unknown,
    o: AsyncOptions | undefined,
  ): Promise<T> {
    for (let step = plan.next(); ;) {
      if (step.done) return step.value;
      let r: unknown;
      try {
        r = await this.#segmentCallAsync(step.value, address, o);
      } catch (e) {
        step = plan.throw(e);
        continue;
      }
      step = plan.next(r as never);
    }
  }

  /**
   * The destination, read once: encoded (a hostname resolved) and decoded back to its numeric form,
   * which every system call of the plan then uses — the caller's getters run here only.
   */
  #segmentsTo(address: unknown): AddressOut<F> | undefined {
    if (address === undefined || address === null) return undefined;
    const sa = this.#encode(address);
    return addressOf(sa, sa.length) as AddressOut<F>;
  }

  /**
   * Sends `data` as datagrams of `segmentSize` bytes (the last may be shorter) — to `address`, or the
   * connected peer. With UDP GSO (Linux) the kernel cuts them from one buffer, up to 64 per system call;
   * elsewhere, or where the kernel refuses GSO, they go out with sendmmsg. Returns the bytes sent: all of
   * them, or an error is thrown. The socket's timeout applies to each system call.
   */
  sendSegments(data: Data, segmentSize: number, address?: AddressIn<F>, flags = 0): number {
    noUndefined([data, segmentSize], ARGS_DATA_SEGMENTSIZE);
    // The address may be left out (undefined); flags, when given, may not (a missing constant).
    if (arguments.length > 3) noUndefined([arguments[3]], ARGS_FLAGS);
    const to = this.#segmentsTo(address);
    const f = cInt(flags, "flags");
    const args = segmentArgs(data, segmentSize, "sendSegments");
    return this.#planSync(sendPlan(this, args, f) as Generator<SegmentCall, number, never>, to);
  }

  /** sendSegments on the event loop: `(data, segmentSize, address?, flags?, opts?)`. */
  sendSegmentsAsync(
    data: Data,
    segmentSize: number,
    address?: AddressIn<F>,
    flags?: number,
    opts?: AsyncOptions,
  ): Promise<number> {
    return rejecting(() => {
      noUndefined([data, segmentSize], ARGS_DATA_SEGMENTSIZE);
      if (arguments.length > 3) noUndefined([flags], ARGS_FLAGS);
      const o = asyncOptions(opts);
      const to = this.#segmentsTo(address);
      const f = cInt(flags ?? 0, "flags");
      const args = segmentArgs(data, segmentSize, "sendSegmentsAsync");
      const plan = sendPlan(this, args, f) as Generator<SegmentCall, number, never>;
      return this.#planAsync(plan, to, o);
    });
  }

  /**
   * Receives one datagram as its segments: where UDP GRO is on (`setsockopt(SOL_UDP, UDP_GRO, 1)`,
   * Linux), what the kernel coalesced, split by the segment size it reports; else the datagram alone.
   * `[segments, address, msgFlags]`; `bufsize` (default 65535) must hold everything coalesced, or
   * MSG_TRUNC says it was cut.
   */
  recvSegments(bufsize = 65535, flags = 0): [Buffer[], AddressOut<F> | null, number] {
    noUndefined(arguments, ARGS_BUFSIZE_FLAGS);
    const n = size(bufsize, "buffersize in recvSegments", MAX_RECV);
    const plan = recvPlan(n, cInt(flags, "flags")) as Generator<SegmentCall, Segments, never>;
    return this.#planSync(plan, undefined) as [Buffer[], AddressOut<F> | null, number];
  }

  /** recvSegments on the event loop: `(bufsize?, flags?, opts?)`. */
  recvSegmentsAsync(opts?: AsyncOptions): Promise<[Buffer[], AddressOut<F> | null, number]>;
  recvSegmentsAsync(bufsize: number, opts?: AsyncOptions): Promise<[Buffer[], AddressOut<F> | null, number]>;
  recvSegmentsAsync(
    bufsize: number,
    flags: number,
    opts?: AsyncOptions,
  ): Promise<[Buffer[], AddressOut<F> | null, number]>;
  recvSegmentsAsync(...args: unknown[]): Promise<[Buffer[], AddressOut<F> | null, number]> {
    return rejecting(() => {
      const [[bufsize = 65535, flags = 0], o] = trailing(args, ["bufsize", "flags"]);
      const n = size(bufsize, "buffersize in recvSegments", MAX_RECV);
      const plan = recvPlan(n, cInt(flags, "flags")) as Generator<SegmentCall, Segments, never>;
      return this.#planAsync(plan, undefined, o) as Promise<[Buffer[], AddressOut<F> | null, number]>;
    });
  }

  // ---- options

  /**
   * Without `buflen`: the option as an integer — a C int, or the width the target's family specs give
   * the option (AF_VSOCK's buffer sizes are 64-bit). With it: up to `buflen` (1-65536) raw bytes.
   */
  getsockopt(level: number, optname: number): number;
  getsockopt(level: number, optname: number, buflen: number): Buffer;
  getsockopt(level: number, optname: number, buflen?: number): number | Buffer {
    noUndefined(arguments, ARGS_LEVEL_OPTNAME_BUFLEN);
    return options.getsockopt(this.#core, level, optname, buflen);
  }

  /**
   * `value` is an integer (or boolean), passed as a C int or the option's own width (a bigint is taken
   * for 64-bit options), or bytes passed as they are; or null with `optlen`: a NULL pointer of that
   * length (CPython's `setsockopt(level, optname, None, optlen)`).
   */
  setsockopt(level: number, optname: number, value: number | bigint | boolean | ArrayBufferView): void;
  setsockopt(level: number, optname: number, value: null, optlen: number): void;
  setsockopt(
    level: number,
    optname: number,
    value: number | bigint | boolean | ArrayBufferView | null,
    optlen?: number,
  ): void {
    noUndefined(arguments, ARGS_LEVEL_OPTNAME_VALUE);
    options.setsockopt(this.#core, level, optname, value, optlen);
  }

  /**
   * Windows only, as in the specification: WSAIoctl with SIO_RCVALL (option: RCVALL_*),
   * SIO_KEEPALIVE_VALS (option: [onoff, keepalivetime ms, keepaliveinterval ms]) or
   * SIO_LOOPBACK_FAST_PATH (option: boolean).
   */
  ioctl(control: number, option: unknown): void {
    if (!windows) throw notOnThisTarget("socket.ioctl()");
    const code = cUint(control, "control");
    const fd = this.#core.live("ioctl");
    if (windows.ioctl(fd, code, option) !== 0) throw new SocketError(lastError(), undefined, "ioctl");
  }

  /**
   * Windows only: bytes from which process `pid` can make its own copy of this socket with
   * fromshare() (WSADuplicateSocket). Pass them to that process by any means.
   */
  share(pid: number): Buffer {
    if (!windows) throw notOnThisTarget("socket.share()");
    const p = fdArg(pid, "pid");
    const info = windows.share(this.#core.live("share"), p);
    if (!info) throw new SocketError(lastError(), undefined, "share");
    return info;
  }

  shutdown(how: number): void {
    noUndefined(arguments, ARGS_HOW);
    const h = cInt(how, "how");
    const fd = this.#core.live("shutdown");
    if (sys.shutdown(fd, h) < 0) throw new SocketError(lastError(), undefined, "shutdown");
  }

  /**
   * A file object over the socket, as Python's makefile(mode, buffering, *, encoding, errors, newline):
   * `mode` of r, w, b; binary modes give a buffered file of Buffers (`buffering` 0: the raw SocketIO,
   * one recv/send per call), text modes one of strings (`options`: encoding, errors, newline). Closing
   * it leaves the socket open; closing the socket while a file is open defers the fd's close to the
   * file's.
   */
  makefile(mode: BinaryMode, buffering: 0): SocketIO;
  makefile(mode: BinaryMode, buffering?: number | null): BufferedSocketFile;
  makefile(mode?: FileMode, buffering?: number | null, options?: TextOptions): TextSocketFile;
  makefile(
    mode: unknown = "r",
    buffering: unknown = null,
    options?: unknown,
  ): SocketIO | BufferedSocketFile | TextSocketFile {
    noUndefined(arguments, ARGS_MODE);
    return makeFile(this, mode, buffering, options);
  }

  // ---- async: the event loop waits on libuv's poll watcher, never the thread

  /** Pending async operations keep the process alive (the default), like a Node socket. */
  ref(): this {
    this.#core.referenced = true;
    this.#core.watcherIfOpen()?.ref();
    return this;
  }

  /** Pending async operations no longer keep the process alive. */
  unref(): this {
    this.#core.referenced = false;
    this.#core.watcherIfOpen()?.unref();
    return this;
  }

  /**
   * Datagrams as they arrive: `for await (const [data, address] of sock.datagrams())`. With `batch`
   * (1-1024) they are read up to that many at a time (recvmmsgAsync), one event-loop wait per batch.
   * Ends when the socket is closed; an abort signal ends it with an AbortError.
   */
  async *datagrams(
    opts: AsyncOptions & {
      bufsize?: number | undefined;
      flags?: number | undefined;
      batch?: number | undefined;
    } = {},
  ): AsyncGenerator<[Buffer, AddressOut<F> | null]> {
    const bufsize = opts.bufsize === undefined ? 65536 : size(opts.bufsize, "bufsize", MAX_RECV);
    if (bufsize === 0)
      throw new RangeError("datagrams() bufsize must be at least 1 (0 would drop every datagram)");
    const flags = cInt(opts.flags ?? 0, "flags");
    const batch = opts.batch === undefined ? 0 : intIn(opts.batch, "batch", 1, MAX_BATCH);
    const o = asyncOptions({ signal: opts.signal });
    for (;;) {
      if (this.#core.fd < 0) return;
      try {
        if (batch === 0) yield await this.recvfromAsync(bufsize, flags, o);
        else
          for (const [data, address] of await this.recvmmsgAsync(batch, bufsize, flags, o))
            yield [data, address];
      } catch (e) {
        if (e instanceof SocketError && e.errno === ERR.BADF && this.#core.fd < 0) return;
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
    const core = this.#core;
    if (core.closed) return;
    core.closed = true;
    if (core.fileRefs === 0) this.#release();
  }

  /** Gives the fd to the caller: the socket is closed, the fd is not. */
  detach(): number {
    const fd = this.#core.detach();
    finalizer.unregister(this);
    this.#core.closed = true;
    return fd;
  }

  #release(): void {
    finalizer.unregister(this);
    this.#core.release();
  }

  get closed(): boolean {
    return this.#core.closed;
  }

  [Symbol.dispose](): void {
    this.close();
  }

  /** @internal makefile() bookkeeping. */
  _retainFile(): void {
    this.#core.live("makefile");
    this.#core.fileRefs++;
  }

  /** @internal */
  _releaseFile(): void {
    const core = this.#core;
    if (core.fileRefs > 0 && --core.fileRefs === 0 && core.closed) this.#release();
  }
}

const NUMERIC_V4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * A key for addresses whose encoding cannot change between calls: [numeric host, port, …] tuples of
 * plain numbers and strings (an IPv6 literal always has a ':', a hostname never does; '%' scopes name
 * interfaces, which can come and go, so they are left out) and path strings. Else undefined. It reads
 * the caller's tuple only after it was copied (#encodeTarget), so key and encoding see the same values.
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
