// P6: 64-byte UDP datagrams over loopback, bsdsock against C and Node's dgram, side by side in one run.
// Send: N datagrams to a sink that never reads (python3; the kernel drops what overflows) — bsdsock's
// sendmmsg vs C's sendmmsg (batches of 64) vs dgram's send; and one buffer of 64 segments at a time
// with UDP GSO (bsdsock's sendSegments vs C's sendmsg with UDP_SEGMENT). Receive: a C program floods
// the receiver with sendmmsg; each receiver times N datagrams from its first — bsdsock's
// recvmmsgAsync (and sync recvmmsg) vs C's recvmmsg vs dgram's 'message' events.
import { spawn } from "node:child_process";
import { best, cProgram, measure, root, server, tsx, type Row } from "./tools.js";

/** Runs a receiver (first line: its port), floods that port until it prints its rate, and returns it. */
async function underFlood(flood: string, cmd: string, args: string[]): Promise<number> {
  const p = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  let flooding: ReturnType<typeof spawn> | undefined;
  const timer = setTimeout(() => p.kill(), 120_000);
  try {
    for (let i = 0; i < 300 && !out.includes("\n"); i++) await new Promise((r) => setTimeout(r, 20));
    flooding = spawn(flood, [out.split("\n")[0]!], { stdio: "ignore" });
    const code = await new Promise<number | null>((done) => p.on("exit", done));
    if (code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${code}`);
    return Number(out.trim().split("\n")[1]);
  } finally {
    clearTimeout(timer);
    flooding?.kill();
  }
}

export async function p6(runs: number, quick: boolean): Promise<Row[]> {
  const N = quick ? 500_000 : 2_000_000;
  const rows: Row[] = [];
  const rate = (v: number) => `${Math.round(v).toLocaleString("en-US")}/s`;
  const sink = await server("python3", [
    "-c",
    "import socket,time\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\ns.bind(('127.0.0.1',0))\nprint(s.getsockname()[1],flush=True)\ntime.sleep(3600)",
  ]);
  try {
    const port = sink.line;
    const send = cProgram("udp-send");
    const cSend = await best(runs, () => measure(send, [port, String(N), "64", "mmsg"]), true);
    const ours = await best(runs, () => measure(...tsx("bench/udp.ts", ["send", port, String(N)])), true);
    const node = await best(
      runs,
      () => measure(...tsx("bench/udp-dgram.ts", ["send", port, String(N / 2)])),
      true,
    );
    rows.push({
      name: `P6 send ${N.toLocaleString("en-US")} datagrams of 64 bytes (sendmmsg, batches of 64)`,
      ours: rate(ours),
      others: `C ${rate(cSend)}; dgram ${rate(node)}`,
      ratio: `${(ours / cSend).toFixed(2)}× C; ${(ours / node).toFixed(2)}× dgram`,
      target: "≥ 0.8× C (≈ 2× dgram)",
    });
    const cGso = await best(runs, () => measure(send, [port, String(N), "64", "gso"]), true);
    const gso = await best(runs, () => measure(...tsx("bench/udp.ts", ["gso", port, String(N)])), true);
    rows.push({
      name: `P6 send with UDP GSO, 64 segments of 64 bytes per call (sendSegments)`,
      ours: rate(gso),
      others: `C ${rate(cGso)}; dgram ${rate(node)}`,
      ratio: `${(gso / cGso).toFixed(2)}× C; ${(gso / node).toFixed(2)}× dgram`,
      target: "≥ 5× dgram",
    });
  } finally {
    sink.stop();
  }
  const flood = cProgram("udp-flood");
  const recv = cProgram("udp-recv");
  const cRecv = await best(runs, () => underFlood(flood, recv, [String(N)]), true);
  const asyncRecv = await best(
    runs,
    () => underFlood(flood, ...tsx("bench/udp.ts", ["recv", String(N)])),
    true,
  );
  const syncRecv = await best(
    runs,
    () => underFlood(flood, ...tsx("bench/udp.ts", ["recv-sync", String(N)])),
    true,
  );
  const node = await best(
    runs,
    () => underFlood(flood, ...tsx("bench/udp-dgram.ts", ["recv", String(N / 2)])),
    true,
  );
  rows.push({
    name: `P6 receive ${N.toLocaleString("en-US")} datagrams of 64 bytes under a C sendmmsg flood (recvmmsgAsync, 64)`,
    ours: rate(asyncRecv),
    others: `C ${rate(cRecv)}; dgram ${rate(node)}; sync recvmmsg ${rate(syncRecv)}`,
    ratio: `${(asyncRecv / cRecv).toFixed(2)}× C; ${(asyncRecv / node).toFixed(2)}× dgram`,
    target: "≥ 0.8× C",
  });
  return rows;
}

// `npm run bench:udp`: P6 alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import("./tools.js");
  const quick = !!process.env.QUICK;
  printTable(await p6(quick ? 1 : 3, quick), quick);
}
