// socket.stream(): a Node Duplex over a stream socket. Reads are one recvAsync at a time, issued only
// when the consumer wants more (backpressure in); writes complete when sendallAsync has handed every
// byte to the kernel (backpressure out). end() is shutdown(SHUT_WR); destroy() closes the socket.
import { Duplex } from "node:stream";
import { C, SHUT_WR } from "../platform/seam.js";
import type { SocketType } from "../socket.js";
import { intIn } from "../validate.js";

export interface StreamOptions {
  /** Bytes asked of each recv (default 64 KiB). */
  readSize?: number | undefined;
  /** Node's buffering thresholds for both sides. */
  highWaterMark?: number | undefined;
}

export function socketStream(sock: SocketType, opts: StreamOptions = {}): Duplex {
  const readSize =
    opts.readSize === undefined ? 65536 : intIn(opts.readSize, "stream() readSize", 1, 0x7fffffff);
  if (sock.type !== C.SOCK_STREAM && sock.type !== C.SOCK_SEQPACKET)
    throw new TypeError("stream() needs a SOCK_STREAM or SOCK_SEQPACKET socket");
  const duplex: Duplex = new Duplex({
    allowHalfOpen: true,
    highWaterMark: opts.highWaterMark,
    read() {
      sock.recvAsync(readSize).then(
        (data) => duplex.push(data.length === 0 ? null : data),
        (err: Error) => duplex.destroy(err),
      );
    },
    write(chunk: Buffer, _encoding, callback) {
      sock.sendallAsync(chunk).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      sock.sendallAsync(Buffer.concat(chunks.map((c) => c.chunk as Buffer))).then(() => callback(), callback);
    },
    final(callback) {
      try {
        sock.shutdown(SHUT_WR);
        callback();
      } catch (e) {
        callback(e as Error);
      }
    },
    destroy(err, callback) {
      try {
        sock.close();
      } catch {
        // the socket is gone either way; report the stream's own error
      }
      callback(err);
    },
  });
  return duplex;
}
