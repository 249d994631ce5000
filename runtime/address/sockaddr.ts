// The leading fields of a sockaddr as the loaded target lays them out: Linux and Windows start with a
// 16-bit family in host order; the BSDs (macOS) with a length byte (sa_len, sin_len, sun_len, …) and
// an 8-bit family. The generated layouts say which, so nothing here names a platform.
// Its types are its own (not the generated ones), so the package's declarations stay small.
import { readHost16, writeHost16 } from "../platform/byteorder.js";

/** Where a field of a generated layout is. */
export interface FieldAt {
  readonly offset: number;
  readonly size: number;
}

/** Where a sockaddr's family is, and its length byte where the target has one. */
export interface SockaddrHeader {
  readonly family: FieldAt;
  readonly length?: FieldAt;
}

/** The header of a sockaddr layout whose fields are named `<prefix>_family` and `<prefix>_len`. */
export function sockaddrHeader(layout: { readonly fields: object }, prefix: string): SockaddrHeader {
  const fields = layout.fields as Partial<Record<string, FieldAt>>;
  const family = fields[`${prefix}_family`];
  if (!family) throw new Error(`no ${prefix}_family in this sockaddr layout`);
  const length = fields[`${prefix}_len`];
  return length ? { family, length } : { family };
}

/**
 * Writes the family and, where the layout has a length byte, the sockaddr's length (all of `sa`): the
 * BSD kernels take the length from the call's argument, but libc's getnameinfo checks the byte.
 */
export function writeSockaddrHeader(sa: Buffer, family: number, h: SockaddrHeader): void {
  if (h.family.size === 1) sa.writeUInt8(family, h.family.offset);
  else writeHost16(sa, family, h.family.offset);
  if (h.length) sa.writeUInt8(Math.min(sa.length, 0xff), h.length.offset);
}

/** The family `sa` says it is; undefined when it is too short to hold one. */
export function readSockaddrFamily(sa: Buffer, h: SockaddrHeader): number | undefined {
  if (sa.length < h.family.offset + h.family.size) return undefined;
  return h.family.size === 1 ? sa.readUInt8(h.family.offset) : readHost16(sa, h.family.offset);
}
