// Byte order and address text conversions against python3's socket module on this machine: every
// function over ordinary and edge inputs, and every error path.
import { endianness } from "node:os";
import { describe, expect, it } from "vitest";
import {
  htonl,
  htons,
  inet_aton,
  inet_ntoa,
  inet_ntop,
  inet_pton,
  ntohl,
  ntohs,
} from "../../runtime/convert.js";
import { SocketError } from "../../runtime/errors.js";
import { constants as C } from "../../runtime/platform/bindings.js";
import { comparePythonCases, outcome, pyInetAton, python } from "../helpers/python-eval.js";
import { describeWhere, errnoOf, LINUX_PEERS, peersReachable } from "../helpers/platform.js";

interface Case {
  py: string;
  js: () => unknown;
}
const CASES: Record<string, Case> = {};
const add = (name: string, py: string, js: () => unknown) => (CASES[name] = { py, js });
const pyBytes = (b: readonly number[]) => `bytes([${b.join(", ")}])`;

// Byte order: ordinary values and both ends of each range.
for (const x of [0, 1, 0x00ff, 0x0100, 0x1234, 0x7fff, 0x8000, 0xff00, 0xfffe, 0xffff]) {
  add(`htons(${x})`, `socket.htons(${x})`, () => htons(x));
  add(`ntohs(${x})`, `socket.ntohs(${x})`, () => ntohs(x));
}
for (const x of [0, 1, 0xff, 0x100, 0x12345678, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xfffffffe, 0xffffffff]) {
  add(`htonl(${x})`, `socket.htonl(${x})`, () => htonl(x));
  add(`ntohl(${x})`, `socket.ntohl(${x})`, () => ntohl(x));
}
for (const [fn, f] of [
  ["htons", htons],
  ["ntohs", ntohs],
  ["htonl", htonl],
  ["ntohl", ntohl],
] as const) {
  add(`${fn}(-1)`, `socket.${fn}(-1)`, () => f(-1));
  add(`${fn}(1.5)`, `socket.${fn}(1.5)`, () => f(1.5));
  add(`${fn}('1')`, `socket.${fn}('1')`, () => f("1" as never));
  add(`${fn}(None)`, `socket.${fn}(None)`, () => f(null as never));
}
add("htonl(2**32)", "socket.htonl(2**32)", () => htonl(2 ** 32));
add("ntohl(2**32)", "socket.ntohl(2**32)", () => ntohl(2 ** 32));

// inet_aton: C's liberal parser (short forms, octal, hex, trailing text after a space).
for (const s of [
  "127.0.0.1",
  "0.0.0.0",
  "255.255.255.255",
  "127.1",
  "10.1.65535",
  "4294967295",
  "0",
  "0x7f.1",
  "017.0.0.1",
  "1.2.3.4 junk",
  "",
  "256.1.1.1",
  "1.2.3.4.5",
  "1.2.3.",
  "x",
  "4294967296",
  " 1.2.3.4",
  "::1",
]) {
  add(`inet_aton(${JSON.stringify(s)})`, pyInetAton(s), () => inet_aton(s));
}
add("inet_aton(bytes)", "socket.inet_aton(b'1.2.3.4')", () => inet_aton(Buffer.from("1.2.3.4") as never));
add("inet_aton(None)", "socket.inet_aton(None)", () => inet_aton(null as never));
add("inet_aton(NUL)", "socket.inet_aton('1.2.3.4\\x00')", () => inet_aton("1.2.3.4\0"));

// inet_ntoa
for (const b of [
  [1, 2, 3, 4],
  [0, 0, 0, 0],
  [255, 255, 255, 255],
  [127, 0, 0, 1],
  [10, 0, 255, 7],
]) {
  add(`inet_ntoa(${b})`, `socket.inet_ntoa(${pyBytes(b)})`, () => inet_ntoa(Buffer.from(b)));
}
add("inet_ntoa(str)", "socket.inet_ntoa('1234')", () => inet_ntoa("1234" as never));

// inet_pton / inet_ntop, both families.
const V4_TEXT = [
  "1.2.3.4",
  "0.0.0.0",
  "255.255.255.255",
  "127.1",
  "1.2.3.04",
  "256.0.0.0",
  "",
  " 1.2.3.4",
  "::1",
];
const V6_TEXT = [
  "::",
  "::1",
  "2001:db8::1",
  "::ffff:1.2.3.4",
  "::1.2.3.4",
  "fe80::1",
  "1:2:3:4:5:6:7:8",
  "FFFF::",
  "1:0:0:1::1",
  "1::2::3",
  "fe80::1%lo",
  ":::",
  "1:2:3:4:5:6:7:8:9",
  "12345::",
  "1.2.3.4",
  "",
];
for (const s of V4_TEXT)
  add(
    `inet_pton(AF_INET, ${JSON.stringify(s)})`,
    `socket.inet_pton(socket.AF_INET, ${JSON.stringify(s)})`,
    () => inet_pton(C.AF_INET, s),
  );
for (const s of V6_TEXT)
  add(
    `inet_pton(AF_INET6, ${JSON.stringify(s)})`,
    `socket.inet_pton(socket.AF_INET6, ${JSON.stringify(s)})`,
    () => inet_pton(C.AF_INET6, s),
  );
add("inet_pton(99, ...)", "socket.inet_pton(99, '1.2.3.4')", () => inet_pton(99, "1.2.3.4"));
add("inet_pton(AF_UNIX, ...)", "socket.inet_pton(socket.AF_UNIX, '/x')", () => inet_pton(C.AF_UNIX, "/x"));
add("inet_pton(AF_INET, None)", "socket.inet_pton(socket.AF_INET, None)", () =>
  inet_pton(C.AF_INET, null as never),
);
add("inet_pton('2', ...)", "socket.inet_pton('2', '1.2.3.4')", () => inet_pton("2" as never, "1.2.3.4"));
add("inet_pton(NUL)", "socket.inet_pton(socket.AF_INET, '1.2.3.4\\x00')", () =>
  inet_pton(C.AF_INET, "1.2.3.4\0"),
);

const V4_PACKED = [
  [1, 2, 3, 4],
  [0, 0, 0, 0],
  [255, 255, 255, 255],
];
const z = (n: number) => Array<number>(n).fill(0);
const V6_PACKED = [
  z(16),
  [...z(15), 1],
  [0x20, 0x01, 0x0d, 0xb8, ...z(11), 1],
  [...z(10), 0xff, 0xff, 1, 2, 3, 4],
  [...z(12), 1, 2, 3, 4],
  [0, 1, 0, 0, 0, 0, 0, 1, ...z(7), 1],
  Array<number>(16).fill(0xff),
  [0xfe, 0x80, ...z(13), 1],
  [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8],
];
for (const b of V4_PACKED)
  add(`inet_ntop(AF_INET, ${b})`, `socket.inet_ntop(socket.AF_INET, ${pyBytes(b)})`, () =>
    inet_ntop(C.AF_INET, Buffer.from(b)),
  );
for (const b of V6_PACKED)
  add(`inet_ntop(AF_INET6, ${b})`, `socket.inet_ntop(socket.AF_INET6, ${pyBytes(b)})`, () =>
    inet_ntop(C.AF_INET6, Uint8Array.from(b)),
  );
for (const n of [0, 3, 5, 16])
  add(`inet_ntop(AF_INET, ${n} bytes)`, `socket.inet_ntop(socket.AF_INET, bytes(${n}))`, () =>
    inet_ntop(C.AF_INET, Buffer.alloc(n)),
  );
for (const n of [0, 4, 15, 17])
  add(`inet_ntop(AF_INET6, ${n} bytes)`, `socket.inet_ntop(socket.AF_INET6, bytes(${n}))`, () =>
    inet_ntop(C.AF_INET6, Buffer.alloc(n)),
  );
add("inet_ntop(AF_INET, str)", "socket.inet_ntop(socket.AF_INET, '1234')", () =>
  inet_ntop(C.AF_INET, "1234" as never),
);

comparePythonCases(CASES);

describe("byte order", () => {
  it("swaps on little-endian hosts and is the identity on big-endian ones", () => {
    const swap = endianness() === "LE";
    expect(htons(0x1234)).toBe(swap ? 0x3412 : 0x1234);
    expect(htonl(0x12345678)).toBe(swap ? 0x78563412 : 0x12345678);
  });

  it("round-trips and returns unsigned values", () => {
    for (let x = 0; x <= 0xffff; x += 257) expect(ntohs(htons(x))).toBe(x);
    for (let x = 0; x <= 0xffffffff; x += 0x01010101 * 3) {
      expect(ntohl(htonl(x))).toBe(x);
      expect(htonl(x)).toBeGreaterThanOrEqual(0);
    }
  });

  // Python 3.11 truncates with a DeprecationWarning here (3.13 raises OverflowError); we refuse.
  it("16-bit values above 0xffff are a RangeError", () => {
    expect(() => htons(0x10000)).toThrow(RangeError);
    expect(() => ntohs(70000)).toThrow(RangeError);
  });

  it("non-integers are a TypeError, including NaN, Infinity, booleans and bigints", () => {
    for (const f of [htons, ntohs, htonl, ntohl]) {
      for (const bad of [NaN, Infinity, -Infinity, true, 1n, undefined, [1]])
        expect(() => f(bad as never)).toThrow(TypeError);
    }
  });
});

describe("address text", () => {
  it("inet_ntoa and inet_ntop take any Uint8Array, not only Buffer", () => {
    expect(inet_ntoa(new Uint8Array([192, 0, 2, 1]))).toBe("192.0.2.1");
    const view = new Uint8Array(new ArrayBuffer(24), 4, 16);
    view[15] = 1;
    expect(inet_ntop(C.AF_INET6, view)).toBe("::1");
  });

  it("inet_pton and inet_ntop round-trip", () => {
    for (const s of ["0.0.0.0", "10.20.30.40", "255.255.255.255"])
      expect(inet_ntop(C.AF_INET, inet_pton(C.AF_INET, s))).toBe(s);
    for (const s of ["::", "::1", "2001:db8::8:800:200c:417a", "ff02::1", "::ffff:10.0.0.1"])
      expect(inet_ntop(C.AF_INET6, inet_pton(C.AF_INET6, s))).toBe(s);
  });

  it("inet_ntop of the wrong length: RangeError with Python's ValueError message", () => {
    for (const [af, n] of [
      [C.AF_INET, 16],
      [C.AF_INET6, 4],
    ])
      expect(() => inet_ntop(af, Buffer.alloc(n))).toThrow("invalid length of packed IP address string");
  });

  it("inet_aton and inet_ntoa round-trip", () => {
    for (const s of ["0.0.0.0", "10.20.30.40", "255.255.255.255"]) expect(inet_ntoa(inet_aton(s))).toBe(s);
  });

  it("invalid text is a SocketError with EINVAL and Python's message", () => {
    const e = outcome(() => inet_pton(C.AF_INET6, "1::2::3"));
    expect(e).toEqual({
      error: "SocketError",
      errno: errnoOf("EINVAL"),
      args: ["illegal IP address string passed to inet_pton"],
      code: "EINVAL",
    });
    expect(() => inet_aton("nope")).toThrow(SocketError);
    expect(outcome(() => inet_aton("nope"))).toMatchObject({ errno: errnoOf("EINVAL") });
  });
});

describeWhere(peersReachable, LINUX_PEERS)("where we differ from python3", () => {
  it("inet_ntoa of the wrong length: RangeError with Python's message (Python: OSError)", () => {
    const p = python({
      short: "socket.inet_ntoa(b'123')",
      long: "socket.inet_ntoa(b'12345')",
      none: "socket.inet_ntoa(b'')",
    });
    for (const [key, n] of [
      ["short", 3],
      ["long", 5],
      ["none", 0],
    ] as const) {
      expect(p[key]).toMatchObject({ error: "OSError", args: ["packed IP wrong length for inet_ntoa"] });
      expect(outcome(() => inet_ntoa(Buffer.alloc(n)))).toEqual({
        error: "RangeError",
        errno: null,
        args: ["packed IP wrong length for inet_ntoa"],
      });
    }
  });

  it("inet_ntop of an unknown family: SocketError EAFNOSUPPORT like inet_pton (Python: ValueError)", () => {
    expect(python({ f: "socket.inet_ntop(99, b'1234')" }).f).toMatchObject({ error: "ValueError" });
    const ours = outcome(() => inet_ntop(99, Buffer.alloc(4)));
    expect(ours).toMatchObject({ error: "SocketError", errno: errnoOf("EAFNOSUPPORT") });
    expect(outcome(() => inet_ntop(C.AF_UNIX, Buffer.alloc(16)))).toMatchObject({
      errno: errnoOf("EAFNOSUPPORT"),
    });
  });

  it("a NUL inside the text is a RangeError (Python: ValueError)", () => {
    expect(() => inet_aton("127.0.0.1\0junk")).toThrow(RangeError);
    expect(() => inet_pton(C.AF_INET6, "::1\0")).toThrow(RangeError);
  });
});
