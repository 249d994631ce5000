// The specification's echo client, synchronous. Usage: tsx examples/echo-client.ts HOST PORT MESSAGE
import * as socket from "bsdsock";

const [host, port, message] = process.argv.slice(2);
const s = socket.createConnection([host, Number(port)], 10);
s.sendall(message);
s.shutdown(socket.SHUT_WR);
const chunks: Buffer[] = [];
for (let data = s.recv(1024); data.length > 0; data = s.recv(1024)) chunks.push(data);
s.close();
console.log(`Received ${Buffer.concat(chunks).toString()}`);
