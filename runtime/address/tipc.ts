// AF_TIPC: [addrType, v1, v2, v3, scope?], as the specification and CPython's socketmodule.c have it.
//   TIPC_ADDR_NAMESEQ: v1 = type, v2 = lower, v3 = upper   (struct tipc_service_range)
//   TIPC_ADDR_NAME:    v1 = type, v2 = instance, v3 = domain (struct tipc_service_addr + domain)
//   TIPC_ADDR_ID:      v1 = node, v2 = ref; v3 is ignored and decodes as 0 (struct tipc_socket_addr)
// scope defaults to TIPC_CLUSTER_SCOPE, as in CPython. Decoding always gives the 5-tuple.
import { readHost32, writeHost16, writeHost32 } from "../platform/byteorder.js";
import { constants as C, layouts } from "../platform/bindings.js";
import { checkTuple, checkUint32, describe, type AddressCodec } from "./codec.js";

/** Absolute offsets of each value inside struct sockaddr_tipc (nested offsets add up). */
function tipcOffsets() {
  const UNION = layouts.sockaddr_tipc_addr;
  const ADDR = layouts.sockaddr_tipc.fields.addr.offset;
  return {
    nameseq: {
      type: ADDR + UNION.fields.nameseq.offset + layouts.tipc_service_range.fields.type.offset,
      lower: ADDR + UNION.fields.nameseq.offset + layouts.tipc_service_range.fields.lower.offset,
      upper: ADDR + UNION.fields.nameseq.offset + layouts.tipc_service_range.fields.upper.offset,
    },
    name: {
      type:
        ADDR +
        UNION.fields.name.offset +
        layouts.sockaddr_tipc_addr_name.fields.name.offset +
        layouts.tipc_service_addr.fields.type.offset,
      instance:
        ADDR +
        UNION.fields.name.offset +
        layouts.sockaddr_tipc_addr_name.fields.name.offset +
        layouts.tipc_service_addr.fields.instance.offset,
      domain: ADDR + UNION.fields.name.offset + layouts.sockaddr_tipc_addr_name.fields.domain.offset,
    },
    id: {
      node: ADDR + UNION.fields.id.offset + layouts.tipc_socket_addr.fields.node.offset,
      ref: ADDR + UNION.fields.id.offset + layouts.tipc_socket_addr.fields.ref.offset,
    },
  } as const;
}

/** scope is a signed char in C; the TIPC scopes are small positive numbers, so 0-127 round-trips. */
const SCOPE_MAX = 127;

function checkScope(v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new TypeError(`scope must be an integer, got ${describe(v)}`);
  if (v < 0 || v > SCOPE_MAX) throw new RangeError(`scope must be 0-${SCOPE_MAX}, got ${v}`);
  return v;
}

function checkAddrType(v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new TypeError(`addrType must be an integer, got ${describe(v)}`);
  if (v !== C.TIPC_ADDR_NAMESEQ && v !== C.TIPC_ADDR_NAME && v !== C.TIPC_ADDR_ID)
    throw new RangeError(
      `addrType must be TIPC_ADDR_NAMESEQ (${C.TIPC_ADDR_NAMESEQ}), TIPC_ADDR_NAME (${C.TIPC_ADDR_NAME}) ` +
        `or TIPC_ADDR_ID (${C.TIPC_ADDR_ID}), got ${v}`,
    );
  return v;
}

/** The AF_TIPC codec, for targets that lay out struct sockaddr_tipc (registered by families.ts). */
export function makeTipcCodec(): AddressCodec {
  const TIPC = layouts.sockaddr_tipc;
  const TIPC_OFFSETS = tipcOffsets();
  return {
    family: C.AF_TIPC,
    name: "AF_TIPC",
    encode(address) {
      const t = checkTuple(address, 4, 5, "[addrType, v1, v2, v3, scope?] for AF_TIPC");
      const addrType = checkAddrType(t[0]);
      const v1 = checkUint32(t[1], "v1");
      const v2 = checkUint32(t[2], "v2");
      // Validated for every type (as CPython's "IIII" does) even where the struct has no room for it.
      const v3 = checkUint32(t[3], "v3");
      const scope = t[4] === undefined ? C.TIPC_CLUSTER_SCOPE : checkScope(t[4]);
      const sa = Buffer.alloc(TIPC.size);
      writeHost16(sa, C.AF_TIPC, TIPC.fields.family.offset);
      sa.writeUInt8(addrType, TIPC.fields.addrtype.offset);
      sa.writeInt8(scope, TIPC.fields.scope.offset);
      if (addrType === C.TIPC_ADDR_NAMESEQ) {
        writeHost32(sa, v1, TIPC_OFFSETS.nameseq.type);
        writeHost32(sa, v2, TIPC_OFFSETS.nameseq.lower);
        writeHost32(sa, v3, TIPC_OFFSETS.nameseq.upper);
      } else if (addrType === C.TIPC_ADDR_NAME) {
        writeHost32(sa, v1, TIPC_OFFSETS.name.type);
        writeHost32(sa, v2, TIPC_OFFSETS.name.instance);
        writeHost32(sa, v3, TIPC_OFFSETS.name.domain);
      } else {
        writeHost32(sa, v1, TIPC_OFFSETS.id.node);
        writeHost32(sa, v2, TIPC_OFFSETS.id.ref);
      }
      return sa;
    },
    decode(sa) {
      // Missing trailing bytes read as zeros, as they would in a zeroed C struct.
      const b = sa.length >= TIPC.size ? sa : Buffer.concat([sa, Buffer.alloc(TIPC.size - sa.length)]);
      const addrType = b.readUInt8(TIPC.fields.addrtype.offset);
      const scope = b.readInt8(TIPC.fields.scope.offset);
      if (addrType === C.TIPC_ADDR_NAMESEQ)
        return [
          addrType,
          readHost32(b, TIPC_OFFSETS.nameseq.type),
          readHost32(b, TIPC_OFFSETS.nameseq.lower),
          readHost32(b, TIPC_OFFSETS.nameseq.upper),
          scope,
        ];
      if (addrType === C.TIPC_ADDR_NAME)
        return [
          addrType,
          readHost32(b, TIPC_OFFSETS.name.type),
          readHost32(b, TIPC_OFFSETS.name.instance),
          readHost32(b, TIPC_OFFSETS.name.domain),
          scope,
        ];
      if (addrType === C.TIPC_ADDR_ID)
        return [addrType, readHost32(b, TIPC_OFFSETS.id.node), readHost32(b, TIPC_OFFSETS.id.ref), 0, scope];
      // CPython raises ValueError("Invalid address type") here.
      throw new RangeError(`invalid AF_TIPC address type ${addrType}`);
    },
  };
}
