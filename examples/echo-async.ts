// An async echo server on the Node event loop, serving many clients at once; with --clients N it also
// runs N concurrent clients against itself and reports. Usage: tsx examples/echo-async.ts [--clients N]
import * as socket from "bsdsock";

async function serve(conn: socket.SocketType): Promise<void> {
  using c = conn;
  for (;;) {
    const data = await c.recvAsync(65536);
    if (data.length === 0) return;
    await c.sendallAsync(data);
  }
}

const server = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
server.bind(["127.0.0.1", 0]);
server.listen();
const port = (server.getsockname() as [string, number])[1];
console.log(`listening ${port}`);
const accepting = (async () => {
  for (;;) {
    try {
      const [conn] = await server.acceptAsync();
      void serve(conn);
    } catch {
      return; // the server socket was closed
    }
  }
})();

const n = process.argv.indexOf("--clients");
if (n > 0) {
  const count = Number(process.argv[n + 1]);
  const replies = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await using c = await socket.createConnectionAsync(["127.0.0.1", port]);
      await c.sendallAsync(`client ${i}`);
      return (await c.recvAsync(100)).toString() === `client ${i}`;
    }),
  );
  console.log(`${replies.filter(Boolean).length}/${count} echoes ok`);
  server.close();
  await accepting;
}
