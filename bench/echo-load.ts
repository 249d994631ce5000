// Load generator for the async echo benchmark (a separate process, so it does not share the server's
// event loop): N connections, each sending a small message and waiting for its echo, R rounds.
// Prints one JSON line: messages and seconds.
import { once } from "node:events";
import * as net from "node:net";

const [port, conns, rounds] = process.argv.slice(2).map(Number);
const MSG = Buffer.alloc(64, 0x61);

async function client(): Promise<void> {
  const c = net.connect(port, "127.0.0.1");
  c.setNoDelay(true);
  await once(c, "connect");
  let pending = 0;
  let resolveRound: (() => void) | null = null;
  c.on("data", (d: Buffer) => {
    pending -= d.length;
    if (pending <= 0 && resolveRound) resolveRound();
  });
  for (let r = 0; r < rounds; r++) {
    pending += MSG.length;
    const done = new Promise<void>((res) => (resolveRound = res));
    c.write(MSG);
    await done;
  }
  c.end();
  await once(c, "close");
}

const start = performance.now();
await Promise.all(Array.from({ length: conns }, client));
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ messages: conns * rounds, seconds }));
