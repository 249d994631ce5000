// What the benchmarks share: building the C programs (gcc, into .tmp/bench), running processes and
// reading their one-line answers, and timing.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../", import.meta.url));
const out = `${root}.tmp/bench`;

/** Compiles bench/c/<name>.c with gcc -O2 (once per run) and returns the binary's path. */
export function cProgram(name: string): string {
  mkdirSync(out, { recursive: true });
  const bin = `${out}/${name}`;
  execFileSync("gcc", ["-O2", "-o", bin, `${root}bench/c/${name}.c`], { stdio: "inherit" });
  return bin;
}

/** Runs a program to completion and returns its first stdout line as a number. */
export function measure(cmd: string, args: string[], input?: string): number {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", input, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return Number(r.stdout.trim().split("\n")[0]);
}

/** A long-running helper process whose first stdout line is handed back (e.g. a port). */
export async function server(
  cmd: string,
  args: string[],
): Promise<{ line: string; pid: number; stop: () => void }> {
  const p = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = "";
    p.stdout.on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) resolve(buf.split("\n")[0]);
    });
    p.on("exit", (code) => reject(new Error(`${cmd} exited ${code} before answering`)));
  });
  return { line, pid: p.pid!, stop: () => p.kill() };
}

/** The best (smallest) of several runs: the machine is shared and noisy. */
export async function best(
  runs: number,
  f: () => number | Promise<number>,
  higherIsBetter = false,
): Promise<number> {
  let b = higherIsBetter ? -Infinity : Infinity;
  for (let i = 0; i < runs; i++) {
    const v = await f();
    b = higherIsBetter ? Math.max(b, v) : Math.min(b, v);
  }
  return b;
}

/** [node, args] running a TypeScript file with tsx. */
export const tsx = (file: string, args: string[] = []): [string, string[]] => [
  process.execPath,
  ["--import", "tsx", file, ...args],
];

/** One row of the results table. */
export interface Row {
  name: string;
  ours: string;
  others: string;
  ratio: string;
  target: string;
}

/** Prints the results as a Markdown table, headed by the date and Node's version. */
export function printTable(rows: Row[], quick: boolean): void {
  const head: Row = {
    name: "benchmark",
    ours: "bsdsock",
    others: "others",
    ratio: "ratio",
    target: "target",
  };
  const cols = Object.keys(head) as (keyof Row)[];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))]),
  );
  const line = (r: Row) => `| ${cols.map((c) => r[c].padEnd(width[c]!)).join(" | ")} |`;
  console.log(
    `bsdsock benchmarks, ${new Date().toISOString().slice(0, 10)}, node ${process.version}${quick ? " (QUICK)" : ""}`,
  );
  console.log(line(head));
  console.log(`| ${cols.map((c) => "-".repeat(width[c]!)).join(" | ")} |`);
  for (const r of rows) console.log(line(r));
}
