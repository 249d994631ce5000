// Address codecs made from generated family specs (generated/<target>/families.ts): each tuple member
// is written to and read from its sockaddr field as the spec's encoding says. A hand-written codec
// registered later for the same family replaces the generated one.
import type { AddressFamilySpec, AddressMember } from "../../generated/linux-x64/families.js";
import { SocketError } from "../errors.js";
import { LITTLE_ENDIAN, writeHost16 } from "../platform/byteorder.js";
import { ERR, lastError, net } from "../platform/seam.js";
import { byteLengthOf, bytes as bytesArg, copyOf } from "../validate.js";
import { checkTuple, describe, registerAddressCodec, type AddressCodec } from "./codec.js";

function checkUint(v: unknown, m: AddressMember, bits: number): number | bigint {
  const max = 2n ** BigInt(bits) - 1n;
  if (typeof v === "bigint" && bits === 64) {
    if (v < 0n || v > max) throw new RangeError(`${m.name} must be 0-${max}, got ${v}`);
    return v;
  }
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new TypeError(`${m.name} must be an integer, got ${describe(v)}`);
  if (v < 0 || BigInt(v) > max) throw new RangeError(`${m.name} must be 0-${max}, got ${v}`);
  return v;
}

/** Writes an integer field of any size: in network order, or in this host's order. */
function writeInt(sa: Buffer, m: AddressMember, v: number | bigint, signed: boolean, network: boolean): void {
  const n = typeof v === "bigint" ? v : BigInt(v);
  const bytes = Buffer.alloc(8);
  if (signed) bytes.writeBigInt64LE(n);
  else bytes.writeBigUInt64LE(BigInt.asUintN(64, n));
  const le = bytes.subarray(0, m.size);
  const out = network || !LITTLE_ENDIAN ? Buffer.from(le).reverse() : le;
  out.copy(sa, m.offset);
}

function readInt(sa: Buffer, m: AddressMember, signed: boolean, network: boolean): number | bigint {
  const raw = Buffer.from(sa.subarray(m.offset, m.offset + m.size));
  const le = network || !LITTLE_ENDIAN ? raw.reverse() : raw;
  const padded = Buffer.alloc(8, signed && le[le.length - 1] & 0x80 ? 0xff : 0);
  le.copy(padded);
  const v = signed ? padded.readBigInt64LE() : padded.readBigUInt64LE();
  return m.size === 8 && (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER))
    ? v
    : Number(v);
}

function ifIndex(v: unknown, m: AddressMember): number {
  if (typeof v !== "string") throw new TypeError(`${m.name} must be an interface name, got ${describe(v)}`);
  if (v === "") return 0; // any interface
  if (v.includes("\0")) throw new RangeError(`${m.name} must not contain a NUL character`);
  const index = net.interfaces?.nameToIndex(v) ?? 0;
  // As CPython: the system's own error (ENODEV, "No such device").
  if (index === 0) throw new SocketError(lastError() || ERR.NOENT, undefined, "if_nametoindex");
  return index;
}

function ifName(index: number): string {
  return index === 0 ? "" : (net.interfaces?.indexToName(index) ?? "");
}

/** The codec a generated family spec describes. */
export function codecFromSpec(spec: AddressFamilySpec): AddressCodec {
  const required = spec.members.filter((m) => !m.optional).length;
  const shape = `[${spec.members.map((m) => (m.optional ? `${m.name}?` : m.name)).join(", ")}] for ${spec.family}`;
  return {
    family: spec.value,
    name: spec.family,
    encode(address) {
      const t = checkTuple(address, required, spec.members.length, shape);
      const sa = Buffer.alloc(spec.size);
      writeHost16(sa, spec.value, spec.familyOffset);
      spec.members.forEach((m, i) => {
        const v = t[i];
        if (v === undefined) return;
        switch (m.as) {
          case "uint":
          case "net":
            writeInt(sa, m, checkUint(v, m, m.size * 8), false, m.as === "net");
            break;
          case "int": {
            if (typeof v !== "number" || !Number.isInteger(v))
              throw new TypeError(`${m.name} must be an integer, got ${describe(v)}`);
            const half = 2 ** (m.size * 8 - 1);
            if (v < -half || v >= half)
              throw new RangeError(`${m.name} must fit ${m.size * 8} signed bits, got ${v}`);
            writeInt(sa, m, v, true, false);
            break;
          }
          case "ifname":
            writeInt(sa, m, ifIndex(v, m), false, false);
            break;
          case "string": {
            if (typeof v !== "string") throw new TypeError(`${m.name} must be a string, got ${describe(v)}`);
            const text = Buffer.from(v, "utf8");
            if (text.includes(0)) throw new RangeError(`${m.name} must not contain a NUL character`);
            if (text.length >= m.size)
              throw new RangeError(`${m.name} is at most ${m.size - 1} bytes, got ${text.length}`);
            text.copy(sa, m.offset);
            break;
          }
          case "bytes": {
            if (byteLengthOf(v) < 0) throw new TypeError(`${m.name} must be bytes, got ${describe(v)}`);
            const b = copyOf(bytesArg(v, m.name));
            if (b.length > m.size)
              throw new RangeError(`${m.name} is at most ${m.size} bytes, got ${b.length}`);
            sa.set(b, m.offset);
            if (m.lengthOffset !== undefined)
              writeInt(sa, { ...m, offset: m.lengthOffset, size: m.lengthSize! }, b.length, false, false);
            break;
          }
        }
      });
      return sa;
    },
    decode(sa) {
      // The kernel may return less than the whole struct: missing bytes read as zero.
      const b = sa.length >= spec.size ? sa : Buffer.concat([sa, Buffer.alloc(spec.size - sa.length)]);
      return spec.members.map((m) => {
        switch (m.as) {
          case "uint":
          case "net":
            return readInt(b, m, false, m.as === "net");
          case "int":
            return readInt(b, m, true, false);
          case "ifname":
            return ifName(Number(readInt(b, m, true, false)));
          case "string": {
            const field = b.subarray(m.offset, m.offset + m.size);
            const end = field.indexOf(0);
            return field.toString("utf8", 0, end < 0 ? field.length : end);
          }
          case "bytes": {
            const len =
              m.lengthOffset === undefined
                ? m.size
                : Math.min(
                    m.size,
                    Number(readInt(b, { ...m, offset: m.lengthOffset, size: m.lengthSize! }, false, false)),
                  );
            return Buffer.from(b.subarray(m.offset, m.offset + len));
          }
        }
      });
    },
  };
}

/** Registers a codec for every generated family spec of this target. */
export function registerSpecFamilies(specs: readonly AddressFamilySpec[]): void {
  for (const spec of specs) registerAddressCodec(codecFromSpec(spec));
}
