// bsdsock: Python's socket module for Node.js. Every generated constant of this platform is exported
// too (AF_INET, SOCK_STREAM, SO_REUSEADDR, ...).
export * from "./platform/constants.js";
// The specification's SHUT_* names on every target (Windows' headers call them SD_*).
export { SHUT_RD, SHUT_WR, SHUT_RDWR } from "./platform/seam.js";
export { SocketType, type Data } from "./socket.js";
export { SocketFile, type FileMode } from "./makefile.js";
export { cmsgLen, cmsgSpace, type AncillaryItem } from "./message.js";
export { packStruct, unpackStruct } from "./structs.js";
export { sendFds, recvFds, sendFdsAsync, recvFdsAsync } from "./fds.js";
export { socket, socketpair, fromfd, fromshare, createConnection, hasIPv6 } from "./create.js";
export { SocketError, HostError, GaiError, SocketTimeoutError } from "./errors.js";
export { getdefaulttimeout, setdefaulttimeout } from "./timeout.js";
export { registerAddressCodec, codecFor, type AddressCodec, type SocketAddress } from "./address/codec.js";
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
} from "./resolver.js";
export { htons, ntohs, htonl, ntohl, inet_aton, inet_ntoa, inet_pton, inet_ntop } from "./convert.js";
export { if_nameindex, if_nametoindex, if_indextoname } from "./interfaces.js";
export { getaddrinfoAsync, getnameinfoAsync, createConnectionAsync } from "./async/resolve.js";
export { AbortError, type AsyncOptions } from "./async/io.js";
export type { StreamOptions } from "./async/stream.js";
