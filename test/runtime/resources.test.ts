// Resource safety: no fd leaks over many create/close cycles and every error path, idempotent close,
// EBADF after close, garbage-collected sockets close their fd, `using` closes at scope end.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { openFds as countFds } from "../helpers/peers.js";
import { onWindows } from "../helpers/platform.js";
import { C, sys } from "../../runtime/platform/seam.js";

// Leaks are seen two ways. On Linux, /proc/self/fd is counted exactly. Under Wine that count is
// Wine's own Unix fds, which it opens and closes lazily, so there the check is that every socket's
// handle stops being a socket the moment it is closed (asked of the system directly).
const openFds = (): number => (onWindows ? 0 : countFds());

function isSocket(fd: number): boolean {
  const v = Buffer.alloc(4);
  return sys.getsockopt(fd, C.SOL_SOCKET, C.SO_TYPE, v, new Uint32Array([4])) === 0;
}

function expectErrno(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(S.SocketError);
    expect((e as S.SocketError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe("resources", () => {
  it("10k socket/close cycles through every error path leak no fd", () => {
    const before = openFds();
    const [srv] = (() => {
      const s = S.socket();
      s.bind(["127.0.0.1", 0]);
      s.listen();
      return [s];
    })();
    const port = (srv.getsockname() as [string, number])[1];
    // A port nobody listens on: bind one, close it (connect there is refused).
    const closed = S.socket();
    closed.bind(["127.0.0.1", 0]);
    const deadPort = (closed.getsockname() as [string, number])[1];
    closed.close();
    for (let i = 0; i < 10_000; i++) {
      // Windows has no AF_UNIX datagrams: IPv6 takes its turn there.
      const other = onWindows ? S.AF_INET6 : S.AF_UNIX;
      const s = S.socket(i % 2 ? S.AF_INET : other, i % 3 ? S.SOCK_STREAM : S.SOCK_DGRAM);
      switch (i % 8) {
        case 0:
          expect(() => s.bind(["127.0.0.1", 99999])).toThrow();
          break;
        case 1:
          if (s.family === S.AF_INET && s.type === S.SOCK_STREAM)
            expectErrno(() => s.connect(["127.0.0.1", deadPort]), "ECONNREFUSED");
          break;
        case 2:
          if (s.family === S.AF_INET) expectErrno(() => s.bind(["127.0.0.1", port]), "EADDRINUSE");
          break;
        case 3:
          expect(() => s.getsockopt(S.SOL_SOCKET, S.SO_TYPE, 65537)).toThrow(RangeError);
          break;
        case 4:
          expect(() => s.setsockopt(S.SOL_SOCKET, 12345, 1)).toThrow(S.SocketError);
          break;
        case 5:
          // A family no system has (Linux's end at AF_MAX, 46).
          expect(() => S.socket(9999, S.SOCK_STREAM)).toThrow(
            expect.objectContaining({ code: "EAFNOSUPPORT" }),
          );
          break;
        case 6:
          expect(() => s.recvInto(Buffer.alloc(4), 8)).toThrow(RangeError);
          break;
        default:
          expect(s.getsockopt(S.SOL_SOCKET, S.SO_TYPE)).toBe(s.type);
      }
      const fd = s.fileno();
      s.close();
      expect(isSocket(fd)).toBe(false);
    }
    srv.close();
    expect(openFds()).toBe(before);
  });

  it("close is idempotent and later operations raise EBADF", () => {
    const s = S.socket();
    const fd = s.fileno();
    expect(fd).toBeGreaterThanOrEqual(0);
    s.close();
    s.close();
    expect(s.fileno()).toBe(-1);
    for (const op of [
      () => s.recv(1),
      () => s.send("x"),
      () => s.bind(["", 0]),
      () => s.listen(),
      () => s.getsockname(),
      () => s.settimeout(1),
    ])
      expectErrno(op, "EBADF");
  });

  it("`using` closes at the end of the scope; detach hands the fd over", () => {
    const before = openFds();
    let scoped = -1;
    {
      using s = S.socket();
      scoped = s.fileno();
      expect(isSocket(scoped)).toBe(true);
      if (!onWindows) expect(openFds()).toBe(before + 1);
    }
    expect(isSocket(scoped)).toBe(false);
    expect(openFds()).toBe(before);
    const s = S.socket();
    const fd = s.detach();
    expect(s.fileno()).toBe(-1);
    const again = S.fromfd(fd); // a duplicate: both must be closed
    expect(again.family).toBe(S.AF_INET);
    expect(again.type).toBe(S.SOCK_STREAM);
    const dup = again.fileno();
    again.close();
    expect(isSocket(dup)).toBe(false);
    expect(isSocket(fd)).toBe(true);
    if (!onWindows) expect(openFds()).toBe(before + 1);
    new S.SocketType(S.AF_INET, S.SOCK_STREAM, 0, fd).close();
    expect(isSocket(fd)).toBe(false);
    expect(openFds()).toBe(before);
  });

  it("a socket that is garbage collected closes its fd", async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, "vitest runs with --expose-gc").toBeTypeOf("function");
    const before = openFds();
    const fds = (() => Array.from({ length: 50 }, () => S.socket().fileno()))();
    expect(fds.every(isSocket)).toBe(true);
    if (!onWindows) expect(openFds()).toBe(before + 50);
    // Finalizers run after a collection, on a later turn of the event loop: bounded retries.
    for (let i = 0; i < 50 && fds.some(isSocket); i++) {
      gc!();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(fds.filter(isSocket)).toEqual([]);
    expect(openFds()).toBe(before);
  });
});
