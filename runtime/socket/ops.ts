// Every socket operation, defined once (CPython's sock_*_impl functions): what it waits for, its one
// attempt, and how a result becomes its value. Arguments arrive already validated and snapshotted
// (../validate.ts); memory is checked again at each attempt, since an async one runs later. The
// drivers (drive.ts) run the same definition sync or async.
import { decodeAddress, SOCKADDR_MAX, type SocketAddress } from "../address/codec.js";
import { SocketError, type ErrorContext } from "../errors.js";
import { Message } from "../message.js";
import { C, ERR, lastError, MSG_DONTWAIT, pollOne, setNonBlocking, sys } from "../platform/seam.js";
import { bufferOf, offsetOf, stillThere, type Bytes } from "../validate.js";
import { AGAIN, BLOCKED, FAILED, type Op } from "./drive.js";

const DONTWAIT = MSG_DONTWAIT;

/** Runs `call` with O_NONBLOCK set when `dontwait` (accept and connect have no MSG_DONTWAIT). */
function withoutBlocking(fd: number, dontwait: boolean, call: () => number): [number, number] {
  if (!dontwait) {
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

/** recv / recvInto: bytes into `into`; the value is the count. */
export function recvOp(into: Bytes, flags: number, syscall = "recv"): Op<number> {
  return {
    syscall,
    interest: "readable",
    asked: into.length,
    attempt(fd, dontwait) {
      stillThere(into, syscall);
      return sys.recv(fd, into.view as Uint8Array, into.length, dontwait ? flags | DONTWAIT : flags);
    },
    done: (n) => n,
  };
}

/** recvfrom / recvfromInto: the count and the sender. */
export function recvfromOp(
  into: Bytes,
  flags: number,
  syscall = "recvfrom",
): Op<[number, SocketAddress | null]> {
  const sa = Buffer.alloc(SOCKADDR_MAX);
  const len = new Uint32Array(1);
  return {
    syscall,
    interest: "readable",
    asked: into.length,
    attempt(fd, dontwait) {
      stillThere(into, syscall);
      len[0] = sa.length;
      return sys.recvfrom(
        fd,
        into.view as Uint8Array,
        into.length,
        dontwait ? flags | DONTWAIT : flags,
        sa,
        len,
      );
    },
    done: (n) => [n, addressOf(sa, len[0]!)],
  };
}

/** send: as much of `data` as the kernel takes now; the value is the count. */
export function sendOp(data: Bytes, flags: number): Op<number> {
  return {
    syscall: "send",
    interest: "writable",
    attempt(fd, dontwait) {
      stillThere(data, "send");
      return sys.send(fd, data.view as Uint8Array, data.length, dontwait ? flags | DONTWAIT : flags);
    },
    done: (n) => n,
  };
}

/** sendall: all of `data`, in as many sends as it takes (one even for no bytes, as in CPython). */
export function sendallOp(data: Bytes, flags: number): Op<undefined> {
  let sent = 0;
  return {
    syscall: "send",
    interest: "writable",
    attempt(fd, dontwait) {
      // The memory must still be all there: a buffer detached after some bytes went out is an error,
      // never a silent success.
      stillThere(data, "sendall");
      const rest = data.length - sent;
      const from = sent === 0 ? (data.view as Uint8Array) : view(data, sent);
      return sys.send(fd, from, rest, dontwait ? flags | DONTWAIT : flags);
    },
    done(n) {
      sent += n;
      return sent >= data.length ? undefined : AGAIN;
    },
  };
}

/** sendto: one datagram to `sa`. */
export function sendtoOp(data: Bytes, flags: number, sa: Buffer, context: ErrorContext): Op<number> {
  return {
    syscall: "sendto",
    interest: "writable",
    context,
    attempt(fd, dontwait) {
      stillThere(data, "sendto");
      return sys.sendto(
        fd,
        data.view as Uint8Array,
        data.length,
        dontwait ? flags | DONTWAIT : flags,
        sa,
        sa.length,
      );
    },
    done: (n) => n,
  };
}

/** accept: the new fd and the peer's sockaddr. ECONNABORTED surfaces, sync and async, as in CPython. */
export function acceptOp(): Op<[fd: number, sa: Buffer, len: number]> {
  const sa = Buffer.alloc(SOCKADDR_MAX);
  const len = new Uint32Array(1);
  return {
    syscall: "accept",
    interest: "readable",
    attempt(fd, dontwait) {
      len[0] = sa.length;
      const [r, err] = withoutBlocking(fd, dontwait, () => sys.accept(fd, sa, len));
      if (r >= 0) return r;
      if (err === ERR.AGAIN || err === ERR.WOULDBLOCK) return BLOCKED;
      if (err === ERR.INTR) return this.attempt(fd, dontwait);
      throw new SocketError(err, undefined, "accept");
    },
    done: (n) => [n, sa, len[0]!],
  };
}

/**
 * connect: one connect(); one in progress (EINPROGRESS, or EINTR, after which the kernel goes on) is
 * waited for as writable and ends with SO_ERROR. EAGAIN (an AF_UNIX listener's full backlog) is an
 * error: the socket is not connecting.
 */
export function connectOp(sa: Buffer, context: ErrorContext): Op<number> {
  let started = false;
  return {
    syscall: "connect",
    interest: "writable",
    context,
    attempt(fd, dontwait) {
      if (!started) {
        started = true;
        const [r, err] = withoutBlocking(fd, dontwait, () => sys.connect(fd, sa, sa.length));
        if (r === 0) return 0;
        if (err !== ERR.INPROGRESS && err !== ERR.INTR)
          throw new SocketError(err, undefined, "connect", undefined, context);
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
      if (soerr) throw new SocketError(soerr, undefined, "connect", undefined, context);
      return 0;
    },
    done: (n) => n,
  };
}

/** sendmsg: the buffers as one message with ancillary data (the pointers are taken at each attempt). */
export function sendmsgOp(m: Message, flags: number): Op<number> {
  return {
    syscall: "sendmsg",
    interest: "writable",
    attempt(fd, dontwait) {
      m.prepare("sendmsg");
      return sys.sendmsg!(fd, m.header, dontwait ? flags | DONTWAIT : flags);
    },
    done: (n) => n,
  };
}

/** recvmsg / recvmsgInto: the count (the message keeps the ancillary data, flags and address). */
export function recvmsgOp(m: Message, flags: number): Op<number> {
  return {
    syscall: "recvmsg",
    interest: "readable",
    asked: m.size,
    attempt(fd, dontwait) {
      m.prepare("recvmsg");
      return sys.recvmsg!(fd, m.header, dontwait ? flags | DONTWAIT : flags);
    },
    done: (n) => n,
  };
}
