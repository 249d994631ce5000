// bsdsock's API without its constants: what every entry point (index.ts, linux.ts, win32.ts) exports,
// each with its own typing of the generated constants. Importing it loads the bindings (see
// platform/bindings.ts), so it comes first in every entry.
export { bindings, kernelSince } from "./bindings.js";
export {
  BindingsError,
  type BindingsInfo,
  type TargetInfo,
  type KernelHistory,
  type StructLayout,
  type FieldLayout,
} from "./platform/bindings-info.js";
export { SocketType, type Data } from "./socket.js";
export {
  SocketIO,
  BufferedSocketFile,
  TextSocketFile,
  BlockingWriteError,
  type FileMode,
  type BinaryMode,
  type TextOptions,
  type Newline,
} from "./makefile.js";
export { cmsgLen, cmsgSpace, type AncillaryItem, type AncillaryInput } from "./message.js";
export { packStruct, unpackStruct, structLayout, sizeof, offsetof } from "./structs.js";
export { sendFds, recvFds, sendFdsAsync, recvFdsAsync } from "./fds.js";
export {
  socket,
  socketpair,
  fromfd,
  fromshare,
  createConnection,
  createServer,
  hasDualstackIPv6,
  hasIPv6,
  type ConnectionOptions,
  type ServerOptions,
} from "./create.js";
export { dup, close, sethostname } from "./descriptors.js";
export { SocketError, HostError, GaiError, SocketTimeoutError } from "./errors.js";
export { getdefaulttimeout, setdefaulttimeout } from "./timeout.js";
export { registerAddressCodec, codecFor, type AddressCodec, type SocketAddress } from "./address/codec.js";
export type { AddressIn, AddressOut, AddressTypes } from "./address/types.js";
export {
  getaddrinfo,
  getnameinfo,
  gethostname,
  gethostbyname,
  gethostbynameEx,
  gethostbyaddr,
  getfqdn,
  getprotobyname,
  getservbyname,
  getservbyport,
  type AddrinfoTuple,
  type HostTriple,
  type NameinfoAddress,
} from "./resolver.js";
export { htons, ntohs, htonl, ntohl, inet_aton, inet_ntoa, inet_pton, inet_ntop } from "./convert.js";
export { if_nameindex, if_nametoindex, if_indextoname } from "./interfaces.js";
export { getaddrinfoAsync, getnameinfoAsync, createConnectionAsync } from "./async/resolve.js";
export { AbortError, type AsyncOptions } from "./socket/drive.js";
export type { StreamOptions } from "./async/stream.js";
