// P5: resident memory before and after 1M mixed operations (send + recvInto on a socketpair,
// getsockopt, settimeout, and a socket()/close() every 100 iterations), after a warm-up of the same
// size and forced collections.
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
// Warm-up with as many operations as are measured: RSS (not the JS heap, which stays at ~9 MiB) grows
// for the first ~1M mixed operations while V8's code space and malloc's arenas reach their working
// size, then stays flat (measured: 102 → 110 → 126.5 → 126.9 → 127.0 MiB at 0.1/0.6/1.1/1.6/2.1M).
work(n);
gc();
const before = rss();
work(n);
gc();
const after = rss();
console.log(`${before} ${after}`);
