// The host side of the win32-x64 suite's peers. Windows Node under Wine cannot start Linux programs
// (Wine runs an ELF without giving the caller a process handle, and libuv aborts), but Wine shares the
// host's network stack: this service, started by test/targets/win32-x64.sh on the host, runs the peer
// programs the tests name (python3, socat, nc, curl) and relays their stdio and exit status over one
// loopback TCP connection each (test/helpers/host-relay.ts is the Windows end).
//
// Protocol, one JSON object per line. Client: {token, cmd, args, env}, then {stdin: base64} and
// {end: true}. Service: {stdout: base64}, {stderr: base64}, then {exit: code, signal} or {error}.
// Closing the connection kills the program. Bounded: each program lives 120 s at most, the service
// `lifetime` seconds (argv[2]), and only loopback clients holding the token it printed are served.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Socket } from "node:net";

const PROGRAMS = new Set(["python3", "socat", "nc", "curl"]);
const PROGRAM_LIMIT_MS = 120_000;
const MAX_CLIENTS = 64;
const lifetime = Number(process.argv[2] ?? 3600);
if (!Number.isInteger(lifetime) || lifetime <= 0)
  throw new Error(`lifetime must be seconds, got ${process.argv[2]}`);
const token = randomBytes(16).toString("hex");

function send(c: Socket, msg: object): void {
  if (!c.destroyed) c.write(JSON.stringify(msg) + "\n");
}

function serve(c: Socket): void {
  let buffered = "";
  let child: ReturnType<typeof spawn> | undefined;
  const fail = (error: string) => {
    send(c, { error });
    c.end();
  };
  c.setEncoding("utf8");
  c.on("error", () => child?.kill("SIGKILL"));
  c.on("close", () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  c.on("data", (chunk: string) => {
    buffered += chunk;
    if (buffered.length > 16 << 20) return fail("request too large");
    for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      let msg: {
        token?: unknown;
        cmd?: unknown;
        args?: unknown;
        env?: unknown;
        stdin?: unknown;
        end?: unknown;
      };
      try {
        msg = JSON.parse(line) as typeof msg;
      } catch {
        return fail("not JSON");
      }
      if (child === undefined) {
        if (msg.token !== token) return fail("bad token");
        if (typeof msg.cmd !== "string" || !PROGRAMS.has(msg.cmd))
          return fail(`not a peer program: ${String(msg.cmd)} (one of ${[...PROGRAMS].join(", ")})`);
        if (!Array.isArray(msg.args) || !msg.args.every((a) => typeof a === "string"))
          return fail("args must be strings");
        const env = (msg.env ?? {}) as Record<string, string>;
        child = spawn(msg.cmd, msg.args as string[], {
          env: { ...process.env, ...env },
          stdio: ["pipe", "pipe", "pipe"],
        });
        const limit = setTimeout(() => child!.kill("SIGKILL"), PROGRAM_LIMIT_MS);
        child.stdout!.on("data", (d: Buffer) => send(c, { stdout: d.toString("base64") }));
        child.stderr!.on("data", (d: Buffer) => send(c, { stderr: d.toString("base64") }));
        child.stdin!.on("error", () => {}); // a program that exits without reading its input
        child.on("error", (e) => {
          clearTimeout(limit);
          fail(`${msg.cmd}: ${e.message}`);
        });
        // "close", not "exit": every byte of its output has been relayed by then.
        child.on("close", (code, signal) => {
          clearTimeout(limit);
          send(c, { exit: code, signal });
          c.end();
        });
      } else if (typeof msg.stdin === "string") child.stdin!.write(Buffer.from(msg.stdin, "base64"));
      else if (msg.end === true) child.stdin!.end();
    }
  });
}

const server = createServer(serve);
server.maxConnections = MAX_CLIENTS;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  // The script reads this one line: where the service is, and the token clients must present.
  process.stdout.write(`127.0.0.1:${port}:${token}\n`);
});
setTimeout(() => {
  console.error(`host-peers: lifetime of ${lifetime} s over, exiting`);
  process.exit(0);
}, lifetime * 1000).unref(); // the listening server is what keeps the service alive
