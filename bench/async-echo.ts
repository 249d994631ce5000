// `npm run bench:async`: the same echo load (200 connections × 64-byte round trips on loopback, from a
// separate C process: bench/c/echo-load.c; LOAD=node for the older Node client) against a bsdsock
// server written as the README shows, a Node `net` server and a C epoll server (bench/c/echo-epoll.c: the
// ceiling for any server making the same two system calls per message), in one run, alternating a few
// times. Prints messages/s for each and the ratios to net (≥ 1 means faster than net).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import * as net from "node:net";
import * as S from "../runtime/index.js";
import { cProgram, server } from "./tools.js";

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

/** A server under test: its port, and the CPU time (µs, user and system) its process has used so far. */
interface Server {
  port: number;
  cpu: () => { user: number; system: number };
  stop: () => void;
}

/** The two Node servers run in this process, which does nothing else while the load runs. */
const ownCpu = () => process.cpuUsage();

/** A child's CPU time from /proc/<pid>/stat (utime and stime, in clock ticks of 10 ms). */
function childCpu(pid: number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { user: Number(fields[11]) * 10_000, system: Number(fields[12]) * 10_000 };
}

async function bsdsockServer(): Promise<Server> {
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
  return { port: (srv.getsockname() as [string, number])[1], cpu: ownCpu, stop: () => srv.close() };
}

async function netServer(): Promise<Server> {
  const server = net.createServer((c) => {
    c.setNoDelay(true);
    c.on("data", (d) => c.write(d));
    c.on("error", () => c.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", 1024, r));
  return { port: (server.address() as net.AddressInfo).port, cpu: ownCpu, stop: () => server.close() };
}

const EPOLL = cProgram("echo-epoll");
async function cServer(): Promise<Server> {
  const { line, pid, stop } = await server(EPOLL, []);
  return { port: Number(line), cpu: () => childCpu(pid), stop };
}

const rates: Record<string, number[]> = { bsdsock: [], net: [], c: [] };
/** CPU µs per message (user, system) of each server's fastest run. */
const perMessage: Record<string, { user: number; system: number }> = {};
for (let i = 0; i < REPEAT; i++) {
  for (const [name, make] of [
    ["bsdsock", bsdsockServer],
    ["net", netServer],
    ["c", cServer],
  ] as const) {
    const s = await make();
    const before = s.cpu();
    const r = await runLoad(s.port);
    const after = s.cpu();
    s.stop();
    const rate = r.messages / r.seconds;
    if (rate > Math.max(...rates[name]))
      perMessage[name] = {
        user: (after.user - before.user) / r.messages,
        system: (after.system - before.system) / r.messages,
      };
    rates[name].push(rate);
  }
}
const best = (xs: number[]) => Math.max(...xs);
const b = best(rates.bsdsock);
const n = best(rates.net);
const c = best(rates.c);
// bench/run.ts reads the rates from the last line.
if (process.env.BENCH_JSON) {
  console.log(JSON.stringify({ bsdsock: b, net: n, c, perMessage }));
  process.exit(0);
}
console.log(
  `async echo: ${CONNS} connections × ${ROUNDS} round trips of 64 bytes from ${LOAD ? "C" : "Node"}, best of ${REPEAT}`,
);
console.log(`  bsdsock server   ${Math.round(b).toLocaleString("en-US")} messages/s`);
console.log(`  node net server  ${Math.round(n).toLocaleString("en-US")} messages/s`);
console.log(`  C epoll server   ${Math.round(c).toLocaleString("en-US")} messages/s`);
console.log(`  ratio bsdsock / net = ${(b / n).toFixed(2)} (target ≥ 1.50)`);
console.log(`  ratio C epoll / net = ${(c / n).toFixed(2)} (the ceiling for these system calls)`);
console.log("  server CPU per message (µs, user + system, of each one's best run):");
for (const [name, { user, system }] of Object.entries(perMessage))
  console.log(
    `    ${name.padEnd(8)} ${user.toFixed(2)} + ${system.toFixed(2)} = ${(user + system).toFixed(2)}`,
  );
