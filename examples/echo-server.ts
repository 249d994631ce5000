// The specification's echo server, synchronous as in Python: serves one connection, echoing until the
// client closes. Usage: tsx examples/echo-server.ts [port]  (prints "listening PORT" first; 0 = any).
import * as socket from "bsdsock";

const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
s.bind(["127.0.0.1", Number(process.argv[2] ?? 0)]);
s.listen(1);
console.log(`listening ${(s.getsockname() as [string, number])[1]}`);
const [conn, addr] = s.accept();
console.error("Connected by", addr);
for (;;) {
  const data = conn.recv(1024);
  if (data.length === 0) break;
  conn.sendall(data);
}
conn.close();
s.close();
