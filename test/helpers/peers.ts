// Real peers for runtime tests: child processes (python3, socat, nc, curl, bsdsock fixtures) whose
// output we read, each bounded by a timeout so a broken peer fails the test instead of hanging it.
// Under Wine the Linux programs among them run on the host, reached over loopback through a relay
// process (host-relay.mjs; test/targets/win32-x64.sh starts the host's service and sets
// BSDSOCK_HOST_PEERS).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
/**
 * How much longer a peer may take under an emulator (test/targets/linux-arm*.sh): an emulated Node
 * child needs seconds just to start, and more on a loaded machine. Still bounded.
 */
export const PATIENCE = process.env.BSDSOCK_EMULATOR ? 8 : 1;

/** The Linux programs the suite talks to; under Wine the host runs them. */
const HOST_PROGRAMS = new Set(["python3", "socat", "nc", "curl"]);
const relay = fileURLToPath(new URL("./host-relay.mjs", import.meta.url));

/** True where the peer programs can run: natively, or on the host under Wine. */
export const peersReachable = process.platform !== "win32" || process.env.BSDSOCK_HOST_PEERS !== undefined;

/**
 * How to start `cmd`: itself, or under Wine (a Linux peer program) the relay to the host's copy, with
 * the variables `env` sets or changes passed on for the host program.
 */
function command(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv | undefined,
): [string, string[], NodeJS.ProcessEnv] {
  if (process.platform !== "win32" || !HOST_PROGRAMS.has(cmd)) return [cmd, args, env ?? process.env];
  if (process.env.BSDSOCK_HOST_PEERS === undefined)
    throw new Error(
      `${cmd} is a Linux program: under Wine it runs on the host (BSDSOCK_HOST_PEERS is unset)`,
    );
  const changed = Object.entries(env ?? {}).filter(([k, v]) => process.env[k] !== v);
  return [
    process.execPath,
    [relay, cmd, ...args],
    { ...process.env, BSDSOCK_HOST_PEER_ENV: JSON.stringify(Object.fromEntries(changed)) },
  ];
}

/**
 * The path a peer program uses for a file this process names: the same path, or under Wine the host's
 * (drive Z: is the host's root, C: the Wine prefix's drive_c).
 */
export function hostPath(path: string): string {
  if (process.platform !== "win32") return path;
  const m = /^([A-Za-z]):\\(.*)$/.exec(path);
  const rest = m?.[2]!.replaceAll("\\", "/");
  if (m && m[1]!.toUpperCase() === "Z") return `/${rest}`;
  if (m && m[1]!.toUpperCase() === "C" && process.env.WINEPREFIX)
    return `${process.env.WINEPREFIX}/drive_c/${rest}`;
  throw new Error(`no host path for ${path} (under Wine, drives Z: and C: with WINEPREFIX set have one)`);
}

/** spawnSync for peer programs (run on the host under Wine): 20 s at most. */
export function runPeer(
  cmd: string,
  args: string[],
  opts: { input?: string; env?: NodeJS.ProcessEnv } = {},
): { status: number | null; stdout: string; stderr: string } {
  const [file, argv, env] = command(cmd, args, opts.env);
  const r = spawnSync(file, argv, { cwd: root, input: opts.input, env, encoding: "utf8", timeout: 20_000 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
  const [file, argv, env] = command(cmd, args, opts.env);
  if (file !== cmd && (opts.stdio?.length ?? 0) > 3)
    throw new Error(`${cmd} runs on the host under Wine: it cannot inherit this process's sockets`);
  const proc = spawn(file, argv, {
    cwd: root,
    env,
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
  const r = runPeer("python3", ["-c", script, ...args.map(String)]);
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
 * Open fds of this process (/proc/self/fd), bsdsock's epoll set left out: on Linux it opens (numbered
 * from 1000) with the first socket that waits and closes once no socket uses it, so it comes and goes
 * with other tests' sockets; test/runtime/readiness.test.ts checks its lifetime. Under Wine these are the
 * Wine process's Unix fds: a socket handle holds one, and Wine may also close fds of its own in between.
 */
export function openFds(): number {
  const fds = readdirSync("/proc/self/fd");
  // Windows Node under Wine lists the directory but cannot read its links: no epoll set there anyway.
  if (process.platform !== "linux") return fds.length;
  let n = 0;
  for (const fd of fds) {
    try {
      if (Number(fd) < 1000 || readlinkSync(`/proc/self/fd/${fd}`) !== "anon_inode:[eventpoll]") n++;
    } catch {
      // the directory listing's own fd, closed by now
    }
  }
  return n;
}
