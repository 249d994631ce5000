// getsockopt and setsockopt: validated first (every integer against its C type), then one call on the
// socket's fd. Struct-valued options go through packStruct/unpackStruct (../structs.ts) as bytes.
import { SocketError } from "../errors.js";
import { lastError, sys } from "../platform/seam.js";
import { bytes, cInt, copyOf, cUint, describe, intIn } from "../validate.js";
import type { SocketCore } from "./core.js";

/**
 * The largest option buffer getsockopt() reads. CPython stops at 1024; some options need more (a
 * netlink socket's group list, SO_PEERSEC labels, IP_MSFILTER with many sources), so bsdsock takes up
 * to 64 KiB.
 */
export const GETSOCKOPT_MAX = 65536;

/** Without `buflen`: the option as a C int. With it: up to `buflen` raw bytes. */
export function getsockopt(
  core: SocketCore,
  level: unknown,
  optname: unknown,
  buflen?: unknown,
): number | Buffer {
  const lv = cInt(level, "level");
  const opt = cInt(optname, "optname");
  const size = buflen === undefined ? undefined : intIn(buflen, "buflen", 1, GETSOCKOPT_MAX);
  const fd = core.live("getsockopt");
  const v = Buffer.alloc(size ?? 4);
  const len = new Uint32Array([v.length]);
  if (sys.getsockopt(fd, lv, opt, v, len) < 0) throw new SocketError(lastError(), undefined, "getsockopt");
  return size === undefined ? v.readInt32LE(0) : v.subarray(0, len[0]);
}

/**
 * `value`: an integer or boolean, passed as a C int; or bytes, passed as they are; or null with
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
  if (typeof value === "boolean" || typeof value === "number") {
    data = Buffer.alloc(4);
    data.writeInt32LE(typeof value === "boolean" ? Number(value) : cInt(value, "option value"), 0);
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
