// The state of one socket, apart from any operation: its fd and whether it is still open, its mode
// (blocking, non-blocking, or a timeout in seconds) and the deadline that gives each call, poll() for
// sync waits, and for async ones the fd's watcher and the socket's two queues (receives and sends are
// each served in call order). SocketType (../socket.ts) is the public object over it.
import { SocketError, SocketTimeoutError } from "../errors.js";
import { C, closeFd, emulatesBlocking, ERR, pollOne, setNonBlocking } from "../platform/seam.js";
import {
  closeWatcher,
  existingWatcher,
  watcherFor,
  type Interest,
  type Watcher,
  type Waiter,
} from "../async/watcher.js";

/** Node's setTimeout and poll() take at most this many milliseconds: longer waits go in chunks. */
export const MAX_WAIT_MS = 0x7fffffff;

/** What a queued async operation needs from the socket's queue. */
export interface Queued extends Waiter {
  /** Makes its first attempt (or waits for readiness first); false while it keeps waiting. */
  start(): boolean;
}

export class SocketCore {
  /** The fd, or -1 once closed (or detached). */
  fd: number;
  timeout: number | null = null;
  /** Open makefile() objects: the fd closes when the socket and all of them are closed. */
  fileRefs = 0;
  closed = false;
  referenced = true;
  /** The last async receive came back short: the next one waits for readiness before trying. */
  drained = false;
  readonly #queues: Record<Interest, Queued[]> = { readable: [], writable: [] };
  #advancing: Record<Interest, boolean> = { readable: false, writable: false };

  constructor(fd: number) {
    this.fd = fd;
  }

  /** The open fd for `syscall`, or EBADF naming it. */
  live(syscall: string): number {
    if (this.fd < 0) throw new SocketError(ERR.BADF, undefined, syscall);
    return this.fd;
  }

  /** Sets the mode: null blocking, 0 non-blocking, > 0 a timeout in seconds. */
  applyTimeout(t: number | null, syscall: string): void {
    const fd = this.live(syscall);
    const err = setNonBlocking(fd, t !== null || emulatesBlocking);
    if (err) throw new SocketError(err, undefined, syscall);
    this.timeout = t;
  }

  /** The instant (performance.now() ms) the current operation must finish by, in timeout mode. */
  deadline(): number | undefined {
    const t = this.timeout;
    return t !== null && t > 0 ? performance.now() + t * 1000 : undefined;
  }

  /**
   * poll() until `interest` or the deadline (Infinity: no deadline); EINTR and the longest wait poll()
   * takes re-poll with the time that is left.
   */
  wait(fd: number, interest: Interest, deadline: number, syscall: string): void {
    const events = interest === "readable" ? C.POLLIN : C.POLLOUT;
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) throw new SocketTimeoutError(syscall);
      const ms = left === Infinity ? -1 : Math.min(Math.ceil(left), MAX_WAIT_MS);
      const r = pollOne(fd, events, ms);
      if (r === -ERR.INTR || r === 0) continue;
      if (r < 0) throw new SocketError(-r, undefined, "poll");
      return;
    }
  }

  /** The fd's watcher if it has one and the fd is open (nothing is made). */
  watcherIfOpen(): Watcher | undefined {
    return this.fd < 0 ? undefined : existingWatcher(this.fd);
  }

  /** The fd's watcher (shared with any other socket object over the same fd). */
  watcher(syscall: string): Watcher {
    const w = watcherFor(this.live(syscall));
    if (!this.referenced) w.unref();
    return w;
  }

  // ---- the queues: one operation per direction at a time, in call order

  /** Whether nothing of this direction is queued. */
  idle(interest: Interest): boolean {
    return this.#queues[interest].length === 0;
  }

  /** Queues `op`; it starts at once when nothing of its direction is ahead of it. */
  enqueue(op: Queued): void {
    const q = this.#queues[op.interest];
    q.push(op);
    if (q.length === 1) this.#advance(op.interest);
  }

  /** Takes `op` off its queue (it finished, failed or was abandoned) and starts the next one. */
  dequeue(op: Queued): void {
    const q = this.#queues[op.interest];
    const i = q.indexOf(op);
    if (i < 0) return;
    q.splice(i, 1);
    if (i === 0) this.#advance(op.interest);
  }

  /** Starts queue heads until one has to wait (a loop, not recursion: many may finish at once). */
  #advance(interest: Interest): void {
    if (this.#advancing[interest]) return;
    this.#advancing[interest] = true;
    try {
      for (;;) {
        const head = this.#queues[interest][0];
        if (!head || !head.start()) return;
        // It finished and took itself off the queue: start the next.
      }
    } finally {
      this.#advancing[interest] = false;
    }
  }

  /** Every queued operation, failed with `err` (the socket is closing). */
  failQueued(err: Error): void {
    for (const interest of ["readable", "writable"] as const) {
      const q = this.#queues[interest];
      this.#queues[interest] = [];
      for (const op of q) op.fail(err);
    }
  }

  // ---- lifetime

  /** Closes the watcher (failing what waits with EBADF) and the fd; ECONNRESET and EINTR are not errors. */
  release(): void {
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    const err = new SocketError(ERR.BADF, "socket closed while an operation was pending", "close");
    this.failQueued(err);
    closeWatcher(fd, err);
    const rc = closeFd(fd);
    if (rc && rc !== ERR.CONNRESET && rc !== ERR.INTR) throw new SocketError(rc, undefined, "close");
  }

  /** Gives up the fd without closing it: what waits fails with EBADF. */
  detach(): number {
    const fd = this.fd;
    if (fd < 0) return fd;
    this.fd = -1;
    const err = new SocketError(ERR.BADF, "socket detached while an operation was pending", "detach");
    this.failQueued(err);
    closeWatcher(fd, err);
    return fd;
  }
}
