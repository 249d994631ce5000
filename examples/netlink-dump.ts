// Lists the network interfaces and the main routing table over rtnetlink (AF_NETLINK, NETLINK_ROUTE):
// RTM_GETLINK and RTM_GETROUTE dumps, decoded with the generated layouts and constants.
// Usage: tsx examples/netlink-dump.ts   (prints "link INDEX NAME" and "route DST/LEN dev NAME" lines)
import * as S from "bsdsock/linux";

// The generated struct layouts (sizeof and offsetof as clang computed them for this target).
const L = Object.fromEntries(
  ["nlmsghdr", "rtattr", "ifinfomsg", "rtmsg"].map((name) => [name, S.structLayout(name)]),
) as Record<"nlmsghdr" | "rtattr" | "ifinfomsg" | "rtmsg", S.StructLayout>;
const align = (n: number) => (n + S.NLMSG_ALIGNTO - 1) & ~(S.NLMSG_ALIGNTO - 1);
const HDRLEN = align(L.nlmsghdr.size);
const RTA_ALIGNTO = 4;

function request(type: number, body: Buffer, seq: number): Buffer {
  const msg = Buffer.alloc(HDRLEN + align(body.length));
  const H = L.nlmsghdr.fields;
  msg.writeUInt32LE(msg.length, H.nlmsg_len.offset);
  msg.writeUInt16LE(type, H.nlmsg_type.offset);
  msg.writeUInt16LE(S.NLM_F_REQUEST | S.NLM_F_DUMP, H.nlmsg_flags.offset);
  msg.writeUInt32LE(seq, H.nlmsg_seq.offset);
  body.copy(msg, HDRLEN);
  return msg;
}

/** Every message of a dump, until NLMSG_DONE. */
function* dump(s: S.SocketType, type: number, body: Buffer, seq: number): Generator<Buffer> {
  s.send(request(type, body, seq));
  for (;;) {
    const chunk = s.recv(65536);
    for (let at = 0; at + HDRLEN <= chunk.length;) {
      const len = chunk.readUInt32LE(at + L.nlmsghdr.fields.nlmsg_len.offset);
      const kind = chunk.readUInt16LE(at + L.nlmsghdr.fields.nlmsg_type.offset);
      if (kind === S.NLMSG_DONE) return;
      if (kind === S.NLMSG_ERROR) throw new Error("netlink error");
      yield chunk.subarray(at, at + len);
      at += align(len);
    }
  }
}

/** The rtattrs after a fixed header of `fixed` bytes, by type. */
function attributes(msg: Buffer, fixed: number): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  for (let at = HDRLEN + align(fixed); at + L.rtattr.size <= msg.length;) {
    const len = msg.readUInt16LE(at + L.rtattr.fields.rta_len.offset);
    if (len < L.rtattr.size) break;
    out.set(
      msg.readUInt16LE(at + L.rtattr.fields.rta_type.offset),
      msg.subarray(at + L.rtattr.size, at + len),
    );
    at += (len + RTA_ALIGNTO - 1) & ~(RTA_ALIGNTO - 1);
  }
  return out;
}

using s = S.socket(S.AF_NETLINK, S.SOCK_RAW, S.NETLINK_ROUTE);
s.bind([0, 0]);
s.settimeout(5);
const names = new Map<number, string>();
for (const msg of dump(s, S.RTM_GETLINK, Buffer.alloc(L.ifinfomsg.size), 1)) {
  const index = msg.readInt32LE(HDRLEN + L.ifinfomsg.fields.ifi_index.offset);
  const name =
    attributes(msg, L.ifinfomsg.size).get(S.IFLA_IFNAME)?.toString("utf8").replace(/\0.*$/s, "") ?? "";
  names.set(index, name);
  console.log(`link ${index} ${name}`);
}
const rtm = Buffer.alloc(L.rtmsg.size);
rtm.writeUInt8(S.AF_INET, L.rtmsg.fields.rtm_family.offset);
for (const msg of dump(s, S.RTM_GETROUTE, rtm, 2)) {
  if (msg.readUInt8(HDRLEN + L.rtmsg.fields.rtm_table.offset) !== S.RT_TABLE_MAIN) continue;
  const attrs = attributes(msg, L.rtmsg.size);
  const dst = attrs.get(S.RTA_DST);
  const len = msg.readUInt8(HDRLEN + L.rtmsg.fields.rtm_dst_len.offset);
  const oif = attrs.get(S.RTA_OIF)?.readInt32LE(0);
  console.log(
    `route ${dst ? S.inet_ntoa(dst) : "0.0.0.0"}/${len} dev ${oif === undefined ? "-" : names.get(oif)}`,
  );
}
