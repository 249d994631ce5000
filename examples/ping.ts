// ping over ICMP echo, IPv4 or IPv6. Unprivileged ICMP sockets (SOCK_DGRAM + IPPROTO_ICMP, allowed by
// net.ipv4.ping_group_range) or raw ones (SOCK_RAW, root).
// Usage: tsx examples/ping.ts [--mode dgram|raw] [--count N] HOST
import * as socket from "bsdsock";

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i < 0 ? def : args.splice(i, 2)[1];
};
const mode = opt("--mode", "dgram");
const count = Number(opt("--count", "3"));
const host = args[0] ?? "127.0.0.1";

const [[family, , , , address]] = socket.getaddrinfo(host, null, socket.AF_UNSPEC, socket.SOCK_DGRAM);
const target = (address as [string])[0];
const v6 = family === socket.AF_INET6;
const proto = v6 ? socket.IPPROTO_ICMPV6 : socket.IPPROTO_ICMP;
const [ECHO_REQUEST, ECHO_REPLY] = v6 ? [128, 129] : [8, 0];
const s = socket.socket(family, mode === "raw" ? socket.SOCK_RAW : socket.SOCK_DGRAM, proto);
s.settimeout(2);
const id = process.pid & 0xffff;

/** The Internet checksum (RFC 1071). The kernel computes ICMPv6's itself. */
function checksum(b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < b.length; i += 2) sum += (b[i] << 8) + (b[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

let received = 0;
for (let seq = 1; seq <= count; seq++) {
  const packet = Buffer.alloc(8 + 16);
  packet.writeUInt8(ECHO_REQUEST, 0);
  packet.writeUInt16BE(id, 4);
  packet.writeUInt16BE(seq, 6);
  packet.write("bsdsock ping....", 8);
  if (!v6) packet.writeUInt16BE(checksum(packet), 2);
  const sent = performance.now();
  s.sendto(packet, v6 ? [target, 0, 0, 0] : [target, 0]);
  try {
    for (;;) {
      let [reply, from] = s.recvfrom(1500);
      // Raw IPv4 sockets hand over the IP header too.
      if (mode === "raw" && !v6) reply = reply.subarray((reply[0] & 0x0f) * 4);
      // Dgram ICMP sockets carry the kernel's own id; raw ones see every echo on the host.
      const ours =
        reply[0] === ECHO_REPLY &&
        reply.readUInt16BE(6) === seq &&
        (mode === "dgram" || reply.readUInt16BE(4) === id);
      if (!ours) continue;
      received++;
      console.log(
        `reply from ${(from as [string])[0]}: icmp_seq=${seq} time=${(performance.now() - sent).toFixed(3)} ms`,
      );
      break;
    }
  } catch (e) {
    if (!(e instanceof socket.SocketTimeoutError)) throw e;
    console.log(`no reply for icmp_seq=${seq}`);
  }
}
s.close();
console.log(`${count} packets transmitted, ${received} received`);
process.exitCode = received === count ? 0 : 1;
