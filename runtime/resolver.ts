// The module-level resolver functions of the specification (getaddrinfo, getnameinfo, gethostby*,
// getfqdn, getservby*, getprotobyname), following CPython 3's socketmodule.c step by step so that
// results and errors match Python's on the same machine.
import { domainToASCII } from "node:url";
import "./address/inet.js"; // registers the AF_INET/AF_INET6 codecs decodeAddress needs
import { pton } from "./address/inet.js";
import {
  checkPort,
  checkUint32,
  decodeAddress,
  describe,
  familyOf,
  type SocketAddress,
} from "./address/codec.js";
import { inet_ntop } from "./convert.js";
import { HostError, SocketError } from "./errors.js";
import { writeHost32 } from "./platform/byteorder.js";
import { rawGetaddrinfo, rawGetnameinfo, type Hints, type RawAddrinfo } from "./platform/gai.js";
import { C, ERR, layouts, net, netdb, type HostEntry, type NetdbFailure } from "./platform/seam.js";
import { cInt, cString, noUndefined } from "./validate.js";

export type AddrinfoTuple = [
  family: number,
  socktype: number,
  proto: number,
  canonname: string,
  sockaddr: SocketAddress,
];
export type HostTriple = [hostname: string, aliases: string[], addresses: string[]];

const IN = layouts.sockaddr_in;
const IN6 = layouts.sockaddr_in6;

// ---- argument checks ------------------------------------------------------------------------------

// C would stop at a NUL and look up a different name than the caller asked for: cString refuses it.
const checkString = cString;
const checkCInt = cInt;

/**
 * Python passes host names through its "idna" codec: ASCII labels go through unchanged (but must be
 * 1-63 characters, except an empty last one), other labels become punycode. Node's UTS #46
 * domainToASCII stands in for Python's IDNA 2003 nameprep; they agree on ordinary names.
 */
function idna(name: string, what: string): string {
  const tooLong = () =>
    new RangeError(`${what}: encoding with 'idna' codec failed (label empty or too long)`);
  if (/^[\x00-\x7f]*$/.test(name)) {
    const labels = name.split(".");
    if (labels.slice(0, -1).some((l) => l.length === 0 || l.length > 63) || labels.at(-1)!.length > 63)
      throw tooLong();
    return name;
  }
  const labels = name.split(/[.\u3002\uff0e\uff61]/);
  const trailingDot = labels.length > 1 && labels.at(-1) === "";
  if (trailingDot) labels.pop();
  const out = labels.map((label) => {
    const ascii = /^[\x00-\x7f]*$/.test(label) ? label : domainToASCII(label);
    if (ascii.length === 0 || ascii.length > 63) throw tooLong();
    return ascii;
  });
  return out.join(".") + (trailingDot ? "." : "");
}

function hostName(v: unknown, what: string): string {
  return idna(checkString(v, what), what);
}

// ---- getaddrinfo / getnameinfo ----------------------------------------------------------------------

/** Validated arguments of getaddrinfo(), shared by the sync and async forms. */
export function getaddrinfoArgs(
  host: unknown,
  port: unknown,
  family: unknown,
  type: unknown,
  proto: unknown,
  flags: unknown,
): { host: string | null; service: string | null; hints: Hints } {
  const hints = {
    family: checkCInt(family, "getaddrinfo() family"),
    socktype: checkCInt(type, "getaddrinfo() type"),
    protocol: checkCInt(proto, "getaddrinfo() proto"),
    flags: checkCInt(flags, "getaddrinfo() flags"),
  };
  const h = host === null ? null : hostName(host, "getaddrinfo() host");
  let service: string | null;
  if (port === null) service = null;
  else if (typeof port === "number") service = String(checkPort(port, "getaddrinfo() port"));
  else if (typeof port === "string") service = checkString(port, "getaddrinfo() port");
  else throw new TypeError(`getaddrinfo() port must be an integer, a string or null, got ${describe(port)}`);
  return { host: h, service, hints };
}

export function addrinfoTuple(ai: RawAddrinfo): AddrinfoTuple {
  return [ai.family, ai.socktype, ai.protocol, ai.canonname, decodeAddress(ai.addr)];
}

/** [family, socktype, proto, canonname, sockaddr] for every address of host/port, as Python returns them. */
export function getaddrinfo(
  host: string | null,
  port: string | number | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
): AddrinfoTuple[] {
  noUndefined(arguments, ["host", "port", "family", "type", "proto", "flags"]);
  const a = getaddrinfoArgs(host, port, family, type, proto, flags);
  return rawGetaddrinfo(a.host, a.service, a.hints).map(addrinfoTuple);
}

/**
 * The [host, port] strings for a socket address. As CPython does, the host must be numeric (it is
 * parsed with AI_NUMERICHOST, family unspecified); the address found decides IPv4 or IPv6, and an IPv4
 * address must come as a 2-element [host, port].
 */
/** Validated arguments of getnameinfo(): the sockaddr bytes and flags. */
export function getnameinfoArgs(sockaddr: NameinfoAddress, flags: number): { addr: Buffer; flags: number } {
  if (!Array.isArray(sockaddr))
    throw new TypeError(`getnameinfo() sockaddr must be an array, got ${describe(sockaddr)}`);
  if (sockaddr.length < 2 || sockaddr.length > 4)
    throw new TypeError(`getnameinfo(): illegal sockaddr argument ${describe(sockaddr)}`);
  const host = checkString(sockaddr[0], "getnameinfo() host");
  const port = checkPort(sockaddr[1], "getnameinfo() port");
  const flowinfo = sockaddr.length > 2 ? checkUint32(sockaddr[2], "getnameinfo() flowinfo") : 0;
  const scopeid = sockaddr.length > 3 ? checkUint32(sockaddr[3], "getnameinfo() scopeid") : 0;
  if (flowinfo > 0xfffff) throw new RangeError("getnameinfo(): flowinfo must be 0-1048575.");
  const f = checkCInt(flags, "getnameinfo() flags");
  // SOCK_DGRAM only keeps getaddrinfo from returning one entry per socket type.
  const res = rawGetaddrinfo(host, String(port), {
    family: C.AF_UNSPEC,
    socktype: C.SOCK_DGRAM,
    flags: C.AI_NUMERICHOST,
  });
  if (res.length > 1)
    throw new SocketError(ERR.INVAL, "sockaddr resolved to multiple addresses", "getnameinfo");
  const { family, addr } = res[0];
  if (family === C.AF_INET && sockaddr.length !== 2)
    throw new SocketError(ERR.INVAL, "IPv4 sockaddr must be 2 tuple", "getnameinfo");
  if (family === C.AF_INET6) {
    addr.writeUInt32BE(flowinfo, IN6.fields.sin6_flowinfo.offset);
    writeHost32(addr, scopeid, IN6.fields.sin6_scope_id.offset);
  }
  return { addr, flags: f };
}

export type NameinfoAddress =
  readonly [string, number] | readonly [string, number, number] | readonly [string, number, number, number];

export function getnameinfo(sockaddr: NameinfoAddress, flags: number): [string, string] {
  const a = getnameinfoArgs(sockaddr, flags);
  return rawGetnameinfo(a.addr, a.flags);
}

// ---- host names -----------------------------------------------------------------------------------

export function gethostname(): string {
  const name = net.gethostname();
  if (typeof name === "number") throw new SocketError(name, undefined, "gethostname");
  return name;
}

interface IpAddr {
  family: number;
  packed: Buffer;
}

function packedOf(sa: Buffer, fn: string): IpAddr {
  const family = familyOf(sa);
  if (family === C.AF_INET) {
    const at = IN.fields.sin_addr.offset;
    return { family, packed: Buffer.from(sa.subarray(at, at + 4)) };
  }
  if (family === C.AF_INET6) {
    const at = IN6.fields.sin6_addr.offset;
    return { family, packed: Buffer.from(sa.subarray(at, at + 16)) };
  }
  throw new SocketError(ERR.AFNOSUPPORT, "unknown address family", fn);
}

/**
 * CPython's setipaddr(): the one address a host string stands for. '' is the wildcard address,
 * '<broadcast>' the IPv4 broadcast address, numeric addresses are parsed without the resolver, and
 * anything else is the first getaddrinfo result.
 */
function setipaddr(name: string, af: number, fn: string): IpAddr {
  if (name === "") {
    const res = rawGetaddrinfo(null, "0", { family: af, socktype: C.SOCK_DGRAM, flags: C.AI_PASSIVE });
    const first = packedOf(res[0].addr, fn);
    if (res.length > 1) throw new SocketError(ERR.INVAL, "wildcard resolved to multiple address", fn);
    return first;
  }
  if (name === "255.255.255.255" || name === "<broadcast>") {
    if (af !== C.AF_INET && af !== C.AF_UNSPEC)
      throw new SocketError(ERR.AFNOSUPPORT, "address family mismatched", fn);
    return { family: C.AF_INET, packed: Buffer.from([255, 255, 255, 255]) };
  }
  if (af === C.AF_UNSPEC || af === C.AF_INET) {
    const packed = pton(C.AF_INET, name);
    if (packed) return { family: C.AF_INET, packed };
  }
  // A scope suffix (fe80::1%lo) needs getaddrinfo to turn the interface name into an index.
  if ((af === C.AF_UNSPEC || af === C.AF_INET6) && !name.includes("%")) {
    const packed = pton(C.AF_INET6, name);
    if (packed) return { family: C.AF_INET6, packed };
  }
  return packedOf(rawGetaddrinfo(name, null, { family: af })[0].addr, fn);
}

/** IPv4 address text for a host name ('' → '0.0.0.0'); like Python, resolved through getaddrinfo. */
export function gethostbyname(name: string): string {
  const fn = "gethostbyname";
  return inet_ntop(C.AF_INET, setipaddr(hostName(name, `${fn}() name`), C.AF_INET, fn).packed);
}

function failed(r: object): r is NetdbFailure {
  return "failed" in r;
}

/** CPython's gethost_common(): a host entry → [name, aliases, addresses], or herror. */
function hostTriple(r: HostEntry | NetdbFailure, af: number, fn: string, asked: string): HostTriple {
  if (failed(r)) {
    if (r.errno !== undefined) throw new SocketError(r.errno, undefined, fn, undefined, { hostname: asked });
    throw new HostError(r.herror ?? C.HOST_NOT_FOUND, fn, asked);
  }
  if (r.family !== af) throw new SocketError(ERR.AFNOSUPPORT, undefined, fn);
  return [r.name, r.aliases, r.addresses.map((a) => inet_ntop(af, a))];
}

/** [hostname, aliases, IPv4 addresses] from gethostbyname, after the name passed setipaddr like in Python. */
export function gethostbynameEx(name: string): HostTriple {
  const fn = "gethostbyname_ex";
  const host = hostName(name, `${fn}() name`);
  const { family } = setipaddr(host, C.AF_INET, fn);
  return hostTriple(netdb.hostByName(host), family, fn, host);
}

/** [hostname, aliases, addresses] for an IPv4 or IPv6 address (or a name, which is resolved first). */
export function gethostbyaddr(ip: string): HostTriple {
  const fn = "gethostbyaddr";
  const host = hostName(ip, `${fn}() ip`);
  const { family, packed } = setipaddr(host, C.AF_UNSPEC, fn);
  return hostTriple(netdb.hostByAddr(packed, family), family, fn, host);
}

/**
 * A fully qualified name for `name` (default: this host): the first of gethostbyaddr's name and
 * aliases that contains a dot, else that name; if the lookup fails, `name` itself (Python 3's
 * algorithm, which also maps '0.0.0.0' and '::' to this host).
 */
export function getfqdn(name = ""): string {
  if (typeof name !== "string") throw new TypeError(`getfqdn() name must be a string, got ${describe(name)}`);
  let n = name.trim();
  if (n === "" || n === "0.0.0.0" || n === "::") n = gethostname();
  let triple: HostTriple;
  try {
    triple = gethostbyaddr(n);
  } catch (e) {
    // Only resolver failures (Python's `except error`); bad arguments still throw.
    if (e instanceof SocketError) return n;
    throw e;
  }
  const [hostname, aliases] = triple;
  return [hostname, ...aliases].find((x) => x.includes(".")) ?? hostname;
}

// ---- services and protocols ---------------------------------------------------------------------

function notFound(r: NetdbFailure, message: string, fn: string): SocketError {
  // No such entry carries no error code; Python has no errno there either, ENOENT says it.
  return new SocketError(r.errno ?? r.herror ?? ERR.NOENT, message, fn);
}

function optionalProto(proto: unknown, fn: string): string | null {
  return proto === undefined || proto === null ? null : checkString(proto, `${fn}() protocolname`);
}

/** The port number of a service, e.g. getservbyname("http", "tcp") → 80. */
export function getservbyname(name: string, proto?: string | null): number {
  const fn = "getservbyname";
  const service = checkString(name, `${fn}() servicename`);
  const r = netdb.servByName(service, optionalProto(proto, fn));
  if (failed(r)) throw notFound(r, "service/proto not found", fn);
  return r.port;
}

/** The service name of a port, e.g. getservbyport(53, "udp") → "domain". */
export function getservbyport(port: number, proto?: string | null): string {
  const fn = "getservbyport";
  if (typeof port !== "number" || !Number.isInteger(port))
    throw new TypeError(`${fn}() port must be an integer, got ${describe(port)}`);
  if (port < 0 || port > 0xffff) throw new RangeError(`${fn}: port must be 0-65535.`);
  const r = netdb.servByPort(port, optionalProto(proto, fn));
  if (failed(r)) throw notFound(r, "port/proto not found", fn);
  return r.name;
}

/** The protocol number of a protocol name, e.g. getprotobyname("icmp") → 1. */
export function getprotobyname(name: string): number {
  const fn = "getprotobyname";
  const r = netdb.protoByName(checkString(name, `${fn}() protocolname`));
  if (failed(r)) throw notFound(r, "protocol not found", fn);
  return r.proto;
}
