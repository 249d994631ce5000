// Struct-valued options through packStruct/unpackStruct (the generated koffi types and layouts):
// SO_LINGER, SO_RCVTIMEO (timeval), SO_PEERCRED (ucred), TCP_INFO, and multicast membership with
// ip_mreqn on loopback; plus the TCP keepalive and user-timeout integers.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { layouts, recordAliases } from "../../runtime/platform/bindings.js";
import { describeWhere, emulator, itWhere, onLinux, onWindows, win32Api } from "../helpers/platform.js";
import { createTestNet } from "../helpers/netns.js";

const structReads = itWhere(!emulator, `${emulator} translates integer getsockopt only`);
const membership = itWhere(!emulator, `${emulator} does not translate ip_mreqn/ipv6_mreq multicast options`);

describe("packStruct and unpackStruct", () => {
  it("lay out fields at the generated offsets and read them back", () => {
    const L = layouts.linger;
    const b = S.packStruct("linger", { l_onoff: 1, l_linger: 7 });
    expect(b.length).toBe(L.size);
    expect(b.readUIntLE(L.fields.l_linger.offset, L.fields.l_linger.size)).toBe(7);
    expect(S.unpackStruct("linger", b)).toEqual({ l_onoff: 1, l_linger: 7 });
    expect(S.unpackStruct("ip_mreq", S.packStruct("ip_mreq", { imr_multiaddr: "239.1.2.3" }))).toEqual({
      imr_multiaddr: "239.1.2.3",
      imr_interface: "0.0.0.0",
    });
  });

  it("refuse unknown structs and fields, bad addresses and short bytes", () => {
    expect(() => S.packStruct("no_such_struct")).toThrow(/has no generated struct/);
    expect(() => S.packStruct("linger", { l_nope: 1 })).toThrow(/no field l_nope/);
    expect(() => S.packStruct("ip_mreq", { imr_multiaddr: "not an address" })).toThrow(TypeError);
    expect(() => S.packStruct("linger", { l_onoff: "x" })).toThrow(TypeError);
    expect(() => S.unpackStruct("linger", Buffer.alloc(1))).toThrow(RangeError);
  });

  it("take a typedef name for the record it names (tipc_name_seq on Linux, WSADATA on Windows)", () => {
    const aliases = Object.entries(recordAliases);
    expect(aliases.length).toBeGreaterThan(0);
    for (const [alias, record] of aliases) expect(S.structLayout(alias)).toBe(S.structLayout(record));
    expect(() => S.sizeof("toString")).toThrow(TypeError);
  });

  structReads("SO_LINGER and SO_RCVTIMEO round-trip through the kernel", () => {
    using s = S.socket();
    s.setsockopt(S.SOL_SOCKET, S.SO_LINGER, S.packStruct("linger", { l_onoff: 1, l_linger: 3 }));
    expect(
      S.unpackStruct("linger", s.getsockopt(S.SOL_SOCKET, S.SO_LINGER, layouts.linger.size) as Buffer),
    ).toEqual({
      l_onoff: 1,
      l_linger: 3,
    });
    if (onWindows) return; // Winsock's SO_RCVTIMEO is a DWORD of milliseconds, not a timeval
    s.setsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, S.packStruct("timeval", { tv_sec: 2, tv_usec: 500000 }));
    const tv = S.unpackStruct(
      "timeval",
      s.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, layouts.timeval.size) as Buffer,
    );
    expect(tv).toEqual({ tv_sec: 2, tv_usec: 500000 });
  });
});

describeWhere(onWindows, "these are Windows' own structs, filled by Windows")(
  "Windows struct layouts",
  () => {
    it("MIB_IF_ROW2 as Windows fills it: a union, bitfield runs, WCHAR and UCHAR arrays, by typedef name", async () => {
      const win = (await win32Api())!;
      // GetIfTable2's rows, read through the generated MIB_IF_ROW2 and checked against each other and
      // against if_nameindex(): the LUID union's IfType bits are the row's Type.
      const rows = win
        .ifTable(S.offsetof("MIB_IF_TABLE2", "Table"), S.sizeof("MIB_IF_ROW2"))
        .map((b) => S.unpackStruct("MIB_IF_ROW2", b) as Record<string, unknown>);
      expect(rows.map((r) => r.InterfaceIndex).sort()).toEqual(
        S.if_nameindex()
          .map(([i]) => i)
          .sort(),
      );
      for (const row of rows) {
        const luid = row.InterfaceLuid as { Value: bigint | number };
        expect(Number(BigInt(luid.Value) >> 48n)).toBe(row.Type);
        const alias = Buffer.from(Uint16Array.from(row.Alias as number[]).buffer).toString("utf16le");
        expect(alias.replace(/\0.*$/s, "").length).toBeGreaterThan(0);
        expect(row).toHaveProperty("InterfaceAndOperStatusFlags");
      }
      const loopback = rows.find((r) => r.InterfaceIndex === 1)!;
      expect(loopback.Type).toBe(24); // IF_TYPE_SOFTWARE_LOOPBACK (ipifcons.h)
      expect(loopback.PhysicalAddressLength).toBe(0);
      // The typedef and the struct tag name the same record.
      expect(S.sizeof("MIB_IF_ROW2")).toBe(S.sizeof("_MIB_IF_ROW2"));
    });
  },
);

describeWhere(onLinux, "SO_PEERCRED, TCP_INFO and ip_mreqn are Linux's")("Linux struct options", () => {
  it("char arrays are their bytes both ways; bitfield runs and empty flexible arrays pack", () => {
    // An abstract AF_UNIX name starts with NUL: koffi's C-string reading would lose it all.
    const un = Buffer.alloc(S.sizeof("sockaddr_un"));
    un.writeUInt16LE(S.AF_UNIX, 0);
    un.write("\0abstract\xff", S.offsetof("sockaddr_un", "sun_path"), "latin1");
    const decoded = S.unpackStruct("sockaddr_un", un) as { sun_path: Buffer };
    expect(decoded.sun_path.subarray(0, 10)).toEqual(Buffer.from("\0abstract\xff", "latin1"));
    expect(S.packStruct("sockaddr_un", decoded).equals(un)).toBe(true);
    // A string is taken for a char array, as UTF-8.
    const named = S.packStruct("sockaddr_un", { sun_path: "/tmp/x" });
    expect(named.toString("latin1", 2, 8)).toBe("/tmp/x");
    // iphdr's version:4/ihl:4 run, as its byte.
    const ip = S.packStruct("iphdr", { __bitfields_ihl: [0x45], ttl: 64 });
    expect([ip[0], ip[S.offsetof("iphdr", "ttl")]]).toEqual([0x45, 64]);
    expect(S.unpackStruct("iphdr", ip)).toMatchObject({ __bitfields_ihl: [0x45], ttl: 64 });
    const info = Buffer.alloc(S.sizeof("tcp_info"), 7);
    expect(S.packStruct("tcp_info", S.unpackStruct("tcp_info", info)).equals(info)).toBe(true);
    expect(S.packStruct("af_alg_iv", { ivlen: 16, iv: [] })).toEqual(Buffer.from([16, 0, 0, 0]));
    expect(() => S.packStruct("af_alg_iv", { iv: [1] })).toThrow(RangeError);
  });

  it("an anonymous member's fields and a union's members are read and written by name", () => {
    // struct sock_extended_err ends in an anonymous union { __u32 ee_data; struct … ee_rfc4884; }.
    const L = layouts.sock_extended_err!;
    const b = S.packStruct("sock_extended_err", { ee_errno: 111, ee_data: 0x00050004 });
    expect(b.readUInt32LE(L.fields.ee_errno!.offset)).toBe(111);
    expect(b.readUInt32LE(L.fields.ee_data!.offset)).toBe(0x00050004);
    const ee = S.unpackStruct("sock_extended_err", b);
    expect(Object.keys(ee).filter((k) => k.startsWith("__"))).toEqual([]);
    // The same four bytes seen as both members (little-endian here: len is the low half).
    expect(ee).toMatchObject({ ee_errno: 111, ee_data: 0x00050004, ee_rfc4884: { len: 4, flags: 5 } });
    // can_frame's anonymous union { len; can_dlc; }, and its 8-aligned data.
    const frame = S.packStruct("can_frame", { can_id: 0x123, len: 3, data: [1, 2, 3] });
    expect(frame.length).toBe(16);
    expect([...frame.subarray(S.offsetof("can_frame", "data"), S.offsetof("can_frame", "data") + 3)]).toEqual(
      [1, 2, 3],
    );
    expect(S.unpackStruct("can_frame", frame)).toMatchObject({ can_id: 0x123, len: 3, can_dlc: 3 });
  });

  structReads("SO_PEERCRED: the peer's pid, uid and gid as a ucred", () => {
    const [a, b] = S.socketpair();
    const cred = S.unpackStruct(
      "ucred",
      a.getsockopt(S.SOL_SOCKET, S.SO_PEERCRED!, layouts.ucred.size) as Buffer,
    );
    expect(cred).toEqual({ pid: process.pid, uid: process.getuid!(), gid: process.getgid!() });
    a.close();
    b.close();
  });

  structReads("TCP_INFO of an established connection", () => {
    using srv = S.socket();
    srv.bind(["127.0.0.1", 0]);
    srv.listen();
    using c = S.socket();
    c.connect(srv.getsockname()!);
    const info = S.unpackStruct(
      "tcp_info",
      c.getsockopt(S.IPPROTO_TCP, S.TCP_INFO!, layouts.tcp_info.size) as Buffer,
    );
    expect(info.tcpi_state).toBe(1); // TCP_ESTABLISHED
    expect(info.tcpi_snd_mss).toBeGreaterThan(0);
  });

  membership("IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP with ip_mreqn: multicast on loopback", () => {
    const group = "239.255.77.1";
    const lo = S.if_nametoindex("lo");
    using r = S.socket(S.AF_INET, S.SOCK_DGRAM);
    r.bind(["", 0]);
    r.settimeout(5);
    const port = r.getsockname()[1];
    const membership = S.packStruct("ip_mreqn", { imr_multiaddr: group, imr_ifindex: lo });
    r.setsockopt(S.IPPROTO_IP, S.IP_ADD_MEMBERSHIP, membership);
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    s.setsockopt(S.IPPROTO_IP, S.IP_MULTICAST_IF, S.packStruct("ip_mreqn", { imr_ifindex: lo }));
    s.setsockopt(S.IPPROTO_IP, S.IP_MULTICAST_LOOP, 1);
    s.sendto("to the group", [group, port]);
    expect(r.recv(100).toString()).toBe("to the group");
    r.setsockopt(S.IPPROTO_IP, S.IP_DROP_MEMBERSHIP, membership);
    s.sendto("after leaving", [group, port]);
    r.settimeout(0.3);
    expect(() => r.recv(100)).toThrow(S.SocketTimeoutError);
  });

  membership(
    "IPV6_JOIN_GROUP / IPV6_LEAVE_GROUP with ipv6_mreq, on a veth into a test namespace",
    async () => {
      // lo takes no IPv6 multicast; a veth does, once its link-local address is past duplicate detection.
      const net = createTestNet("m6");
      try {
        const group = "ff02::4242";
        const ifindex = S.if_nametoindex(net.here);
        using r = S.socket(S.AF_INET6, S.SOCK_DGRAM);
        r.bind(["::", 0]);
        r.settimeout(2);
        const port = r.getsockname()[1];
        const membership = S.packStruct("ipv6_mreq", { ipv6mr_multiaddr: group, ipv6mr_interface: ifindex });
        r.setsockopt(S.IPPROTO_IPV6, S.IPV6_JOIN_GROUP, membership);
        using s = S.socket(S.AF_INET6, S.SOCK_DGRAM);
        s.setsockopt(S.IPPROTO_IPV6, S.IPV6_MULTICAST_IF, ifindex);
        s.setsockopt(S.IPPROTO_IPV6, S.IPV6_MULTICAST_LOOP, 1);
        for (let i = 0; ; i++) {
          try {
            s.sendto("six", [group, port, 0, ifindex]);
            break;
          } catch (e) {
            // EADDRNOTAVAIL until the link-local address is usable: bounded, about 5 s at most.
            if (i >= 50 || (e as S.SocketError).code !== "EADDRNOTAVAIL") throw e;
            await new Promise((done) => setTimeout(done, 100));
          }
        }
        expect(r.recv(10).toString()).toBe("six");
        r.setsockopt(S.IPPROTO_IPV6, S.IPV6_LEAVE_GROUP, membership);
      } finally {
        net.remove();
      }
    },
  );

  it("TCP keepalive and user-timeout integers", () => {
    using s = S.socket();
    s.setsockopt(S.SOL_SOCKET, S.SO_KEEPALIVE, 1);
    for (const [opt, v] of [
      [S.TCP_KEEPIDLE, 30],
      [S.TCP_KEEPINTVL, 5],
      [S.TCP_KEEPCNT, 4],
      [S.TCP_USER_TIMEOUT, 20000],
    ]) {
      s.setsockopt(S.IPPROTO_TCP, opt!, v!);
      expect(s.getsockopt(S.IPPROTO_TCP, opt!)).toBe(v);
    }
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_KEEPALIVE)).toBe(1);
  });
});
