// What every makefile() object shares, as Python's io.IOBase: closed-state checks, the direction
// checks, fileno/name/mode, line iteration, readlines/writelines, close and `using`.
import { describe, size } from "../validate.js";

/**
 * A read size as Python's io takes it: null or a negative integer means "all" (Infinity here); any
 * other non-integer is a TypeError, checked before anything is read.
 */
export function readSize(n: unknown, what: string): number {
  if (n === null) return Infinity;
  if (typeof n !== "number" || !Number.isInteger(n))
    throw new TypeError(`${what} must be an integer or null, got ${describe(n)}`);
  return n < 0 ? Infinity : size(n, what);
}

/** A line-reading file: what iteration and readlines() are built on. */
export interface Lines<T> {
  readline(limit?: number): T;
}

export abstract class FileBase<T extends string | Buffer> implements Disposable {
  /** The mode string, as Python's `f.mode`. */
  abstract readonly mode: string;
  abstract readonly closed: boolean;
  abstract readable(): boolean;
  abstract writable(): boolean;
  abstract readline(limit?: number): T;
  abstract write(data: unknown): number | null;
  abstract fileno(): number;
  abstract close(): void;
  flush(): void {
    this.checkClosed();
  }

  /** @internal */
  protected checkClosed(): void {
    if (this.closed) throw new RangeError("I/O operation on closed file.");
  }

  /** @internal */
  protected checkReadable(): void {
    this.checkClosed();
    if (!this.readable()) throw new RangeError("File or stream is not readable.");
  }

  /** @internal */
  protected checkWritable(): void {
    this.checkClosed();
    if (!this.writable()) throw new RangeError("File or stream is not writable.");
  }

  /** The socket's fd, or -1 once this file is closed (Python's `name`). */
  get name(): number {
    return this.closed ? -1 : this.fileno();
  }

  /** A socket cannot seek. */
  seekable(): boolean {
    this.checkClosed();
    return false;
  }

  isatty(): boolean {
    this.checkClosed();
    return false;
  }

  /** The remaining lines; with `hint`, stops once the lines read hold more than `hint` bytes/characters. */
  readlines(hint: number | null = -1): T[] {
    const most = hint === 0 ? Infinity : readSize(hint, "readlines() hint");
    const lines: T[] = [];
    let total = 0;
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return lines;
      lines.push(line);
      total += line.length;
      if (total >= most) return lines;
    }
  }

  /** Writes each item in turn (no separators added), as Python's writelines. */
  writelines(lines: Iterable<unknown>): void {
    this.checkClosed();
    if (lines === null || typeof (lines as Iterable<unknown>)?.[Symbol.iterator] !== "function")
      throw new TypeError(`writelines() needs an iterable, got ${describe(lines)}`);
    // Each item is written as it comes, as Python's: a generator that fails later has written the rest.
    for (const line of lines) this.write(line);
  }

  /** Lines until the end of the stream. */
  *[Symbol.iterator](): Generator<T, void, undefined> {
    this.checkClosed();
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return;
      yield line;
    }
  }

  [Symbol.dispose](): void {
    this.close();
  }

  toString(): string {
    return `<${this.constructor.name} name=${this.name} mode=${describe(this.mode)}>`;
  }
}
