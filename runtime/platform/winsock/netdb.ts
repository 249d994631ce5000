// netdb on Windows: gethostbyname and friends return per-thread static memory (there are no _r calls),
// copied out at once; h_errno is WSAGetLastError().
import koffi from "koffi";
import { swap16 } from "../byteorder.js";
import { hostEntry, type Hostent } from "../hostent.js";
import type { Address } from "../memory.js";
import type { HostEntry, Netdb, NetdbFailure } from "../contract.js";
import type { WinsockApi } from "./api.js";

/** The netdb calls over ws2_32; h_errno values are Winsock codes, whose text is `strerror`'s. */
export function winsockNetdb({ ws, startup }: WinsockApi, strerror: (err: number) => string): Netdb {
  function failure(): NetdbFailure {
    const err = ws.WSAGetLastError();
    return err ? { failed: true, herror: err } : { failed: true };
  }

  function host(p: unknown): HostEntry | NetdbFailure {
    if (!p) return failure();
    return hostEntry(koffi.decode(p, "hostent") as Hostent);
  }

  return {
    hostByName(name) {
      startup();
      return host(ws.gethostbyname(name));
    },
    hostByAddr(packed, family) {
      startup();
      return host(ws.gethostbyaddr(packed, packed.length, family));
    },
    servByName(name, proto) {
      startup();
      const p = ws.getservbyname(name, proto) as Address;
      if (!p) return failure();
      // s_port is a short holding the port in network byte order.
      const s = koffi.decode(p, "servent") as { s_port: number };
      return { port: swap16(s.s_port & 0xffff) };
    },
    servByPort(port, proto) {
      startup();
      const p = ws.getservbyport(swap16(port), proto) as Address;
      if (!p) return failure();
      return { name: (koffi.decode(p, "servent") as { s_name: string | null }).s_name ?? "" };
    },
    protoByName(name) {
      startup();
      const p = ws.getprotobyname(name) as Address;
      if (!p) return failure();
      return { proto: (koffi.decode(p, "protoent") as { p_proto: number }).p_proto };
    },
    // Windows has no hstrerror; h_errno values are Winsock codes with system messages.
    hstrerror: strerror,
  };
}
