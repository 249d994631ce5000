// C structs as JS objects, for the struct-valued socket options (SO_LINGER, SO_RCVTIMEO, IP_ADD_MEMBERSHIP,
// TCP_INFO, …) and ancillary data (ucred, in_pktinfo): packed and unpacked through this target's
// generated koffi types and layouts. IPv4/IPv6 address fields (struct in_addr / in6_addr) are address
// text ("239.1.2.3") in JS; every other field is what koffi makes of it (numbers, nested objects, arrays).
import koffi from "koffi";
import { byteLengthOf, bytes as bytesArg, copyOf, describe, items, noUndefined } from "./validate.js";
import { hostTarget, layouts } from "./platform/bindings.js";
import type { StructLayout } from "./platform/bindings-info.js";
import { C } from "./platform/seam.js";
import { ntop, pton } from "./address/inet.js";

type Layout = { size: number; fields: Record<string, { offset: number; size: number; type: string }> };
const ADDRESS_TYPES: Record<string, { family: number }> = {
  in_addr: { family: C.AF_INET },
  in6_addr: { family: C.AF_INET6 },
};

const table = layouts as unknown as Record<string, Layout | undefined>;

function layoutOf(name: unknown, fn: string): Layout {
  if (typeof name !== "string") throw new TypeError(`${fn}() needs a struct name, got ${describe(name)}`);
  // Own entries only: "constructor" or "toString" are no structs.
  const layout = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!layout) throw new TypeError(`${fn}(): ${hostTarget} has no generated struct ${JSON.stringify(name)}`);
  return layout;
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

/** The fields holding an IPv4/IPv6 address, by name. */
function addressFields(layout: Layout) {
  return Object.entries(layout.fields).filter(([, f]) => f.type in ADDRESS_TYPES);
}

const INT = /^(u?)int(8|16|32|64)_t$/;

/**
 * Checks a value against a field's storage type and returns a plain copy of it — every property and
 * item read once — which is all koffi ever sees: koffi does not survive some wrong values (a string for
 * an int32_t aborts the process), and a getter read twice could hand it one.
 */
function checkValue(v: unknown, type: string, where: string): unknown {
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
    if (Array.isArray(v)) list = items(v, where);
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
    const f = layout.fields[key];
    if (!f) throw new TypeError(`packStruct(): struct ${name} has no field ${key}`);
    const v = values[key];
    if (v === undefined) continue;
    out[key] = f.type in ADDRESS_TYPES ? v : checkValue(v, f.type, `${where}.${key}`);
  }
  return out;
}

/**
 * The bytes of struct `name` with the given field values (missing fields are zero), e.g.
 * `packStruct("linger", { l_onoff: 1, l_linger: 5 })` for `setsockopt(SOL_SOCKET, SO_LINGER, …)`.
 */
export function packStruct(name: string, values: Record<string, unknown> = {}): Buffer {
  noUndefined(arguments, ["name", "values"]);
  const layout = layoutOf(name, "packStruct");
  if (typeof values !== "object" || values === null)
    throw new TypeError(`packStruct() values must be an object, got ${describe(values)}`);
  const checked = checkFields(values, layout, name, name);
  const addresses = addressFields(layout).filter(([key]) => checked[key] !== undefined);
  const rest = Object.fromEntries(Object.entries(checked).filter(([k]) => !addresses.some(([a]) => a === k)));
  const out = Buffer.alloc(layout.size);
  try {
    koffi.encode(out, name, rest);
  } catch (e) {
    throw new TypeError(`packStruct(${name}): ${(e as Error).message}`);
  }
  for (const [key, f] of addresses) {
    const text = checked[key];
    const packed =
      typeof text === "string" && !text.includes("\0") ? pton(ADDRESS_TYPES[f.type]!.family, text) : null;
    if (!packed)
      throw new TypeError(`packStruct(${name}): ${key} must be an address string, got ${describe(text)}`);
    packed.copy(out, f.offset);
  }
  return out;
}

/** The fields of struct `name` read from `bytes` (e.g. what getsockopt or recvmsg returned). */
export function unpackStruct(name: string, bytes: ArrayBufferView): Record<string, unknown> {
  const layout = layoutOf(name, "unpackStruct");
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
  const value = koffi.decode(buf, name) as Record<string, unknown>;
  for (const [key, f] of addressFields(layout)) {
    value[key] = ntop(ADDRESS_TYPES[f.type].family, buf.subarray(f.offset, f.offset + f.size));
  }
  return value;
}
