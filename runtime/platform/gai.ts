// getaddrinfo/getnameinfo at the C level: raw sockaddr bytes in and out, nothing decoded. Used by the
// address codecs (hostnames in addresses) and by the public resolver. The async variants run the same
// calls on libuv's threadpool through koffi, as Node's own dns.lookup does.
import koffi from "koffi";
import { GaiError, SocketError } from "../errors.js";
import { C, lastError, net } from "./seam.js";
import { copyBytes, type Address } from "./memory.js";
import { cString as cStringArg } from "../validate.js";

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

interface DecodedAddrinfo {
  ai_family: number;
  ai_socktype: number;
  ai_protocol: number;
  ai_addrlen: number;
  ai_addr: Address;
  ai_canonname: string | null;
  ai_next: Address;
}

/** EAI_SYSTEM carries an errno, readable only on the thread that made the call. The error names the host. */
export function gaiFailure(
  code: number,
  syscall: string,
  errno: number | undefined,
  host: string | null,
): SocketError {
  const hostname = host ?? undefined;
  if (code === net.EAI_SYSTEM && errno)
    return new SocketError(errno, undefined, syscall, undefined, { hostname });
  return new GaiError(code, syscall, hostname);
}

function hintsStruct(hints: Hints) {
  return {
    ai_flags: hints.flags ?? 0,
    ai_family: hints.family ?? C.AF_UNSPEC,
    ai_socktype: hints.socktype ?? 0,
    ai_protocol: hints.protocol ?? 0,
    ai_addrlen: 0,
    ai_addr: null,
    ai_canonname: null,
    ai_next: null,
  };
}

/** Copies the result list out of C memory and frees it. */
function collect(list: Address): RawAddrinfo[] {
  const out: RawAddrinfo[] = [];
  try {
    let p = list;
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
    net.freeaddrinfo(list);
  }
  return out;
}

/** Host and service as C strings: a NUL would cut them short there (a different name would be looked up). */
function checkNames(host: string | null, port: string | null): void {
  if (host !== null) cStringArg(host, "host");
  if (port !== null) cStringArg(port, "port");
}

/**
 * koffi runs at most 256 threadpool calls at once (in the whole process) and throws past that; the
 * resolver's calls queue for one of MAX_LOOKUPS slots instead, as dns.lookup's queue on libuv's pool.
 */
export const MAX_LOOKUPS = 64;
let lookups = 0;
const queued: (() => void)[] = [];

/** Runs `call` (which starts one threadpool call and settles once it ends) when a slot is free. */
function inPool<T>(call: () => Promise<T>): Promise<T> {
  const run = (): Promise<T> => {
    lookups++;
    const done = () => {
      lookups--;
      queued.shift()?.();
    };
    let p: Promise<T>;
    try {
      p = call();
    } catch (e) {
      done();
      return Promise.reject(e);
    }
    return p.finally(done);
  };
  if (lookups < MAX_LOOKUPS) return run();
  return new Promise<T>((resolve, reject) => queued.push(() => run().then(resolve, reject)));
}

export function rawGetaddrinfo(host: string | null, port: string | null, hints: Hints = {}): RawAddrinfo[] {
  checkNames(host, port);
  const res: [Address] = [null];
  const rc = net.getaddrinfo(host, port, hintsStruct(hints), res);
  if (rc !== 0) throw gaiFailure(rc, "getaddrinfo", lastError(), host);
  return collect(res[0]);
}

export function rawGetaddrinfoAsync(
  host: string | null,
  port: string | null,
  hints: Hints = {},
): Promise<RawAddrinfo[]> {
  try {
    checkNames(host, port);
  } catch (e) {
    return Promise.reject(e);
  }
  const res: [Address] = [null];
  return inPool(
    () =>
      new Promise((resolve, reject) => {
        net.getaddrinfo.async(host, port, hintsStruct(hints), res, (err: Error | null, rc: number) => {
          if (err) return reject(err);
          if (rc !== 0) return reject(gaiFailure(rc, "getaddrinfo", undefined, host));
          try {
            resolve(collect(res[0]));
          } catch (e) {
            reject(e);
          }
        });
      }),
  );
}

export const NI_MAXHOST = 1025;
export const NI_MAXSERV = 32;

export function rawGetnameinfo(sa: Buffer, flags: number): [string, string] {
  const host = Buffer.alloc(NI_MAXHOST);
  const serv = Buffer.alloc(NI_MAXSERV);
  const rc = net.getnameinfo(sa, sa.length, host, host.length, serv, serv.length, flags);
  if (rc !== 0) throw gaiFailure(rc, "getnameinfo", lastError(), null);
  return [cString(host), cString(serv)];
}

export function rawGetnameinfoAsync(sa: Buffer, flags: number): Promise<[string, string]> {
  // The closure keeps sa, host and serv referenced until the threadpool call completes.
  const host = Buffer.alloc(NI_MAXHOST);
  const serv = Buffer.alloc(NI_MAXSERV);
  return inPool(
    () =>
      new Promise((resolve, reject) => {
        net.getnameinfo.async(
          sa,
          sa.length,
          host,
          host.length,
          serv,
          serv.length,
          flags,
          (err: Error | null, rc: number) => {
            if (err) return reject(err);
            if (rc !== 0) return reject(gaiFailure(rc, "getnameinfo", undefined, null));
            void sa;
            resolve([cString(host), cString(serv)]);
          },
        );
      }),
  );
}

export function cString(b: Buffer): string {
  const end = b.indexOf(0);
  return b.toString("utf8", 0, end < 0 ? b.length : end);
}
