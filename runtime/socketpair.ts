// socketpair() where the platform has none (Windows): a connected pair over loopback, made the way
// CPython's fallback makes it — listen on an ephemeral port, connect, accept, and check that the
// accepted connection is ours before handing the pair out.
import { describe } from "./address/codec.js";
import { SocketError } from "./errors.js";
import { C, ERR } from "./platform/seam.js";
import { SocketType } from "./socket.js";

export function loopbackPair(family: number, type: number, proto: number): [SocketType, SocketType] {
  let host: string;
  if (family === C.AF_INET) host = "127.0.0.1";
  else if (family === C.AF_INET6) host = "::1";
  else
    throw new RangeError(
      `socketpair(): only AF_INET and AF_INET6 are supported on this platform, got ${describe(family)}`,
    );
  if (type !== C.SOCK_STREAM)
    throw new RangeError(
      `socketpair(): only SOCK_STREAM is supported on this platform, got ${describe(type)}`,
    );
  if (proto !== 0) throw new RangeError(`socketpair(): only protocol 0 is supported, got ${describe(proto)}`);

  const listener = new SocketType(family, type, proto);
  let client: SocketType | undefined;
  let server: SocketType;
  try {
    listener.bind([host, 0]);
    listener.listen(1);
    const [addr, port] = listener.getsockname() as [string, number];
    client = new SocketType(family, type, proto);
    client.setblocking(false);
    try {
      client.connect([addr, port]);
    } catch (e) {
      if (!(e instanceof SocketError) || (e.errno !== ERR.INPROGRESS && e.errno !== ERR.AGAIN)) throw e;
    }
    client.setblocking(true);
    [server] = listener.accept();
  } catch (e) {
    client?.close();
    throw e;
  } finally {
    listener.close();
  }
  // Anything else able to connect to host:port could have been accepted instead of our client.
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (
    !same(server.getsockname(), client.getpeername()) ||
    !same(server.getpeername(), client.getsockname())
  ) {
    server.close();
    client.close();
    throw new SocketError(ERR.CONNABORTED, "Unexpected peer connection", "socketpair");
  }
  return [server, client];
}
