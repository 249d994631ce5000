// IPv4 multicast on one interface: a receiver joins a group (IP_ADD_MEMBERSHIP with struct ip_mreqn),
// a sender sends to it (IP_MULTICAST_IF, IP_MULTICAST_LOOP).
// Usage: tsx examples/multicast.ts receive GROUP PORT IFNAME COUNT   (prints "joined PORT" first)
//        tsx examples/multicast.ts send GROUP PORT IFNAME MESSAGE
// A receiver given PORT 0 binds a free port: the one it prints.
import * as S from "bsdsock";

const [mode, group, port, ifname, arg] = process.argv.slice(2);
const ifindex = S.if_nametoindex(ifname);
using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
if (mode === "receive") {
  s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1);
  s.bind(["", Number(port)]);
  s.setsockopt(
    S.IPPROTO_IP,
    S.IP_ADD_MEMBERSHIP,
    S.packStruct("ip_mreqn", { imr_multiaddr: group, imr_ifindex: ifindex }),
  );
  s.settimeout(10);
  console.log(`joined ${s.getsockname()[1]}`);
  for (let i = 0; i < Number(arg); i++) {
    const [data, [from]] = s.recvfrom(1500) as [Buffer, [string, number]];
    console.log(`received "${data.toString()}" from ${from}`);
  }
  s.setsockopt(
    S.IPPROTO_IP,
    S.IP_DROP_MEMBERSHIP,
    S.packStruct("ip_mreqn", { imr_multiaddr: group, imr_ifindex: ifindex }),
  );
} else {
  s.setsockopt(S.IPPROTO_IP, S.IP_MULTICAST_IF, S.packStruct("ip_mreqn", { imr_ifindex: ifindex }));
  s.setsockopt(S.IPPROTO_IP, S.IP_MULTICAST_LOOP, 1);
  s.sendto(arg, [group, Number(port)]);
  console.log("sent");
}
