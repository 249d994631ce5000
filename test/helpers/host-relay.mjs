// Under Wine, a stand-in for a Linux peer program: `node host-relay.mjs <program> [args...]` runs the
// program on the host through test/targets/win32-x64/host-peers.ts and behaves as that program would as
// a child process: its stdin goes there, its stdout and stderr come back, and this process exits with
// its status (128 + the signal number if a signal ended it; 255 if the service failed). Killing this
// process closes the connection, and the service then kills the program. Plain JavaScript, so Windows
// Node starts it without a loader. BSDSOCK_HOST_PEERS is "127.0.0.1:port:token" (set by the script);
// BSDSOCK_HOST_PEER_ENV, JSON, holds environment variables to set for the program.
import { connect } from "node:net";
import { constants } from "node:os";

const where = process.env.BSDSOCK_HOST_PEERS;
const [host, port, token] = (where ?? "").split(":");
if (!host || !port || !token) {
  process.stderr.write(`host-relay: BSDSOCK_HOST_PEERS must be host:port:token, got ${where}\n`);
  process.exit(255);
}
const [cmd, ...args] = process.argv.slice(2);
const env = JSON.parse(process.env.BSDSOCK_HOST_PEER_ENV ?? "{}");
const service = connect(Number(port), host);
service.setNoDelay(true);
service.write(JSON.stringify({ token, cmd, args, env }) + "\n");
process.stdin.on("data", (d) => service.write(JSON.stringify({ stdin: d.toString("base64") }) + "\n"));
process.stdin.on("end", () => service.write(JSON.stringify({ end: true }) + "\n"));

let buffered = "";
let status = 255;
service.setEncoding("utf8");
service.on("data", (chunk) => {
  buffered += chunk;
  for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
    const msg = JSON.parse(buffered.slice(0, nl));
    buffered = buffered.slice(nl + 1);
    if (msg.stdout !== undefined) process.stdout.write(Buffer.from(msg.stdout, "base64"));
    else if (msg.stderr !== undefined) process.stderr.write(Buffer.from(msg.stderr, "base64"));
    else if (msg.error !== undefined) process.stderr.write(`host-relay: ${msg.error}\n`);
    else if (msg.exit !== undefined) status = msg.exit ?? 128 + (constants.signals[msg.signal] ?? 0);
  }
});
service.on("error", (e) => process.stderr.write(`host-relay: ${e.message}\n`));
service.on("close", () => {
  process.stdin.destroy();
  process.exitCode = status;
});
