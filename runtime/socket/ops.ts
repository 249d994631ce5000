// Every socket operation, defined once (CPython's sock_*_impl functions): what it waits for, its one
// attempt, and how a result becomes its value. Arguments arrive already validated and snapshotted
// (../validate.ts); memory is checked again at each attempt, since an async one runs later. The
// drivers (drive.ts) run the same definition sync or async.
import { decodeAddress, SOCKADDR_MAX, type SocketAddress } from "../address/codec.js";
import { SocketError, type ErrorContext } from "../errors.js";
import { Message } from "../message.js";
import {
  C,
  ERR,
  isNonBlocking,
  lastError,
  MSG_DONTWAIT,
  pollOne,
  setNonBlocking,
  sys,
} from "../platform/seam.js";
import { bufferOf, offsetOf, stillThere, type Bytes } from "../validate.js";
import { AGAIN, BLOCKED, FAILED, type Op } from "./drive.js";

const DONTWAIT = MSG_DONTWAIT;

/**
 * Runs `call` with O_NONBLOCK set when `dontwait` (accept and connect have no MSG_DONTWAIT), then puts
 * the flag back as it was (someone else sharing the fd may have set it).
 */
export function withoutBlocking(fd: number, dontwait: boolean, call: () => number): [number, number] {
  if (!dontwait || isNonBlocking(fd) !== false) {
    const r = call();
    return [r, r < 0 ? lastError() : 0];
  }
  setNonBlocking(fd, true);
  const r = call();
  const err = r < 0 ? lastError() : 0;
  setNonBlocking(fd, false);
  return [r, err];
}

/** A decoded address: null when the kernel gave none (an unnamed AF_UNIX peer, a stream recvfrom). */
export function addressOf(sa: Buffer, len: number): SocketAddress | null {
  if (len === 0) return null;
  return decodeAddress(sa.subarray(0, Math.min(len, sa.length)));
}

const view = (b: Bytes, from: number): Uint8Array =>
  new Uint8Array(bufferOf(b.view), offsetOf(b.view) + from, b.length - from);

// Classes, not object literals: one is made per call, and methods on a prototype cost nothing to make.
// Send and Recv, the per-message hot path, can also be reused (set) by a socket's sync calls.

/** recv / recvInto: bytes into `view` (its first `length`); the value is the count. */
export class Recv implements Op<number> {
  readonly interest = "readable";
  asked = 0;
  #view: ArrayBufferView | undefined;
  #flags = 0;
  constructor(readonly syscall: string) {}
  /** Points the operation at its memory and flags for one call. */
  set(view: ArrayBufferView | undefined, length: number, flags: number): this {
    this.#view = view;
    this.asked = length;
    this.#flags = flags;
    return this;
  }
  verify(): void {
    stillThere({ view: this.#view!, length: this.asked }, this.syscall);
  }
  attempt(fd: number, dontwait: boolean): number {
    return sys.recv(
      fd,
      this.#view as Uint8Array,
      this.asked,
      dontwait ? this.#flags | DONTWAIT : this.#flags,
    );
  }
  done(n: number): number {
    return n;
  }
}

export function recvOp(into: Bytes, flags: number, syscall = "recv"): Op<number> {
  return new Recv(syscall).set(into.view, into.length, flags);
}

/** A receive buffer trimmed to what arrived; copies when most of it would be wasted. */
export function shrink(buf: Buffer, n: number): Buffer {
  if (n === buf.length) return buf;
  return n < buf.length / 2 ? Buffer.from(buf.subarray(0, n)) : buf.subarray(0, n);
}

/**
 * A receive into a buffer of its own (recv, recvfrom): `inner` fills `buf`, and `finish` turns its
 * value and the buffer into the result (the buffer trimmed to what arrived).
 */
class IntoNewBuffer<R, V> implements Op<V> {
  readonly interest = "readable";
  readonly syscall: string;
  readonly asked: number | undefined;
  constructor(
    private readonly buf: Buffer,
    private readonly inner: Op<R>,
    private readonly finish: (buf: Buffer, r: R) => V,
  ) {
    this.syscall = inner.syscall;
    this.asked = inner.asked;
  }
  verify(): void {
    this.inner.verify?.();
  }
  attempt(fd: number, dontwait: boolean): number {
    return this.inner.attempt(fd, dontwait);
  }
  done(n: number): V | typeof AGAIN {
    const r = this.inner.done(n);
    return r === AGAIN ? AGAIN : this.finish(this.buf, r);
  }
}

/** recv into a new buffer of `size` bytes: the value is what arrived. */
export function recvBufferOp(size: number, flags: number): Op<Buffer> {
  const buf = Buffer.allocUnsafe(size);
  return new IntoNewBuffer(buf, new Recv("recv").set(buf, size, flags), shrink);
}

/** recvfrom / recvfromInto: the count and the sender. */
class Recvfrom implements Op<[number, SocketAddress | null]> {
  readonly interest = "readable";
  readonly asked: number;
  readonly #sa = Buffer.alloc(SOCKADDR_MAX);
  readonly #len = new Uint32Array(1);
  constructor(
    private readonly into: Bytes,
    private readonly flags: number,
    readonly syscall: string,
  ) {
    this.asked = into.length;
  }
  verify(): void {
    stillThere(this.into, this.syscall);
  }
  attempt(fd: number, dontwait: boolean): number {
    const into = this.into;
    this.#len[0] = this.#sa.length;
    const f = dontwait ? this.flags | DONTWAIT : this.flags;
    return sys.recvfrom(fd, into.view as Uint8Array, into.length, f, this.#sa, this.#len);
  }
  done(n: number): [number, SocketAddress | null] {
    return [n, addressOf(this.#sa, this.#len[0]!)];
  }
}

export function recvfromOp(
  into: Bytes,
  flags: number,
  syscall = "recvfrom",
): Op<[number, SocketAddress | null]> {
  return new Recvfrom(into, flags, syscall);
}

const trimmedFrom = (
  buf: Buffer,
  [n, address]: [number, SocketAddress | null],
): [Buffer, SocketAddress | null] => [shrink(buf, n), address];

/** recvfrom into a new buffer of `size` bytes: [what arrived, the sender]. */
export function recvfromBufferOp(size: number, flags: number): Op<[Buffer, SocketAddress | null]> {
  const buf = Buffer.allocUnsafe(size);
  return new IntoNewBuffer(buf, new Recvfrom({ view: buf, length: size }, flags, "recvfrom"), trimmedFrom);
}

/** send: as much of `data` as the kernel takes now; the value is the count. */
export class Send implements Op<number> {
  readonly syscall = "send";
  readonly interest = "writable";
  #view: ArrayBufferView | undefined;
  #length = 0;
  #flags = 0;
  /** Points the operation at its memory and flags for one call. */
  set(view: ArrayBufferView | undefined, length: number, flags: number): this {
    this.#view = view;
    this.#length = length;
    this.#flags = flags;
    return this;
  }
  verify(): void {
    stillThere({ view: this.#view!, length: this.#length }, "send");
  }
  attempt(fd: number, dontwait: boolean): number {
    return sys.send(
      fd,
      this.#view as Uint8Array,
      this.#length,
      dontwait ? this.#flags | DONTWAIT : this.#flags,
    );
  }
  done(n: number): number {
    return n;
  }
}

export function sendOp(data: Bytes, flags: number): Op<number> {
  return new Send().set(data.view, data.length, flags);
}

/** sendall: all of `data`, in as many sends as it takes (one even for no bytes, as in CPython). */
class Sendall implements Op<undefined> {
  readonly syscall = "send";
  readonly interest = "writable";
  #sent = 0;
  constructor(
    private readonly data: Bytes,
    private readonly flags: number,
  ) {}
  verify(): void {
    // The memory must still be all there: a buffer detached after some bytes went out is an error,
    // never a silent success.
    stillThere(this.data, "sendall");
  }
  attempt(fd: number, dontwait: boolean): number {
    const data = this.data;
    const sent = this.#sent;
    const from = sent === 0 ? (data.view as Uint8Array) : view(data, sent);
    return sys.send(fd, from, data.length - sent, dontwait ? this.flags | DONTWAIT : this.flags);
  }
  done(n: number): undefined | typeof AGAIN {
    this.#sent += n;
    return this.#sent >= this.data.length ? undefined : AGAIN;
  }
}

export function sendallOp(data: Bytes, flags: number): Op<undefined> {
  return new Sendall(data, flags);
}

/** sendto: one datagram to `sa`. */
class Sendto implements Op<number> {
  readonly syscall = "sendto";
  readonly interest = "writable";
  constructor(
    private readonly data: Bytes,
    private readonly flags: number,
    private readonly sa: Buffer,
    readonly context: ErrorContext,
  ) {}
  verify(): void {
    stillThere(this.data, "sendto");
  }
  attempt(fd: number, dontwait: boolean): number {
    const data = this.data;
    const f = dontwait ? this.flags | DONTWAIT : this.flags;
    return sys.sendto(fd, data.view as Uint8Array, data.length, f, this.sa, this.sa.length);
  }
  done(n: number): number {
    return n;
  }
}

export function sendtoOp(data: Bytes, flags: number, sa: Buffer, context: ErrorContext): Op<number> {
  return new Sendto(data, flags, sa, context);
}

/** accept: the new fd and the peer's sockaddr. ECONNABORTED surfaces, sync and async, as in CPython. */
class Accept implements Op<[fd: number, sa: Buffer, len: number]> {
  readonly syscall = "accept";
  readonly interest = "readable";
  readonly #sa = Buffer.alloc(SOCKADDR_MAX);
  readonly #len = new Uint32Array(1);
  attempt(fd: number, dontwait: boolean): number {
    for (;;) {
      this.#len[0] = this.#sa.length;
      const [r, err] = withoutBlocking(fd, dontwait, () => sys.accept(fd, this.#sa, this.#len));
      if (r >= 0) return r;
      if (err === ERR.AGAIN || err === ERR.WOULDBLOCK) return BLOCKED;
      if (err !== ERR.INTR) throw new SocketError(err, undefined, "accept");
    }
  }
  done(n: number): [number, Buffer, number] {
    return [n, this.#sa, this.#len[0]!];
  }
}

export function acceptOp(): Op<[fd: number, sa: Buffer, len: number]> {
  return new Accept();
}

/**
 * connect: one connect(); one in progress (EINPROGRESS, or EINTR, after which the kernel goes on) is
 * waited for as writable and ends with SO_ERROR. EAGAIN (an AF_UNIX listener's full backlog) is an
 * error: the socket is not connecting.
 */
class Connect implements Op<number> {
  readonly syscall = "connect";
  readonly interest = "writable";
  blockedErrno: number | undefined;
  #started = false;
  constructor(
    private readonly sa: Buffer,
    readonly context: ErrorContext,
  ) {}
  attempt(fd: number, dontwait: boolean): number {
    if (!this.#started) {
      this.#started = true;
      const [r, err] = withoutBlocking(fd, dontwait, () => sys.connect(fd, this.sa, this.sa.length));
      if (r === 0) return 0;
      if (err !== ERR.INPROGRESS && err !== ERR.INTR)
        throw new SocketError(err, undefined, "connect", undefined, this.context);
      this.blockedErrno = ERR.INPROGRESS;
      // On loopback the handshake (or its refusal) is often over already: look before waiting.
    }
    // Writable means the handshake ended; a wake-up before that waits again.
    const ready = pollOne(fd, C.POLLOUT, 0);
    if (ready === 0) return BLOCKED;
    if (ready < 0) throw new SocketError(-ready, undefined, "poll");
    const v = Buffer.alloc(4);
    const vlen = new Uint32Array([4]);
    if (sys.getsockopt(fd, C.SOL_SOCKET, C.SO_ERROR, v, vlen) < 0) return FAILED;
    const soerr = v.readInt32LE(0);
    if (soerr) throw new SocketError(soerr, undefined, "connect", undefined, this.context);
    return 0;
  }
  done(n: number): number {
    return n;
  }
}

export function connectOp(sa: Buffer, context: ErrorContext): Op<number> {
  return new Connect(sa, context);
}

/** sendmsg: the buffers as one message with ancillary data (the pointers are taken at each attempt). */
class Sendmsg implements Op<number> {
  readonly syscall = "sendmsg";
  readonly interest = "writable";
  constructor(
    private readonly m: Message,
    private readonly flags: number,
  ) {}
  attempt(fd: number, dontwait: boolean): number {
    this.m.prepare("sendmsg");
    return sys.sendmsg!(fd, this.m.header, dontwait ? this.flags | DONTWAIT : this.flags);
  }
  done(n: number): number {
    return n;
  }
}

export function sendmsgOp(m: Message, flags: number): Op<number> {
  return new Sendmsg(m, flags);
}

/** recvmsg / recvmsgInto: the count (the message keeps the ancillary data, flags and address). */
class Recvmsg implements Op<number> {
  readonly syscall = "recvmsg";
  readonly interest = "readable";
  readonly asked: number;
  constructor(
    private readonly m: Message,
    private readonly flags: number,
  ) {
    this.asked = m.size;
  }
  attempt(fd: number, dontwait: boolean): number {
    this.m.prepare("recvmsg");
    return sys.recvmsg!(fd, this.m.header, dontwait ? this.flags | DONTWAIT : this.flags);
  }
  done(n: number): number {
    return n;
  }
}

export function recvmsgOp(m: Message, flags: number): Op<number> {
  return new Recvmsg(m, flags);
}
