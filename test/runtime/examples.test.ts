// The specification's four example programs, ported line by line: the echo servers run as separate
// bsdsock processes (test/fixtures), the clients here.
import { describe, expect, it } from "vitest";
import * as socket from "../../runtime/index.js";
import { fixture } from "../helpers/peers.js";

describe("the specification's examples", () => {
  it("IPv4 echo server and client", async () => {
    const server = fixture("echo-server-v4.ts");
    const HOST = "127.0.0.1"; // The remote host (the spec's daring.cwi.nl; tests stay on loopback)
    const PORT = Number(await server.firstLine); // The same port as used by the server
    const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
    s.settimeout(15);
    s.connect([HOST, PORT]);
    s.sendall("Hello, world");
    const data = s.recv(1024);
    s.close();
    expect(data.toString()).toBe("Hello, world");
    expect(await server.exited()).toBe(0);
    expect(server.stderr()).toMatch(/Connected by \[ '127\.0\.0\.1', \d+ \]/);
  });

  for (const host of ["::1", "127.0.0.1"]) {
    it(`IPv4/IPv6 echo server and client over ${host}`, async () => {
      if (host === "::1") expect(socket.hasIPv6).toBe(true);
      const server = fixture("echo-server-dual.ts", [host]);
      const [, port] = (await server.firstLine).split(" ");
      const HOST = host;
      const PORT = Number(port);
      let s: socket.SocketType | null = null;
      for (const res of socket.getaddrinfo(HOST, PORT, socket.AF_UNSPEC, socket.SOCK_STREAM)) {
        const [af, socktype, proto, , sa] = res;
        try {
          s = socket.socket(af, socktype, proto);
          s.settimeout(15);
        } catch {
          s = null;
          continue;
        }
        try {
          s.connect(sa);
        } catch {
          s.close();
          s = null;
          continue;
        }
        break;
      }
      expect(s, "could not open socket").not.toBeNull();
      s!.sendall("Hello, world");
      const data = s!.recv(1024);
      s!.close();
      expect(data.toString()).toBe("Hello, world");
      expect(await server.exited()).toBe(0);
    });
  }
});
