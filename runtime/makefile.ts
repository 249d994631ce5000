// socket.makefile(): a small buffered file object over a socket. Text modes ("r", "w", "rw") read and
// write UTF-8 strings, binary modes ("rb", "wb", "rwb") Buffers. Reads and writes go through the
// socket's own recv/sendall, so its mode (blocking, timeout) applies.
import type { SocketType } from "./socket.js";
import { bytes, copyOf } from "./validate.js";

export type FileMode = "r" | "w" | "rw" | "rb" | "wb" | "rwb" | "r+" | "w+" | "r+b" | "w+b";

const MODES = new Set<string>(["r", "w", "rw", "rb", "wb", "rwb", "r+", "w+", "r+b", "w+b"]);
const CHUNK = 8192;

export class SocketFile {
  readonly mode: FileMode;
  readonly #binary: boolean;
  readonly #readable: boolean;
  readonly #writable: boolean;
  readonly #bufsize: number;
  #sock: SocketType | null;
  #rbuf: Buffer = Buffer.alloc(0);
  #wbuf: Buffer[] = [];
  #wlen = 0;
  #eof = false;

  constructor(sock: SocketType, mode: FileMode, bufsize?: number) {
    if (!MODES.has(mode)) throw new RangeError(`invalid makefile mode ${JSON.stringify(mode)}`);
    if (bufsize !== undefined && (!Number.isInteger(bufsize) || bufsize < -1))
      throw new RangeError(`invalid bufsize ${bufsize}`);
    this.mode = mode;
    this.#binary = mode.includes("b");
    this.#readable = mode.includes("r") || mode.includes("+");
    this.#writable = mode.includes("w") || mode.includes("+");
    // 0: unbuffered writes; -1 or absent: the default buffer.
    this.#bufsize = bufsize === undefined || bufsize < 0 ? CHUNK : bufsize;
    sock._retainFile();
    this.#sock = sock;
  }

  get closed(): boolean {
    return this.#sock === null;
  }

  #socket(): SocketType {
    if (!this.#sock) throw new RangeError("I/O operation on closed file");
    return this.#sock;
  }

  #out(b: Buffer): string | Buffer {
    return this.#binary ? b : b.toString("utf8");
  }

  /** Reads one more chunk into the buffer; false at end of stream. */
  #fill(): boolean {
    if (this.#eof) return false;
    const data = this.#socket().recv(CHUNK);
    if (data.length === 0) {
      this.#eof = true;
      return false;
    }
    this.#rbuf = this.#rbuf.length ? Buffer.concat([this.#rbuf, data]) : data;
    return true;
  }

  #take(n: number): Buffer {
    const out = this.#rbuf.subarray(0, n);
    this.#rbuf = this.#rbuf.subarray(n);
    return Buffer.from(out);
  }

  /** Up to `size` bytes (all until end of stream when omitted or negative). */
  read(size = -1): string | Buffer {
    if (!this.#readable) throw new RangeError("file not open for reading");
    this.#socket();
    if (size < 0) {
      while (this.#fill());
      return this.#out(this.#take(this.#rbuf.length));
    }
    while (this.#rbuf.length < size && this.#fill());
    return this.#out(this.#take(Math.min(size, this.#rbuf.length)));
  }

  /** One line including its "\n" (or what is left at end of stream), at most `limit` bytes. */
  readline(limit = -1): string | Buffer {
    if (!this.#readable) throw new RangeError("file not open for reading");
    this.#socket();
    for (;;) {
      const nl = this.#rbuf.indexOf(10);
      if (nl >= 0 && (limit < 0 || nl < limit)) return this.#out(this.#take(nl + 1));
      if (limit >= 0 && this.#rbuf.length >= limit) return this.#out(this.#take(limit));
      if (!this.#fill()) return this.#out(this.#take(this.#rbuf.length));
    }
  }

  /** Every remaining line. */
  readlines(): (string | Buffer)[] {
    const lines: (string | Buffer)[] = [];
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
    }
  }

  write(data: string | ArrayBufferView): number {
    if (!this.#writable) throw new RangeError("file not open for writing");
    this.#socket();
    // Bytes as they are in memory, read through the engine's view (as send() takes them); a string is
    // sent as UTF-8.
    const b = typeof data === "string" ? Buffer.from(data, "utf8") : copyOf(bytes(data, "write() data"));
    this.#wbuf.push(b);
    this.#wlen += b.length;
    if (this.#wlen >= this.#bufsize) this.flush();
    return b.length;
  }

  flush(): void {
    if (this.#wlen === 0) return;
    const data = Buffer.concat(this.#wbuf);
    this.#wbuf = [];
    this.#wlen = 0;
    this.#socket().sendall(data);
  }

  /** Flushes and lets go of the socket; the socket itself stays open. Idempotent. */
  close(): void {
    if (!this.#sock) return;
    try {
      if (this.#writable) this.flush();
    } finally {
      const sock = this.#sock;
      this.#sock = null;
      sock._releaseFile();
    }
  }

  [Symbol.dispose](): void {
    this.close();
  }
}
