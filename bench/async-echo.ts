// `npm run bench:async`: the same echo load (200 connections × 64-byte round trips on loopback, from a
// separate C process: bench/c/echo-load.c; LOAD=node for the older Node client) against a bsdsock
// server written as the README shows and a Node `net` server, in one run, alternating a few times. Prints messages/s for both and the ratio (bsdsock / net; ≥ 1 means bsdsock is faster).
import { spawn } from "node:child_process";
import * as net from "node:net";
import * as S from "../runtime/index.js";
import { cProgram } from "./tools.js";

const CONNS = Number(process.env.CONNS ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 1000);
const REPEAT = Number(process.env.REPEAT ?? 3);

/** The load: a C program driving every connection from one epoll loop, or (LOAD=node) a Node one. */
const LOAD = process.env.LOAD === "node" ? null : cProgram("echo-load");

function runLoad(port: number): Promise<{ messages: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const [cmd, args] = LOAD
      ? [LOAD, [String(port), String(CONNS), String(ROUNDS)]]
      : [
          process.execPath,
          ["--import", "tsx", "bench/echo-load.ts", String(port), String(CONNS), String(ROUNDS)],
        ];
    const p = spawn(cmd, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load exited ${code}`)),
    );
  });
}

async function bsdsockServer(): Promise<{ port: number; stop: () => void }> {
  const srv = S.socket();
  srv.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1);
  srv.bind(["127.0.0.1", 0]);
  srv.listen(1024);
  void (async () => {
    for (;;) {
      let conn: S.SocketType;
      try {
        [conn] = await srv.acceptAsync();
      } catch {
        return;
      }
      conn.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, 1);
      void (async () => {
        const buf = Buffer.allocUnsafe(16384);
        try {
          for (;;) {
            const n = await conn.recvIntoAsync(buf);
            if (n === 0) break;
            await conn.sendallAsync(buf.subarray(0, n));
          }
        } finally {
          conn.close();
        }
      })();
    }
  })();
  return { port: (srv.getsockname() as [string, number])[1], stop: () => srv.close() };
}

async function netServer(): Promise<{ port: number; stop: () => void }> {
  const server = net.createServer((c) => {
    c.setNoDelay(true);
    c.on("data", (d) => c.write(d));
    c.on("error", () => c.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", 1024, r));
  return { port: (server.address() as net.AddressInfo).port, stop: () => server.close() };
}

const rates: Record<string, number[]> = { bsdsock: [], net: [] };
for (let i = 0; i < REPEAT; i++) {
  for (const [name, make] of [
    ["bsdsock", bsdsockServer],
    ["net", netServer],
  ] as const) {
    const s = await make();
    const r = await runLoad(s.port);
    s.stop();
    rates[name].push(r.messages / r.seconds);
  }
}
const best = (xs: number[]) => Math.max(...xs);
const b = best(rates.bsdsock);
const n = best(rates.net);
// bench/run.ts reads the two rates from the last line.
if (process.env.BENCH_JSON) {
  console.log(JSON.stringify({ bsdsock: b, net: n }));
  process.exit(0);
}
console.log(
  `async echo: ${CONNS} connections × ${ROUNDS} round trips of 64 bytes from ${LOAD ? "C" : "Node"}, best of ${REPEAT}`,
);
console.log(`  bsdsock server   ${Math.round(b).toLocaleString("en-US")} messages/s`);
console.log(`  node net server  ${Math.round(n).toLocaleString("en-US")} messages/s`);
console.log(`  ratio bsdsock / net = ${(b / n).toFixed(2)} (target ≥ 1.00)`);
