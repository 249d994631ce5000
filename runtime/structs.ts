// C structs as JS objects, for the struct-valued socket options (SO_LINGER, SO_RCVTIMEO, IP_ADD_MEMBERSHIP,
// TCP_INFO, …) and ancillary data (ucred, in_pktinfo): packed and unpacked through this target's
// generated koffi types and layouts. IPv4/IPv6 address fields (struct in_addr / in6_addr) are address
// text ("239.1.2.3") in JS; every other field is what koffi makes of it (numbers, nested objects, arrays).
import koffi from "koffi";
import { byteLengthOf, bytes as bytesArg, copyOf, describe, items, noUndefined } from "./validate.js";
import { hostTarget, layouts, recordAliases } from "./platform/bindings.js";
import type { StructLayout } from "./platform/bindings-info.js";
import { C } from "./platform/seam.js";
import { ntop, pton } from "./address/inet.js";

type Layout = { size: number; fields: Record<string, { offset: number; size: number; type: string }> };
const ADDRESS_TYPES: Record<string, { family: number }> = {
  in_addr: { family: C.AF_INET },
  in6_addr: { family: C.AF_INET6 },
};

const table = layouts as unknown as Record<string, Layout | undefined>;

/** The generated record `name` is, by its own name or a typedef's (`MIB_IF_ROW2` is `_MIB_IF_ROW2`). */
function recordName(name: unknown, fn: string): string {
  if (typeof name !== "string") throw new TypeError(`${fn}() needs a struct name, got ${describe(name)}`);
  // Own entries only: "constructor" or "toString" are no structs.
  if (Object.hasOwn(table, name)) return name;
  if (Object.hasOwn(recordAliases, name) && Object.hasOwn(table, recordAliases[name]!))
    return recordAliases[name]!;
  throw new TypeError(`${fn}(): ${hostTarget} has no generated struct ${JSON.stringify(name)}`);
}

function layoutOf(name: unknown, fn: string): Layout {
  return table[recordName(name, fn)]!;
}

/** Whether a field type is (or holds) a pointer: its value is an address in this process, not data. */
function holdsPointer(type: string, seen = new Set<string>()): boolean {
  if (type.endsWith("*")) return true;
  const array = /^(.*)\[\d+\]$/.exec(type);
  if (array) return holdsPointer(array[1]!, seen);
  const nested = Object.hasOwn(table, type) ? table[type] : undefined;
  if (!nested || seen.has(type)) return false;
  seen.add(type);
  return Object.values(nested.fields).some((f) => holdsPointer(f.type, seen));
}

/**
 * The layout of generated struct `name` on the loaded target — `size`, `align`, and each field's
 * `offset`, `size` and types as clang computed them. An unknown name is a TypeError. For one number,
 * `sizeof(name)` and `offsetof(name, field)` say it directly.
 */
export function structLayout(name: string): StructLayout {
  return layoutOf(name, "structLayout") as unknown as StructLayout;
}

/** C's sizeof of generated struct `name` on the loaded target; an unknown name is a TypeError. */
export function sizeof(name: string): number {
  return layoutOf(name, "sizeof").size;
}

/** C's offsetof(`name`, `field`) on the loaded target; an unknown struct or field is a TypeError. */
export function offsetof(name: string, field: string): number {
  const f = layoutOf(name, "offsetof").fields[field];
  if (!f) throw new TypeError(`offsetof(): struct ${name} has no field ${JSON.stringify(field)}`);
  return f.offset;
}

const INT = /^(u?)int(8|16|32|64)_t$/;
/** Arrays of these are bytes: packed from byte views, number arrays or (char) strings. */
const BYTE_TYPES = new Set(["char", "uint8_t", "int8_t", "bytes"]);
const CHARS = /^char\[\d+\]$/;

/**
 * Checks a value against a field's storage type and returns a plain copy of it — every property and
 * item read once — which is all koffi ever sees: koffi does not survive some wrong values (a string for
 * an int32_t aborts the process), and a getter read twice could hand it one.
 */
function checkValue(v: unknown, type: string, where: string): unknown {
  // Address text is checked where it is packed (pton).
  if (type in ADDRESS_TYPES) {
    if (typeof v !== "string") throw new TypeError(`${where} must be an address string, got ${describe(v)}`);
    return v;
  }
  const int = INT.exec(type) ?? (type === "char" ? ["", "", "8"] : null);
  if (int) {
    const bits = Number(int[2]);
    const signed = int[1] !== "u" && type !== "char";
    const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
    const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
    const ok = (typeof v === "number" && Number.isInteger(v)) || (typeof v === "bigint" && bits === 64);
    if (!ok) throw new TypeError(`${where} must be an integer, got ${describe(v)}`);
    const n = BigInt(v as number | bigint);
    if (n < min || n > max) throw new RangeError(`${where} must be ${min}..${max}, got ${n}`);
    return v;
  }
  const array = /^(.*)\[(\d+)\]$/.exec(type);
  if (array) {
    let list: unknown[];
    if (typeof v === "string" && array[1] === "char") list = [...Buffer.from(v, "utf8")];
    else if (Array.isArray(v)) list = items(v, where);
    else if (byteLengthOf(v) >= 0) list = [...copyOf(bytesArg(v, where))];
    else throw new TypeError(`${where} must be an array, got ${describe(v)}`);
    if (list.length > Number(array[2])) throw new RangeError(`${where} holds at most ${array[2]} items`);
    const of = array[1]!.startsWith("bytes") ? "uint8_t" : array[1]!;
    return list.map((item, i) => checkValue(item, of, `${where}[${i}]`));
  }
  const nested = Object.hasOwn(table, type) ? table[type] : undefined;
  if (nested) {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      throw new TypeError(`${where} must be an object, got ${describe(v)}`);
    return checkFields(v as Record<string, unknown>, nested, type, where);
  }
  // Pointers and anything else cannot be given a value here.
  throw new TypeError(`${where} (${type}) cannot be set with packStruct`);
}

/** The checked copy of a struct's field values (address fields stay text, for pton). */
function checkFields(
  values: Record<string, unknown>,
  layout: Layout,
  name: string,
  where: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const f = Object.hasOwn(layout.fields, key) ? layout.fields[key] : undefined;
    if (!f) throw new TypeError(`packStruct(): struct ${name} has no field ${key}`);
    const v = values[key];
    if (v === undefined) continue;
    out[key] = checkValue(v, f.type, `${where}.${key}`);
  }
  return out;
}

/** C11 anonymous members (`__anonN`): their fields are listed by name beside them, and used that way. */
const isAnonymous = (key: string): boolean => key.startsWith("__anon");

/** Writes checked values at `at` the way the layout places them: records field by field, so a union's
 * member and an anonymous member's field land at their own offsets; leaves go through koffi. */
function encodeValue(out: Buffer, at: number, type: string, size: number, v: unknown, where: string): void {
  const address = ADDRESS_TYPES[type];
  if (address) {
    const packed = typeof v === "string" && !v.includes("\0") ? pton(address.family, v) : null;
    if (!packed) throw new TypeError(`${where} must be an address string, got ${describe(v)}`);
    packed.copy(out, at);
    return;
  }
  const record = Object.hasOwn(table, type) ? table[type] : undefined;
  if (record) {
    for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
      const f = record.fields[key]!;
      encodeValue(out, at + f.offset, f.type, f.size, value, `${where}.${key}`);
    }
    return;
  }
  const array = /^(.*)\[(\d+)\]$/.exec(type);
  const of = array?.[1];
  if (array && Number(array[2]) === 0) return; // a flexible array member: no room in the struct
  if (of && BYTE_TYPES.has(of)) {
    // Byte arrays (char[], uint8_t[], bitfield runs) as their bytes; items were range-checked.
    Buffer.from((v as number[]).map((b) => b & 0xff)).copy(out, at);
    return;
  }
  if (array && of && (Object.hasOwn(table, of) || of in ADDRESS_TYPES)) {
    const stride = size / Number(array[2]);
    (v as unknown[]).forEach((item, i) =>
      encodeValue(out, at + i * stride, of, stride, item, `${where}[${i}]`),
    );
    return;
  }
  koffi.encode(out, at, type, v);
}

/** Reads the value of `type` at `at`: records as plain objects with every field (all of a union's
 * members, since bytes do not say which is meant), addresses as text, leaves through koffi. */
function decodeValue(buf: Buffer, at: number, type: string, size: number): unknown {
  const address = ADDRESS_TYPES[type];
  if (address) return ntop(address.family, buf.subarray(at, at + size));
  const record = Object.hasOwn(table, type) ? table[type] : undefined;
  if (record) {
    const members = koffi.type(type).members ?? {};
    const out: Record<string, unknown> = {};
    for (const [key, f] of Object.entries(record.fields)) {
      if (isAnonymous(key)) continue;
      // A koffi member decodes as its koffi type (bitfield runs are byte arrays there); a field of an
      // anonymous member, which koffi's record does not have, as the layout names it.
      const leaf =
        Object.hasOwn(members, key) && !Object.hasOwn(table, f.type) && !CHARS.test(f.type)
          ? members[key]!.type
          : null;
      out[key] = leaf
        ? koffi.decode(buf, at + f.offset, leaf)
        : decodeValue(buf, at + f.offset, f.type, f.size);
    }
    return out;
  }
  // char[] as all its bytes (koffi would read a C string: cut at the first NUL, non-UTF-8 replaced).
  if (CHARS.test(type)) return Buffer.from(buf.subarray(at, at + size));
  const array = /^(.*)\[(\d+)\]$/.exec(type);
  const of = array?.[1];
  if (array && Number(array[2]) === 0) return []; // a flexible array member: the struct has none of it
  if (of === "bytes") return [...buf.subarray(at, at + size)];
  if (array && of && (Object.hasOwn(table, of) || of in ADDRESS_TYPES)) {
    const stride = size / Number(array[2]);
    return Array.from({ length: Number(array[2]) }, (_, i) => decodeValue(buf, at + i * stride, of, stride));
  }
  return koffi.decode(buf, at, type);
}

/**
 * The bytes of struct `name` with the given field values (missing fields are zero), e.g.
 * `packStruct("linger", { l_onoff: 1, l_linger: 5 })` for `setsockopt(SOL_SOCKET, SO_LINGER, …)`.
 * Fields of C11 anonymous members are given by their own names (`ee_data` of `sock_extended_err`).
 */
export function packStruct(name: string, values: Record<string, unknown> = {}): Buffer {
  noUndefined(arguments, ["name", "values"]);
  const record = recordName(name, "packStruct");
  const layout = table[record]!;
  if (typeof values !== "object" || values === null)
    throw new TypeError(`packStruct() values must be an object, got ${describe(values)}`);
  const checked = checkFields(values, layout, name, name);
  const out = Buffer.alloc(layout.size);
  try {
    encodeValue(out, 0, record, layout.size, checked, name);
  } catch (e) {
    throw new TypeError(`packStruct(): ${(e as Error).message}`);
  }
  return out;
}

/**
 * The fields of struct `name` read from `bytes` (e.g. what getsockopt or recvmsg returned), as plain
 * objects: a union gives every member, an anonymous member's fields appear under their own names.
 */
export function unpackStruct(name: string, bytes: ArrayBufferView): Record<string, unknown> {
  const record = recordName(name, "unpackStruct");
  const layout = table[record]!;
  // Following a pointer from bytes anyone can forge reads any memory: such structs are refused.
  const pointers = Object.entries(layout.fields).filter(([, f]) => holdsPointer(f.type));
  if (pointers.length)
    throw new TypeError(
      `unpackStruct(${name}): its field ${pointers[0]![0]} holds a pointer, which bytes cannot be trusted to carry`,
    );
  const b = bytesArg(bytes, "unpackStruct() bytes");
  if (b.length < layout.size)
    throw new RangeError(`unpackStruct(${name}): ${b.length} bytes, the struct is ${layout.size}`);
  const buf = copyOf(b).subarray(0, layout.size);
  return decodeValue(buf, 0, record, layout.size) as Record<string, unknown>;
}
