// The async API living with Node: the event loop stays responsive under load, the threadpool is not
// taken by waiting sockets, net.Server/net.Socket interop, stream() with pipeline(), and GC safety.
import { createHash, pbkdf2 } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import * as net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";

const dir = mkdtempSync(join(tmpdir(), "bsdsock-async-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tcpListener(): [S.SocketType, number] {
  const s = S.socket();
  s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1);
  s.bind(["127.0.0.1", 0]);
  s.listen(512);
  return [s, (s.getsockname() as [string, number])[1]];
}

/** A bsdsock echo server: accepts until closed, echoes each connection until EOF. */
function echoServer(srv: S.SocketType): Promise<number> {
  let served = 0;
  const conns: Promise<void>[] = [];
  return (async () => {
    for (;;) {
      let conn: S.SocketType;
      try {
        [conn] = await srv.acceptAsync();
      } catch {
        break; // the listener was closed
      }
      served++;
      conns.push(
        (async () => {
          for (;;) {
            const data = await conn.recvAsync(4096);
            if (data.length === 0) break;
            await conn.sendallAsync(data);
          }
          conn.close();
        })(),
      );
    }
    await Promise.all(conns);
    return served;
  })();
}

describe("the event loop stays free", () => {
  it("200 connections echo through one bsdsock server while a 10 ms interval keeps ticking", async () => {
    const [srv, port] = tcpListener();
    const server = echoServer(srv);
    // Each tick records how many round trips had completed: a loop blocked by the server would
    // tick only before and after the load, never in between.
    let roundTrips = 0;
    const progressAtTick: number[] = [];
    const timer = setInterval(() => progressAtTick.push(roundTrips), 10);
    const ROUNDS = 20;
    const clients = Array.from({ length: 200 }, (_, i) =>
      (async () => {
        const c = new net.Socket();
        c.connect(port, "127.0.0.1");
        await once(c, "connect");
        let received = "";
        c.setEncoding("utf8");
        c.on("data", (d) => (received += d));
        let expected = "";
        for (let r = 0; r < ROUNDS; r++) {
          const msg = `client ${i} round ${r};`;
          expected += msg;
          c.write(msg);
          while (received.length < expected.length) await once(c, "data");
          roundTrips++;
        }
        c.end();
        await once(c, "close");
        return received === expected;
      })(),
    );
    const results = await Promise.all(clients);
    clearInterval(timer);
    srv.close();
    expect(await server).toBe(200);
    expect(results.every(Boolean)).toBe(true);
    const during = new Set(progressAtTick.filter((n) => n > 0 && n < 200 * ROUNDS));
    expect(during.size).toBeGreaterThanOrEqual(3);
  });

  it("fs.readFile and crypto.pbkdf2 complete while 8 sockets wait in recvAsync", async () => {
    const pairs = Array.from({ length: 8 }, () => S.socketpair());
    const waiting = pairs.map(([a]) => a.recvAsync(64));
    const file = join(dir, "data.bin");
    writeFileSync(file, Buffer.alloc(1 << 20, 3));
    // Both use libuv's threadpool (4 threads): they would starve if the sockets parked there.
    const [content, key] = await Promise.all([
      readFile(file),
      promisify(pbkdf2)("password", "salt", 20_000, 32, "sha256"),
    ]);
    expect(content.length).toBe(1 << 20);
    expect(key.length).toBe(32);
    pairs.forEach(([, b], i) => b.send(`wake ${i}`));
    expect((await Promise.all(waiting)).map(String)).toEqual(pairs.map((_, i) => `wake ${i}`));
    for (const [a, b] of pairs) {
      a.close();
      b.close();
    }
  });
});

describe("interop with Node's net", () => {
  it("a net.Server talks to a bsdsock client", async () => {
    const server = net.createServer((c) => c.pipe(c));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as net.AddressInfo;
    const c = await S.createConnectionAsync(["127.0.0.1", port]);
    await c.sendallAsync("ping from bsdsock");
    let got = "";
    while (got.length < 17) got += (await c.recvAsync(100)).toString();
    expect(got).toBe("ping from bsdsock");
    c.close();
    server.close();
  });

  it("a net.Socket talks to a bsdsock server", async () => {
    const [srv, port] = tcpListener();
    const server = echoServer(srv);
    const c = net.connect(port, "127.0.0.1");
    c.write("hello server");
    const [data] = (await once(c, "data")) as [Buffer];
    expect(data.toString()).toBe("hello server");
    c.end();
    await once(c, "close");
    srv.close();
    expect(await server).toBe(1);
  });

  it("stream() piped with pipeline() to a file gives identical bytes (3 MiB), with half-close", async () => {
    const src = join(dir, "src.bin");
    const dst = join(dir, "dst.bin");
    const payload = Buffer.alloc(3 << 20);
    for (let i = 0; i < payload.length; i += 4) payload.writeUInt32LE((i * 2654435761) >>> 0, i);
    writeFileSync(src, payload);
    const [a, b] = S.socketpair();
    const writer = a.stream();
    const reader = b.stream();
    // File → a (then end(): SHUT_WR), b → file; both pipelines finish only if EOF crosses the socket.
    await Promise.all([pipeline(createReadStream(src), writer), pipeline(reader, createWriteStream(dst))]);
    const digest = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
    expect(digest(dst)).toBe(digest(src));
    // Each Duplex is half-open now (a's read side and b's write side are still up); destroy() closes.
    expect(a.closed || b.closed).toBe(false);
    writer.destroy();
    reader.destroy();
    expect(a.closed && b.closed).toBe(true);
  });

  it("stream() refuses datagram sockets", () => {
    using a = S.socket(S.AF_INET, S.SOCK_DGRAM);
    expect(() => a.stream()).toThrow(TypeError);
  });
});

describe("GC safety", () => {
  it("forced gc() while receives are pending loses nothing", async () => {
    const gc = (globalThis as { gc?: () => void }).gc!;
    expect(gc).toBeTypeOf("function");
    const senders: S.SocketType[] = [];
    // The receiving sockets and their buffers are referenced only by the pending promises.
    const pending = Array.from({ length: 16 }, (_, i) => {
      const [a, b] = S.socketpair();
      senders.push(b);
      return a.recvIntoAsync(Buffer.alloc(32)).then((n) => [i, n] as const);
    });
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 5));
    }
    senders.forEach((b, i) => b.send(`message ${i}`));
    const results = await Promise.all(pending);
    expect(results).toEqual(senders.map((_, i) => [i, `message ${i}`.length]));
    for (const b of senders) b.close();
  });
});
