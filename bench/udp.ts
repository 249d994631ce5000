// P6's bsdsock side: 64-byte datagrams over loopback. `send PORT N` (sendmmsg, batches of 64),
// `gso PORT N` (sendSegments: 64 segments per buffer), `recv N` (recvmmsgAsync, batches of 64) and
// `recv-sync N` (recvmmsg). Senders print datagrams/s; receivers print their port, then datagrams/s
// timed from the first datagram.
import * as S from "bsdsock";

const [mode, a, b] = process.argv.slice(2);
const BATCH = 64;
const SIZE = 64;
const now = () => performance.now() / 1000;

if (mode === "send" || mode === "gso") {
  const n = Number(b);
  const s = S.socket(S.AF_INET, S.SOCK_DGRAM);
  s.connect(["127.0.0.1", Number(a)]);
  const batch = Array.from({ length: BATCH }, () => Buffer.alloc(SIZE, "x"));
  const whole = Buffer.alloc(SIZE * BATCH, "x");
  let sent = 0;
  const t0 = now();
  if (mode === "send") while (sent < n) sent += s.sendmmsg(batch);
  else while (sent < n) sent += s.sendSegments(whole, SIZE) / SIZE;
  console.log(Math.round(sent / (now() - t0)));
} else {
  const n = Number(a);
  const s = S.socket(S.AF_INET, S.SOCK_DGRAM);
  s.bind(["127.0.0.1", 0]);
  console.log(s.getsockname()[1]);
  let got = 0;
  let t0 = 0;
  if (mode === "recv-sync") {
    while (got < n) {
      const r = s.recvmmsg(BATCH, 2048);
      if (got === 0) t0 = now();
      got += r.length;
    }
  } else {
    while (got < n) {
      const r = await s.recvmmsgAsync(BATCH, 2048);
      if (got === 0) t0 = now();
      got += r.length;
    }
  }
  console.log(Math.round(got / (now() - t0)));
  s.close();
}
