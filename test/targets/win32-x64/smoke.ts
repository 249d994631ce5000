// Exercises the generated win32-x64 bindings for real, in Windows Node under Wine: Winsock start-up,
// TCP over loopback with non-blocking connect, libuv readiness (koffi.node.poll), WSAPoll, getaddrinfo
// and the address text functions — every struct through the generated layouts. Bundled on the host by
// test/targets/win32-x64.sh; prints one line per check and "N passed, N failed".
import koffi from "koffi";
import * as C from "../../../generated/win32-x64/constants.js";
import { bindFunctions, libraries, library } from "../../../generated/win32-x64/functions.js";
import { layouts } from "../../../generated/win32-x64/layouts.js";
import { defineKoffiTypes } from "../../../generated/win32-x64/koffi-types.js";

defineKoffiTypes(koffi);

let passed = 0;
let failed = 0;
function check(what: string, ok: boolean, detail: unknown = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? "ok" : "FAIL"} - ${what}${ok ? "" : ` (${JSON.stringify(detail, (_, v) => (typeof v === "bigint" ? `${v}n` : v))})`}`,
  );
}

// Functions from a second library (kernel32.dll) need it handed over: bindFunctions names what is missing.
let missing = "";
try {
  bindFunctions(koffi.load(library));
} catch (e) {
  missing = (e as Error).message;
}
check(
  "bindFunctions names a library it was not given",
  /needs (kernel32|iphlpapi)\.dll/.test(missing),
  missing,
);
const ws = bindFunctions(
  koffi.load(library),
  Object.fromEntries(libraries.filter((l) => l !== library).map((l) => [l, koffi.load(l)])),
);
const INVALID = BigInt(C.INVALID_SOCKET);
const sock = (s: number | bigint) => BigInt(s) !== INVALID;

// WSAStartup fills WSADATA (the 64-bit field order).
const wsa = Buffer.alloc(layouts.WSAData.size);
check("WSAStartup(2.2)", ws.WSAStartup(0x0202, wsa) === 0);
check(
  "WSADATA.wVersion is 2.2",
  wsa.readUInt16LE(layouts.WSAData.fields.wVersion.offset) === 0x0202,
  wsa.readUInt16LE(0),
);

// A listening socket on 127.0.0.1, port from getsockname.
const IN = layouts.sockaddr_in;
const srv = ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP);
check("socket() gives a SOCKET", sock(srv), srv);
const sa = Buffer.alloc(IN.size);
sa.writeUInt16LE(C.AF_INET, IN.fields.sin_family.offset);
sa.set([127, 0, 0, 1], IN.fields.sin_addr.offset);
check("bind 127.0.0.1:0", ws.bind(srv, sa, sa.length) === 0, ws.WSAGetLastError());
check("listen", ws.listen(srv, C.SOMAXCONN) === 0, ws.WSAGetLastError());
const bound = Buffer.alloc(IN.size);
const len = new Int32Array([bound.length]);
check("getsockname", ws.getsockname(srv, bound, len) === 0 && len[0] === IN.size);
const port = bound.readUInt16BE(IN.fields.sin_port.offset);
check("a port was assigned", port > 0, port);

// Non-blocking connect: WSAEWOULDBLOCK, then libuv reports writable.
const cli = ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP);
const on = new Uint32Array([1]);
check("ioctlsocket(FIONBIO)", ws.ioctlsocket(cli, C.FIONBIO | 0, on) === 0, ws.WSAGetLastError());
const rc = ws.connect(cli, bound, bound.length);
const err = ws.WSAGetLastError();
check("non-blocking connect is in progress", rc === C.SOCKET_ERROR && err === C.WSAEWOULDBLOCK, { rc, err });

const poll = (
  koffi as unknown as {
    node: {
      poll(fd: number, o: object, cb: (s: number, e: { writable: boolean }) => void): { close(): void };
    };
  }
).node.poll;
await new Promise<void>((resolve) => {
  const timer = setTimeout(() => {
    check("koffi.node.poll reports the connect", false, "no event in 5 s");
    resolve();
  }, 5000);
  const h = poll(Number(cli), { writable: true }, (status, ev) => {
    clearTimeout(timer);
    h.close();
    check("koffi.node.poll reports the connect", status === 0 && ev.writable, { status, ev });
    resolve();
  });
});

// accept, send/recv both ways.
const peer = Buffer.alloc(IN.size);
const plen = new Int32Array([peer.length]);
const conn = ws.accept(srv, peer, plen);
check("accept", sock(conn) && plen[0] === IN.size, ws.WSAGetLastError());
const hello = Buffer.from("hello winsock");
check("send", Number(ws.send(cli, hello, hello.length, 0)) === hello.length, ws.WSAGetLastError());
const got = Buffer.alloc(64);
const n = Number(ws.recv(conn, got, got.length, 0));
check("recv gets the bytes", got.subarray(0, Math.max(0, n)).toString() === "hello winsock", n);

// WSAPoll through the generated WSAPOLLFD layout.
const P = layouts.pollfd;
const pfd = Buffer.alloc(P.size);
pfd.writeBigUInt64LE(BigInt(conn), P.fields.fd.offset);
pfd.writeInt16LE(C.POLLWRNORM, P.fields.events.offset);
check(
  "WSAPoll: connection writable",
  ws.WSAPoll(pfd, 1, 1000) === 1 && (pfd.readInt16LE(P.fields.revents.offset) & C.POLLWRNORM) !== 0,
);

// getaddrinfo through ADDRINFOA, and the text conversions.
const res: [unknown] = [null];
const hints = {
  ai_flags: C.AI_NUMERICHOST,
  ai_family: C.AF_INET,
  ai_socktype: C.SOCK_STREAM,
  ai_protocol: 0,
  ai_addrlen: 0,
  ai_canonname: null,
  ai_addr: null,
  ai_next: null,
};
check("getaddrinfo(127.0.0.1)", ws.getaddrinfo("127.0.0.1", "80", hints, res) === 0 && res[0] !== null);
if (res[0]) {
  const ai = koffi.decode(res[0], "addrinfo") as { ai_family: number; ai_addrlen: number | bigint };
  check("ADDRINFOA decodes", ai.ai_family === C.AF_INET && Number(ai.ai_addrlen) === IN.size, ai);
  ws.freeaddrinfo(res[0]);
}
const packed = Buffer.alloc(16);
check("inet_pton(::1)", ws.inet_pton(C.AF_INET6, "::1", packed) === 1 && packed[15] === 1);
const text = Buffer.alloc(64);
check("inet_ntop(::1)", ws.inet_ntop(C.AF_INET6, packed, text, BigInt(text.length)) === "::1");

for (const s of [conn, cli, srv]) ws.closesocket(s);
check("WSACleanup", ws.WSACleanup() === 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
