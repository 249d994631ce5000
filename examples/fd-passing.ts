// Passes an open file to another process over an AF_UNIX socket (SCM_RIGHTS): the parent opens the
// file, the child (this same program, started by the parent) reads it through the fd it receives.
// Usage: tsx examples/fd-passing.ts FILE
import { spawn } from "node:child_process";
import { openSync, readSync } from "node:fs";
import * as S from "bsdsock";

if (process.argv[2] === "--child") {
  // The socket is fd 3, set up by the parent.
  using s = S.fromfd(3);
  const [data, fds] = S.recvFds(s, 100, 1);
  const buf = Buffer.alloc(4096);
  const n = readSync(fds[0], buf, 0, buf.length, 0);
  console.log(`child got "${data.toString()}" and fd ${fds[0]}: ${buf.toString("utf8", 0, n).trim()}`);
} else {
  const [mine, theirs] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], "--child"], {
    stdio: ["ignore", "inherit", "inherit", theirs.fileno()],
  });
  theirs.close();
  const fd = openSync(process.argv[2], "r");
  S.sendFds(mine, ["here is a file"], [fd]);
  child.on("exit", (code) => {
    mine.close();
    process.exitCode = code ?? 1;
  });
}
