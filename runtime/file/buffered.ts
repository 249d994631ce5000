// The buffered binary layer of makefile(), as Python's BufferedReader/BufferedWriter/BufferedRWPair over
// SocketIO: reads fill a buffer `bufsize` at a time, writes collect until `bufsize` and then go out.
// Nothing given to write() is ever dropped: what a non-blocking socket would not take stays buffered,
// and the EAGAIN error says how much of that write was accepted.
import { SocketError } from "../errors.js";
import { ERR } from "../platform/seam.js";
import { bufferOf, bytes, copyOf, offsetOf, receivableView, size, viewLength } from "../validate.js";
import { FileBase, readSize } from "./base.js";

const EMPTY = Buffer.alloc(0);
import type { SocketIO } from "./socket-io.js";

/** Python's BlockingIOError from a buffered write: `charactersWritten` of this write's bytes are buffered. */
export class BlockingWriteError extends SocketError {
  constructor(readonly charactersWritten: number) {
    super(ERR.AGAIN, "write could not complete without blocking", "write");
  }
}

export class BufferedSocketFile extends FileBase<Buffer> {
  /** The raw SocketIO underneath (Python's `raw`). */
  readonly raw: SocketIO;
  readonly #bufsize: number;
  #rbuf: Buffer = Buffer.alloc(0);
  #wbuf: Buffer[] = [];
  #wlen = 0;
  #closed = false;

  /** @internal makefile() makes these. */
  constructor(raw: SocketIO, bufsize: number) {
    super();
    this.raw = raw;
    this.#bufsize = bufsize;
  }

  get mode(): string {
    return this.raw.mode;
  }

  get closed(): boolean {
    return this.#closed || this.raw.closed;
  }

  readable(): boolean {
    return this.raw.readable();
  }

  writable(): boolean {
    return this.raw.writable();
  }

  fileno(): number {
    return this.raw.fileno();
  }

  /** One raw read into the (empty) buffer: false at end of stream, null if it would block. */
  #fill(want: number): boolean | null {
    const data = this.raw.read(Math.max(want, this.#bufsize));
    if (data === null) return null;
    if (data.length === 0) return false;
    this.#rbuf = data;
    return true;
  }

  #take(n: number): Buffer {
    const out = Buffer.from(this.#rbuf.subarray(0, n));
    this.#rbuf = this.#rbuf.subarray(n);
    return out;
  }

  /**
   * `n` bytes, fewer only at end of stream (all until then when omitted, null or negative). On a
   * non-blocking socket: what arrived before it would block, or null if nothing did.
   */
  read(n: number | null = -1): Buffer | null {
    const want = readSize(n, "read() size");
    this.checkReadable();
    if (this.#rbuf.length >= want) return this.#take(want);
    // Whole reads are collected and joined once: linear in what is read.
    const parts: Buffer[] = [this.#rbuf];
    let have = this.#rbuf.length;
    this.#rbuf = EMPTY;
    while (have < want) {
      const more = this.#fill(want === Infinity ? this.#bufsize : want - have);
      if (more === null) {
        if (have === 0) return null;
        break;
      }
      if (!more) break;
      const part = this.#take(Math.min(this.#rbuf.length, want - have));
      parts.push(part);
      have += part.length;
    }
    return Buffer.concat(parts, have);
  }

  /** At most `n` bytes with at most one raw read (none if the buffer has some). */
  read1(n: number | null = -1): Buffer | null {
    const want = readSize(n, "read1() size");
    this.checkReadable();
    if (want === 0) return Buffer.alloc(0);
    if (this.#rbuf.length === 0 && this.#fill(want === Infinity ? this.#bufsize : want) === null) return null;
    return this.#take(Math.min(want, this.#rbuf.length));
  }

  /** The buffered bytes without consuming them (one raw read if none are). */
  peek(n = 0): Buffer {
    this.checkReadable();
    size(n, "peek() size");
    if (this.#rbuf.length === 0) this.#fill(this.#bufsize);
    return Buffer.from(this.#rbuf);
  }

  /** Fills `buffer` as read(its length) would; the count (0 at end of stream), or null if it would block. */
  readinto(buffer: ArrayBufferView): number | null {
    const view = receivableView(buffer, "readinto() buffer");
    const data = this.read(viewLength(view));
    if (data === null) return null;
    // Copied into the view's own memory, taken after the read (which ran no caller code).
    new Uint8Array(bufferOf(view), offsetOf(view), data.length).set(data);
    return data.length;
  }

  /** One line including its "\n" (or what is left at end of stream), at most `limit` bytes. */
  readline(limit: number | null = -1): Buffer {
    const most = readSize(limit, "readline() size");
    this.checkReadable();
    const parts: Buffer[] = [];
    let have = 0;
    for (;;) {
      const room = most - have;
      const nl = this.#rbuf.indexOf(10);
      if (nl >= 0 && nl < room) {
        parts.push(this.#take(nl + 1));
        return Buffer.concat(parts);
      }
      if (this.#rbuf.length >= room) {
        parts.push(this.#take(room));
        return Buffer.concat(parts);
      }
      have += this.#rbuf.length;
      parts.push(this.#rbuf);
      this.#rbuf = EMPTY;
      if (!this.#fill(this.#bufsize)) return Buffer.concat(parts, have);
    }
  }

  /** Buffers `data` (bytes only) and sends once `bufsize` is reached; returns its length. */
  write(data: unknown): number {
    const b = copyOf(bytes(data, "write() data"));
    this.checkWritable();
    this.#wbuf.push(b);
    this.#wlen += b.length;
    if (this.#wlen >= this.#bufsize) {
      try {
        this.flush();
      } catch (e) {
        // Would block: everything stays buffered. Python's writer blocks only past its buffer's size.
        if (e instanceof BlockingWriteError) {
          if (this.#wlen <= this.#bufsize) return b.length;
          throw new BlockingWriteError(b.length);
        }
        throw e;
      }
    }
    return b.length;
  }

  /** Sends what is buffered; what a non-blocking socket will not take stays buffered (BlockingWriteError). */
  flush(): void {
    this.checkClosed();
    while (this.#wlen > 0) {
      const pending = this.#wbuf.length === 1 ? this.#wbuf[0]! : Buffer.concat(this.#wbuf);
      this.#wbuf = [pending];
      const n = this.raw.write(pending);
      if (n === null) throw new BlockingWriteError(0);
      this.#wbuf = n < pending.length ? [pending.subarray(n)] : [];
      this.#wlen -= n;
    }
  }

  /** Flushes, then lets go of the socket (which stays open). Idempotent. */
  close(): void {
    if (this.closed) return;
    try {
      if (this.raw.writable()) this.flush();
    } finally {
      this.#closed = true;
      this.raw.close();
    }
  }
}
