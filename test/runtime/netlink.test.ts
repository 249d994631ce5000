// AF_NETLINK through bsdsock: a real RTM_GETLINK dump against the kernel, compared with `ip -j link
// show`; the generic netlink controller's family list, compared with `genl ctrl list`; plus the
// [pid, groups] codec on its own.
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { describeWhere, emulator, itWhere, linuxApi as S, onLinux } from "../helpers/platform.js";
import { decodeAddress } from "../../runtime/address/codec.js";
import { readHost16, readHost32, writeHost16, writeHost32 } from "../../runtime/platform/byteorder.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { isTestLink } from "../helpers/netns.js";

const {
  AF_NETLINK,
  AF_UNSPEC,
  NETLINK_ROUTE,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  NLMSG_ALIGNTO,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSG_HDRLEN,
  SOCK_RAW,
  codecFor,
  socket,
} = S;

// Not in the generated manifest (the rtnetlink headers are not probed), so taken by hand from
// linux/rtnetlink.h (RTM_GETLINK, RTM_NEWLINK, struct ifinfomsg, struct rtattr, RTA_ALIGNTO) and
// linux/if_link.h (IFLA_IFNAME).
const RTM_NEWLINK = 16;
const RTM_GETLINK = 18;
const IFLA_IFNAME = 3;
const IFINFOMSG_SIZE = 16; // u8 ifi_family, u8 pad, u16 ifi_type, i32 ifi_index, u32 ifi_flags, u32 ifi_change
const IFINFOMSG_FAMILY = 0;
const RTATTR = { size: 4, rta_len: 0, rta_type: 2 }; // struct rtattr { u16 rta_len; u16 rta_type; }
const RTA_ALIGNTO = 4;

const NLH = layouts.nlmsghdr;
const NL = layouts.sockaddr_nl;

const align = (n: number, to: number): number => (n + to - 1) & ~(to - 1);

/** An RTM_GETLINK dump request for every interface (family AF_UNSPEC). */
function getlinkRequest(seq: number): Buffer {
  const len = NLMSG_HDRLEN + align(IFINFOMSG_SIZE, NLMSG_ALIGNTO);
  const req = Buffer.alloc(len);
  writeHost32(req, len, NLH.fields.nlmsg_len.offset);
  writeHost16(req, RTM_GETLINK, NLH.fields.nlmsg_type.offset);
  writeHost16(req, NLM_F_REQUEST | NLM_F_DUMP, NLH.fields.nlmsg_flags.offset);
  writeHost32(req, seq, NLH.fields.nlmsg_seq.offset);
  writeHost32(req, 0, NLH.fields.nlmsg_pid.offset);
  req.writeUInt8(AF_UNSPEC, NLMSG_HDRLEN + IFINFOMSG_FAMILY);
  return req;
}

/** IFLA_IFNAME of one RTM_NEWLINK message (`msg` is the whole message, header included). */
function ifname(msg: Buffer): string | undefined {
  let off = NLMSG_HDRLEN + align(IFINFOMSG_SIZE, NLMSG_ALIGNTO);
  while (off + RTATTR.size <= msg.length) {
    const len = readHost16(msg, off + RTATTR.rta_len);
    const type = readHost16(msg, off + RTATTR.rta_type);
    if (len < RTATTR.size || off + len > msg.length) throw new Error(`malformed rtattr at ${off}`);
    if (type === IFLA_IFNAME) {
      const value = msg.subarray(off + RTATTR.size, off + len);
      const nul = value.indexOf(0);
      return value.toString("utf8", 0, nul < 0 ? value.length : nul);
    }
    off += align(len, RTA_ALIGNTO);
  }
  return undefined;
}

function ipLinkNames(): string[] {
  const r = spawnSync("ip", ["-j", "link", "show"], { encoding: "utf8", timeout: 10_000 });
  if (r.error) throw r.error;
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { ifname: string }[]).map((l) => l.ifname);
}

describeWhere(onLinux, "AF_NETLINK is Linux's")("AF_NETLINK / NETLINK_ROUTE", () => {
  it("dumps the links with RTM_GETLINK and finds the interfaces `ip link` shows", () => {
    const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
    try {
      // A broken dump must fail, not hang the run.
      s.settimeout(5);
      s.bind([0, 0]);
      const me = s.getsockname() as [number, number];
      expect(me).toHaveLength(2);
      const [pid, groups] = me;
      expect(groups).toBe(0);
      // pid 0 asked the kernel to assign a port id; it is never 0 afterwards.
      expect(Number.isInteger(pid) && pid > 0 && pid <= 0xffffffff).toBe(true);

      const seq = 0x5eed;
      const req = getlinkRequest(seq);
      expect(s.sendto(req, [0, 0])).toBe(req.length);

      const names: string[] = [];
      let done = false;
      // Each recvfrom returns at least one message; far fewer datagrams than this is normal.
      for (let i = 0; i < 1000 && !done; i++) {
        const [data, from] = s.recvfrom(65536);
        // Replies come from the kernel: port id 0, no groups.
        expect(from).toEqual([0, 0]);
        let off = 0;
        while (off + NLMSG_HDRLEN <= data.length) {
          const len = readHost32(data, off + NLH.fields.nlmsg_len.offset);
          const type = readHost16(data, off + NLH.fields.nlmsg_type.offset);
          // A truncated datagram (buffer too small) would show up here.
          expect(len >= NLMSG_HDRLEN && off + len <= data.length).toBe(true);
          expect(readHost32(data, off + NLH.fields.nlmsg_seq.offset)).toBe(seq);
          // The kernel addresses its replies to the port id getsockname() decoded.
          expect(readHost32(data, off + NLH.fields.nlmsg_pid.offset)).toBe(pid);
          if (type === NLMSG_ERROR) {
            const errno = -(readHost32(data, off + NLMSG_HDRLEN + layouts.nlmsgerr.fields.error.offset) | 0);
            throw new Error(`netlink dump failed: errno ${errno}`);
          }
          if (type === NLMSG_DONE) {
            done = true;
            break;
          }
          if (type === RTM_NEWLINK) {
            const name = ifname(data.subarray(off, off + len));
            expect(name).toBeDefined();
            names.push(name!);
          }
          off += align(len, NLMSG_ALIGNTO);
        }
      }
      expect(done).toBe(true);
      expect(names).toContain("lo");
      expect(names.length).toBe(new Set(names).size);
      // Other test files add and remove veth pairs meanwhile: theirs are left out of both listings.
      const host = (list: string[]) => new Set(list.filter((n) => !isTestLink(n)));
      expect(host(names)).toEqual(host(ipLinkNames()));
    } finally {
      s.close();
    }
  });

  it("rejects a malformed address at bind() before any system call", () => {
    const s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
    try {
      expect(() => s.bind("lo" as never)).toThrow(TypeError);
      expect(() => s.bind([0, -1])).toThrow(RangeError);
      // Still unbound: getsockname reports port id 0.
      expect(s.getsockname()).toEqual([0, 0]);
    } finally {
      s.close();
    }
  });
});

describeWhere(onLinux, "AF_NETLINK is Linux's")("AF_NETLINK address codec", () => {
  it("is the registered codec for AF_NETLINK", () => {
    expect(codecFor(AF_NETLINK).name).toBe("AF_NETLINK");
  });

  it("encodes [pid, groups] into struct sockaddr_nl at the generated offsets", () => {
    const sa = codecFor(AF_NETLINK).encode([0x12345678, 0x80000001]);
    expect(sa.length).toBe(NL.size);
    expect(readHost16(sa, NL.fields.nl_family.offset)).toBe(AF_NETLINK);
    expect(readHost16(sa, NL.fields.nl_pad.offset)).toBe(0);
    expect(readHost32(sa, NL.fields.nl_pid.offset)).toBe(0x12345678);
    expect(readHost32(sa, NL.fields.nl_groups.offset)).toBe(0x80000001);
  });

  it("round-trips, including the uint32 extremes, and decodes through the family registry", () => {
    for (const addr of [
      [0, 0],
      [1, 2],
      [0xffffffff, 0xffffffff],
      [process.pid, 1],
    ]) {
      const sa = codecFor(AF_NETLINK).encode(addr);
      expect(codecFor(AF_NETLINK).decode(sa)).toEqual(addr);
      expect(decodeAddress(sa)).toEqual(addr);
    }
  });

  it("throws TypeError for a wrong shape or non-integer members", () => {
    for (const bad of [undefined, null, 0, "0", {}, [], [1], [1, 2, 3], Buffer.alloc(12)])
      expect(() => codecFor(AF_NETLINK).encode(bad), String(bad)).toThrow(TypeError);
    for (const bad of [
      [1.5, 0],
      [0, "1"],
      [0n, 0],
      [Number.NaN, 0],
      [0, Infinity],
      [null, 0],
    ])
      expect(() => codecFor(AF_NETLINK).encode(bad)).toThrow(TypeError);
  });

  it("throws RangeError for values outside uint32", () => {
    for (const bad of [
      [-1, 0],
      [0, -1],
      [2 ** 32, 0],
      [0, 2 ** 32],
    ])
      expect(() => codecFor(AF_NETLINK).encode(bad)).toThrow(RangeError);
  });
});

describeWhere(onLinux, "AF_NETLINK is Linux's")("AF_NETLINK / NETLINK_GENERIC", () => {
  itWhere(
    !emulator,
    `${emulator} opens NETLINK_ROUTE, NETLINK_KOBJECT_UEVENT and NETLINK_AUDIT sockets only`,
  )("the generic netlink controller lists the same families and ids as iproute2's `genl ctrl list`", () => {
    const G = layouts.genlmsghdr;
    const A = layouts.nlattr;
    const align = (n: number) => (n + S.NLA_ALIGNTO - 1) & ~(S.NLA_ALIGNTO - 1);
    const HDR = align(layouts.nlmsghdr.size);
    using s = S.socket(S.AF_NETLINK, S.SOCK_RAW, S.NETLINK_GENERIC);
    s.bind([0, 0]);
    s.settimeout(5);
    // CTRL_CMD_GETFAMILY, dumped: every family the kernel has registered.
    const req = Buffer.alloc(HDR + align(G.size));
    const H = layouts.nlmsghdr.fields;
    writeHost32(req, req.length, H.nlmsg_len.offset);
    writeHost16(req, S.GENL_ID_CTRL, H.nlmsg_type.offset);
    writeHost16(req, S.NLM_F_REQUEST | S.NLM_F_DUMP, H.nlmsg_flags.offset);
    writeHost32(req, 7, H.nlmsg_seq.offset);
    req.writeUInt8(S.CTRL_CMD_GETFAMILY, HDR + G.fields.cmd.offset);
    req.writeUInt8(1, HDR + G.fields.version.offset);
    s.send(req);
    const families: [string, number][] = [];
    for (let done = false, chunks = 0; !done && chunks < 100; chunks++) {
      const buf = s.recv(65536);
      for (let at = 0; at + HDR <= buf.length;) {
        const len = readHost32(buf, at + H.nlmsg_len.offset);
        const type = readHost16(buf, at + H.nlmsg_type.offset);
        if (type === S.NLMSG_DONE) done = true;
        if (type === S.GENL_ID_CTRL) {
          let name = "";
          let id = -1;
          for (let a = at + HDR + align(G.size); a + A.size <= at + len;) {
            const alen = readHost16(buf, a + A.fields.nla_len.offset);
            const atype = readHost16(buf, a + A.fields.nla_type.offset) & S.NLA_TYPE_MASK;
            const value = buf.subarray(a + S.NLA_HDRLEN, a + alen);
            if (atype === S.CTRL_ATTR_FAMILY_NAME) name = value.toString("utf8").replace(/\0.*$/s, "");
            if (atype === S.CTRL_ATTR_FAMILY_ID) id = readHost16(value, 0);
            if (alen < A.size) break;
            a += align(alen);
          }
          families.push([name, id]);
        }
        at += align(len);
      }
    }
    const genl = spawnSync("genl", ["ctrl", "list"], { encoding: "utf8", timeout: 10_000 });
    expect(genl.status, genl.stderr).toBe(0);
    const expected = [...genl.stdout.matchAll(/^Name: (\S+)\n\s+ID: (0x[0-9a-f]+)/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(families).toContainEqual(["nlctrl", S.GENL_ID_CTRL]);
    expect(families.sort()).toEqual(expected.sort());
  });
});
