// P6's Node dgram side: `send PORT N` (send per datagram on a connected socket, 64 in flight at a
// time) and `recv N` (a 'message' listener), printed as udp.ts prints them.
import dgram from "node:dgram";
import { once } from "node:events";

const [mode, a, b] = process.argv.slice(2);
const SIZE = 64;
const now = () => performance.now() / 1000;

if (mode === "send") {
  const n = Number(b);
  const s = dgram.createSocket("udp4");
  s.connect(Number(a), "127.0.0.1");
  await once(s, "connect");
  const data = Buffer.alloc(SIZE, "x");
  const t0 = now();
  for (let sent = 0; sent < n; sent += 64) {
    let last!: Promise<void>;
    for (let i = 0; i < 64; i++) last = new Promise((done) => s.send(data, () => done()));
    await last;
  }
  console.log(Math.round(n / (now() - t0)));
  s.close();
} else {
  const n = Number(a);
  const s = dgram.createSocket("udp4");
  s.bind(0, "127.0.0.1");
  await once(s, "listening");
  console.log(s.address().port);
  let got = 0;
  let t0 = 0;
  await new Promise<void>((done) =>
    s.on("message", () => {
      if (got++ === 0) t0 = now();
      if (got === n) done();
    }),
  );
  console.log(Math.round(got / (now() - t0)));
  s.close();
}
