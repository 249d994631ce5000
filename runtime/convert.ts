// Byte-order and IP address text conversions: htons/ntohs/htonl/ntohl, inet_aton/inet_ntoa and
// inet_pton/inet_ntop, with Python's rules for arguments and errors.
import { SocketError } from "./errors.js";
import { describe } from "./address/codec.js";
import { bytes, copyOf } from "./validate.js";
import { readHost32, swap16, writeHost32 } from "./platform/byteorder.js";
import { C, ERR, lastError, net } from "./platform/seam.js";

const scratch = Buffer.alloc(4);

function checkInt(x: unknown, name: string, max: number, bits: number): number {
  if (typeof x !== "number" || !Number.isInteger(x))
    throw new TypeError(`${name}: expected an integer, got ${describe(x)}`);
  if (x < 0) throw new RangeError(`${name}: can't convert negative value to a ${bits}-bit unsigned integer`);
  // Python 3.11 only warns and truncates above 0xffff; silent truncation is a bug magnet, so refuse.
  if (x > max) throw new RangeError(`${name}: ${x} is larger than ${bits} bits`);
  return x;
}

// Host order is whatever node:os reports (via byteorder.ts); network order is big-endian. Writing in
// host order and reading big-endian swaps on little-endian hosts and is the identity on big-endian ones.
export function htons(x: number): number {
  return swap16(checkInt(x, "htons", 0xffff, 16));
}

export function ntohs(x: number): number {
  return swap16(checkInt(x, "ntohs", 0xffff, 16));
}

export function htonl(x: number): number {
  writeHost32(scratch, checkInt(x, "htonl", 0xffffffff, 32), 0);
  return scratch.readUInt32BE(0);
}

export function ntohl(x: number): number {
  scratch.writeUInt32BE(checkInt(x, "ntohl", 0xffffffff, 32), 0);
  return readHost32(scratch, 0);
}

function checkText(s: unknown, fn: string): string {
  if (typeof s !== "string") throw new TypeError(`${fn}() argument must be a string, got ${describe(s)}`);
  // C would silently stop at the NUL and accept a prefix of what the caller meant.
  if (s.includes("\0")) throw new RangeError(`${fn}() argument must not contain a NUL character`);
  return s;
}

/** A copy of the packed bytes, read through the engine's view of them (never a `length` property). */
function checkPacked(p: unknown, fn: string): Buffer {
  return copyOf(bytes(p, `${fn}() argument`));
}

function checkFamily(family: unknown, fn: string): number {
  if (typeof family !== "number" || !Number.isInteger(family))
    throw new TypeError(`${fn}() family must be an integer, got ${describe(family)}`);
  return family;
}

/** What libc answers for a family it has no text form for; checked after the argument types, as Python does. */
function checkSupported(af: number, fn: string): void {
  if (af !== C.AF_INET && af !== C.AF_INET6) throw new SocketError(ERR.AFNOSUPPORT, undefined, fn);
}

/** Dotted-quad text (or the short forms C accepts, such as "127.1") → 4 bytes in network order. */
export function inet_aton(ip: string): Buffer {
  const text = checkText(ip, "inet_aton");
  const out = net.inetAton(text);
  if (!out) throw new SocketError(ERR.INVAL, "illegal IP address string passed to inet_aton", "inet_aton");
  return out;
}

export function inet_ntoa(packed: Uint8Array): string {
  const p = checkPacked(packed, "inet_ntoa");
  if (p.length !== 4) throw new RangeError("packed IP wrong length for inet_ntoa");
  return `${p[0]}.${p[1]}.${p[2]}.${p[3]}`;
}

export function inet_pton(family: number, ip: string): Buffer {
  const af = checkFamily(family, "inet_pton");
  const text = checkText(ip, "inet_pton");
  checkSupported(af, "inet_pton");
  const out = Buffer.alloc(af === C.AF_INET6 ? 16 : 4);
  if (net.inet_pton(af, text, out) !== 1)
    throw new SocketError(ERR.INVAL, "illegal IP address string passed to inet_pton", "inet_pton");
  return out;
}

export function inet_ntop(family: number, packed: Uint8Array): string {
  const af = checkFamily(family, "inet_ntop");
  const p = checkPacked(packed, "inet_ntop");
  checkSupported(af, "inet_ntop");
  // Checked before the call: C reads exactly 4 or 16 bytes whatever the buffer holds.
  if (p.length !== (af === C.AF_INET6 ? 16 : 4))
    throw new RangeError("invalid length of packed IP address string");
  const out = Buffer.alloc(64);
  if (net.inet_ntop(af, p, out, out.length) === null)
    throw new SocketError(lastError(), undefined, "inet_ntop");
  return out.toString("latin1", 0, out.indexOf(0));
}
