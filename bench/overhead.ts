// bsdsock's own cost on P1's loop, measured in one process: send+recvInto through bsdsock against the
// same two libc calls made directly through koffi, alternating rounds, best of each (Linux).
// Usage: npx tsx bench/overhead.ts [N]
import * as S from "../runtime/index.js";
import { loadLibc } from "../runtime/platform/posix/libc.js";

const n = Number(process.argv[2] ?? 300_000);
const libc = loadLibc();
const [a, b] = S.socketpair();
const one = Buffer.from("x");
const into = Buffer.alloc(16);
const MSG_NOSIGNAL = (S as unknown as { MSG_NOSIGNAL: number }).MSG_NOSIGNAL;

function viaBsdsock(): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    a.send(one);
    b.recvInto(into);
  }
  return ((performance.now() - t) * 1000) / n;
}

function viaKoffi(): number {
  const fa = a.fileno();
  const fb = b.fileno();
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    libc.send(fa, one, 1, MSG_NOSIGNAL);
    libc.recv(fb, into, 16, 0);
  }
  return ((performance.now() - t) * 1000) / n;
}

viaBsdsock();
viaKoffi();
const ours: number[] = [];
const raw: number[] = [];
for (let round = 0; round < 12; round++) {
  ours.push(viaBsdsock());
  raw.push(viaKoffi());
}
const best = (xs: number[]) => Math.min(...xs);
console.log(
  `bsdsock ${best(ours).toFixed(3)} µs, koffi alone ${best(raw).toFixed(3)} µs: ` +
    `${((best(ours) / best(raw) - 1) * 100).toFixed(1)}% over the raw FFI calls`,
);
