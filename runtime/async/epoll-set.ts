// One epoll set for every fd a watcher polls (Linux), behind a single libuv watcher on the set itself:
// when the set is readable, one callback reads every ready fd with epoll_wait (no waiting) and runs each
// one's watcher, so a loop iteration with many ready sockets crosses from C into JavaScript once.
//
// Level-triggered, like uv_poll. An fd with nothing wanted is removed from the set, not left in it with
// no events: the kernel reports EPOLLHUP and EPOLLERR whatever was asked, and a hung-up socket nobody
// reads would make the set ready on every iteration. Events carry a token, not the fd: an event read in
// the same batch as its registration's removal (one socket's callback closing another) finds no token.
import { isMainThread } from "node:worker_threads";
import { SocketError } from "../errors.js";
import { constants, layouts } from "../platform/bindings.js";
import { readHost32 } from "../platform/byteorder.js";
import type { StructLayout } from "../platform/bindings-info.js";
import { closeFd, lastError, sys, type Sys } from "../platform/seam.js";
import {
  HIGH_FD,
  type PollCallback,
  type PollEvents,
  type PollHandle,
  type ReadinessSource,
} from "./poll-handle.js";

type Epoll = NonNullable<Sys["epoll"]>;

/** Events read per epoll_wait; more stay ready, and are read at the next iteration. */
const BATCH = 256;

/** bsdsock's epoll set, made on first use; `uvPoll` is libuv's watcher (koffi's), put on the set itself. */
export function epollSource(epoll: Epoll, uvPoll: ReadinessSource["open"]): ReadinessSource {
  let set: EpollSet | undefined;
  const closed = () => (set = undefined);
  // A worker's loop dies with it, and koffi's watcher on the set must not outlive it (watcher.ts releases
  // the registrations); no setImmediate runs then, so the set closes at once.
  if (!isMainThread) process.once("exit", () => set?.closeNow());
  return {
    name: "epoll",
    setsNonBlocking: false,
    open: (fd, want, cb) => (set ??= new EpollSet(epoll, uvPoll, closed)).open(fd, want, cb),
  };
}

const K = constants as unknown as Record<string, number>;
const [IN, OUT, ERR, HUP] = [K.EPOLLIN!, K.EPOLLOUT!, K.EPOLLERR!, K.EPOLLHUP!];
const [ADD, MOD, DEL] = [K.EPOLL_CTL_ADD!, K.EPOLL_CTL_MOD!, K.EPOLL_CTL_DEL!];

/** What a registration reports for the kernel's events: a hang-up or error wakes both directions. */
function pollEvents(ev: number): PollEvents {
  const broken = (ev & (ERR | HUP)) !== 0;
  return { readable: broken || (ev & IN) !== 0, writable: broken || (ev & OUT) !== 0, disconnect: broken };
}

class EpollSet {
  readonly #ep: number;
  readonly #uv: PollHandle;
  readonly #ready: Buffer;
  readonly #stride: number;
  readonly #at: { events: number; token: number };
  readonly #byToken = new Map<number, Registration>();
  #nextToken = 1;
  /** Registrations in the set and referenced: while there are any, the set keeps the loop alive. */
  #holding = 0;

  #closing = false;
  #closed = false;

  /** `closed` is called once the set has closed itself, having had no registration left. */
  constructor(
    private readonly epoll: Epoll,
    uvPoll: ReadinessSource["open"],
    private readonly closed: () => void,
  ) {
    const { epoll_event: EV, epoll_data: DATA } = layouts as unknown as Record<string, StructLayout>;
    this.#stride = EV!.size;
    this.#at = {
      events: EV!.fields.events!.offset,
      token: EV!.fields.data!.offset + DATA!.fields.u32!.offset,
    };
    this.#ready = Buffer.alloc(this.#stride * BATCH);
    const low = epoll.create();
    if (low < 0) throw new SocketError(lastError(), undefined, "epoll_create1");
    // libuv watches the set itself: numbered high, as the watchers' duplicates are (poll-handle.ts).
    const ep = sys.dup(low, HIGH_FD);
    if (ep >= 0) closeFd(low);
    this.#ep = ep >= 0 ? ep : low;
    try {
      this.#uv = uvPoll(this.#ep, { readable: true }, () => this.#drain());
    } catch (e) {
      closeFd(this.#ep);
      throw e;
    }
    this.#uv.unref();
  }

  open(fd: number, want: Partial<PollEvents>, cb: PollCallback): PollHandle {
    let token = this.#nextToken;
    while (this.#byToken.has(token) || token === 0) token = (token + 1) >>> 0;
    this.#nextToken = (token + 1) >>> 0;
    const r = new Registration(this, fd, token);
    try {
      r.start(want, cb);
    } catch (e) {
      this.#closeIfUnused(); // a set made for this registration alone
      throw e;
    }
    this.#byToken.set(token, r);
    return r;
  }

  /** epoll_ctl for a registration; throws the kernel's refusal (EPERM for a regular file, ENOSPC). */
  ctl(op: number, fd: number, events: number, token: number): void {
    if (this.epoll.ctl(this.#ep, op, fd, events, token) < 0)
      throw new SocketError(lastError(), undefined, "epoll_ctl");
  }

  /**
   * Drops a closed registration. With none left the set closes itself (its fd and libuv watcher) at the
   * end of the loop iteration, unless one is opened meanwhile: a process with no socket waiting or about
   * to wait holds no fd for it.
   */
  forget(token: number): void {
    this.#byToken.delete(token);
    this.#closeIfUnused();
  }

  #closeIfUnused(): void {
    if (this.#byToken.size > 0 || this.#closing) return;
    this.#closing = true;
    setImmediate(() => {
      this.#closing = false;
      if (this.#byToken.size === 0) this.closeNow();
    });
  }

  /** Closes the set, its fd and its libuv watcher, whatever is registered (a worker's exit). */
  closeNow(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.closed();
    this.#uv.close();
    closeFd(this.#ep);
  }

  hold(change: 1 | -1): void {
    this.#holding += change;
    if (this.#holding === 1 && change === 1) this.#uv.ref();
    else if (this.#holding === 0) this.#uv.unref();
  }

  #drain(): void {
    const n = this.epoll.wait(this.#ep, this.#ready, BATCH);
    for (let i = 0; i < n; i++) {
      const at = i * this.#stride;
      this.#byToken
        .get(readHost32(this.#ready, at + this.#at.token))
        ?.fire(readHost32(this.#ready, at + this.#at.events));
    }
  }
}

class Registration implements PollHandle {
  #cb: PollCallback | undefined;
  /** The events asked of the kernel; 0 while out of the set. */
  #events = 0;
  #referenced = true;
  #closed = false;

  constructor(
    private readonly set: EpollSet,
    private readonly fd: number,
    private readonly token: number,
  ) {}

  start(want: Partial<PollEvents>, cb: PollCallback): void {
    if (this.#closed) return;
    this.#cb = cb;
    const events = (want.readable ? IN : 0) | (want.writable ? OUT : 0);
    if (events === 0) return this.stop();
    if (events === this.#events) return;
    const wasIn = this.#events !== 0;
    this.set.ctl(wasIn ? MOD : ADD, this.fd, events, this.token);
    this.#events = events;
    if (!wasIn && this.#referenced) this.set.hold(1);
  }

  stop(): void {
    if (this.#events === 0) return;
    this.#events = 0;
    if (this.#referenced) this.set.hold(-1);
    // Cleanup, never an error of its own: the fd is a duplicate the watcher closes only after this, so
    // DEL cannot fail unless somebody closed that duplicate behind its back — then the kernel has
    // already dropped it from the set.
    try {
      this.set.ctl(DEL, this.fd, 0, this.token);
    } catch {
      // already out of the set
    }
  }

  close(): void {
    if (this.#closed) return;
    this.stop();
    this.#closed = true;
    this.set.forget(this.token);
  }

  ref(): void {
    if (this.#referenced) return;
    this.#referenced = true;
    if (this.#events !== 0) this.set.hold(1);
  }

  unref(): void {
    if (!this.#referenced) return;
    this.#referenced = false;
    if (this.#events !== 0) this.set.hold(-1);
  }

  fire(ev: number): void {
    // Stopped earlier in this batch: what the kernel said before is stale.
    if (this.#events !== 0) this.#cb!(0, pollEvents(ev));
  }
}
