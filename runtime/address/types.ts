// Address types by family, for TypeScript: an AF_* constant's type carries the family's name
// (AddressFamily<"AF_INET">, from the generated constants), a socket made with it is
// SocketType<"AF_INET">, and its methods take and return that family's address shape. Types only;
// the codecs (inet.ts, unix.ts, netlink.ts, tipc.ts, the family specs) are what the shapes describe.
import type { AddressFamily } from "../../generated/loaded.js";

export type { AddressFamily };

/** Any address bsdsock can hand back: a tuple, a path (string), or bytes (an abstract AF_UNIX name). */
export type SocketAddress = string | Buffer | readonly unknown[];

type Unix = { in: string | Uint8Array; out: string | Buffer };

/**
 * Per family: what bind/connect/sendto take (`in`) and what getsockname/getpeername/accept/recvfrom
 * give back (`out`). Families not listed here (a family added by a spec of your own, say) take and give
 * SocketAddress.
 */
export interface AddressTypes {
  /** `[host, port]`; host is an IPv4 address or a name to resolve ("" is INADDR_ANY, "<broadcast>"). */
  AF_INET: { in: readonly [host: string, port: number]; out: [host: string, port: number] };
  /** `[host, port, flowinfo, scopeId]`; host may carry a zone ("fe80::1%eth0"). */
  AF_INET6: {
    in: readonly [host: string, port: number, flowinfo?: number, scopeId?: number];
    out: [host: string, port: number, flowinfo: number, scopeId: number];
  };
  /** A path, or a Buffer starting with a NUL byte for Linux's abstract namespace ("" when unnamed). */
  AF_UNIX: Unix;
  AF_LOCAL: Unix;
  AF_FILE: Unix;
  /** `[pid, groups]`: the netlink port id (0: the kernel) and the multicast group mask. */
  AF_NETLINK: { in: readonly [pid: number, groups: number]; out: [pid: number, groups: number] };
  /** `[addrType, v1, v2, v3, scope]` (TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME or TIPC_ADDR_ID). */
  AF_TIPC: {
    in: readonly [addrType: number, v1: number, v2: number, v3: number, scope?: number];
    out: [addrType: number, v1: number, v2: number, v3: number, scope: number];
  };
  /** `[ifname, proto, pkttype, hatype, addr]`: proto is an ETH_P_* value, addr the hardware address. */
  AF_PACKET: {
    in: readonly [ifname: string, proto: number, pkttype?: number, hatype?: number, addr?: Uint8Array];
    out: [ifname: string, proto: number, pkttype: number, hatype: number, addr: Buffer];
  };
  /** `[cid, port]`. */
  AF_VSOCK: { in: readonly [cid: number, port: number]; out: [cid: number, port: number] };
  /** `[interface]`: the CAN interface's name ("" for every interface). */
  AF_CAN: { in: readonly [iface: string]; out: [iface: string] };
}

/** What a socket of family `F` (an AF_* name) takes as an address. */
export type AddressIn<F extends string> = F extends keyof AddressTypes
  ? AddressTypes[F]["in"]
  : SocketAddress;
/** What a socket of family `F` gives back as an address. */
export type AddressOut<F extends string> = F extends keyof AddressTypes
  ? AddressTypes[F]["out"]
  : SocketAddress;
