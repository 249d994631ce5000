// sendSegments and recvSegments: UDP GSO and GRO where the kernel has them, sendmmsg and one datagram
// at a time where it (or the target) does not — same results either way, checked against python3 and
// against what the kernel itself hands a plain recvmsg.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { LINUX_PEERS, describeWhere, itWhere, onLinux, peersReachable } from "../helpers/platform.js";
import { python } from "../helpers/peers.js";

/** 1000 bytes that differ from segment to segment, so a reordered or misplaced byte shows. */
const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const pieces = (b: Buffer, size: number): Buffer[] =>
  Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size));

function udp(proto = 0): S.SocketType<"AF_INET"> {
  const s = S.socket(S.AF_INET, S.SOCK_DGRAM, proto);
  s.bind(["127.0.0.1", 0]);
  return s;
}

/**
 * A python3 UDP receiver on 127.0.0.1: its port, and then `each` (a Python expression of `d`) for the
 * `count` datagrams it got, once it has exited cleanly.
 */
async function pythonReceiver(count: number, each: string) {
  const peer = python(
    String.raw`
import json, socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(10)
print(s.getsockname()[1], flush=True)
print(json.dumps([${each} for d in (s.recv(65535) for _ in range(${count}))]), flush=True)`,
  );
  const port = Number(await peer.firstLine);
  const received = async (): Promise<unknown> => {
    expect(await peer.exited()).toBe(0);
    return JSON.parse(peer.stdout().split("\n")[1]!);
  };
  return { port, received };
}

describeWhere(peersReachable, LINUX_PEERS)("sendSegments against python3", () => {
  it("a python3 receiver gets equal datagrams, the last one shorter", async () => {
    const { port, received } = await pythonReceiver(4, "d.hex()");
    using s = udp();
    expect(s.sendSegments(data, 300, ["127.0.0.1", port])).toBe(1000);
    expect(await received()).toEqual(pieces(data, 300).map((p) => p.toString("hex")));
  });
});

describeWhere(peersReachable && onLinux, "UDP_SEGMENT is Linux's, and the receiver is python3")(
  "UDP_SEGMENT as a socket option",
  () => {
    it("set once, a plain sendto is split by the kernel; a per-call sendSegments size overrides it", async () => {
      const { port, received } = await pythonReceiver(7, "len(d)");
      const to: [string, number] = ["127.0.0.1", port];
      using s = udp();
      s.setsockopt(S.SOL_UDP!, S.UDP_SEGMENT!, 400);
      expect(s.getsockopt(S.SOL_UDP!, S.UDP_SEGMENT!)).toBe(400);
      expect(s.sendto(data, to)).toBe(1000); // 400, 400, 200
      expect(s.sendSegments(data, 250, to)).toBe(1000); // 250 × 4
      expect(await received()).toEqual([400, 400, 200, 250, 250, 250, 250]);
    });
  },
);

describe("segments", () => {
  it("GRO off: each segment arrives as a datagram of its own, sync and async", async () => {
    using a = udp();
    using b = udp();
    a.settimeout(5);
    expect(b.sendSegments(data, 300, a.getsockname())).toBe(1000);
    const got = [0, 1, 2, 3].map(() => a.recvSegments());
    expect(got.map(([segments]) => segments.length)).toEqual([1, 1, 1, 1]);
    expect(Buffer.concat(got.flatMap(([segments]) => segments))).toEqual(data);
    expect(got[0]![1]).toEqual(b.getsockname());
    b.connect(a.getsockname());
    expect(await b.sendSegmentsAsync(data.subarray(0, 250), 100)).toBe(250);
    const lengths = [];
    for (let i = 0; i < 3; i++) lengths.push((await a.recvSegmentsAsync(200))[0].map((x) => x.length));
    expect(lengths).toEqual([[100], [100], [50]]);
  });

  itWhere(onLinux, "UDP GSO and GRO are Linux's")(
    "GSO and GRO on: the kernel hands over one coalesced datagram and its segment size; recvSegments splits it",
    async () => {
      using a = udp();
      using b = udp();
      a.setsockopt(S.SOL_UDP!, S.UDP_GRO!, 1);
      a.settimeout(5);
      // What the kernel itself gives a plain recvmsg: one buffer, with [SOL_UDP, UDP_GRO, 300] — which
      // only a GSO send can produce on loopback, so this also shows sendSegments used GSO.
      b.sendSegments(data, 300, a.getsockname());
      const [whole, ancdata] = a.recvmsg(65535, S.cmsgSpace(4));
      expect(whole).toEqual(data);
      expect(ancdata).toHaveLength(1);
      expect(ancdata[0]!.slice(0, 2)).toEqual([S.SOL_UDP, S.UDP_GRO]);
      expect(ancdata[0]![2].readInt32LE(0)).toBe(300);
      // recvSegments splits it back; a large send goes out as several GSO sends (at most 64 segments or
      // one datagram's payload each), each coalesced again on arrival.
      const big = Buffer.concat(Array.from({ length: 20 }, () => data));
      expect(await b.sendSegmentsAsync(big, 100, a.getsockname())).toBe(20_000);
      const segments: Buffer[] = [];
      for (let i = 0; i < 20 && segments.length < 200; i++) segments.push(...a.recvSegments()[0]);
      expect(segments).toHaveLength(200);
      expect(segments.every((x) => x.length === 100)).toBe(true);
      expect(Buffer.concat(segments)).toEqual(big);
    },
  );

  itWhere(onLinux, "UDP GSO and GRO are Linux's")(
    "GRO's segment size still arrives behind socket-level items (SO_TIMESTAMP); a caller's error leaves GSO on",
    () => {
      using a = udp();
      using b = udp();
      a.setsockopt(S.SOL_UDP!, S.UDP_GRO!, 1);
      a.setsockopt(S.SOL_SOCKET, S.SO_TIMESTAMP!, 1);
      a.settimeout(5);
      // EINVAL for port 0 is the caller's: it surfaces, and GSO is not given up for it.
      expect(() => b.sendSegments(data, 100, ["127.0.0.1", 0])).toThrow(
        expect.objectContaining({ code: "EINVAL" }),
      );
      b.sendSegments(data, 100, a.getsockname());
      const [segments, , flags] = a.recvSegments();
      expect(flags & S.MSG_CTRUNC!).toBe(0);
      expect(segments.map((x) => x.length)).toEqual(Array(10).fill(100));
    },
  );

  it("reads the destination once: a getter in the address runs once for a call of many system calls", async () => {
    using a = udp();
    using b = udp();
    const [host, port] = a.getsockname();
    let reads = 0;
    const address: [string, number] = [host, 0];
    Object.defineProperty(address, 1, {
      get: () => {
        reads++;
        return port;
      },
    });
    // 20,000 bytes of 100-byte segments: four GSO sends, or 200 datagrams by sendmmsg.
    expect(b.sendSegments(Buffer.alloc(20_000), 100, address)).toBe(20_000);
    expect(reads).toBe(1);
    // An explicit undefined flags is a missing constant, not 0.
    expect(() => b.sendSegments(data, 100, a.getsockname(), undefined)).toThrow(TypeError);
    await expect(b.sendSegmentsAsync(data, 100, a.getsockname(), undefined)).rejects.toThrow(TypeError);
  });

  itWhere(onLinux, "UDP-Lite is Linux's")(
    "where the kernel refuses GSO (UDP-Lite: EIO) the segments go out with sendmmsg instead",
    () => {
      using a = udp(S.IPPROTO_UDPLITE!);
      using b = udp(S.IPPROTO_UDPLITE!);
      const segment = Buffer.alloc(2);
      segment.writeUInt16LE(300);
      // The kernel's own answer to a GSO send on this socket.
      expect(() => b.sendmsg([data], [[S.SOL_UDP!, S.UDP_SEGMENT!, segment]], 0, a.getsockname())).toThrow(
        expect.objectContaining({ code: "EIO" }),
      );
      expect(b.sendSegments(data, 300, a.getsockname())).toBe(1000);
      expect(b.sendSegments(data, 300, a.getsockname())).toBe(1000);
      a.settimeout(5);
      const got = a.recvmmsg(16, 2000).map(([d]) => d);
      expect(got).toEqual([...pieces(data, 300), ...pieces(data, 300)]);
    },
  );

  it("an empty buffer is one empty datagram; bad arguments are TypeError or RangeError first", () => {
    using a = udp();
    using b = udp();
    expect(b.sendSegments(Buffer.alloc(0), 100, a.getsockname())).toBe(0);
    a.settimeout(5);
    expect(a.recvSegments()[0]).toEqual([Buffer.alloc(0)]);
    const c = udp();
    c.close();
    expect(() => c.sendSegments(data, 0, a.getsockname())).toThrow(RangeError);
    expect(() => c.sendSegments(data, 65508, a.getsockname())).toThrow(RangeError);
    expect(() => c.sendSegments(data, 1.5, a.getsockname())).toThrow(TypeError);
    expect(() => c.sendSegments(7 as never, 100, a.getsockname())).toThrow(TypeError);
    expect(() => c.sendSegments(data, 100, ["127.0.0.1", 70000])).toThrow(RangeError);
    expect(() => c.recvSegments(-1)).toThrow(RangeError);
    expect(() => c.sendSegments(data, 100, a.getsockname())).toThrow(
      expect.objectContaining({ code: "EBADF" }),
    );
  });
});
