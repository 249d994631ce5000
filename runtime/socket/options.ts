// getsockopt and setsockopt: validated first (every integer against its C type), then one call on the
// socket's fd. Struct-valued options go through packStruct/unpackStruct (../structs.ts) as bytes.
import { SocketError } from "../errors.js";
import { addressFamilies } from "../platform/bindings.js";
import { lastError, sys } from "../platform/seam.js";
import { bytes, cInt, copyOf, cUint, describe, intIn } from "../validate.js";
import type { SocketCore } from "./core.js";

/**
 * The largest option buffer getsockopt() reads. CPython stops at 1024; some options need more (a
 * netlink socket's group list, SO_PEERSEC labels, IP_MSFILTER with many sources), so bsdsock takes up
 * to 64 KiB.
 */
export const GETSOCKOPT_MAX = 65536;

/** Options whose integer value is not a C int, by "level:name" (the family specs' `options`). */
const WIDTHS = new Map(
  addressFamilies.flatMap((f) => f.options.map((o) => [`${o.level}:${o.value}`, o] as const)),
);

/** The integer type of option (level, opt): a C int unless a family spec says otherwise. */
function widthOf(level: number, opt: number): { size: number; signed: boolean } {
  return WIDTHS.get(`${level}:${opt}`) ?? { size: 4, signed: true };
}

/** An integer option value in its C type: range-checked, little- or big-endian as the host. */
function encodeInt(value: number | bigint | boolean, w: { size: number; signed: boolean }): Buffer {
  if (typeof value === "boolean") value = Number(value);
  if (w.size === 4 && w.signed) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(cInt(value, "option value"), 0);
    return b;
  }
  if (typeof value === "number" && !Number.isInteger(value))
    throw new TypeError(`option value must be an integer, got ${describe(value)}`);
  // A number past 2^53 may not be the integer the caller meant: beyond that, a bigint says it exactly.
  if (typeof value === "number" && !Number.isSafeInteger(value))
    throw new RangeError(`option value ${value} is beyond 2^53: give it as a bigint`);
  const n = BigInt(value);
  const bits = BigInt(w.size * 8);
  const min = w.signed ? -(1n << (bits - 1n)) : 0n;
  const max = w.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n < min || n > max) throw new RangeError(`option value must be ${min}-${max}, got ${n}`);
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt.asUintN(64, n));
  return b.subarray(0, w.size);
}

function decodeInt(b: Buffer, w: { size: number; signed: boolean }): number {
  if (w.size === 4) return w.signed ? b.readInt32LE(0) : b.readUInt32LE(0);
  const n = w.signed ? b.readBigInt64LE(0) : b.readBigUInt64LE(0);
  // A number, as the types say; one it cannot hold exactly is refused, never rounded.
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`option value ${n} is beyond 2^53: read it as bytes (buflen ${w.size})`);
  return Number(n);
}

/**
 * Without `buflen`: the option as an integer, a C int unless the target's family specs give it another
 * width (AF_VSOCK's 64-bit buffer sizes; a value beyond 2^53 is a RangeError). With it: up to `buflen`
 * raw bytes.
 */
export function getsockopt(
  core: SocketCore,
  level: unknown,
  optname: unknown,
  buflen?: unknown,
): number | Buffer {
  const lv = cInt(level, "level");
  const opt = cInt(optname, "optname");
  const size = buflen === undefined ? undefined : intIn(buflen, "buflen", 1, GETSOCKOPT_MAX);
  const width = widthOf(lv, opt);
  const fd = core.live("getsockopt");
  const v = Buffer.alloc(size ?? width.size);
  const len = new Uint32Array([v.length]);
  if (sys.getsockopt(fd, lv, opt, v, len) < 0) throw new SocketError(lastError(), undefined, "getsockopt");
  return size === undefined ? decodeInt(v, width) : v.subarray(0, len[0]);
}

/**
 * `value`: an integer or boolean, passed as a C int (or the width a family spec gives the option, where
 * a bigint is also taken); or bytes, passed as they are; or null with
 * `optlen`, a NULL pointer with that length (CPython's `setsockopt(level, opt, None, optlen)`, as
 * AF_ALG's ALG_SET_AEAD_AUTHSIZE takes it).
 */
export function setsockopt(
  core: SocketCore,
  level: unknown,
  optname: unknown,
  value: unknown,
  optlen?: unknown,
): void {
  const lv = cInt(level, "level");
  const opt = cInt(optname, "optname");
  if (value === null) {
    if (optlen === undefined) throw new TypeError("setsockopt(level, optname, null, optlen) needs optlen");
    const n = cUint(optlen, "optlen");
    const fd = core.live("setsockopt");
    if (sys.setsockopt(fd, lv, opt, null, n) < 0) throw new SocketError(lastError(), undefined, "setsockopt");
    return;
  }
  if (optlen !== undefined) throw new TypeError("setsockopt() takes optlen only with a null value");
  let data: Buffer;
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "bigint") {
    const width = widthOf(lv, opt);
    if (typeof value === "bigint" && width.size !== 8)
      throw new TypeError(`option value must be a number for a C int option, got ${describe(value)}`);
    data = encodeInt(value, width);
  } else if (value === undefined) {
    throw new TypeError("setsockopt() needs a value (an integer, boolean or bytes)");
  } else {
    try {
      // A copy, read through the engine's view of the memory: the call sees exactly what was checked.
      data = copyOf(bytes(value, "option value"));
    } catch {
      throw new TypeError(`setsockopt value must be an integer, boolean or bytes, got ${describe(value)}`);
    }
  }
  const fd = core.live("setsockopt");
  if (sys.setsockopt(fd, lv, opt, data, data.length) < 0)
    throw new SocketError(lastError(), undefined, "setsockopt");
}
