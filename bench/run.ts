// `npm run bench`: P1–P5 measured side by side in one run, each printing both sides and the ratio.
// Not a test: nothing here asserts a time. Sizes can be lowered for a quick look with QUICK=1.
import { spawnSync } from "node:child_process";
import { best, cProgram, measure, printTable, root, server, tsx, type Row } from "./tools.js";
import { p6 } from "./p6.js";

const quick = !!process.env.QUICK;
const P1_N = quick ? 100_000 : 500_000;
const P1B_N = quick ? 10_000 : 50_000;
const P2_BYTES = quick ? 2 ** 28 : 2 ** 31;
const P5_N = quick ? 200_000 : 1_000_000;
const RUNS = quick ? 1 : 3;

const rows: Row[] = [];
const fmt = (v: number, unit: string) => `${v.toFixed(3)} ${unit}`;
const say = (s: string) => process.stderr.write(`${s}\n`);

// P1: per-call cost of the sync API, in one process.
say("P1 …");
const cPerCall = cProgram("per-call");
const p1c = await best(RUNS, () => measure(cPerCall, [String(P1_N)]));
const p1py = await best(RUNS, () =>
  measure("python3", [
    "-c",
    `import socket,time\na,b=socket.socketpair();one=b'x';buf=bytearray(16);n=${P1_N}\nfor i in range(10000): a.send(one); b.recv_into(buf)\nt=time.perf_counter()\nfor i in range(n): a.send(one); b.recv_into(buf)\nprint((time.perf_counter()-t)*1e6/n)`,
  ]),
);
const p1 = await best(RUNS, () => measure(...tsx("bench/per-call.ts", [String(P1_N)])));
rows.push({
  name: `P1 send+recvInto, 1 byte, AF_UNIX pair (µs/iteration, ${P1_N})`,
  ours: fmt(p1, "µs"),
  others: `CPython ${fmt(p1py, "µs")}; C ${fmt(p1c, "µs")}`,
  ratio: `${(p1 / p1py).toFixed(2)}× CPython; ${(p1 / p1c).toFixed(2)}× C`,
  target: "≤ 0.8× CPython, ≤ 1.3× C",
});

// P1b: cross-process latency against one C echo server.
say("P1b …");
const echo = await server(cProgram("echo-server"), []);
const port = echo.line;
const pingC = cProgram("pingpong");
const p1bc = await best(RUNS, () => measure(pingC, [port, String(P1B_N)]));
const p1bpy = await best(RUNS, () =>
  measure("python3", [
    "-c",
    `import socket,time\ns=socket.create_connection(('127.0.0.1',${port}));s.setsockopt(socket.IPPROTO_TCP,socket.TCP_NODELAY,1);b=bytearray(1);n=${P1B_N}\nt=time.perf_counter()\nfor i in range(n): s.send(b'x'); s.recv_into(b)\nprint((time.perf_counter()-t)*1e6/n)`,
  ]),
);
const p1b = await best(RUNS, () => measure(...tsx("bench/pingpong.ts", [port, String(P1B_N)])));
echo.stop();
rows.push({
  name: `P1b TCP ping-pong, 1 byte, vs a C echo server (µs/round trip, ${P1B_N})`,
  ours: fmt(p1b, "µs"),
  others: `CPython ${fmt(p1bpy, "µs")}; C ${fmt(p1bc, "µs")}`,
  ratio: `${(p1b / p1bpy).toFixed(2)}× CPython; ${(p1b / p1bc).toFixed(2)}× C`,
  target: "≤ CPython",
});

// P2: bulk throughput over TCP loopback.
say("P2 …");
const bulkC = cProgram("bulk");
const p2c = await best(RUNS, () => measure(bulkC, [String(P2_BYTES)]), true);
const p2 = await best(RUNS, () => measure(...tsx("bench/bulk.ts", [String(P2_BYTES)])), true);
rows.push({
  name: `P2 ${P2_BYTES / 2 ** 30} GiB over TCP loopback, sendall 64 KiB → recvInto (GiB/s)`,
  ours: fmt(p2, "GiB/s"),
  others: `C ${fmt(p2c, "GiB/s")}`,
  ratio: `${(p2 / p2c).toFixed(2)}× C`,
  target: "≥ 0.95× C",
});

// P3: async echo against Node's net.
say("P3 …");
const p3run = spawnSync(process.execPath, ["--import", "tsx", "bench/async-echo.ts"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, BENCH_JSON: "1", ...(quick ? { ROUNDS: "100", REPEAT: "1" } : {}) },
});
if (p3run.status !== 0) throw new Error(`async-echo failed: ${p3run.stderr}`);
const p3 = JSON.parse(p3run.stdout.trim().split("\n").at(-1)!) as {
  bsdsock: number;
  net: number;
  c: number;
};
rows.push({
  name: "P3 async echo, 200 connections, 64 bytes (messages/s)",
  ours: Math.round(p3.bsdsock).toLocaleString("en-US"),
  others: `node net ${Math.round(p3.net).toLocaleString("en-US")}; C epoll ${Math.round(p3.c).toLocaleString("en-US")} (${(p3.c / p3.net).toFixed(2)}× net)`,
  ratio: `${(p3.bsdsock / p3.net).toFixed(2)}× net`,
  target: "≥ 1.5× net",
});

// P4: generation time of every target.
say("P4 …");
for (const target of ["linux-x64", "linux-arm64", "win32-x64"]) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "generator/cli.ts", "--target", target, "--check", "--quiet"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`generate ${target}: ${r.stderr}`);
  rows.push({
    name: `P4 generate ${target} (parse, probe, render, prettier)`,
    ours: fmt((performance.now() - t) / 1000, "s"),
    others: "—",
    ratio: "—",
    target: "—",
  });
}

// P5: memory over 1M mixed operations.
say("P5 …");
const p5run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/rss.ts", String(P5_N)], {
  cwd: root,
  encoding: "utf8",
});
if (p5run.status !== 0) throw new Error(`rss failed: ${p5run.stderr}`);
const [before, after] = p5run.stdout.trim().split(" ").map(Number);
rows.push({
  name: `P5 RSS before → after ${P5_N.toLocaleString("en-US")} mixed operations (MiB)`,
  ours: `${before.toFixed(1)} → ${after.toFixed(1)}`,
  others: "—",
  ratio: `${(((after - before) / before) * 100).toFixed(1)}% growth`,
  target: "flat within 5%",
});

// P6: batched UDP (bench/p6.ts).
say("P6 …");
rows.push(...(await p6(RUNS, quick)));

printTable(rows, quick);
