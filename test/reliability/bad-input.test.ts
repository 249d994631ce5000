// Bad input across the public API: 100k+ generated calls with wrong types, NaN, negative and huge
// numbers, NUL-containing and overlong strings, detached and oversized buffers, wrong address shapes
// and closed sockets. Every call either works or throws TypeError, RangeError or SocketError; the
// process never crashes or hangs (sockets are non-blocking here) and no fd is left open.
// Addresses come only from a fixed list that never needs DNS, so nothing leaves the machine.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { openFds } from "../helpers/peers.js";
import { onLinux } from "../helpers/platform.js";

function detached(): Uint8Array {
  const view = new Uint8Array(8);
  structuredClone(view.buffer, { transfer: [view.buffer] });
  return view;
}

/** Values no API should accept silently, and a few valid ones so calls get past their first check. */
const NASTY: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  -(2 ** 63),
  1n,
  -1n,
  2n ** 64n,
  "",
  "0",
  "x",
  "a\0b",
  "\u{1F600}",
  "x".repeat(100_000),
  Symbol("s"),
  {},
  [],
  [1],
  [[1]],
  () => 1,
  new Date(0),
  Buffer.alloc(0),
  Buffer.alloc(4),
  Buffer.alloc(70_000),
  new Uint16Array(3),
  new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(8),
  new Float64Array([NaN]),
];
/** Addresses: shapes right and wrong, all answerable without DNS (numeric, or in /etc/hosts). */
const ADDRESSES: unknown[] = [
  ["127.0.0.1", 0],
  ["127.0.0.1", 65536],
  ["127.0.0.1", -1],
  ["127.0.0.1", "80"],
  ["::1", 0, 0, 0],
  ["::1", 0, 2 ** 20],
  ["::1", 0, 0, -1],
  ["", 0],
  ["<broadcast>", 9],
  ["localhost", 0],
  ["a\0b", 1],
  [127, 1],
  [],
  ["127.0.0.1"],
  ["127.0.0.1", 1, 2, 3, 4],
  "/tmp/bsdsock-no-such-dir/x",
  "a\0b",
  "x".repeat(200),
  Buffer.from([0, 1, 2]),
  [0, 0],
  [1, 2, 3, 4, 5],
  null,
  42,
];

const anyValue = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.anything({ maxDepth: 1 }).filter((v) => typeof v !== "string"),
);
const address = fc.constantFrom(...ADDRESSES);

type Call = (s: S.SocketType, a: unknown, b: unknown, c: unknown, addr: unknown) => unknown;
const as = <T>(v: unknown) => v as T;

const CALLS: Record<string, Call> = {
  socket: (_s, a, b, c) => S.socket(as(a), as(b), as(c)),
  socketpair: (_s, a, b, c) => S.socketpair(as(a), as(b), as(c)),
  fromfd: (_s, a, b) => S.fromfd(as(a), as(b)),
  bind: (s, _a, _b, _c, addr) => s.bind(as(addr)),
  connect: (s, _a, _b, _c, addr) => s.connect(as(addr)),
  connectEx: (s, _a, _b, _c, addr) => s.connectEx(as(addr)),
  listen: (s, a) => s.listen(as(a)),
  accept: (s) => s.accept(),
  recv: (s, a, b) => s.recv(as(a), as(b)),
  recvInto: (s, a, b, c) => s.recvInto(as(a), as(b), as(c)),
  recvfrom: (s, a, b) => s.recvfrom(as(a), as(b)),
  recvfromInto: (s, a, b, c) => s.recvfromInto(as(a), as(b), as(c)),
  send: (s, a, b) => s.send(as(a), as(b)),
  sendall: (s, a, b) => s.sendall(as(a), as(b)),
  sendto: (s, a, b, _c, addr) => s.sendto(as(a), as(b), as(addr)),
  sendtoAddr: (s, a, _b, _c, addr) => s.sendto(as(a), as(addr)),
  getsockopt: (s, a, b, c) => s.getsockopt(as(a), as(b), as(c)),
  setsockopt: (s, a, b, c) => s.setsockopt(as(a), as(b), as(c)),
  settimeout: (s, a) => s.settimeout(as(a)),
  shutdown: (s, a) => s.shutdown(as(a)),
  makefile: (s, a, b) => s.makefile(as(a), as(b)).close(),
  getaddrinfo: (_s, a, b, c) => S.getaddrinfo("127.0.0.1", as(a), as(b), as(c)),
  getnameinfo: (_s, a, _b, _c, addr) => S.getnameinfo(as(addr), as(a)),
  inet_pton: (_s, a, b) => S.inet_pton(as(a), as(b)),
  inet_ntop: (_s, a, b) => S.inet_ntop(as(a), as(b)),
  inet_aton: (_s, a) => S.inet_aton(as(a)),
  inet_ntoa: (_s, a) => S.inet_ntoa(as(a)),
  htons: (_s, a) => S.htons(as(a)),
  htonl: (_s, a) => S.htonl(as(a)),
  ntohs: (_s, a) => S.ntohs(as(a)),
  getservbyport: (_s, a, b) => S.getservbyport(as(a), as(b)),
  getprotobyname: (_s, a) => S.getprotobyname(as(a)),
  setdefaulttimeout: (_s, a) => S.setdefaulttimeout(as(a)),
  packStruct: (_s, a, b) => S.packStruct("linger", as({ l_onoff: a, l_linger: b })),
  unpackStruct: (_s, a) => S.unpackStruct("linger", as(a)),
  ...(onLinux
    ? {
        sendmsg: (s: S.SocketType, a: unknown, b: unknown, c: unknown, addr: unknown) =>
          s.sendmsg(as(a), as(b), as(c), as(addr)),
        recvmsg: (s: S.SocketType, a: unknown, b: unknown, c: unknown) => s.recvmsg(as(a), as(b), as(c)),
        recvmsgInto: (s: S.SocketType, a: unknown, b: unknown, c: unknown) =>
          s.recvmsgInto(as(a), as(b), as(c)),
        cmsgLen: (_s: S.SocketType, a: unknown) => S.cmsgLen(as(a)),
        sendFds: (s: S.SocketType, a: unknown, b: unknown) => S.sendFds(s, as(a), as(b)),
        if_nametoindex: (_s: S.SocketType, a: unknown) => S.if_nametoindex(as(a)),
        if_indextoname: (_s: S.SocketType, a: unknown) => S.if_indextoname(as(a)),
      }
    : {}),
};

const ALLOWED = [TypeError, RangeError, S.SocketError];

function closeResult(r: unknown): void {
  if (r instanceof S.SocketType) r.close();
  else if (Array.isArray(r)) for (const x of r) if (x instanceof S.SocketType) x.close();
}

describe("bad input", () => {
  it(`${Object.keys(CALLS).length} API entry points × 2600 generated calls: only TypeError, RangeError or SocketError`, () => {
    const before = onLinux ? openFds() : 0;
    // A new seed each run (the corpus keeps growing over CI runs); a failure names it to replay.
    const seed = Number(process.env.BSDSOCK_FUZZ_SEED ?? Date.now() % 2 ** 31);
    const kinds = [S.SOCK_STREAM, S.SOCK_DGRAM];
    const families = onLinux ? [S.AF_INET, S.AF_INET6, S.AF_UNIX] : [S.AF_INET, S.AF_INET6];
    let calls = 0;
    const errors = new Map<string, number>();
    for (const [name, call] of Object.entries(CALLS)) {
      const fdsBefore = onLinux ? openFds() : 0;
      const args = fc.sample(fc.tuple(anyValue, anyValue, anyValue, address, fc.nat(5)), {
        numRuns: 2600,
        seed,
      });
      for (const [a, b, c, addr, pick] of args) {
        // A fresh non-blocking socket of some family and type, sometimes already closed.
        const s = S.socket(families[pick % families.length], kinds[pick % 2]);
        s.setblocking(false);
        if (pick === 5) s.close();
        const extra = pick === 4 ? detached() : undefined;
        try {
          closeResult(call(s, extra ?? a, b, c, addr));
        } catch (e) {
          if (!ALLOWED.some((k) => e instanceof k))
            throw new Error(
              `${name}(${String(a)}, ${String(b)}, ${String(c)}) threw ${String(e)} (BSDSOCK_FUZZ_SEED=${seed})`,
            );
          const kind =
            e instanceof S.SocketError ? "SocketError" : e instanceof RangeError ? "RangeError" : "TypeError";
          errors.set(kind, (errors.get(kind) ?? 0) + 1);
        } finally {
          s.close();
          S.setdefaulttimeout(null);
        }
        calls++;
      }
      if (onLinux)
        expect(openFds() - fdsBefore, `fds left open by ${name} (BSDSOCK_FUZZ_SEED=${seed})`).toBe(0);
    }
    expect(calls).toBeGreaterThanOrEqual(100_000);
    // All three kinds of refusal happened (the generator reaches past the first argument check).
    expect([...errors.keys()].sort()).toEqual(["RangeError", "SocketError", "TypeError"]);
    if (onLinux) expect(openFds()).toBe(before);
  }, 600_000);
});
