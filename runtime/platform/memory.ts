// Reading C memory koffi hands back as addresses (bigint): NULL-terminated pointer arrays, strings,
// and copies of raw bytes taken before the memory is freed.
import koffi from "koffi";

export type Address = bigint | object | null;

const POINTER_SIZE = koffi.sizeof("void *");

export function copyBytes(ptr: Address, length: number): Buffer {
  if (!ptr || length <= 0) return Buffer.alloc(0);
  return Buffer.from(new Uint8Array(koffi.view(ptr, length)));
}

export function readString(ptr: Address): string | null {
  if (!ptr) return null;
  return koffi.decode(ptr, "char", -1) as string;
}

/** The entries of a NULL-terminated array of pointers (char **, as in hostent). */
export function readPointerArray(ptr: Address, limit = 4096): Address[] {
  const out: Address[] = [];
  if (!ptr) return out;
  for (let i = 0; i < limit; i++) {
    const p = koffi.decode(ptr, i * POINTER_SIZE, "void *") as Address;
    if (!p) break;
    out.push(p);
  }
  return out;
}
