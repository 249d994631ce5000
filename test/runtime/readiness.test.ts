// Where async operations get their readiness on Linux: bsdsock's one epoll set behind a single libuv
// watcher (runtime/async/epoll-set.ts). Checked against the kernel's own view of every epoll set in this
// process (/proc/self/fdinfo of an epoll fd lists each registered fd with its events).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { readiness } from "../../runtime/async/readiness.js";
import { describeWhere, itWhere, onLinux } from "../helpers/platform.js";

/** This process's epoll fds: libuv's own (one per event loop), and bsdsock's set while it is open. */
function epollFds(): number[] {
  return readdirSync("/proc/self/fd")
    .map(Number)
    .filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === "anon_inode:[eventpoll]";
      } catch {
        return false; // the directory's own fd, gone already
      }
    });
}

/** Every fd registered in any epoll set of this process: [epoll fd, registered fd, events]. */
function registrations(): [number, number, number][] {
  return epollFds().flatMap((ep) =>
    [
      ...readFileSync(`/proc/self/fdinfo/${ep}`, "utf8").matchAll(/^tfd:\s+(\d+)\s+events:\s+([0-9a-f]+)/gm),
    ].map((m): [number, number, number] => [ep, Number(m[1]), parseInt(m[2]!, 16)]),
  );
}

/** The registrations whose fd is the same socket as `fd` (a duplicate of it, say). */
const registered = (fd: number): [number, number, number][] => {
  const socket = readlinkSync(`/proc/self/fd/${fd}`);
  return registrations().filter(([, tfd]) => {
    try {
      return readlinkSync(`/proc/self/fd/${tfd}`) === socket;
    } catch {
      return false;
    }
  });
};

describe("readiness on every target", () => {
  it("is bsdsock's epoll set on Linux, libuv's uv_poll elsewhere (or when BSDSOCK_READINESS=uv_poll)", () => {
    expect(readiness.name).toBe(onLinux && process.env.BSDSOCK_READINESS !== "uv_poll" ? "epoll" : "uv_poll");
  });

  it("serves more ready sockets than one epoll_wait reads (256): 300 pairs, all answered", async () => {
    const pairs = Array.from({ length: 300 }, () => S.socketpair());
    try {
      const all = pairs.map(([a]) => a.recvAsync(16));
      // Every peer writes before the loop runs again: all 300 are ready in the same iteration.
      pairs.forEach(([, b], i) => b.send(`m${i}`));
      expect((await Promise.all(all)).map(String)).toEqual(pairs.map((_, i) => `m${i}`));
    } finally {
      for (const [a, b] of pairs) {
        a.close();
        b.close();
      }
    }
  });

  it("one socket waiting to read and to write at once gets both, each when its side is ready", async () => {
    const [a, b] = S.socketpair();
    try {
      a.setblocking(false);
      // Fill a's send buffer (bounded), so that a send waits for b to read.
      const chunk = Buffer.alloc(65536, 7);
      let queued = 0;
      for (let i = 0; i < 4096; i++) {
        try {
          queued += a.send(chunk);
        } catch {
          break;
        }
      }
      const more = Buffer.alloc(100_000, 9);
      const sent = a.sendallAsync(more);
      const got = a.recvAsync(16);
      let sentDone = false;
      void sent.then(() => (sentDone = true));
      b.send("read side");
      expect((await got).toString()).toBe("read side");
      expect(sentDone).toBe(false); // the write side still waits: nobody read b yet
      b.setblocking(false);
      let drained = 0;
      for (let i = 0; i < 100_000 && drained < queued + more.length; i++) {
        try {
          drained += b.recv(1 << 20).length;
        } catch {
          await tick();
        }
      }
      await sent;
      expect(drained).toBe(queued + more.length);
    } finally {
      a.close();
      b.close();
    }
  });
});

describeWhere(onLinux, "epoll is Linux's (elsewhere each fd has libuv's own uv_poll)")(
  "the epoll set",
  () => {
    itWhere(readiness.name === "epoll", "BSDSOCK_READINESS=uv_poll: libuv registers at its next iteration")(
      "a socket is in one epoll set while an operation waits, and out of it once idle or hung up",
      async () => {
        const [a, b] = S.socketpair();
        try {
          const got = a.recvAsync(16);
          const waiting = registered(a.fileno());
          expect(waiting).toHaveLength(1); // one registration per socket, in one set
          const [, tfd, events] = waiting[0]!;
          expect(tfd).not.toBe(a.fileno()); // the watcher's own duplicate
          expect(events & S.POLLIN).toBe(S.POLLIN);
          expect(events & S.POLLOUT).toBe(0);
          b.send("x");
          expect((await got).toString()).toBe("x");
          // Taken out at the end of the loop iteration it went idle in.
          for (let i = 0; i < 5 && registered(a.fileno()).length > 0; i++) await tick();
          expect(registered(a.fileno())).toEqual([]);
          // Hung up with nobody waiting: still out (the kernel reports EPOLLHUP whatever was asked, and a
          // registration left in the set would make it ready on every iteration).
          b.close();
          await tick();
          expect(registered(a.fileno())).toEqual([]);
          expect((await a.recvAsync(16)).length).toBe(0);
        } finally {
          a.close();
          b.close();
        }
      },
    );

    itWhere(readiness.name === "epoll", "BSDSOCK_READINESS=uv_poll: libuv's own epoll fd is the loop's")(
      "the set holds an fd only while some socket uses it: the last one closed, it closes too",
      async () => {
        await tick(); // whatever an earlier test left is closed by now
        const base = epollFds().length;
        const [a, b] = S.socketpair();
        const got = a.recvAsync(1);
        expect(epollFds()).toHaveLength(base + 1);
        b.send("y");
        await got;
        a.close();
        b.close();
        await tick();
        expect(epollFds()).toHaveLength(base);
      },
    );
  },
);
