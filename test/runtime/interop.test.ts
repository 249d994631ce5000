// Interop with peers we did not write: python3's socket module as client and server (TCP, UDP,
// AF_UNIX stream and datagram), socat, nc, and curl against an HTTP/1.0 server written on bsdsock.
// bsdsock's calls here are synchronous; peers are separate processes, so blocking is fine, and every
// bsdsock socket has a timeout so a broken peer fails the test instead of hanging it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { python, startPeer } from "../helpers/peers.js";
import { describeWhere, itWhere, LINUX_PEERS, onWindows, peersReachable } from "../helpers/platform.js";

const dir = mkdtempSync(join(tmpdir(), "bsdsock-interop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GUARD = 15; // seconds: far above what any step needs

function server(family: number, type: number, address: S.SocketAddress): S.SocketType {
  const s = S.socket(family, type);
  s.settimeout(GUARD);
  if (family === S.AF_INET) s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1);
  s.bind(address);
  if (type === S.SOCK_STREAM) s.listen();
  return s;
}

const PY_ECHO_SERVER = `
import socket, sys
fam = {"inet": socket.AF_INET, "unix": socket.AF_UNIX}[sys.argv[1]]
typ = {"stream": socket.SOCK_STREAM, "dgram": socket.SOCK_DGRAM}[sys.argv[2]]
s = socket.socket(fam, typ)
s.settimeout(15)
s.bind(("127.0.0.1", 0) if fam == socket.AF_INET else sys.argv[3])
if typ == socket.SOCK_STREAM:
    s.listen(1)
print(s.getsockname()[1] if fam == socket.AF_INET else "ready", flush=True)
if typ == socket.SOCK_STREAM:
    c, _ = s.accept()
    while True:
        d = c.recv(65536)
        if not d: break
        c.sendall(d.upper())
    c.close()
else:
    d, a = s.recvfrom(65536)
    s.sendto(d.upper(), a)
`;

const PY_CLIENT = `
import socket, sys
fam = {"inet": socket.AF_INET, "unix": socket.AF_UNIX}[sys.argv[1]]
typ = {"stream": socket.SOCK_STREAM, "dgram": socket.SOCK_DGRAM}[sys.argv[2]]
addr = ("127.0.0.1", int(sys.argv[3])) if fam == socket.AF_INET else sys.argv[3]
s = socket.socket(fam, typ)
s.settimeout(15)
if fam == socket.AF_UNIX and typ == socket.SOCK_DGRAM:
    s.bind(sys.argv[4])
s.connect(addr)
s.sendall(b"hello from python")
print(s.recv(1024).decode(), flush=True)
print(s.getsockname()[1] if fam == socket.AF_INET else s.getsockname(), flush=True)
`;

describeWhere(peersReachable, LINUX_PEERS)("python3 as the peer", () => {
  it("TCP: bsdsock client, python server", async () => {
    const peer = python(PY_ECHO_SERVER, ["inet", "stream"]);
    const port = Number(await peer.firstLine);
    using c = S.createConnection(["127.0.0.1", port], GUARD);
    c.sendall("abc".repeat(1000));
    let got = "";
    while (got.length < 3000) got += c.recv(4096).toString();
    expect(got).toBe("ABC".repeat(1000));
    c.shutdown(S.SHUT_WR);
    expect(c.recv(10).length).toBe(0);
    expect(await peer.exited()).toBe(0);
  });

  it("TCP: python client, bsdsock server", async () => {
    using srv = server(S.AF_INET, S.SOCK_STREAM, ["127.0.0.1", 0]);
    const port = (srv.getsockname() as [string, number])[1];
    const peer = python(PY_CLIENT, ["inet", "stream", String(port)]);
    const [conn, addr] = srv.accept();
    expect(conn.recv(100).toString()).toBe("hello from python");
    conn.sendall("hi python");
    conn.close();
    expect(await peer.exited()).toBe(0);
    const [reply, pyPort] = peer.stdout().trim().split("\n");
    expect(reply).toBe("hi python");
    expect(addr).toEqual(["127.0.0.1", Number(pyPort)]);
  });

  it("UDP both ways", async () => {
    const peer = python(PY_ECHO_SERVER, ["inet", "dgram"]);
    const port = Number(await peer.firstLine);
    using c = S.socket(S.AF_INET, S.SOCK_DGRAM);
    c.settimeout(GUARD);
    expect(c.sendto("datagram", ["127.0.0.1", port])).toBe(8);
    const [data, from] = c.recvfrom(100);
    expect(data.toString()).toBe("DATAGRAM");
    expect(from).toEqual(["127.0.0.1", port]);
    expect(await peer.exited()).toBe(0);

    using srv = server(S.AF_INET, S.SOCK_DGRAM, ["127.0.0.1", 0]);
    const p2 = python(
      `import socket,sys\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\ns.settimeout(15)\ns.sendto(b"ping",("127.0.0.1",int(sys.argv[1])))\nprint(s.recvfrom(100)[0].decode())`,
      [String((srv.getsockname() as [string, number])[1])],
    );
    const buf = Buffer.alloc(64);
    const [n, addr] = srv.recvfromInto(buf);
    expect(buf.subarray(0, n).toString()).toBe("ping");
    srv.sendto("pong", 0, addr!);
    expect(await p2.firstLine).toBe("pong");
  });

  itWhere(!onWindows, "Windows has no AF_UNIX datagrams, and Wine 8 no AF_UNIX sockets at all")(
    "AF_UNIX stream and datagram, both directions",
    async () => {
      const spath = join(dir, "py-stream.sock");
      const p1 = python(PY_ECHO_SERVER, ["unix", "stream", spath]);
      await p1.firstLine;
      using c = S.socket(S.AF_UNIX, S.SOCK_STREAM);
      c.settimeout(GUARD);
      c.connect(spath);
      c.sendall("unix stream");
      expect(c.recv(100).toString()).toBe("UNIX STREAM");
      c.close();
      expect(await p1.exited()).toBe(0);

      const dpath = join(dir, "py-dgram.sock");
      const p2 = python(PY_ECHO_SERVER, ["unix", "dgram", dpath]);
      await p2.firstLine;
      using d = S.socket(S.AF_UNIX, S.SOCK_DGRAM);
      d.settimeout(GUARD);
      const mine = join(dir, "bsd-dgram.sock");
      d.bind(mine);
      d.sendto("unix dgram", dpath);
      const [data, from] = d.recvfrom(100);
      expect(data.toString()).toBe("UNIX DGRAM");
      expect(from).toBe(dpath);
      expect(await p2.exited()).toBe(0);

      const bpath = join(dir, "bsd-server.sock");
      using srv = server(S.AF_UNIX, S.SOCK_DGRAM, bpath);
      const p3 = python(PY_CLIENT, ["unix", "dgram", bpath, join(dir, "py-client.sock")]);
      const [msg, peerAddr] = srv.recvfrom(100);
      expect(msg.toString()).toBe("hello from python");
      expect(peerAddr).toBe(join(dir, "py-client.sock"));
      srv.sendto("reply", peerAddr!);
      expect(await p3.exited()).toBe(0);
      expect(p3.stdout().split("\n")[0]).toBe("reply");
    },
  );
});

describeWhere(peersReachable, LINUX_PEERS)("socat, nc and curl", () => {
  it("socat relays to a bsdsock echo server", async () => {
    using srv = server(S.AF_INET, S.SOCK_STREAM, ["127.0.0.1", 0]);
    const port = (srv.getsockname() as [string, number])[1];
    const peer = startPeer("socat", ["-t", "5", "-", `TCP:127.0.0.1:${port}`], { input: "through socat\n" });
    const [conn] = srv.accept();
    conn.settimeout(GUARD);
    const f = conn.makefile("rb");
    const line = f.readline();
    expect(line.toString()).toBe("through socat\n");
    conn.sendall("echo:" + line.toString());
    f.close();
    conn.close();
    expect(await peer.exited()).toBe(0);
    expect(peer.stdout()).toBe("echo:through socat\n");
  });

  it("bsdsock client talks to nc -l", async () => {
    using probe = S.socket();
    probe.bind(["127.0.0.1", 0]);
    const port = (probe.getsockname() as [string, number])[1];
    probe.close();
    const peer = startPeer("nc", ["-l", "-N", "127.0.0.1", String(port)], { input: "from nc\n" });
    let c: S.SocketType | undefined;
    // nc needs a moment to listen: bounded retries of the connect.
    for (let i = 0; i < 100 && !c; i++) {
      const s = S.socket();
      s.settimeout(GUARD);
      if (s.connectEx(["127.0.0.1", port]) === 0) c = s;
      else {
        s.close();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(c).toBeDefined();
    c!.sendall("to nc\n");
    c!.shutdown(S.SHUT_WR);
    const f = c!.makefile("r");
    expect(f.read()).toBe("from nc\n");
    f.close();
    c!.close();
    await peer.exited();
    expect(peer.stdout()).toBe("to nc\n");
  });

  it("curl fetches from an HTTP/1.0 server written on bsdsock", async () => {
    using srv = server(S.AF_INET, S.SOCK_STREAM, ["127.0.0.1", 0]);
    const port = (srv.getsockname() as [string, number])[1];
    const peer = startPeer("curl", [
      "-sS",
      "--max-time",
      "10",
      "-D",
      "-",
      `http://127.0.0.1:${port}/hello?x=1`,
    ]);
    const [conn] = srv.accept();
    conn.settimeout(GUARD);
    // newline "": HTTP's "\r\n" is read as it is (the default, as in Python, reads it as "\n").
    const f = conn.makefile("rw", null, { newline: "" });
    const requestLine = f.readline() as string;
    const headers: string[] = [];
    for (let i = 0; i < 100; i++) {
      const h = f.readline() as string;
      if (h === "\r\n" || h === "") break;
      headers.push(h.trim());
    }
    const body = `you asked for ${requestLine.split(" ")[1]}\n`;
    f.write(
      `HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nX-Server: bsdsock\r\n\r\n${body}`,
    );
    f.close();
    conn.close();
    expect(await peer.exited()).toBe(0);
    expect(requestLine).toBe("GET /hello?x=1 HTTP/1.1\r\n");
    expect(headers).toContain(`Host: 127.0.0.1:${port}`);
    expect(peer.stdout()).toContain("HTTP/1.0 200 OK");
    expect(peer.stdout()).toContain("X-Server: bsdsock");
    expect(peer.stdout().endsWith("you asked for /hello?x=1\n")).toBe(true);
  });
});
