// P5: resident memory before and after 1M mixed operations (send + recvInto on a socketpair,
// getsockopt, settimeout, and a socket()/close() every 100 iterations), after forced collections.
// Prints "before after" in MiB. Usage: node --expose-gc --import tsx bench/rss.ts [N]
import * as S from "../runtime/index.js";

const n = Number(process.argv[2] ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc!;
const [a, b] = S.socketpair();
const one = Buffer.from("x");
const into = Buffer.alloc(16);
function work(count: number): void {
  for (let i = 0; i < count; i++) {
    a.send(one);
    b.recvInto(into);
    if (i % 10 === 0) a.getsockopt(S.SOL_SOCKET, S.SO_TYPE);
    if (i % 10 === 5) b.settimeout(i % 20 === 5 ? 1 : null);
    if (i % 100 === 0) S.socket().close();
  }
}
const rss = () => process.memoryUsage.rss() / 2 ** 20;
work(100_000); // warm-up: JIT, pools and caches reach their size
gc();
const before = rss();
work(n);
gc();
const after = rss();
console.log(`${before} ${after}`);
