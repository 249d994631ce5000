// The contract between a watcher (watcher.ts) and where its readiness comes from (readiness.ts): libuv's
// uv_poll through koffi, or an epoll set of bsdsock's own (epoll-set.ts), shaped alike.

export interface PollEvents {
  readable: boolean;
  writable: boolean;
  disconnect: boolean;
}

/** status < 0: libuv's error for the fd (UV_EBADF for POLLERR), after which the handle is stopped. */
export type PollCallback = (status: number, ev: PollEvents) => void;

/** One fd's registration: started with the events wanted, stopped, closed; keeps the loop alive or not. */
export interface PollHandle {
  start(want: Partial<PollEvents>, cb: PollCallback): void;
  stop(): void;
  close(): void;
  ref(): void;
  unref(): void;
}

export interface ReadinessSource {
  readonly name: "epoll" | "uv_poll";
  /** Registers `fd`, started with `want`; throws (a SocketError, or koffi's error) where it cannot. */
  open(fd: number, want: Partial<PollEvents>, cb: PollCallback): PollHandle;
  /** Whether open() makes the fd non-blocking (uv_poll_init does), so the caller must put it back. */
  readonly setsNonBlocking: boolean;
}

/**
 * Where fds that libuv will watch are numbered from (lower when the fd limit is lower): a low number
 * just closed behind libuv's back (an fd a net.Socket still watched) may still be in libuv's table, and
 * uv_poll_init on it would abort the process in koffi.
 */
export const HIGH_FD = 1000;
