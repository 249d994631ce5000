// Host byte order for the fields C keeps in host order (sa_family, scope ids, netlink pids).
import { endianness } from "node:os";

export const LITTLE_ENDIAN = endianness() === "LE";

export function writeHost16(b: Buffer, v: number, off: number): void {
  if (LITTLE_ENDIAN) b.writeUInt16LE(v, off);
  else b.writeUInt16BE(v, off);
}
export function readHost16(b: Buffer, off: number): number {
  return LITTLE_ENDIAN ? b.readUInt16LE(off) : b.readUInt16BE(off);
}
export function writeHost32(b: Buffer, v: number, off: number): void {
  if (LITTLE_ENDIAN) b.writeUInt32LE(v, off);
  else b.writeUInt32BE(v, off);
}
export function readHost32(b: Buffer, off: number): number {
  return LITTLE_ENDIAN ? b.readUInt32LE(off) : b.readUInt32BE(off);
}

const scratch = Buffer.alloc(2);
/** htons and ntohs (the same operation): a 16-bit value between host and network byte order. */
export function swap16(v: number): number {
  writeHost16(scratch, v, 0);
  return scratch.readUInt16BE(0);
}
