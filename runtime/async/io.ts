// The shape of every async operation: try the non-blocking call at once; on EAGAIN wait for readiness
// on the socket's watcher and try again, until it completes, fails, times out or is aborted.
import { SocketTimeoutError } from "../errors.js";
import type { Interest, Watcher, Waiter } from "./watcher.js";

export interface AsyncOptions {
  signal?: AbortSignal | undefined;
}

/** Returned by an attempt that would block. */
export const AGAIN: unique symbol = Symbol("EAGAIN");

/** Like Node's own: `name` "AbortError", `code` "ABORT_ERR", the signal's reason as `cause`. */
export class AbortError extends Error {
  readonly code = "ABORT_ERR";
  constructor(options?: { cause?: unknown }) {
    super("The operation was aborted", options);
    this.name = "AbortError";
  }
}

/** What async operations need from their socket; one object per socket, made once. */
export interface IoOwner {
  watcher(): Watcher;
  /** Whether pending timers should keep the process alive (the socket's ref state). */
  readonly referenced: boolean;
}

export interface IoRequest {
  syscall: string;
  /** Absolute deadline (performance.now() ms) for this operation, or undefined. */
  deadline: number | undefined;
  /**
   * Skip the first attempt and wait for readiness at once: right after a short read the socket is
   * almost surely drained, and the attempt would only cost a system call returning EAGAIN (libuv
   * reasons the same way). Level-triggered polling makes this safe: data already there is reported.
   */
  waitFirst: boolean;
}

export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError({ cause: signal.reason });
}

/** One waiting operation (a class rather than closures: this is the per-message hot path). */
class Pending<T> implements Waiter {
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
  constructor(
    readonly interest: Interest,
    private readonly watcher: Watcher,
    private readonly attempt: () => T | typeof AGAIN,
    private readonly resolve: (v: T) => void,
    private readonly reject: (e: unknown) => void,
    private readonly signal: AbortSignal | undefined,
  ) {}

  run(): boolean {
    let r: T | typeof AGAIN;
    try {
      r = this.attempt();
    } catch (e) {
      this.finish();
      this.reject(e);
      return true;
    }
    if (r === AGAIN) return false;
    this.finish();
    this.resolve(r);
    return true;
  }

  fail(err: Error): void {
    this.finish();
    this.reject(err);
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.onAbort) this.signal!.removeEventListener("abort", this.onAbort);
    this.watcher.remove(this);
  }
}

export function asyncIo<T>(
  owner: IoOwner,
  req: IoRequest,
  interest: Interest,
  attempt: () => T | typeof AGAIN,
  opts?: AsyncOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const signal = opts?.signal;
    try {
      checkSignal(signal);
      if (!req.waitFirst) {
        const first = attempt();
        if (first !== AGAIN) return resolve(first);
      }
    } catch (e) {
      return reject(e);
    }
    const watcher = owner.watcher();
    const p = new Pending(interest, watcher, attempt, resolve, reject, signal);
    if (signal) {
      p.onAbort = () => p.fail(new AbortError({ cause: signal.reason }));
      signal.addEventListener("abort", p.onAbort, { once: true });
    }
    if (req.deadline !== undefined) {
      const deadline = req.deadline;
      // Timers count whole milliseconds from the loop's cached clock and can fire up to ~1 ms early:
      // a timeout is never reported before its deadline, so an early timer is simply re-armed.
      const arm = (): void => {
        const left = deadline - performance.now();
        if (left > 0) {
          p.timer = setTimeout(arm, Math.ceil(left));
          if (!owner.referenced) p.timer.unref();
        } else p.fail(new SocketTimeoutError(req.syscall));
      };
      arm();
    }
    watcher.add(p);
  });
}
