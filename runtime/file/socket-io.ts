// The raw layer of makefile(), as CPython's socket.SocketIO: each read is one recv into the caller's
// memory, each write one send. On a non-blocking socket a read or write that would block gives null.
// After a read times out the object refuses further reads (its data may be half-read).
import { SocketError, SocketTimeoutError } from "../errors.js";
import { ERR } from "../platform/seam.js";
import type { SocketType } from "../socket.js";
import { bytes, receivableView } from "../validate.js";
import { FileBase, readSize } from "./base.js";

/** The default buffer size, as Python's io.DEFAULT_BUFFER_SIZE. */
export const DEFAULT_BUFFER_SIZE = 8192;

const wouldBlock = (e: unknown): boolean =>
  e instanceof SocketError && (e.errno === ERR.AGAIN || e.errno === ERR.WOULDBLOCK);

export class SocketIO extends FileBase<Buffer> {
  readonly mode: "rb" | "wb" | "rwb";
  #sock: SocketType | null;
  readonly #reading: boolean;
  readonly #writing: boolean;
  #timedOut = false;

  /** @internal makefile() makes these. */
  constructor(sock: SocketType, reading: boolean, writing: boolean) {
    super();
    sock._retainFile();
    this.#sock = sock;
    this.#reading = reading;
    this.#writing = writing;
    this.mode = reading && writing ? "rwb" : reading ? "rb" : "wb";
  }

  get closed(): boolean {
    return this.#sock === null;
  }

  #socket(): SocketType {
    this.checkClosed();
    return this.#sock!;
  }

  readable(): boolean {
    this.checkClosed();
    return this.#reading;
  }

  writable(): boolean {
    this.checkClosed();
    return this.#writing;
  }

  fileno(): number {
    return this.#socket().fileno();
  }

  /** One recv into `buffer`: the byte count (0 at end of stream), or null if it would block. */
  readinto(buffer: ArrayBufferView): number | null {
    const view = receivableView(buffer, "readinto() buffer");
    this.checkReadable();
    if (this.#timedOut)
      throw new SocketError(0, "cannot read from timed out object", "read", "ETIMEDOUT_OBJECT");
    try {
      return this.#sock!.recvInto(view);
    } catch (e) {
      if (e instanceof SocketTimeoutError) this.#timedOut = true;
      if (wouldBlock(e)) return null;
      throw e;
    }
  }

  /** At most `n` bytes in one recv (all until end of stream when omitted, null or negative); null if it would block. */
  read(n: number | null = -1): Buffer | null {
    const want = readSize(n, "read() size");
    if (want === Infinity) return this.readall();
    const b = Buffer.alloc(want);
    if (b.length === 0) {
      this.checkReadable();
      return b;
    }
    const got = this.readinto(b);
    return got === null ? null : b.subarray(0, got);
  }

  /** Everything until end of stream; on a non-blocking socket, what came before it would block (or null). */
  readall(): Buffer | null {
    const parts: Buffer[] = [];
    for (;;) {
      const b = this.read(DEFAULT_BUFFER_SIZE);
      if (b === null) return parts.length ? Buffer.concat(parts) : null;
      if (b.length === 0) return Buffer.concat(parts);
      parts.push(b);
    }
  }

  /** One line, read a byte at a time (this layer never reads ahead). */
  readline(limit: number | null = -1): Buffer {
    const most = readSize(limit, "readline() size");
    this.checkReadable();
    const out: number[] = [];
    while (out.length < most) {
      const b = this.read(1);
      if (!b || b.length === 0) break;
      out.push(b[0]!);
      if (b[0] === 10) break;
    }
    return Buffer.from(out);
  }

  /** One send: the count sent (maybe fewer than given), or null if it would block. */
  write(data: unknown): number | null {
    const b = bytes(data, "write() data"); // bytes only, as Python's: a string is a TypeError
    this.checkWritable();
    try {
      return this.#sock!.send(b.view);
    } catch (e) {
      if (wouldBlock(e)) return null;
      throw e;
    }
  }

  /** Lets go of the socket (which stays open; its fd closes when it and every file are closed). */
  close(): void {
    const sock = this.#sock;
    if (!sock) return;
    this.#sock = null;
    sock._releaseFile();
  }
}
