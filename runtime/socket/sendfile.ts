// socket.sendfile(): a file's bytes to a stream socket, as CPython's — the kernel's sendfile(2) where
// the platform has it, else (or when the kernel refuses this pair before anything went out) a loop that
// reads the file and sends, the way CPython's _sendfile_use_send does. One operation, driven sync or
// async like sendall: its deadline covers the whole call.
import { fstatSync, readSync } from "node:fs";
import { SocketError } from "../errors.js";
import { C, closeFd, ERR, lastError, MSG_DONTWAIT, sys } from "../platform/seam.js";
import { describe, intIn, size } from "../validate.js";
import { AGAIN, BLOCKED, type Op } from "./drive.js";
import { withoutBlocking } from "./ops.js";

/** At most this much per sendfile(2) call (CPython's blocksize cap: 1 GiB). */
const SENDFILE_MAX = 2 ** 30;
/** The read size of the send loop. */
const CHUNK = 64 * 1024;

/** What sendfile was asked to send, checked before the socket's fd is taken. */
export interface SendfileArgs {
  /** The file's fd (a FileHandle's, read once). */
  readonly fd: number;
  /** The FileHandle it came from, if any. */
  readonly handle: { readonly fd?: unknown } | null;
  readonly offset: number;
  /** null: to the end of the file. */
  readonly count: number | null;
}

/** A FileHandle from node:fs/promises (its class is not exported): an object with a numeric `fd`. */
function fileFd(file: unknown): number {
  if (typeof file === "number") return intIn(file, "sendfile() file", 0, 2 ** 31 - 1);
  if (typeof file === "object" && file !== null && !ArrayBuffer.isView(file)) {
    const fd = (file as { fd?: unknown }).fd; // read once: a getter runs here, before anything else
    if (fd === -1) throw new SocketError(ERR.BADF, undefined, "sendfile"); // a closed FileHandle
    if (typeof fd === "number") return intIn(fd, "sendfile() file.fd", 0, 2 ** 31 - 1);
  }
  throw new TypeError(`sendfile() file must be an fd or a FileHandle, got ${describe(file)}`);
}

/** Validates sendfile's arguments; the file must be a regular file (its size is what the call reads). */
export function sendfileArgs(file: unknown, offset: unknown, count: unknown): SendfileArgs {
  const fd = fileFd(file);
  const handle = typeof file === "object" ? (file as { fd?: unknown }) : null;
  const from = size(offset, "sendfile() offset");
  let n: number | null = null;
  if (count !== null) {
    if (typeof count !== "number" || !Number.isInteger(count))
      throw new TypeError(`count must be a positive integer (got ${describe(count)})`);
    if (count <= 0) throw new RangeError(`count must be a positive integer (got ${count})`);
    n = count;
  }
  let st;
  try {
    st = fstatSync(fd);
  } catch (e) {
    throw fsError(e, "fstat");
  }
  // CPython reads st_size and would send nothing from a pipe (size 0): a non-file is refused instead.
  if (!st.isFile()) throw new TypeError(`sendfile() file must be a regular file (fd ${fd} is not)`);
  return { fd, handle, offset: from, count: n };
}

/** A Node fs error as a SocketError with the system's errno (Node gives it negated). */
function fsError(e: unknown, syscall: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const errno = code && Object.hasOwn(C, code) ? (C as unknown as Record<string, number>)[code] : undefined;
  return typeof errno === "number" ? new SocketError(errno, undefined, syscall) : e;
}

/** sendfile: the file's bytes from `offset`, `count` of them or to its end; the value is the count sent. */
export class Sendfile implements Op<number> {
  readonly syscall = "sendfile";
  readonly interest = "writable";
  /** The kernel's off_t, which sendfile(2) advances. */
  readonly #position = new BigInt64Array(1);
  #sent = 0;
  /** The send loop's read-ahead: bytes read from the file, not yet all sent. */
  #chunk: Buffer | null = null;
  #chunkAt = 0;
  #chunkEnd = 0;

  /**
   * The fd the call reads. On POSIX a duplicate made at the call, closed at its end: the file stays open
   * for the whole call as memory does, so closing the caller's fd or FileHandle meanwhile, and a new
   * file taking its number, cannot change what is sent. Windows has no such duplicate for Node's fds:
   * there a FileHandle closed meanwhile is an EBADF at the next attempt.
   */
  readonly #fd: number;
  #finished = false;

  constructor(
    readonly file: SendfileArgs,
    /** Whether the kernel's sendfile(2) may be tried (not after a first refusal). */
    private useKernel = sys.sendfile !== undefined,
  ) {
    this.#position[0] = BigInt(file.offset);
    if (sys.seek) {
      const dup = sys.dup(file.fd);
      if (dup < 0) throw new SocketError(lastError(), undefined, "dup");
      this.#fd = dup;
    } else this.#fd = file.fd;
  }

  /** Leaves the file's position after what was sent, as CPython's file.seek() does; lets go of the file. */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#sent > 0) sys.seek?.(this.#fd, this.file.offset + this.#sent);
    if (this.#fd !== this.file.fd) closeFd(this.#fd);
  }

  /** Bytes sent so far (also after an error: CPython's file.tell() tells the same). */
  get sent(): number {
    return this.#sent;
  }

  #wanted(most: number): number {
    const left = this.file.count === null ? most : this.file.count - this.#sent;
    return Math.min(left, most);
  }

  attempt(fd: number, dontwait: boolean): number {
    if (this.#fd === this.file.fd && this.file.handle && this.file.handle.fd !== this.file.fd)
      throw new SocketError(ERR.BADF, undefined, "sendfile"); // the FileHandle was closed meanwhile
    if (this.#wanted(1) === 0) return 0;
    if (this.useKernel) {
      const want = this.#wanted(SENDFILE_MAX);
      // sendfile(2) has no MSG_DONTWAIT: O_NONBLOCK for the call where it must not block.
      const [n, err] = withoutBlocking(fd, dontwait, () => sys.sendfile!(fd, this.#fd, this.#position, want));
      if (n >= 0) return n;
      if (err === ERR.AGAIN || err === ERR.WOULDBLOCK || err === ERR.INTR) return BLOCKED;
      // As CPython: a failure before anything went out (EINVAL: the kernel cannot sendfile this pair)
      // falls back to reading and sending, which reports the socket's own errors; later it is an error.
      if (this.#sent > 0) throw new SocketError(err, undefined, "sendfile");
      this.useKernel = false;
    }
    return this.#copy(fd, dontwait);
  }

  /** The send loop's one step: read more if all that was read went out, then send what is pending. */
  #copy(fd: number, dontwait: boolean): number {
    if (this.#chunkAt === this.#chunkEnd) {
      this.#chunk ??= Buffer.alloc(CHUNK);
      let n: number;
      try {
        // Everything read so far was sent: the file is read on from offset + sent.
        n = readSync(this.#fd, this.#chunk, 0, this.#wanted(CHUNK), this.file.offset + this.#sent);
      } catch (e) {
        throw fsError(e, "read");
      }
      if (n === 0) return 0;
      this.#chunkAt = 0;
      this.#chunkEnd = n;
    }
    const pending = this.#chunk!.subarray(this.#chunkAt, this.#chunkEnd);
    const r = sys.send(fd, pending, pending.length, dontwait ? MSG_DONTWAIT : 0);
    if (r < 0) return r; // the driver reads the error (EAGAIN waits)
    this.#chunkAt += r;
    return r;
  }

  done(n: number): number | typeof AGAIN {
    if (n === 0) return this.#sent; // the end of the file, or of `count`
    this.#sent += n;
    return this.#wanted(1) === 0 ? this.#sent : AGAIN;
  }
}
