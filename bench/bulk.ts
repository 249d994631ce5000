// P2's bsdsock side: BYTES over TCP loopback, sendall() of 64 KiB chunks from a child process into
// recvInto() of a reused buffer here; prints GiB/s measured by the receiver. Usage: tsx bench/bulk.ts BYTES
// (the child runs as: tsx bench/bulk.ts --send PORT BYTES)
import { spawn } from "node:child_process";
import * as S from "../runtime/index.js";

const CHUNK = 65536;
if (process.argv[2] === "--send") {
  const [port, total] = process.argv.slice(3).map(Number);
  const s = S.socket();
  s.connect(["127.0.0.1", port]);
  const chunk = Buffer.alloc(CHUNK, 1);
  for (let sent = 0; sent < total; sent += CHUNK)
    s.sendall(total - sent < CHUNK ? chunk.subarray(0, total - sent) : chunk);
  s.close();
} else {
  const total = Number(process.argv[2] ?? 2 ** 31);
  const srv = S.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen(1);
  const port = (srv.getsockname() as [string, number])[1];
  const child = spawn(
    process.execPath,
    ["--import", "tsx", process.argv[1], "--send", String(port), String(total)],
    {
      stdio: "inherit",
    },
  );
  const [c] = srv.accept();
  const buf = Buffer.alloc(CHUNK);
  const t = performance.now();
  let got = 0;
  for (let n = c.recvInto(buf); n > 0; n = c.recvInto(buf)) got += n;
  const seconds = (performance.now() - t) / 1000;
  if (got !== total) throw new Error(`received ${got} of ${total}`);
  console.log(got / 2 ** 30 / seconds);
  child.on("exit", (code) => process.exit(code ?? 1));
}
