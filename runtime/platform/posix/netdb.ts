// netdb on POSIX: the reentrant _r calls, which fill a caller-supplied struct and scratch buffer
// (strings in the struct point into the scratch buffer, so both stay referenced until copied out).
import koffi from "koffi";
import { constants as C, layouts } from "../bindings.js";
import { swap16 } from "../byteorder.js";
import { hostEntry, type Hostent } from "../hostent.js";
import type { Address } from "../memory.js";
import type { HostEntry, Netdb, NetdbFailure } from "../contract.js";
import type { Libc } from "./libc.js";
import type { Functions as DarwinFunctions } from "../../../generated/darwin-x64/functions.js";

/** Scratch sizes for the _r calls (bytes); tests shrink them to force the ERANGE path. */
export const scratchLimits = { start: 1024, max: 1 << 20 };

interface Reentrant {
  rc: number;
  found: boolean;
  ret: Buffer;
  buf: Buffer;
}

function reentrant(
  structSize: number,
  call: (ret: Buffer, buf: Buffer, out: [Address]) => number,
): Reentrant {
  for (let len = Math.max(1, scratchLimits.start); ; len *= 2) {
    const ret = Buffer.alloc(structSize);
    const buf = Buffer.alloc(len);
    const out: [Address] = [null];
    const rc = call(ret, buf, out);
    // ERANGE: the scratch buffer was too small for the answer; retry with a larger one, up to a bound.
    if (rc === C.ERANGE && len < scratchLimits.max) continue;
    return { rc, found: out[0] !== null && out[0] !== 0n, ret, buf };
  }
}

function hostResult(r: Reentrant, hErrno: number): HostEntry | NetdbFailure {
  if (!r.found)
    return r.rc === C.ERANGE ? { failed: true, errno: C.ERANGE } : { failed: true, herror: hErrno };
  const entry = hostEntry(koffi.decode(r.ret, "hostent") as Hostent);
  void r.buf; // the strings above were read out of r.buf
  return entry;
}

/** glibc answers "no such entry" with 0 and a NULL result; anything else is an errno. */
function miss(r: Reentrant): NetdbFailure {
  return r.rc !== 0 ? { failed: true, errno: r.rc } : { failed: true };
}

/** The netdb calls over `libc`. */
export function posixNetdb(libc: Libc): Netdb {
  return {
    hostByName(name) {
      const hErrno = new Int32Array(1);
      const r = reentrant(layouts.hostent.size, (ret, buf, out) =>
        libc.gethostbyname_r(name, ret, buf, buf.length, out, hErrno),
      );
      return hostResult(r, hErrno[0]);
    },
    hostByAddr(packed, family) {
      const hErrno = new Int32Array(1);
      const r = reentrant(layouts.hostent.size, (ret, buf, out) =>
        libc.gethostbyaddr_r(packed, packed.length, family, ret, buf, buf.length, out, hErrno),
      );
      return hostResult(r, hErrno[0]);
    },
    servByName(name, proto) {
      const r = reentrant(layouts.servent.size, (ret, buf, out) =>
        libc.getservbyname_r(name, proto, ret, buf, buf.length, out),
      );
      if (!r.found) return miss(r);
      // s_port is an int holding the port in network byte order.
      const sPort = koffi.decode(r.ret, layouts.servent.fields.s_port.offset, "int32_t") as number;
      return { port: swap16(sPort & 0xffff) };
    },
    servByPort(port, proto) {
      const netPort = swap16(port);
      const r = reentrant(layouts.servent.size, (ret, buf, out) =>
        libc.getservbyport_r(netPort, proto, ret, buf, buf.length, out),
      );
      if (!r.found) return miss(r);
      const s = koffi.decode(r.ret, "servent") as { s_name: string | null };
      return { name: s.s_name ?? "" };
    },
    protoByName(name) {
      const r = reentrant(layouts.protoent.size, (ret, buf, out) =>
        libc.getprotobyname_r(name, ret, buf, buf.length, out),
      );
      if (!r.found) return miss(r);
      return { proto: koffi.decode(r.ret, layouts.protoent.fields.p_proto.offset, "int32_t") as number };
    },
    hstrerror: (h) => libc.hstrerror(h) ?? `Resolver error ${h}`,
  };
}

/** The calls a libc without the _r lookups (macOS) offers instead (darwin's generated prototypes). */
type BsdNetdbCalls = Pick<
  DarwinFunctions,
  "getipnodebyname" | "getipnodebyaddr" | "freehostent" | "getservbyname" | "getservbyport" | "getprotobyname"
>;

/**
 * netdb where libc has no _r calls (macOS): hosts through getipnodebyname/getipnodebyaddr, which are
 * thread-safe and report the h_errno code through a pointer (h_errno itself is a variable koffi cannot
 * read), each result freed with freehostent; services and protocols through the classic calls, whose
 * static results are copied out at once (sync calls run on the JS thread, as CPython's under its lock).
 */
export function bsdNetdb(libc: Libc, calls: BsdNetdbCalls): Netdb {
  function host(found: Address, err: Int32Array): HostEntry | NetdbFailure {
    if (!found) return { failed: true, herror: err[0] };
    try {
      return hostEntry(koffi.decode(found, "hostent") as Hostent);
    } finally {
      calls.freehostent(found);
    }
  }
  return {
    hostByName(name) {
      const err = new Int32Array(1);
      return host(calls.getipnodebyname(name, C.AF_INET, 0, err) as Address, err);
    },
    hostByAddr(packed, family) {
      const err = new Int32Array(1);
      return host(calls.getipnodebyaddr(packed, packed.length, family, err) as Address, err);
    },
    servByName(name, proto) {
      const s = calls.getservbyname(name, proto) as Address;
      if (!s) return { failed: true };
      const sPort = koffi.decode(s, layouts.servent.fields.s_port.offset, "int32_t") as number;
      return { port: swap16(sPort & 0xffff) };
    },
    servByPort(port, proto) {
      const s = calls.getservbyport(swap16(port), proto) as Address;
      if (!s) return { failed: true };
      return { name: (koffi.decode(s, "servent") as { s_name: string | null }).s_name ?? "" };
    },
    protoByName(name) {
      const p = calls.getprotobyname(name) as Address;
      if (!p) return { failed: true };
      return { proto: koffi.decode(p, layouts.protoent.fields.p_proto.offset, "int32_t") as number };
    },
    hstrerror: (h) => libc.hstrerror(h) ?? `Resolver error ${h}`,
  };
}
