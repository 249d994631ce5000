// Property tests (fast-check): every address codec round-trips what it encodes; the address text
// functions agree with python3 on a large generated corpus (one python3 run per batch); the byte-order
// functions are right on the whole 16-bit range and a wide 32-bit sample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { codecFor, hasCodec } from "../../runtime/address/codec.js";
import { expectSame, outcome, pyInetAton, python } from "../helpers/python-eval.js";
import { describeWhere, LINUX_PEERS, onLinux, peersReachable } from "../helpers/platform.js";

const RUNS = 2000;
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const port = fc.integer({ min: 0, max: 0xffff });
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join("."));
const ipv6Bytes = fc.uint8Array({ minLength: 16, maxLength: 16 });

describe("address codecs round-trip", () => {
  it("AF_INET: [host, port]", () => {
    const c = codecFor(S.AF_INET);
    fc.assert(
      fc.property(ipv4, port, (h, p) => {
        expect(c.decode(c.encode([h, p]))).toEqual([h, p]);
      }),
      {
        numRuns: RUNS,
      },
    );
  });

  it("AF_INET6: [host, port, flowinfo, scopeid], host as inet_ntop writes it", () => {
    const c = codecFor(S.AF_INET6);
    fc.assert(
      fc.property(ipv6Bytes, port, fc.integer({ min: 0, max: 0xfffff }), u32, (bytes, p, flow, scope) => {
        const host = S.inet_ntop(S.AF_INET6, bytes);
        expect(c.decode(c.encode([host, p, flow, scope]))).toEqual([host, p, flow, scope]);
      }),
      { numRuns: RUNS },
    );
  });

  it("AF_UNIX: paths (and Linux's abstract names) up to the size of sun_path", () => {
    const c = codecFor(S.AF_UNIX);
    const path = fc
      .string({ minLength: 1, maxLength: 100 })
      .filter((s) => !s.includes("\0") && Buffer.byteLength(s) <= 100);
    fc.assert(
      fc.property(path, (p) => {
        expect(c.decode(c.encode(p))).toBe(p);
      }),
      { numRuns: RUNS },
    );
    if (!onLinux) return;
    const abstract = fc
      .uint8Array({ minLength: 0, maxLength: 100 })
      .map((b) => Buffer.concat([Buffer.from([0]), b]));
    fc.assert(
      fc.property(abstract, (name) => {
        expect(c.decode(c.encode(name))).toEqual(name);
      }),
      { numRuns: RUNS },
    );
  });

  it("every other family this target has: the tuple comes back as it went in", () => {
    const tuples: [string, number | undefined, fc.Arbitrary<unknown[]>][] = [
      ["AF_NETLINK", S.AF_NETLINK, fc.tuple(u32, u32)],
      ["AF_VSOCK", S.AF_VSOCK, fc.tuple(u32, u32)],
      [
        "AF_PACKET",
        S.AF_PACKET,
        fc.tuple(
          fc.constant("lo"),
          port,
          fc.nat(255),
          fc.nat(0xffff),
          fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b)),
        ),
      ],
      ["AF_CAN", S.AF_CAN, fc.tuple(fc.constant("lo"))],
      [
        "AF_TIPC",
        S.AF_TIPC,
        fc.tuple(fc.constant(S.TIPC_ADDR_NAMESEQ), u32, u32, u32, fc.constant(S.TIPC_CLUSTER_SCOPE)),
      ],
    ];
    let checked = 0;
    for (const [, family, arb] of tuples) {
      if (family === undefined || !hasCodec(family)) continue;
      const c = codecFor(family);
      fc.assert(
        fc.property(arb, (t) => {
          expect(c.decode(c.encode(t))).toEqual(t);
        }),
        { numRuns: RUNS / 4 },
      );
      checked++;
    }
    expect(checked).toBe(onLinux ? tuples.length : 0);
  });
});

describe("byte order", () => {
  it("htons/ntohs on the whole 16-bit range; htonl/ntohl on 2^20 values across the 32-bit range", () => {
    // Checked without an expect() per value (a million of those take seconds); the first wrong one is reported.
    const wrong: string[] = [];
    for (let x = 0; x <= 0xffff && wrong.length === 0; x++) {
      const n = S.htons(x);
      if (n !== (((x & 0xff) << 8) | (x >> 8)) || S.ntohs(n) !== x) wrong.push(`htons/ntohs ${x}`);
    }
    // Every 4096th value, each with different low bits: all four bytes take every value.
    for (let i = 0; i < 1 << 20 && wrong.length === 0; i++) {
      const v = (i * 4096 + (i % 4096)) >>> 0;
      const n = S.htonl(v);
      const swapped = (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
      if (n !== swapped || S.ntohl(n) !== v) wrong.push(`htonl/ntohl ${v}`);
    }
    expect(wrong).toEqual([]);
  });
});

describeWhere(peersReachable, LINUX_PEERS)("address text agrees with python3 on a generated corpus", () => {
  /** Runs every case in one python3 process and compares outcome by outcome. */
  function agree(cases: { py: string; js: () => unknown }[]): void {
    const py = python(Object.fromEntries(cases.map((c, i) => [String(i), c.py])));
    cases.forEach((c, i) => expectSame(outcome(c.js), py[String(i)]));
  }
  const text = fc.oneof(
    ipv4,
    fc.stringMatching(/^[0-9a-fA-F:.]{0,45}$/),
    fc.stringMatching(/^(0x[0-9a-f]{1,8}|0[0-7]{1,11}|[0-9]{1,10})(\.(0x[0-9a-f]{1,8}|[0-9]{1,10})){0,3}$/),
    fc.string({ maxLength: 20 }).filter((s) => !s.includes("\0")),
  );

  it("inet_pton and inet_aton on 3000 generated strings", () => {
    const corpus = fc.sample(text, 1500);
    agree(
      corpus.flatMap((s) => [
        { py: `socket.inet_pton(socket.AF_INET, ${JSON.stringify(s)})`, js: () => S.inet_pton(S.AF_INET, s) },
        {
          py: `socket.inet_pton(socket.AF_INET6, ${JSON.stringify(s)})`,
          js: () => S.inet_pton(S.AF_INET6, s),
        },
        { py: pyInetAton(s), js: () => S.inet_aton(s) },
      ]),
    );
  });

  it("inet_ntop and inet_ntoa on 3000 generated addresses", () => {
    const v6 = fc.sample(ipv6Bytes, 1500);
    const v4 = fc.sample(fc.uint8Array({ minLength: 4, maxLength: 4 }), 1500);
    const bytes = (b: Uint8Array) => `bytes([${[...b].join(",")}])`;
    agree([
      ...v6.map((b) => ({
        py: `socket.inet_ntop(socket.AF_INET6, ${bytes(b)})`,
        js: () => S.inet_ntop(S.AF_INET6, b),
      })),
      ...v4.map((b) => ({ py: `socket.inet_ntoa(${bytes(b)})`, js: () => S.inet_ntoa(b) })),
    ]);
  });
});
