// Batched datagrams: sendmmsg, recvmmsg and recvmmsgInto (and their async twins) against python3's
// socket module on the other end, over loopback. On Linux they are the kernel's sendmmsg/recvmmsg;
// where a target lacks them (Windows, macOS) the same calls move one datagram at a time, and these same
// tests hold them to the same results.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { LINUX_PEERS, describeWhere, itWhere, onWindows, peersReachable } from "../helpers/platform.js";
import { python, pythonJson } from "../helpers/peers.js";

function udp(): S.SocketType<"AF_INET"> {
  const s = S.socket(S.AF_INET, S.SOCK_DGRAM);
  s.bind(["127.0.0.1", 0]);
  return s;
}

const RECEIVER = String.raw`
import json, socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(10)
print(s.getsockname()[1], flush=True)
got = []
for _ in range(int(sys.argv[1])):
    data, addr = s.recvfrom(65535)
    got.append([data.hex(), addr[1]])
print(json.dumps(got), flush=True)
`;

describeWhere(peersReachable, LINUX_PEERS)("batches against python3", () => {
  it("sendmmsg: a python3 receiver gets every datagram, in order, from this socket", async () => {
    const peer = python(RECEIVER, ["5"]);
    const port = Number(await peer.firstLine);
    using s = udp();
    const to: [string, number] = ["127.0.0.1", port];
    const datagrams = ["one", Buffer.from("two"), new Uint8Array([0, 1, 2]), "", Buffer.alloc(1200, 7)];
    expect(s.sendmmsg(datagrams.map((d) => [d, to] as const))).toBe(5);
    expect(await peer.exited()).toBe(0);
    const got = JSON.parse(peer.stdout().split("\n")[1]!) as [string, number][];
    const mine = s.getsockname()[1];
    expect(got).toEqual(datagrams.map((d) => [Buffer.from(d as never).toString("hex"), mine]));
  });

  it("sendmmsgAsync on a connected socket: items are the data alone", async () => {
    const peer = python(RECEIVER, ["3"]);
    const port = Number(await peer.firstLine);
    using s = udp();
    s.connect(["127.0.0.1", port]);
    expect(await s.sendmmsgAsync(["a", "bb", "ccc"])).toBe(3);
    expect(await peer.exited()).toBe(0);
    expect(JSON.parse(peer.stdout().split("\n")[1]!).map((g: [string]) => g[0])).toEqual([
      "61",
      "6262",
      "636363",
    ]);
  });

  it("recvmmsg: what python3 sent, in batches of at most vlen, with each sender", () => {
    using s = udp();
    const port = s.getsockname()[1];
    const from = pythonJson(
      String.raw`
import json, socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
for i in range(5):
    s.sendto(b"datagram %d" % i, ("127.0.0.1", int(sys.argv[1])))
print(json.dumps(s.getsockname()[1]))`,
      port,
    );
    s.settimeout(5);
    // Five are queued: a batch of 3, then the 2 left (it does not wait for a third).
    const first = s.recvmmsg(3, 100);
    const rest = s.recvmmsg(8, 100);
    expect(first.map(([d]) => d.toString())).toEqual(["datagram 0", "datagram 1", "datagram 2"]);
    expect(rest.map(([d]) => d.toString())).toEqual(["datagram 3", "datagram 4"]);
    for (const [, address, flags] of [...first, ...rest]) {
      expect(address).toEqual(["127.0.0.1", from]);
      expect(flags).toBe(0);
    }
  });
});

describe("batches", () => {
  it("a datagram longer than bufsize is cut to it and flagged MSG_TRUNC; the next is whole", () => {
    using a = udp();
    using b = udp();
    b.sendmmsg([
      ["a longer datagram", a.getsockname()],
      ["short", a.getsockname()],
    ]);
    a.settimeout(5);
    const got = a.recvmmsg(2, 6);
    expect(got.map(([d]) => d.toString())).toEqual(["a long", "short"]);
    expect(got[0]![2] & S.MSG_TRUNC!).toBe(S.MSG_TRUNC);
    expect(got[1]![2] & S.MSG_TRUNC!).toBe(0);
  });

  it("recvmmsgInto fills the caller's buffers with no copy and says how much went where", async () => {
    using a = udp();
    using b = udp();
    b.connect(a.getsockname());
    b.sendmmsg(["first", "second!"]);
    const bufs = [Buffer.alloc(8), new Uint8Array(8), new Uint8Array(new ArrayBuffer(16), 4, 8)];
    a.settimeout(5);
    const got = a.recvmmsgInto(bufs);
    expect(got).toEqual([
      [5, b.getsockname(), 0],
      [7, b.getsockname(), 0],
    ]);
    expect(Buffer.from(bufs[0]!).toString("latin1", 0, 5)).toBe("first");
    expect(Buffer.from(bufs[1]!).toString("latin1", 0, 7)).toBe("second!");
    // Async: it waits for the first, the buffers written in place.
    const later = a.recvmmsgIntoAsync([bufs[2]!]);
    await new Promise((r) => setTimeout(r, 20));
    b.send("third");
    expect(await later).toEqual([[5, b.getsockname(), 0]]);
    expect(Buffer.from(bufs[2]!.buffer, 4, 5).toString()).toBe("third");
  });

  it("recvmmsgAsync waits on the event loop, times out, and aborts", async () => {
    using a = udp();
    using b = udp();
    const waiting = a.recvmmsgAsync(4, 64);
    setTimeout(() => b.sendmmsg([["x", a.getsockname()]]), 20);
    expect((await waiting).map(([d]) => d.toString())).toEqual(["x"]);
    a.settimeout(0.05);
    await expect(a.recvmmsgAsync(4, 64)).rejects.toBeInstanceOf(S.SocketTimeoutError);
    a.settimeout(null);
    const ac = new AbortController();
    const aborted = a.recvmmsgAsync(4, 64, { signal: ac.signal });
    ac.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
  });

  it("datagrams({ batch }) reads up to batch at a time and yields each [data, address]", async () => {
    const a = udp();
    using b = udp();
    const to = a.getsockname();
    b.sendmmsg(Array.from({ length: 10 }, (_, i) => [`d${i}`, to] as const));
    const seen: string[] = [];
    for await (const [data, address] of a.datagrams({ batch: 4, bufsize: 16 })) {
      expect(address).toEqual(b.getsockname());
      seen.push(data.toString());
      if (seen.length === 10) a.close();
    }
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => `d${i}`));
    await expect(a.datagrams({ batch: 0 }).next()).rejects.toBeInstanceOf(RangeError);
  });

  it("a loop of sendmmsg calls of changing shapes sends exactly what each call is given", () => {
    using a = udp();
    using c = udp();
    using b = udp();
    const to = a.getsockname();
    // The same count with and without addresses, bigger and smaller datagrams, another count.
    const calls: (readonly [string, readonly [string, number] | null][])[] = [
      [
        ["one", to],
        ["two", to],
      ],
      [
        ["three", c.getsockname()],
        ["four", to],
      ],
      [
        ["a much longer fifth datagram", to],
        ["6", to],
      ],
      [
        ["7", to],
        ["8", to],
        ["9", to],
      ],
    ];
    for (const call of calls)
      expect(b.sendmmsg(call.map(([d, addr]) => [d, addr!] as const))).toBe(call.length);
    // Two with addresses, then (connected) two that fit the same batch without: a NULL msg_name each.
    expect(
      b.sendmmsg([
        ["pq", to],
        ["rs", to],
      ]),
    ).toBe(2);
    b.connect(to);
    expect(b.sendmmsg(["t", "u"])).toBe(2);
    a.settimeout(5);
    c.settimeout(5);
    const got: string[] = [];
    for (let i = 0; i < 12 && got.length < 12; i++)
      got.push(...a.recvmmsg(16, 64).map(([d]) => d.toString()));
    expect(got).toEqual([
      "one",
      "two",
      "four",
      "a much longer fifth datagram",
      "6",
      "7",
      "8",
      "9",
      "pq",
      "rs",
      "t",
      "u",
    ]);
    expect(c.recvmmsg(4, 64).map(([d]) => d.toString())).toEqual(["three"]);
  });

  it("non-blocking with nothing queued: EAGAIN, as recvfrom", () => {
    using a = udp();
    a.setblocking(false);
    expect(() => a.recvmmsg(4, 64)).toThrow(expect.objectContaining({ code: "EAGAIN" }));
  });

  itWhere(!onWindows, "Windows has no AF_UNIX datagram sockets")(
    "a full socket takes part of a batch: sendmmsg says how many, the rest go in the next call",
    () => {
      const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
      using _a = a;
      using _b = b;
      a.setblocking(false);
      const datagrams = Array.from({ length: 1024 }, (_, i) => Buffer.alloc(1024, i));
      const sent = a.sendmmsg(datagrams);
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(1024);
      // The receiver gets exactly those, in order; then there is room again.
      let received = 0;
      for (let round = 0; round < 1024 && received < sent; round++)
        for (const [d] of b.recvmmsg(64, 2048, S.MSG_DONTWAIT!)) expect(d).toEqual(datagrams[received++]);
      expect(received).toBe(sent);
      expect(a.sendmmsg(datagrams.slice(sent, sent + 4))).toBe(4);
    },
  );

  it("bad arguments are TypeError or RangeError, before the socket is used", () => {
    const s = udp();
    s.close();
    const to = ["127.0.0.1", 9] as const;
    // Checked before the closed fd is touched: the argument errors come first.
    expect(() => s.recvmmsg(0, 10)).toThrow(RangeError);
    expect(() => s.recvmmsg(1025, 10)).toThrow(RangeError);
    expect(() => s.recvmmsg(1.5, 10)).toThrow(TypeError);
    expect(() => s.recvmmsg(4, 0)).toThrow(RangeError);
    expect(() => s.recvmmsg(1024, 0x7fffffff)).toThrow(RangeError);
    expect(() => s.recvmmsgInto([])).toThrow(RangeError);
    expect(() => s.recvmmsgInto(["text" as never])).toThrow(TypeError);
    expect(() => s.sendmmsg(7 as never)).toThrow(TypeError);
    expect(() => s.sendmmsg([["only data"] as never])).toThrow(TypeError);
    expect(() => s.sendmmsg([["x", ["127.0.0.1", 70000]]] as never)).toThrow(RangeError);
    expect(() => s.sendmmsg([{} as never])).toThrow(TypeError);
    expect(() => s.sendmmsg(Array.from({ length: 1025 }, () => ["x", to] as const))).toThrow(RangeError);
    expect(() => s.sendmmsg([["x", to]], 2 ** 31)).toThrow(RangeError);
    // Then the socket: closed.
    expect(() => s.sendmmsg([["x", to]])).toThrow(expect.objectContaining({ code: "EBADF" }));
    expect(() => s.sendmmsg([])).toThrow(expect.objectContaining({ code: "EBADF" }));
    using open = udp();
    expect(open.sendmmsg([])).toBe(0);
  });

  it("a buffer detached while recvmmsgIntoAsync waits is a TypeError, not a write to freed memory", async () => {
    using a = udp();
    using b = udp();
    const ab = new ArrayBuffer(16);
    const waiting = a.recvmmsgIntoAsync([new Uint8Array(ab)]);
    structuredClone(ab, { transfer: [ab] });
    b.sendmmsg([["x", a.getsockname()]]);
    await expect(waiting).rejects.toBeInstanceOf(TypeError);
  });
});
