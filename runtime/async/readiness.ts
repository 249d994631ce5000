// Where readiness comes from, chosen once for the process. On Linux one epoll set behind a single libuv
// watcher serves every fd (epoll-set.ts): a loop iteration with many ready sockets makes one JS
// callback, not one per socket. Elsewhere (Windows, macOS) each fd gets libuv's own uv_poll watcher
// through koffi. BSDSOCK_READINESS=uv_poll picks the latter on Linux too (to compare the two).
import koffi from "koffi";
import { sys } from "../platform/seam.js";
import { epollSource } from "./epoll-set.js";
import type { PollCallback, PollEvents, PollHandle, ReadinessSource } from "./poll-handle.js";

// koffi 3.3's typings declare the callback as (events); it is called as (status, events).
const uvPoll = (
  koffi as unknown as {
    node: { poll(fd: number, o: Partial<PollEvents>, cb: PollCallback): PollHandle };
  }
).node.poll;

const uvSource: ReadinessSource = { name: "uv_poll", open: uvPoll, setsNonBlocking: true };

/** This process's source of readiness. */
export const readiness: ReadinessSource =
  sys.epoll && process.env.BSDSOCK_READINESS !== "uv_poll" ? epollSource(sys.epoll, uvPoll) : uvSource;
