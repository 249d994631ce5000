// AF_INET [host, port] and AF_INET6 [host, port, flowinfo, scopeid], as the specification describes:
// '' is INADDR_ANY and '<broadcast>' INADDR_BROADCAST (IPv4 only), numeric hosts never reach DNS,
// hostnames resolve to the first result, IPv6 scope suffixes (%lo) are honoured.
import { SocketError } from "../errors.js";
import { writeHost32, readHost32 } from "../platform/byteorder.js";
import { rawGetaddrinfo } from "../platform/gai.js";
import { C, ERR, layouts, net } from "../platform/seam.js";
import {
  checkPort,
  checkTuple,
  checkUint32,
  describe,
  registerAddressCodec,
  type AddressCodec,
} from "./codec.js";
import { sockaddrHeader, writeSockaddrHeader, type FieldAt } from "./sockaddr.js";

function checkHost(host: unknown): string {
  if (typeof host !== "string") throw new TypeError(`host must be a string, got ${describe(host)}`);
  if (host.includes("\0")) throw new RangeError("host must not contain a NUL character");
  return host;
}

/** inet_pton for one family; null when the text is not an address of that family. */
export function pton(family: number, text: string): Buffer | null {
  const out = Buffer.alloc(family === C.AF_INET6 ? 16 : 4);
  return net.inet_pton(family, text, out) === 1 ? out : null;
}

export function ntop(family: number, packed: Uint8Array): string {
  const out = Buffer.alloc(64);
  const r = net.inet_ntop(family, packed, out, out.length);
  if (r === null) throw new SocketError(ERR.AFNOSUPPORT, undefined, "inet_ntop");
  return out.toString("latin1", 0, out.indexOf(0));
}

/** The sockaddr the resolver gives for a host of `family` (first result, as the specification warns). */
function resolve(host: string, family: number, numericOnly: boolean): Buffer {
  const flags = numericOnly ? C.AI_NUMERICHOST : 0;
  return rawGetaddrinfo(host, null, { family, flags })[0].addr;
}

type Layout = {
  readonly size: number;
  readonly fields: { readonly [F in "sin_family" | "sin_port" | "sin_addr"]: FieldAt };
};
type Layout6 = {
  readonly size: number;
  readonly fields: {
    readonly [F in "sin6_family" | "sin6_port" | "sin6_flowinfo" | "sin6_addr" | "sin6_scope_id"]: FieldAt;
  };
};

/**
 * The AF_INET and AF_INET6 codecs for sockaddr layouts and family values (the loaded target's, or
 * another target's in tests: macOS puts a length byte before an 8-bit family). Address text always
 * goes through this process's own libc.
 */
export function makeInetCodecs(
  IN: Layout,
  IN6: Layout6,
  AF_INET: number,
  AF_INET6: number,
): { inet: AddressCodec; inet6: AddressCodec } {
  const header = sockaddrHeader(IN, "sin");
  const header6 = sockaddrHeader(IN6, "sin6");
  const inet: AddressCodec = {
    family: AF_INET,
    name: "AF_INET",
    encode(address) {
      const [hostArg, portArg] = checkTuple(address, 2, 2, "[host, port] for AF_INET");
      const host = checkHost(hostArg);
      const port = checkPort(portArg);
      const sa = Buffer.alloc(IN.size);
      writeSockaddrHeader(sa, AF_INET, header);
      sa.writeUInt16BE(port, IN.fields.sin_port.offset);
      const at = IN.fields.sin_addr.offset;
      if (host === "") sa.writeUInt32BE(C.INADDR_ANY, at);
      else if (host === "<broadcast>") sa.writeUInt32BE(C.INADDR_BROADCAST, at);
      else {
        const packed = pton(C.AF_INET, host) ?? resolve(host, C.AF_INET, false).subarray(at, at + 4);
        packed.copy(sa, at);
      }
      return sa;
    },
    decode(sa) {
      const at = IN.fields.sin_addr.offset;
      return [ntop(C.AF_INET, sa.subarray(at, at + 4)), sa.readUInt16BE(IN.fields.sin_port.offset)];
    },
  };

  const inet6: AddressCodec = {
    family: AF_INET6,
    name: "AF_INET6",
    encode(address) {
      const t = checkTuple(address, 2, 4, "[host, port, flowinfo?, scopeid?] for AF_INET6");
      const host = checkHost(t[0]);
      const port = checkPort(t[1]);
      const flowinfo = t[2] === undefined ? 0 : checkUint32(t[2], "flowinfo");
      if (flowinfo > 0xfffff) throw new RangeError(`flowinfo must be 0-1048575, got ${flowinfo}`);
      let scope = t[3] === undefined ? 0 : checkUint32(t[3], "scopeid");
      const sa = Buffer.alloc(IN6.size);
      const at = IN6.fields.sin6_addr.offset;
      if (host === "") {
        // in6addr_any: already zero
      } else {
        const numeric = pton(C.AF_INET6, host);
        if (numeric) numeric.copy(sa, at);
        else {
          // "fe80::1%lo" (numeric with a scope) or a hostname: the resolver parses both.
          const r = resolve(
            host,
            C.AF_INET6,
            host.includes("%") && pton(C.AF_INET6, host.slice(0, host.indexOf("%"))) !== null,
          );
          r.copy(sa, at, at, at + 16);
          if (scope === 0) scope = readHost32(r, IN6.fields.sin6_scope_id.offset);
        }
      }
      writeSockaddrHeader(sa, AF_INET6, header6);
      sa.writeUInt16BE(port, IN6.fields.sin6_port.offset);
      sa.writeUInt32BE(flowinfo, IN6.fields.sin6_flowinfo.offset);
      writeHost32(sa, scope, IN6.fields.sin6_scope_id.offset);
      return sa;
    },
    decode(sa) {
      const at = IN6.fields.sin6_addr.offset;
      return [
        ntop(C.AF_INET6, sa.subarray(at, at + 16)),
        sa.readUInt16BE(IN6.fields.sin6_port.offset),
        sa.readUInt32BE(IN6.fields.sin6_flowinfo.offset),
        readHost32(sa, IN6.fields.sin6_scope_id.offset),
      ];
    },
  };
  return { inet, inet6 };
}

export const { inet: inetCodec, inet6: inet6Codec } = makeInetCodecs(
  layouts.sockaddr_in,
  layouts.sockaddr_in6,
  C.AF_INET,
  C.AF_INET6,
);

registerAddressCodec(inetCodec);
registerAddressCodec(inet6Codec);
