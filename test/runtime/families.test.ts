// The families built from family specs (headers/families/*.json → generated/<target>/families.ts →
// runtime/address/spec.ts): AF_PACKET reading real frames on a veth pair whose other end is in a
// network namespace made here, AF_VSOCK and AF_CAN as far as this kernel has them, each against python3.
import { afterAll, beforeAll, expect, it } from "vitest";
import { codecFor } from "../../runtime/address/codec.js";
import { comparePythonCases, outcome, python as pyEval } from "../helpers/python-eval.js";
import { describeWhere, linuxApi as S, onLinux } from "../helpers/platform.js";
import { createTestNet, type TestNet } from "../helpers/netns.js";

comparePythonCases(
  {
    "AF_PACKET getsockname after bind(['lo', ETH_P_ALL])": {
      py: "(lambda s: (s.bind(('lo', 3)), s.getsockname())[1])(socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0))",
      js: () => {
        using s = S.socket(S.AF_PACKET, S.SOCK_DGRAM, 0);
        s.bind(["lo", S.ETH_P_ALL]);
        return s.getsockname();
      },
    },
    "AF_PACKET bind to an interface that does not exist": {
      py: "socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0).bind(('no-such-if0', 3))",
      js: () => S.socket(S.AF_PACKET, S.SOCK_DGRAM, 0).bind(["no-such-if0", S.ETH_P_ALL]),
    },
    // vsock ports are machine-wide, not per network namespace: VMADDR_PORT_ANY, so that no other run
    // on the machine can hold the port. The kernel picks one; both sides report [cid, port was picked].
    "AF_VSOCK bind to VMADDR_CID_ANY": {
      py: "(lambda a: [a[0], 1024 <= a[1] < 0xFFFFFFFF])((lambda s: (s.bind((socket.VMADDR_CID_ANY, 0xFFFFFFFF)), s.getsockname())[1])(socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)))",
      js: () => {
        using s = S.socket(S.AF_VSOCK, S.SOCK_STREAM);
        s.bind([S.VMADDR_CID_ANY, S.VMADDR_PORT_ANY]);
        const [cid, port] = s.getsockname();
        return [cid, port >= 1024 && port < 0xffffffff];
      },
    },
    "AF_VSOCK bind to the loopback CID (no vsock loopback transport in this kernel)": {
      py: "socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM).bind((1, 0xFFFFFFFF))",
      js: () => S.socket(S.AF_VSOCK, S.SOCK_STREAM).bind([S.VMADDR_CID_LOCAL, S.VMADDR_PORT_ANY]),
    },
    "AF_CAN socket (no CAN in this kernel)": {
      py: "socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW)",
      js: () => S.socket(S.AF_CAN, S.SOCK_RAW, S.CAN_RAW),
    },
  },
  { applies: onLinux, reason: "AF_PACKET, AF_VSOCK and AF_CAN are Linux's" },
);

describeWhere(onLinux, "AF_PACKET, AF_VSOCK and AF_CAN are Linux's")("families from specs", () => {
  let net: TestNet;
  beforeAll(() => {
    net = createTestNet("pk");
  });
  afterAll(() => net?.remove());

  it("AF_PACKET reads the Ethernet frames a host in another namespace sends over a veth pair", () => {
    using s = S.socket(S.AF_PACKET, S.SOCK_RAW, S.htons(S.ETH_P_ALL!));
    s.bind([net.here, S.ETH_P_ALL]);
    s.settimeout(5);
    const peerMac = /link\/ether ([0-9a-f:]+)/.exec(net.exec(["ip", "link", "show", net.there]).stdout)![1];
    const send = net.exec([
      "python3",
      "-c",
      `import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"hello-packet", ("${net.hereAddr}", 9))`,
    ]);
    expect(send.status, send.stderr).toBe(0);
    // ARP goes first; read frames (bounded) until the UDP datagram's.
    for (let i = 0; i < 50; i++) {
      const [frame, from] = s.recvfrom(2048) as [Buffer, [string, number, number, number, Buffer]];
      if (!frame.includes("hello-packet")) continue;
      const [ifname, proto, pkttype, hatype, addr] = from;
      expect([ifname, proto, pkttype, hatype]).toEqual([net.here, S.ETH_P_IP, S.PACKET_HOST, 1]); // ARPHRD_ETHER
      expect([...addr].map((b) => b.toString(16).padStart(2, "0")).join(":")).toBe(peerMac);
      // The frame itself: destination MAC, source MAC (the peer), ethertype IPv4.
      expect(frame.subarray(6, 12).equals(addr)).toBe(true);
      expect(frame.readUInt16BE(12)).toBe(S.ETH_P_IP);
      return;
    }
    throw new Error("the UDP frame never arrived");
  });

  it("the AF_PACKET codec: Python's tuple, optional members, bad input", () => {
    const c = codecFor(S.AF_PACKET!);
    const mac = Buffer.from([2, 0, 0, 0, 0, 1]);
    expect(c.decode(c.encode(["lo", S.ETH_P_IP, S.PACKET_BROADCAST, 1, mac]))).toEqual([
      "lo",
      S.ETH_P_IP,
      S.PACKET_BROADCAST,
      1,
      mac,
    ]);
    expect(c.decode(c.encode(["lo", S.ETH_P_ARP]))).toEqual(["lo", S.ETH_P_ARP, 0, 0, Buffer.alloc(0)]);
    expect(() => c.encode(["lo"])).toThrow(TypeError);
    expect(() => c.encode([7, 3])).toThrow(TypeError);
    expect(() => c.encode(["lo", 0x10000])).toThrow(RangeError);
    expect(() => c.encode(["lo", 3, 0, 0, Buffer.alloc(9)])).toThrow(RangeError);
    expect(outcome(() => c.encode(["no-such-if0", 3]))).toMatchObject({ error: "SocketError" });
  });

  it("the AF_CAN codec (offline: this kernel has no CAN) and AF_VSOCK's", () => {
    const can = codecFor(S.AF_CAN!);
    const sa = can.encode(["lo"]);
    expect(sa.readUInt16LE(0)).toBe(S.AF_CAN);
    expect(sa.readInt32LE(4)).toBe(S.if_nametoindex("lo"));
    expect(can.decode(sa)).toEqual(["lo"]);
    expect(can.decode(can.encode([""]))).toEqual([""]); // any interface
    const vsock = codecFor(S.AF_VSOCK!);
    expect(vsock.decode(vsock.encode([S.VMADDR_CID_HOST, 0xffffffff]))).toEqual([
      S.VMADDR_CID_HOST,
      0xffffffff,
    ]);
    expect(() => vsock.encode([-1, 1])).toThrow(RangeError);
  });

  it("python3 agrees on what an AF_PACKET peer address looks like", () => {
    // A packet socket's getsockname from python and from us, after the same bind.
    const py = pyEval({
      a: "(lambda s: (s.bind(('lo', 0x0800)), s.getsockname())[1])(socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, 0))",
    }).a;
    using s = S.socket(S.AF_PACKET, S.SOCK_DGRAM, 0);
    s.bind(["lo", S.ETH_P_IP]);
    expect(outcome(() => s.getsockname())).toEqual(py);
  });
});
