// getaddrinfo/getnameinfo at the C level: raw sockaddr bytes in and out, nothing decoded. Used by the
// address codecs (hostnames in addresses) and by the public resolver.
import { GaiError, SocketError } from "../errors.js";
import { C, lastError, libc } from "./posix.js";
import koffi from "koffi";
import { copyBytes, type Address } from "./memory.js";

export interface RawAddrinfo {
  family: number;
  socktype: number;
  protocol: number;
  canonname: string;
  addr: Buffer;
}

export interface Hints {
  family?: number;
  socktype?: number;
  protocol?: number;
  flags?: number;
}

function gaiFailure(code: number, syscall: string): SocketError {
  if (code === C.EAI_SYSTEM) return new SocketError(lastError(), undefined, syscall);
  return new GaiError(code, syscall);
}

export function rawGetaddrinfo(host: string | null, port: string | null, hints: Hints = {}): RawAddrinfo[] {
  const res: [Address] = [null];
  const h = {
    ai_flags: hints.flags ?? 0,
    ai_family: hints.family ?? C.AF_UNSPEC,
    ai_socktype: hints.socktype ?? 0,
    ai_protocol: hints.protocol ?? 0,
    ai_addrlen: 0,
    ai_addr: null,
    ai_canonname: null,
    ai_next: null,
  };
  const rc = libc.getaddrinfo(host, port, h, res);
  if (rc !== 0) throw gaiFailure(rc, "getaddrinfo");
  const out: RawAddrinfo[] = [];
  try {
    let p = res[0];
    for (let guard = 0; p && guard < 10_000; guard++) {
      const ai = koffi.decode(p, "addrinfo") as DecodedAddrinfo;
      out.push({
        family: ai.ai_family,
        socktype: ai.ai_socktype,
        protocol: ai.ai_protocol,
        canonname: ai.ai_canonname ?? "",
        addr: copyBytes(ai.ai_addr, ai.ai_addrlen),
      });
      p = ai.ai_next;
    }
  } finally {
    libc.freeaddrinfo(res[0]);
  }
  return out;
}

interface DecodedAddrinfo {
  ai_family: number;
  ai_socktype: number;
  ai_protocol: number;
  ai_addrlen: number;
  ai_addr: Address;
  ai_canonname: string | null;
  ai_next: Address;
}

export const NI_MAXHOST = 1025;
export const NI_MAXSERV = 32;

export function rawGetnameinfo(sa: Buffer, flags: number): [string, string] {
  const host = Buffer.alloc(NI_MAXHOST);
  const serv = Buffer.alloc(NI_MAXSERV);
  const rc = libc.getnameinfo(sa, sa.length, host, host.length, serv, serv.length, flags);
  if (rc !== 0) throw gaiFailure(rc, "getnameinfo");
  return [cString(host), cString(serv)];
}

export function cString(b: Buffer): string {
  const end = b.indexOf(0);
  return b.toString("utf8", 0, end < 0 ? b.length : end);
}
