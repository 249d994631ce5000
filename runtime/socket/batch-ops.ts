// sendmmsg and recvmmsg as operations (drive.ts runs them sync or async): one call moves as many of a
// batch's datagrams as it can, at least one, or it waits. Where the target has no sendmmsg/recvmmsg
// (Windows, macOS) the same operation sends or receives one datagram at a time, with Linux's results:
// the count moved, and an error only when not even the first could be.
import type { Batch } from "../batch.js";
import { HAS_MMSG } from "../batch.js";
import { SocketError } from "../errors.js";
import { C, ERR, lastError, MSG_DONTWAIT, sys } from "../platform/seam.js";
import { FAILED, type Op } from "./drive.js";

/** recvmmsg waits for the first datagram only, then takes what is queued (MSG_WAITFORONE). */
/** The kernel's own batch calls are there (Linux), or each datagram is moved on its own. */
const SEND_MMSG = HAS_MMSG && sys.sendmmsg !== undefined;
const RECV_MMSG = HAS_MMSG && sys.recvmmsg !== undefined;
const WAITFORONE = (C as { MSG_WAITFORONE?: number }).MSG_WAITFORONE ?? 0;
const TRUNC = (C as { MSG_TRUNC?: number }).MSG_TRUNC ?? 0;
/** Winsock's answer to a datagram bigger than the buffer: the buffer is full, the rest is gone. */
const MSGSIZE = (C as { WSAEMSGSIZE?: number }).WSAEMSGSIZE;

class SendBatch implements Op<number> {
  readonly syscall: string;
  readonly interest = "writable";
  constructor(
    private readonly batch: Batch,
    private readonly flags: number,
  ) {
    this.syscall = SEND_MMSG ? "sendmmsg" : "sendto";
  }
  verify(): void {
    this.batch.verify(this.syscall);
  }
  attempt(fd: number, dontwait: boolean): number {
    const b = this.batch;
    const f = dontwait ? this.flags | MSG_DONTWAIT : this.flags;
    if (SEND_MMSG) return sys.sendmmsg!(fd, b.vector(0), b.count, f);
    for (let i = 0; i < b.count; i++) {
      const name = b.name(i);
      const r = name
        ? sys.sendto(fd, b.slot(i), b.length(i), f, name, name.length)
        : sys.send(fd, b.slot(i), b.length(i), f);
      // As sendmmsg: an error after the first datagram ends the call with what went out.
      if (r < 0) return i === 0 ? FAILED : i;
    }
    return b.count;
  }
  done(n: number): number {
    return n;
  }
}

/** sendmmsg: how many of the batch's datagrams one call sent (at least one). */
export function sendBatchOp(batch: Batch, flags: number): Op<number> {
  return new SendBatch(batch, flags);
}

/**
 * An error the one-at-a-time receive met after its first datagram, per socket: the next receive
 * reports it, as Linux's recvmmsg leaves such an error pending on the socket (sk_err).
 */
const heldErrors = new WeakMap<object, number>();

class RecvBatch implements Op<number> {
  readonly syscall: string;
  readonly interest = "readable";
  /** Fewer datagrams than asked means the socket is drained (the async driver waits first next time). */
  readonly asked: number;
  constructor(
    private readonly batch: Batch,
    private readonly flags: number,
    private readonly owner: object,
  ) {
    this.syscall = RECV_MMSG ? "recvmmsg" : "recvfrom";
    this.asked = batch.count;
  }
  verify(): void {
    this.batch.verify(this.syscall);
  }
  attempt(fd: number, dontwait: boolean): number {
    const b = this.batch;
    const f = dontwait ? this.flags | MSG_DONTWAIT : this.flags;
    if (RECV_MMSG) {
      const n = sys.recvmmsg!(fd, b.vector(0), b.count, f | WAITFORONE);
      if (n > 0) b.collect(0, n);
      return n;
    }
    const held = heldErrors.get(this.owner);
    if (held !== undefined) {
      heldErrors.delete(this.owner);
      throw new SocketError(held, undefined, this.syscall);
    }
    const len = new Uint32Array(1);
    for (let i = 0; i < b.count; i++) {
      const name = b.name(i)!;
      len[0] = name.length;
      // The first may wait (the caller's mode); the rest take only what is already queued.
      let r = sys.recvfrom(fd, b.slot(i), b.length(i), i === 0 ? f : f | MSG_DONTWAIT, name, len);
      let flags = 0;
      if (r < 0 && MSGSIZE !== undefined && lastError() === MSGSIZE) {
        r = b.length(i);
        flags = TRUNC;
      }
      if (r < 0) {
        if (i === 0) return FAILED;
        // Nothing more queued ends the batch; another error is the next call's, as recvmmsg's is.
        const err = lastError();
        if (err !== ERR.AGAIN && err !== ERR.WOULDBLOCK && err !== ERR.INTR) heldErrors.set(this.owner, err);
        return i;
      }
      b.got[i] = r;
      b.gotName[i] = len[0]!;
      b.gotFlags[i] = flags;
    }
    return b.count;
  }
  done(n: number): number {
    return n;
  }
}

/** recvmmsg: how many datagrams one call received into the batch (at least one); the batch has each. */
export function recvBatchOp(batch: Batch, flags: number, owner: object): Op<number> {
  return new RecvBatch(batch, flags, owner);
}
