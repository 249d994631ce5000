// Socket addresses: one codec per family behind a registry keyed by family, so a new family plugs in
// without touching the socket object. A codec turns the JS form (Python's tuples as arrays, strings
// for AF_UNIX) into sockaddr bytes and back.
import { SocketError, SocketTimeoutError, type ErrorContext } from "../errors.js";
import { C, ERR, layouts } from "../platform/seam.js";
import { readSockaddrFamily, sockaddrHeader } from "./sockaddr.js";
import { cUint, describe } from "../validate.js";

export { describe };

import type { SocketAddress } from "./types.js";

export type { SocketAddress };

export interface AddressCodec {
  readonly family: number;
  readonly name: string;
  /** JS address → the exact sockaddr bytes. Bad input throws TypeError/RangeError/SocketError naming the problem. */
  encode(address: unknown): Buffer;
  /** sockaddr bytes (exactly the length the kernel returned) → JS address. */
  decode(sa: Buffer): SocketAddress;
}

const codecs = new Map<number, AddressCodec>();

export function registerAddressCodec(codec: AddressCodec): void {
  codecs.set(codec.family, codec);
}

export function codecFor(family: number): AddressCodec {
  const c = codecs.get(family);
  if (!c) throw new SocketError(ERR.AFNOSUPPORT, `no address codec for address family ${family}`, "address");
  return c;
}

export function hasCodec(family: number): boolean {
  return codecs.has(family);
}

/** Room for any address the kernel can return. */
export const SOCKADDR_MAX = layouts.sockaddr_storage.size;

/** struct sockaddr's family field (after the length byte on BSD targets). */
export const SOCKADDR_HEADER = sockaddrHeader(layouts.sockaddr, "sa");

export function familyOf(sa: Buffer): number {
  return (sa.length >= 2 && readSockaddrFamily(sa, SOCKADDR_HEADER)) || C.AF_UNSPEC;
}

/** Decodes whatever family the bytes say; unknown families come back as [family, raw bytes]. */
export function decodeAddress(sa: Buffer): SocketAddress {
  const fam = familyOf(sa);
  const c = codecs.get(fam);
  return c ? c.decode(sa) : [fam, Buffer.from(sa.subarray(2))];
}

/**
 * Node's `address`/`port` for an error about the sockaddr `sa`: IP address text and port, a path (an
 * abstract AF_UNIX name as "@name"), or the decoded address as text.
 */
export function errorContext(sa: Buffer): ErrorContext {
  try {
    const fam = familyOf(sa);
    const a = decodeAddress(sa);
    if ((fam === C.AF_INET || fam === C.AF_INET6) && Array.isArray(a))
      return { address: String(a[0]), port: Number(a[1]) };
    if (typeof a === "string") return { address: a };
    if (Buffer.isBuffer(a)) return { address: `@${a.subarray(1).toString("utf8")}` };
    return { address: describe(a) };
  } catch {
    return {};
  }
}

/** `e` with the address `sa` it was about, when it is a SocketError that names none yet. */
export function withAddress(e: unknown, sa: Buffer): unknown {
  if (!(e instanceof SocketError) || e instanceof SocketTimeoutError || e.address !== undefined) return e;
  return new SocketError(e.errno, e.strerror, e.syscall, e.code, errorContext(sa));
}

export function checkPort(port: unknown, what = "port"): number {
  if (typeof port !== "number" || !Number.isInteger(port))
    throw new TypeError(`${what} must be an integer, got ${describe(port)}`);
  if (port < 0 || port > 0xffff) throw new RangeError(`${what} must be 0-65535, got ${port}`);
  return port;
}

export function checkUint32(v: unknown, what: string): number {
  return cUint(v, what);
}

export function checkTuple(address: unknown, min: number, max: number, shape: string): readonly unknown[] {
  if (!Array.isArray(address) || address.length < min || address.length > max)
    throw new TypeError(`address must be ${shape}, got ${describe(address)}`);
  return address;
}
