// Connected pairs that exist on every target. Windows has no AF_UNIX socketpair(): its streams are the
// loopback TCP pairs socketpair() emulates, its datagrams two UDP sockets on loopback connected to each
// other. POSIX keeps the AF_UNIX pairs the tests were written with.
import * as S from "../../runtime/index.js";

const windows = S.bindings.target.name.startsWith("win32-");

/** A datagram pair: AF_UNIX where there is one, else UDP over 127.0.0.1. */
export function datagramPair(): [S.SocketType, S.SocketType] {
  if (!windows) return S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
  const a = S.socket(S.AF_INET, S.SOCK_DGRAM);
  const b = S.socket(S.AF_INET, S.SOCK_DGRAM);
  a.bind(["127.0.0.1", 0]);
  b.bind(["127.0.0.1", 0]);
  a.connect(b.getsockname());
  b.connect(a.getsockname());
  return [a, b];
}

/** A stream pair: AF_UNIX where there is one, else socketpair()'s loopback TCP. */
export function streamPair(): [S.SocketType, S.SocketType] {
  return windows ? S.socketpair() : S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
}
