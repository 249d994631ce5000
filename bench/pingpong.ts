// P1b's bsdsock client: N 1-byte round trips to a TCP echo server on 127.0.0.1:PORT; prints
// microseconds per round trip. Usage: tsx bench/pingpong.ts PORT N
import * as S from "../runtime/index.js";

const [port, n] = process.argv.slice(2).map(Number);
const s = S.socket();
s.connect(["127.0.0.1", port]);
s.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, 1);
const b = Buffer.from("x");
const t = performance.now();
for (let i = 0; i < n; i++) {
  s.send(b);
  if (s.recvInto(b) !== 1) throw new Error("short read");
}
console.log(((performance.now() - t) * 1000) / n);
s.close();
