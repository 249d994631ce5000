// A raw AF_PACKET sniffer: prints the link-layer header of every frame on one interface (root).
// Usage: tsx examples/packet-sniffer.ts IFNAME COUNT   (prints "sniffing IFNAME" first)
import * as S from "bsdsock/linux";

const [ifname, count] = process.argv.slice(2);
using s = S.socket(S.AF_PACKET, S.SOCK_RAW, S.htons(S.ETH_P_ALL));
s.bind([ifname, S.ETH_P_ALL]);
s.settimeout(10);
console.log(`sniffing ${ifname}`);
const mac = (b: Buffer) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(":");
for (let i = 0; i < Number(count); i++) {
  const [frame, address] = s.recvfrom(65536);
  const [, proto, pkttype] = address!;
  const kind = pkttype === S.PACKET_OUTGOING ? "out" : "in";
  console.log(
    `${kind} ${mac(frame.subarray(6, 12))} > ${mac(frame.subarray(0, 6))} type 0x${proto.toString(16).padStart(4, "0")} len ${frame.length}`,
  );
}
