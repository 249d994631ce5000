// AF_TIPC: the socket itself does what python3's does on the same kernel (this one has no TIPC, so it
// must fail cleanly); the address codec is checked offline against the generated sockaddr_tipc layout.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeAddress } from "../../runtime/address/codec.js";
import { readHost16, readHost32 } from "../../runtime/platform/byteorder.js";
import { layouts } from "../../runtime/platform/bindings.js";

import { pythonJson } from "../helpers/peers.js";
import { linuxApi } from "../helpers/platform.js";

// A Linux-only file (test/targets/win32-x64.sh excludes it): the runtime typed as bsdsock/linux.
const {
  AF_TIPC,
  EAFNOSUPPORT,
  SOCK_RDM,
  SocketError,
  TIPC_ADDR_ID,
  TIPC_ADDR_NAME,
  TIPC_ADDR_NAMESEQ,
  TIPC_CLUSTER_SCOPE,
  TIPC_NODE_SCOPE,
  TIPC_ZONE_SCOPE,
  codecFor,
  socket,
} = linuxApi;
const tipcCodec = codecFor(AF_TIPC);

const T = layouts.sockaddr_tipc;
const U = layouts.sockaddr_tipc_addr;
const ADDR = T.fields.addr.offset;
// The offsets the test expects, derived independently of the codec's own table.
const at = {
  seqType: ADDR + U.fields.nameseq.offset + layouts.tipc_service_range.fields.type.offset,
  seqLower: ADDR + U.fields.nameseq.offset + layouts.tipc_service_range.fields.lower.offset,
  seqUpper: ADDR + U.fields.nameseq.offset + layouts.tipc_service_range.fields.upper.offset,
  nameType:
    ADDR +
    U.fields.name.offset +
    layouts.sockaddr_tipc_addr_name.fields.name.offset +
    layouts.tipc_service_addr.fields.type.offset,
  nameInstance:
    ADDR +
    U.fields.name.offset +
    layouts.sockaddr_tipc_addr_name.fields.name.offset +
    layouts.tipc_service_addr.fields.instance.offset,
  nameDomain: ADDR + U.fields.name.offset + layouts.sockaddr_tipc_addr_name.fields.domain.offset,
  idNode: ADDR + U.fields.id.offset + layouts.tipc_socket_addr.fields.node.offset,
  idRef: ADDR + U.fields.id.offset + layouts.tipc_socket_addr.fields.ref.offset,
};

const openFds = (): number => readdirSync("/proc/self/fd").length;

function header(sa: Buffer): [family: number, addrtype: number, scope: number] {
  return [
    readHost16(sa, T.fields.family.offset),
    sa.readUInt8(T.fields.addrtype.offset),
    sa.readInt8(T.fields.scope.offset),
  ];
}

describe("AF_TIPC sockets", () => {
  // A kernel built with TIPC as a module loads it on the first socket(AF_TIPC) (as root); this one has
  // none. python3 on the same kernel says which it is, so the test holds on either.
  it("socket(AF_TIPC, SOCK_RDM) does what python3's does (EAFNOSUPPORT without TIPC) and leaks no fd", () => {
    const theirs = pythonJson(String.raw`
import json, socket
try:
    socket.socket(socket.AF_TIPC, socket.SOCK_RDM).close(); print(json.dumps(None))
except OSError as e:
    print(json.dumps(e.errno))`);
    const before = openFds();
    // Many attempts so a leak of one fd per call cannot hide in unrelated fd noise.
    for (let i = 0; i < 20; i++) {
      let err: unknown;
      try {
        socket(AF_TIPC, SOCK_RDM).close();
      } catch (e) {
        err = e;
      }
      if (theirs === null) {
        expect(err).toBeUndefined();
        continue;
      }
      expect(err).toBeInstanceOf(SocketError);
      expect((err as InstanceType<typeof SocketError>).errno).toBe(theirs);
      expect((err as InstanceType<typeof SocketError>).syscall).toBe("socket");
      if (theirs === EAFNOSUPPORT)
        expect((err as InstanceType<typeof SocketError>).code).toBe("EAFNOSUPPORT");
    }
    expect(openFds()).toBe(before);
  });
});

describe("AF_TIPC address codec", () => {
  it("is the registered codec for AF_TIPC", () => {
    expect(tipcCodec.name).toBe("AF_TIPC");
  });

  it("the generated layout nests as the codec assumes (union of id / nameseq / name)", () => {
    expect(T.fields.addr.type).toBe("sockaddr_tipc_addr");
    expect(U.tag).toBe("union");
    expect(U.fields.nameseq.type).toBe("tipc_service_range");
    expect(U.fields.name.type).toBe("sockaddr_tipc_addr_name");
    expect(U.fields.id.type).toBe("tipc_socket_addr");
    expect(layouts.sockaddr_tipc_addr_name.fields.name.type).toBe("tipc_service_addr");
    // Every value lies inside the struct.
    for (const off of Object.values(at)) expect(off + 4).toBeLessThanOrEqual(T.size);
  });

  it("TIPC_ADDR_NAMESEQ: v1 = type, v2 = lower, v3 = upper", () => {
    const sa = tipcCodec.encode([TIPC_ADDR_NAMESEQ, 18888, 17, 0xffffffff, TIPC_NODE_SCOPE]);
    expect(sa.length).toBe(T.size);
    expect(header(sa)).toEqual([AF_TIPC, TIPC_ADDR_NAMESEQ, TIPC_NODE_SCOPE]);
    expect(readHost32(sa, at.seqType)).toBe(18888);
    expect(readHost32(sa, at.seqLower)).toBe(17);
    expect(readHost32(sa, at.seqUpper)).toBe(0xffffffff);
    expect(tipcCodec.decode(sa)).toEqual([TIPC_ADDR_NAMESEQ, 18888, 17, 0xffffffff, TIPC_NODE_SCOPE]);
  });

  it("TIPC_ADDR_NAME: v1 = type, v2 = instance, v3 = domain", () => {
    const sa = tipcCodec.encode([TIPC_ADDR_NAME, 18888, 42, 0x01001001, TIPC_ZONE_SCOPE]);
    expect(sa.length).toBe(T.size);
    expect(header(sa)).toEqual([AF_TIPC, TIPC_ADDR_NAME, TIPC_ZONE_SCOPE]);
    expect(readHost32(sa, at.nameType)).toBe(18888);
    expect(readHost32(sa, at.nameInstance)).toBe(42);
    expect(readHost32(sa, at.nameDomain)).toBe(0x01001001);
    expect(tipcCodec.decode(sa)).toEqual([TIPC_ADDR_NAME, 18888, 42, 0x01001001, TIPC_ZONE_SCOPE]);
  });

  it("TIPC_ADDR_ID: v1 = node, v2 = ref; v3 is not stored and decodes as 0", () => {
    const sa = tipcCodec.encode([TIPC_ADDR_ID, 0x01001002, 0xdeadbeef, 99, TIPC_CLUSTER_SCOPE]);
    expect(sa.length).toBe(T.size);
    expect(header(sa)).toEqual([AF_TIPC, TIPC_ADDR_ID, TIPC_CLUSTER_SCOPE]);
    expect(readHost32(sa, at.idNode)).toBe(0x01001002);
    expect(readHost32(sa, at.idRef)).toBe(0xdeadbeef);
    // Nothing but the id was written into the union: the rest stays zero.
    const idEnd = ADDR + U.fields.id.offset + layouts.tipc_socket_addr.size;
    expect([...sa.subarray(idEnd, ADDR + U.size)].every((b) => b === 0)).toBe(true);
    expect(tipcCodec.decode(sa)).toEqual([TIPC_ADDR_ID, 0x01001002, 0xdeadbeef, 0, TIPC_CLUSTER_SCOPE]);
  });

  it("scope defaults to TIPC_CLUSTER_SCOPE and decode always gives the 5-tuple", () => {
    for (const type of [TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME, TIPC_ADDR_ID]) {
      const sa = tipcCodec.encode([type, 1, 2, 3]);
      expect(sa.readInt8(T.fields.scope.offset)).toBe(TIPC_CLUSTER_SCOPE);
      const back = tipcCodec.decode(sa);
      expect(back).toEqual([type, 1, 2, type === TIPC_ADDR_ID ? 0 : 3, TIPC_CLUSTER_SCOPE]);
      // decodeAddress dispatches on the family in the bytes.
      expect(decodeAddress(sa)).toEqual(back);
    }
  });

  it("round-trips every type and scope, including the uint32 extremes", () => {
    for (const type of [TIPC_ADDR_NAMESEQ, TIPC_ADDR_NAME])
      for (const scope of [TIPC_ZONE_SCOPE, TIPC_CLUSTER_SCOPE, TIPC_NODE_SCOPE])
        for (const v of [0, 1, 0x7fffffff, 0xffffffff]) {
          const addr = [type, v, 0xffffffff - v, v, scope];
          expect(tipcCodec.decode(tipcCodec.encode(addr))).toEqual(addr);
        }
    expect(tipcCodec.decode(tipcCodec.encode([TIPC_ADDR_ID, 0xffffffff, 0, 0, 0]))).toEqual([
      TIPC_ADDR_ID,
      0xffffffff,
      0,
      0,
      0,
    ]);
  });

  it("throws TypeError for a wrong shape or non-integer members", () => {
    for (const bad of [
      undefined,
      null,
      "x",
      42,
      {},
      Buffer.alloc(16),
      [],
      [TIPC_ADDR_NAME, 1, 2],
      [TIPC_ADDR_NAME, 1, 2, 3, TIPC_CLUSTER_SCOPE, 0],
    ])
      expect(() => tipcCodec.encode(bad), String(bad)).toThrow(TypeError);
    const good = [TIPC_ADDR_NAMESEQ, 1, 2, 3, TIPC_CLUSTER_SCOPE];
    for (let i = 0; i < good.length; i++)
      for (const v of ["1", 1.5, Number.NaN, Infinity, 1n, null, [1]]) {
        const bad = [...good];
        bad[i] = v as number;
        expect(() => tipcCodec.encode(bad), `item ${i} = ${String(v)}`).toThrow(TypeError);
      }
  });

  it("throws RangeError for an unknown address type, values outside uint32, or a bad scope", () => {
    for (const type of [0, 4, 255, -1]) expect(() => tipcCodec.encode([type, 1, 2, 3])).toThrow(RangeError);
    for (const i of [1, 2, 3])
      for (const v of [-1, 2 ** 32]) {
        const bad = [TIPC_ADDR_NAME, 1, 2, 3];
        bad[i] = v;
        expect(() => tipcCodec.encode(bad)).toThrow(RangeError);
      }
    for (const scope of [-1, 128, 256])
      expect(() => tipcCodec.encode([TIPC_ADDR_NAME, 1, 2, 3, scope])).toThrow(RangeError);
  });

  it("decode rejects an unknown address type with RangeError (CPython: ValueError)", () => {
    const sa = tipcCodec.encode([TIPC_ADDR_NAME, 1, 2, 3]);
    sa.writeUInt8(0, T.fields.addrtype.offset);
    expect(() => tipcCodec.decode(sa)).toThrow(RangeError);
    sa.writeUInt8(7, T.fields.addrtype.offset);
    expect(() => tipcCodec.decode(sa)).toThrow(RangeError);
  });
});
