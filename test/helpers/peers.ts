// Real peers for runtime tests: child processes (python3, socat, nc, curl, bsdsock fixtures) whose
// output we read, each bounded by a timeout so a broken peer fails the test instead of hanging it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
/**
 * How much longer a peer may take under an emulator (test/targets/linux-arm*.sh): an emulated Node
 * child needs seconds just to start, and more on a loaded machine. Still bounded.
 */
export const PATIENCE = process.env.BSDSOCK_EMULATOR ? 8 : 1;

export interface Peer {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stdout line (e.g. the port a server bound). */
  firstLine: Promise<string>;
  /** Resolves with the exit code once the process ends (killed after `ms`). */
  exited: (ms?: number) => Promise<number | null>;
}

export function startPeer(
  cmd: string,
  args: string[],
  opts: { stdio?: unknown[]; input?: string; env?: NodeJS.ProcessEnv } = {},
): Peer {
  const proc = spawn(cmd, args, {
    cwd: root,
    env: opts.env ?? process.env,
    stdio: (opts.stdio as never) ?? ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proc.stdout?.on("data", (d) => (out += d));
  proc.stderr?.on("data", (d) => (err += d));
  if (opts.input !== undefined) proc.stdin?.end(opts.input);
  const firstLine = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${cmd}: no output in ${15 * PATIENCE}s; stderr: ${err}`)),
      15_000 * PATIENCE,
    );
    const check = () => {
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl).trim());
      }
    };
    proc.stdout?.on("data", check);
    proc.on("exit", () => {
      clearTimeout(timer);
      check();
      reject(new Error(`${cmd} exited before printing a line; stderr: ${err}`));
    });
  });
  firstLine.catch(() => {});
  const exited = async (ms = 15_000) => {
    if (proc.exitCode !== null) return proc.exitCode;
    const timer = setTimeout(() => proc.kill("SIGKILL"), ms * PATIENCE);
    const [code] = await once(proc, "exit");
    clearTimeout(timer);
    return code as number | null;
  };
  return { proc, stdout: () => out, stderr: () => err, firstLine, exited };
}

/** Runs a python3 script to its end (20 s at most) with arguments; what it printed, as JSON. */
export function pythonJson(script: string, ...args: (string | number)[]): unknown {
  const r = spawnSync("python3", ["-c", script, ...args.map(String)], { encoding: "utf8", timeout: 20_000 });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

export function python(script: string, args: string[] = [], opts: { stdio?: unknown[] } = {}): Peer {
  return startPeer("python3", ["-u", "-c", script, ...args], opts);
}

/** A TypeScript fixture from test/fixtures run with tsx, as a separate process. */
export function fixture(name: string, args: string[] = []): Peer {
  return startPeer(process.execPath, ["--import", "tsx", `test/fixtures/${name}`, ...args]);
}

/**
 * Open fds of this process (/proc/self/fd). Under Wine that is the Wine process's Unix fds: a socket
 * handle holds one, and Wine may also close fds of its own in between.
 */
export function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}
