// Readiness for each file descriptor: one watcher per fd, shared by every socket object over it, whose
// registration (readiness.ts: bsdsock's epoll set on Linux, libuv's uv_poll elsewhere) is started only
// while an async operation waits, and closed with the fd. Nothing parks on the threadpool.
//
// On POSIX the watcher registers its own close-on-exec duplicate of the fd. With uv_poll that is
// required: libuv allows one watcher per fd per loop, and koffi aborts the process when uv_poll_init
// refuses a second (a net.Socket({ fd }) already reading it, say); epoll keys registrations by
// descriptor, so the duplicate never collides with anyone's, and readiness of the socket is the same.
// In bsdsock's epoll set it makes the registration live exactly as long as the watcher, whoever closes
// the socket's own fd. uv_poll_init also makes the fd non-blocking (O_NONBLOCK lives in the shared open
// file description); the flag is put back as it was right after, so a blocking socket stays blocking
// for its sync calls — and one somebody else (a net.Socket over the same fd) made non-blocking stays so.
import { isMainThread } from "node:worker_threads";
import { SocketError } from "../errors.js";
import { closeFd, ERR, isNonBlocking, lastError, setNonBlocking, sys } from "../platform/seam.js";
import { HIGH_FD, type PollEvents, type PollHandle } from "./poll-handle.js";
import { readiness } from "./readiness.js";

export type Interest = "readable" | "writable";

/** One waiting operation: `run` retries it and says whether it finished (resolved or rejected). */
export interface Waiter {
  readonly interest: Interest;
  run(): boolean;
  fail(err: Error): void;
}

/** Windows sockets are handles, not fds: libuv keeps no per-fd table there, and nothing is duplicated. */
const DUPLICATE = process.platform !== "win32";

/** The watcher of each fd with one; closing the fd closes it (and fails what waits on it). */
const byFd = new Map<number, Watcher>();

/**
 * Watchers with waiters are held here, so a socket whose only reference is a pending promise is not
 * garbage collected (and its fd closed) while the operation waits.
 */
const busy = new Set<Watcher>();

// A worker's event loop is torn down with its isolate, and libuv handles koffi still holds then crash
// the process (rc 139): when a worker exits, its watchers close, as its sockets would have.
// Nothing that waits is settled then: as in a main thread that exits, its promises stay pending.
if (!isMainThread) process.once("exit", () => [...byFd.values()].forEach((w) => w.release()));

/** Watchers that lost their last waiter this iteration; one setImmediate checks them all. */
let idle = new Set<Watcher>();
function maybeIdle(w: Watcher): void {
  if (idle.size === 0) setImmediate(sweepIdle);
  idle.add(w);
}
function sweepIdle(): void {
  const batch = idle;
  idle = new Set();
  for (const w of batch) w.stopIfIdle();
}

/** The watcher of `fd`, made on first use. */
export function watcherFor(fd: number): Watcher {
  let w = byFd.get(fd);
  if (!w) {
    w = new Watcher(fd);
    byFd.set(fd, w);
  }
  return w;
}

/** The watcher of `fd`, if it has one. */
export function existingWatcher(fd: number): Watcher | undefined {
  return byFd.get(fd);
}

/** Closes the watcher of `fd`, if any, failing its waiters with `err`; call before the fd is closed. */
export function closeWatcher(fd: number, err: Error): void {
  byFd.get(fd)?.close(err);
}

export class Watcher {
  #handle: PollHandle | undefined;
  /** The fd libuv polls: a duplicate of `fd` on POSIX. */
  #pollFd = -1;
  #readers = new Set<Waiter>();
  #writers = new Set<Waiter>();
  #active = { readable: false, writable: false };
  #referenced = true;
  #dispatching = false;
  #closed = false;
  readonly #onEvent = (status: number, ev: PollEvents) => this.#dispatch(status, ev);

  constructor(readonly fd: number) {}

  add(w: Waiter): void {
    if (this.#closed) throw new SocketError(ERR.BADF, "the socket was closed", "poll");
    (w.interest === "readable" ? this.#readers : this.#writers).add(w);
    this.#update();
  }

  remove(w: Waiter): void {
    this.#readers.delete(w);
    this.#writers.delete(w);
    if (!this.#dispatching) this.#update();
  }

  get pending(): number {
    return this.#readers.size + this.#writers.size;
  }

  ref(): void {
    this.#referenced = true;
    this.#handle?.ref();
  }

  unref(): void {
    this.#referenced = false;
    this.#handle?.unref();
  }

  /** The libuv handle, made on first use over the fd (or its duplicate). */
  #open(want: PollEvents): void {
    let pollFd = this.fd;
    if (DUPLICATE) {
      pollFd = sys.dup(this.fd, HIGH_FD);
      if (pollFd < 0) pollFd = sys.dup(this.fd);
      if (pollFd < 0) throw new SocketError(lastError(), undefined, "poll");
    }
    const before = readiness.setsNonBlocking ? isNonBlocking(this.fd) : undefined;
    try {
      this.#handle = readiness.open(pollFd, want, this.#onEvent);
    } catch (e) {
      if (pollFd !== this.fd) closeFd(pollFd);
      throw e;
    }
    this.#pollFd = pollFd;
    if (before === false) setNonBlocking(this.fd, false);
    if (!this.#referenced) this.#handle.unref();
  }

  /**
   * Starts, restarts or stops the libuv watcher to match what the waiters want. Stopping waits for the
   * end of the loop iteration: a loop like `for (;;) { await recvAsync(); await sendAsync() }` asks for
   * the same readiness again within microtasks, and restarting uv_poll costs epoll_ctl calls.
   */
  #update(): void {
    const want = { readable: this.#readers.size > 0, writable: this.#writers.size > 0, disconnect: false };
    if (!want.readable && !want.writable) {
      if (this.#active.readable || this.#active.writable) maybeIdle(this);
      return;
    }
    if (want.readable === this.#active.readable && want.writable === this.#active.writable) return;
    if (!this.#handle) this.#open(want);
    else this.#handle.start(want, this.#onEvent);
    this.#active = { readable: want.readable, writable: want.writable };
    busy.add(this);
  }

  /** Called once per loop iteration for a watcher whose waiters all finished during it. */
  stopIfIdle(): void {
    if (this.pending > 0 || (!this.#active.readable && !this.#active.writable)) return;
    this.#active = { readable: false, writable: false };
    this.#handle?.stop();
    busy.delete(this);
  }

  #dispatch(status: number, ev: PollEvents): void {
    if (status < 0) {
      // libuv reports POLLERR as UV_EBADF and stops the handle: the socket has an error pending
      // (ECONNREFUSED, say), which the retried calls themselves report. Restart it for who still waits.
      this.#active = { readable: false, writable: false };
      ev = { readable: true, writable: true, disconnect: true };
    }
    this.#dispatching = true;
    try {
      // A hang-up or error wakes both sides: the retried call reports what happened.
      if (ev.readable || ev.disconnect)
        for (const w of [...this.#readers]) if (w.run()) this.#readers.delete(w);
      if (ev.writable || ev.disconnect)
        for (const w of [...this.#writers]) if (w.run()) this.#writers.delete(w);
    } finally {
      this.#dispatching = false;
      if (!this.#closed) this.#update();
    }
  }

  #failAll(err: Error): void {
    const all = [...this.#readers, ...this.#writers];
    this.#readers.clear();
    this.#writers.clear();
    this.#dispatching = true;
    try {
      for (const w of all) w.fail(err);
    } finally {
      this.#dispatching = false;
      if (!this.#closed) this.#update();
    }
  }

  /** Rejects every waiter with `err` and releases the libuv handle (and the duplicate fd). */
  close(err: Error): void {
    if (this.#closed) return;
    this.#closed = true;
    if (byFd.get(this.fd) === this) byFd.delete(this.fd);
    this.#failAll(err);
    this.#releaseHandle();
  }

  /** Releases the libuv handle (and the duplicate fd), leaving whatever waits unsettled. */
  release(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#readers.clear();
    this.#writers.clear();
    this.#releaseHandle();
  }

  #releaseHandle(): void {
    if (byFd.get(this.fd) === this) byFd.delete(this.fd);
    this.#handle?.close();
    this.#handle = undefined;
    if (this.#pollFd >= 0 && this.#pollFd !== this.fd) closeFd(this.#pollFd);
    this.#pollFd = -1;
    busy.delete(this);
    idle.delete(this);
  }
}
