// P1's bsdsock side, in its own process: 1-byte send + recvInto on an AF_UNIX socketpair, N iterations;
// prints microseconds per iteration. Usage: tsx bench/per-call.ts N
import * as S from "../runtime/index.js";

const n = Number(process.argv[2] ?? 500_000);
const [a, b] = S.socketpair();
const one = Buffer.from("x");
const into = Buffer.alloc(16);
for (let i = 0; i < 10_000; i++) {
  a.send(one);
  b.recvInto(into);
}
const t = performance.now();
for (let i = 0; i < n; i++) {
  a.send(one);
  b.recvInto(into);
}
console.log(((performance.now() - t) * 1000) / n);
