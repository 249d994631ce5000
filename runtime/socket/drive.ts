// The two drivers every socket operation runs through, as CPython's sock_call_ex drives its small
// sock_*_impl functions: an operation (ops.ts) says which readiness it waits for, makes one attempt and
// turns a result into its value; the sync driver retries it with the socket's mode (EINTR, poll() until
// the deadline), the async driver with the event loop (queue, watcher, timer, abort signal).
import { SocketError, SocketTimeoutError, type ErrorContext } from "../errors.js";
import { emulatesBlocking, ERR, lastError } from "../platform/seam.js";
import type { Interest } from "../async/watcher.js";
import { MAX_WAIT_MS, type Queued, type SocketCore } from "./core.js";

/** done(): not finished yet, attempt again at once (sendall with bytes left). */
export const AGAIN: unique symbol = Symbol("again");
/** attempt(): the call failed; the error is lastError(). */
export const FAILED = -1;
/** attempt(): the operation would block and says why in `blockedErrno` (connect in progress). */
export const BLOCKED = -2;

export interface Operation<T> {
  readonly syscall: string;
  readonly interest: Interest;
  /** Where the call was aimed, for its errors (connect, bind, sendto). */
  readonly context?: ErrorContext | undefined;
  /** For receives: the bytes asked, so that a short read marks the socket drained. */
  readonly asked?: number | undefined;
  /**
   * Checks that memory captured at the call is still all there (async attempts only: between a sync
   * call's checks and its system call no JavaScript runs). Throws a TypeError if it is not.
   */
  verify?(): void;
  /** After BLOCKED: the error non-blocking mode reports (EINPROGRESS for connect). */
  blockedErrno?: number | undefined;
  /**
   * One attempt on `fd`, returning the call's result (>= 0), FAILED or BLOCKED. `dontwait`: this attempt
   * must not block whatever the fd's flag says (MSG_DONTWAIT, or O_NONBLOCK for the call) — async
   * attempts always, sync ones outside blocking mode: another object over the same fd may have made it
   * blocking. It may throw its own error (memory it was given is gone, SO_ERROR).
   */
  attempt(fd: number, dontwait: boolean): number;
  /** The value of a successful attempt, or AGAIN to make another. */
  done(n: number): T | typeof AGAIN;
}

export type Op<T> = Operation<T>;

function failure(op: Operation<unknown>, err: number): SocketError {
  return new SocketError(err, undefined, op.syscall, undefined, op.context);
}

/** Runs `op` to completion on the calling thread, in the socket's mode; `deadline` spans the whole call. */
export function runSync<T>(core: SocketCore, op: Op<T>, deadline = core.deadline()): T {
  for (;;) {
    const fd = core.live(op.syscall);
    const r = op.attempt(fd, core.timeout !== null);
    let blocked: number;
    if (r >= 0) {
      const v = op.done(r);
      if (v !== AGAIN) return v;
      continue;
    } else if (r === BLOCKED) blocked = op.blockedErrno ?? ERR.AGAIN;
    else {
      const err = lastError();
      if (err === ERR.INTR) continue;
      if (err !== ERR.AGAIN && err !== ERR.WOULDBLOCK) throw failure(op, err);
      blocked = err;
    }
    // Timeout mode waits until the deadline. Blocking mode waits as long as it takes where sockets are
    // non-blocking underneath (Windows) or the operation itself says it is in progress (connect);
    // elsewhere an EAGAIN in blocking mode (SO_RCVTIMEO) surfaces, as in CPython. Non-blocking mode
    // surfaces it always.
    const until =
      deadline ?? (core.timeout === null && (emulatesBlocking || r === BLOCKED) ? Infinity : undefined);
    if (until === undefined) throw failure(op, blocked);
    core.wait(fd, op.interest, until, op.syscall);
  }
}

export interface AsyncOptions {
  signal?: AbortSignal | undefined;
}

/** Like Node's own: `name` "AbortError", `code` "ABORT_ERR", the signal's reason as `cause`. */
export class AbortError extends Error {
  readonly code = "ABORT_ERR";
  constructor(options?: { cause?: unknown }) {
    super("The operation was aborted", options);
    this.name = "AbortError";
  }
}

export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError({ cause: signal.reason });
}

/** attempt(): the operation would block now; wait for readiness. */
const WAIT: unique symbol = Symbol("wait");

/**
 * Attempts `op` without blocking until it completes or would block: EINTR retried, AGAIN from done()
 * attempted again. Errors throw.
 */
function attemptNow<T>(core: SocketCore, op: Op<T>): T | typeof WAIT {
  for (;;) {
    op.verify?.();
    const r = op.attempt(core.live(op.syscall), true);
    if (r >= 0) {
      if (op.asked !== undefined) core.drained = r > 0 && r < op.asked;
      const v = op.done(r);
      if (v !== AGAIN) return v;
      continue;
    }
    if (r === FAILED) {
      const err = lastError();
      if (err === ERR.INTR) continue;
      if (err !== ERR.AGAIN && err !== ERR.WOULDBLOCK) throw failure(op, err);
    }
    if (op.asked !== undefined) core.drained = true;
    return WAIT;
  }
}

/** One async operation from its call to its end (a class, not closures: this is the hot path). */
class Pending<T> implements Queued {
  readonly interest: Interest;
  #timer: NodeJS.Timeout | undefined;
  #onAbort: (() => void) | undefined;
  #watching = false;
  #ended = false;
  /** Its first attempt was made already (the fast path): start by waiting for readiness. */
  triedOnce = false;

  constructor(
    private readonly core: SocketCore,
    /** The socket object: held while the operation waits, so it is not collected (and closed). */
    readonly anchor: object,
    private readonly op: Op<T>,
    private readonly resolve: (v: T) => void,
    private readonly reject: (e: unknown) => void,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.interest = op.interest;
  }

  /** Arms the deadline and the abort signal; called once, when queued. */
  arm(deadline: number | undefined): void {
    const signal = this.signal;
    if (signal) {
      this.#onAbort = () => this.fail(new AbortError({ cause: signal.reason }));
      signal.addEventListener("abort", this.#onAbort, { once: true });
    }
    if (deadline === undefined) return;
    // Timers count whole milliseconds from the loop's cached clock and can fire up to ~1 ms early, and
    // take at most MAX_WAIT_MS: an early or partial timer is simply re-armed for what is left.
    const tick = (): void => {
      const left = deadline - performance.now();
      if (left <= 0) return this.fail(new SocketTimeoutError(this.op.syscall));
      this.#timer = setTimeout(tick, Math.min(Math.ceil(left), MAX_WAIT_MS));
      if (!this.core.referenced) this.#timer.unref();
    };
    tick();
  }

  /** At the head of its queue: attempt now (unless the socket looked drained), else wait for readiness. */
  start(): boolean {
    if (this.#ended) {
      this.core.dequeue(this);
      return true;
    }
    const waitFirst = this.triedOnce || (this.interest === "readable" && this.core.drained);
    this.triedOnce = false;
    if (!waitFirst && this.run()) return true;
    try {
      this.core.watcher(this.op.syscall).add(this);
      this.#watching = true;
    } catch (e) {
      this.reject(e);
      this.#end();
      return true;
    }
    return false;
  }

  /** One attempt (EINTR retried, AGAIN from done() attempted again); whether the operation ended. */
  run(): boolean {
    if (this.#ended) return true;
    try {
      const v = attemptNow(this.core, this.op);
      if (v === WAIT) return false;
      // Settled before the next in the queue starts: promises settle in call order.
      this.resolve(v);
      this.#end();
      return true;
    } catch (e) {
      this.reject(e);
      this.#end();
      return true;
    }
  }

  fail(err: Error): void {
    if (this.#ended) return;
    this.reject(err);
    this.#end();
  }

  #end(): void {
    this.#ended = true;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#onAbort) this.signal!.removeEventListener("abort", this.#onAbort);
    if (this.#watching) {
      this.#watching = false;
      // The watcher may already be closed with the fd (close() fails everything first).
      this.core.watcherIfOpen()?.remove(this);
    }
    this.core.dequeue(this);
  }
}

/**
 * Runs `op` on the event loop: it takes its turn in the socket's queue for its direction, then attempts
 * at once and, while it would block, again each time the fd is ready — until it ends, times out (the
 * socket's timeout, as a deadline from this call) or `opts.signal` aborts it.
 */
export function runAsync<T>(core: SocketCore, anchor: object, op: Op<T>, opts?: AsyncOptions): Promise<T> {
  const signal = opts?.signal;
  const deadline = core.deadline();
  let tried = false;
  try {
    checkSignal(signal);
    core.live(op.syscall);
    // Fast path: nothing ahead of it and nothing to wait for — done without any waiting machinery.
    if (core.idle(op.interest) && !(op.interest === "readable" && core.drained)) {
      const v = attemptNow(core, op);
      if (v !== WAIT) return Promise.resolve(v);
      tried = true;
    }
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise<T>((resolve, reject) => {
    const p = new Pending(core, anchor, op, resolve, reject, signal);
    p.triedOnce = tried;
    p.arm(deadline);
    core.enqueue(p);
  });
}
