// The shape of every async operation: try the non-blocking call at once; on EAGAIN wait for readiness
// on the socket's watcher and try again, until it completes, fails, times out or is aborted.
import { SocketTimeoutError } from "../errors.js";
import type { Interest, Watcher } from "./watcher.js";

export interface AsyncOptions {
  signal?: AbortSignal;
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

export interface IoContext {
  watcher: () => Watcher;
  /** Absolute deadline (performance.now() ms) for this operation, or undefined. */
  deadline: number | undefined;
  syscall: string;
  /** Whether pending timers should keep the process alive (the socket's ref state). */
  referenced: boolean;
}

export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError({ cause: signal.reason });
}

export function asyncIo<T>(
  ctx: IoContext,
  interest: Interest,
  attempt: () => T | typeof AGAIN,
  opts?: AsyncOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const signal = opts?.signal;
    try {
      checkSignal(signal);
      const first = attempt();
      if (first !== AGAIN) return resolve(first);
    } catch (e) {
      return reject(e);
    }
    const watcher = ctx.watcher();
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      watcher.remove(waiter);
    };
    const waiter = {
      interest,
      run(): boolean {
        let r: T | typeof AGAIN;
        try {
          r = attempt();
        } catch (e) {
          finish();
          reject(e);
          return true;
        }
        if (r === AGAIN) return false;
        finish();
        resolve(r);
        return true;
      },
      fail(err: Error): void {
        finish();
        reject(err);
      },
    };
    const onAbort = () => waiter.fail(new AbortError({ cause: signal!.reason }));
    signal?.addEventListener("abort", onAbort, { once: true });
    if (ctx.deadline !== undefined) {
      timer = setTimeout(
        () => waiter.fail(new SocketTimeoutError(ctx.syscall)),
        Math.max(0, ctx.deadline - performance.now()),
      );
      if (!ctx.referenced) timer.unref();
    }
    watcher.add(waiter);
  });
}
