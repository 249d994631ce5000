// Python's send_fds/recv_fds: file descriptors passed over an AF_UNIX socket as SCM_RIGHTS ancillary
// data, with the normal bytes alongside (at least one byte must go with them on stream sockets).
import { cmsgLen, rightsData, rightsOf } from "./message.js";
import type { SocketAddress } from "./address/codec.js";
import type { AsyncOptions } from "./socket/drive.js";
import { constants as C } from "./platform/bindings.js";
import type { Data, SocketType } from "./socket.js";
import { noUndefined, size } from "./validate.js";

// SCM_RIGHTS is POSIX's: on other targets sendmsg()/recvmsg() refuse first, naming the target.
// As CPython's recv_fds: room for exactly maxfds ints (CMSG_LEN), so the kernel delivers no more.
const INT_SIZE = 4;

/** Sends `buffers` with the fds `fds` (SCM_RIGHTS). Returns the bytes sent. */
export function sendFds(
  sock: SocketType,
  buffers: Iterable<Data>,
  fds: Iterable<number>,
  flags = 0,
  address?: SocketAddress,
): number {
  noUndefined(arguments, ["sock", "buffers", "fds", "flags"]);
  return sock.sendmsg(buffers, [[C.SOL_SOCKET, C.SCM_RIGHTS, rightsData(fds)]], flags, address);
}

/**
 * Receives up to `bufsize` bytes and up to `maxfds` fds: `[data, fds, msgFlags, address]`. The fds are
 * new descriptors in this process (close-on-exec); the caller owns them.
 */
export function recvFds(
  sock: SocketType,
  bufsize: number,
  maxfds: number,
  flags = 0,
): [Buffer, number[], number, SocketAddress | null] {
  noUndefined(arguments, ["sock", "bufsize", "maxfds", "flags"]);
  const [data, anc, msgFlags, address] = sock.recvmsg(bufsize, cmsgLen(maxfdsBytes(maxfds)), flags);
  return [data, rightsOf(anc), msgFlags, address];
}

export function sendFdsAsync(
  sock: SocketType,
  buffers: Iterable<Data>,
  fds: Iterable<number>,
  flags = 0,
  address?: SocketAddress,
  opts?: AsyncOptions,
): Promise<number> {
  try {
    return sock.sendmsgAsync(buffers, [[C.SOL_SOCKET, C.SCM_RIGHTS, rightsData(fds)]], flags, address, opts);
  } catch (e) {
    // Every async call reports through its promise, bad fds included.
    return Promise.reject(e);
  }
}

export async function recvFdsAsync(
  sock: SocketType,
  bufsize: number,
  maxfds: number,
  flags = 0,
  opts?: AsyncOptions,
): Promise<[Buffer, number[], number, SocketAddress | null]> {
  const [data, anc, msgFlags, address] = await sock.recvmsgAsync(
    bufsize,
    cmsgLen(maxfdsBytes(maxfds)),
    flags,
    opts,
  );
  return [data, rightsOf(anc), msgFlags, address];
}

function maxfdsBytes(maxfds: unknown): number {
  return size(maxfds, "maxfds", 0x7fffffff / INT_SIZE) * INT_SIZE;
}
