// Readiness from libuv: one uv_poll watcher per socket (koffi.node.poll), started only while an async
// operation waits, stopped when none does, closed with the socket. Nothing parks on the threadpool.
import koffi from "koffi";
import { SocketError } from "../errors.js";

export type Interest = "readable" | "writable";

/** One pending operation: `run` retries it and says whether it finished (resolved or rejected). */
export interface Waiter {
  interest: Interest;
  run(): boolean;
  fail(err: Error): void;
}

interface PollEvents {
  readable: boolean;
  writable: boolean;
  disconnect: boolean;
}
interface PollHandle {
  start(opts: Partial<PollEvents>, cb: (status: number, ev: PollEvents) => void): void;
  stop(): void;
  close(): void;
  ref(): void;
  unref(): void;
}
// koffi 3.3's typings declare the callback as (events); it is called as (status, events).
const poll = (
  koffi as unknown as {
    node: { poll(fd: number, o: Partial<PollEvents>, cb: (s: number, e: PollEvents) => void): PollHandle };
  }
).node.poll;

/**
 * Watchers with waiters are held here, so a socket whose only reference is a pending promise is not
 * garbage collected (and its fd closed) while the operation waits.
 */
const busy = new Set<Watcher>();

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

export class Watcher {
  #handle: PollHandle | undefined;
  #readers = new Set<Waiter>();
  #writers = new Set<Waiter>();
  #active = { readable: false, writable: false };
  #referenced = true;
  #dispatching = false;
  readonly #onEvent = (status: number, ev: PollEvents) => this.#dispatch(status, ev);

  constructor(readonly fd: number) {}

  add(w: Waiter): void {
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

  get referenced(): boolean {
    return this.#referenced;
  }

  /**
   * Starts, restarts or stops the libuv watcher to match what the waiters want. Stopping waits for the
   * end of the loop iteration: a loop like `for (;;) { await recvAsync(); await sendAsync() }` asks for
   * the same readiness again within microtasks, and restarting uv_poll costs epoll_ctl calls.
   */
  #update(): void {
    const want = { readable: this.#readers.size > 0, writable: this.#writers.size > 0 };
    if (!want.readable && !want.writable) {
      if (this.#active.readable || this.#active.writable) maybeIdle(this);
      return;
    }
    // A waiter for readiness already watched needs no restart.
    if ((!want.readable || this.#active.readable) && (!want.writable || this.#active.writable)) {
      if (want.readable === this.#active.readable && want.writable === this.#active.writable) return;
    }
    this.#active = want;
    busy.add(this);
    if (!this.#handle) {
      this.#handle = poll(this.fd, want, this.#onEvent);
      if (!this.#referenced) this.#handle.unref();
    } else this.#handle.start(want, this.#onEvent);
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
      this.#failAll(new SocketError(-status, undefined, "poll"));
      return;
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
      this.#update();
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
      this.#update();
    }
  }

  /** Rejects every waiter with `err` and releases the libuv handle; call before the fd is closed. */
  close(err: Error): void {
    this.#failAll(err);
    this.#handle?.close();
    this.#handle = undefined;
    busy.delete(this);
  }
}
