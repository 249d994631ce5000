// Errors carry what Node users look for: `syscall`, and for connect/bind/sendto `address` and `port`
// (numeric, as the kernel saw them), with Node's "connect ECONNREFUSED 127.0.0.1:5000" context after
// Python's "[Errno 111] Connection refused"; resolver errors name the host. Python's own text comes
// from python3 where it can run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { errnoOf, itWhere, onWindows } from "../helpers/platform.js";
import { python } from "../helpers/python-eval.js";

const dir = mkdtempSync(join(tmpdir(), "bsdsock-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then closed). */
function closedPort(): number {
  using s = S.socket(S.AF_INET, S.SOCK_STREAM);
  s.bind(["127.0.0.1", 0]);
  return s.getsockname()[1];
}

function caught(f: () => unknown): S.SocketError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(S.SocketError);
    return e as S.SocketError;
  }
  throw new Error("did not throw");
}

describe("error context", () => {
  it("connect: syscall, address, port, and both Python's and Node's text", () => {
    const port = closedPort();
    using s = S.socket(S.AF_INET, S.SOCK_STREAM);
    const e = caught(() => s.connect(["localhost", port]));
    expect(e).toMatchObject({ syscall: "connect", code: "ECONNREFUSED", address: "127.0.0.1", port });
    expect(e.errno).toBe(errnoOf("ECONNREFUSED"));
    expect(e.message).toBe(`[Errno ${e.errno}] ${e.strerror} (connect ECONNREFUSED 127.0.0.1:${port})`);
  });

  itWhere(!onWindows, "python3's errno and text are the host's (Linux's) under Wine")(
    "the Python part is python3's own text",
    () => {
      const port = closedPort();
      const py = python({
        e: `(lambda s: s.connect(("127.0.0.1", ${port})))(socket.socket())`,
      }).e as { error: string; errno: number; args: unknown[] };
      using s = S.socket(S.AF_INET, S.SOCK_STREAM);
      const e = caught(() => s.connect(["127.0.0.1", port]));
      expect(py.error).toBe("ConnectionRefusedError");
      expect(e.message.startsWith(`[Errno ${py.errno}] ${py.args[1]} (`)).toBe(true);
    },
  );

  it("connectAsync rejects with the same context", async () => {
    const port = closedPort();
    using s = S.socket(S.AF_INET6, S.SOCK_STREAM);
    const e = (await s.connectAsync(["::1", port]).catch((x: unknown) => x)) as S.SocketError;
    expect(e).toBeInstanceOf(S.SocketError);
    expect(e).toMatchObject({ syscall: "connect", code: "ECONNREFUSED", address: "::1", port });
    expect(e.message).toMatch(new RegExp(`\\(connect ECONNREFUSED ::1:${port}\\)$`));
  });

  it("bind: an address in use, and an AF_UNIX path that cannot be made", () => {
    using a = S.socket(S.AF_INET, S.SOCK_STREAM);
    a.bind(["127.0.0.1", 0]);
    a.listen();
    const port = a.getsockname()[1];
    using b = S.socket(S.AF_INET, S.SOCK_STREAM);
    const e = caught(() => b.bind(["127.0.0.1", port]));
    expect(e).toMatchObject({ syscall: "bind", code: "EADDRINUSE", address: "127.0.0.1", port });
    expect(e.message).toMatch(new RegExp(`\\(bind EADDRINUSE 127\\.0\\.0\\.1:${port}\\)$`));
    if (onWindows) return;
    const path = join(dir, "no-such-dir", "sock");
    using u = S.socket(S.AF_UNIX, S.SOCK_STREAM);
    const f = caught(() => u.bind(path));
    expect(f).toMatchObject({ syscall: "bind", code: "ENOENT", address: path });
    expect(f.port).toBeUndefined();
    expect(f.message).toMatch(/\(bind ENOENT .*no-such-dir\/sock\)$/);
  });

  // Linux and Winsock both refuse a broadcast without SO_BROADCAST: EACCES, WSAEACCES.
  it("sendto and sendtoAsync: the datagram's destination", async () => {
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    const e = caught(() => s.sendto("x", ["255.255.255.255", 9]));
    expect(e).toMatchObject({ syscall: "sendto", code: "EACCES", address: "255.255.255.255", port: 9 });
    expect(e.message).toMatch(/\(sendto EACCES 255\.255\.255\.255:9\)$/);
    const a = (await s.sendtoAsync("x", ["255.255.255.255", 9]).catch((x: unknown) => x)) as S.SocketError;
    expect(a).toMatchObject({ syscall: "sendto", code: "EACCES", address: "255.255.255.255", port: 9 });
  });

  it("a failed call without an address names the call and code only", () => {
    const [a, b] = S.socketpair();
    a.close();
    const e = caught(() => a.recv(1));
    expect(e.syscall).toBeDefined();
    expect(e.address).toBeUndefined();
    expect(e.code).toBe("EBADF");
    b.close();
  });

  it("resolver errors name the host", async () => {
    const flags = S.AI_NUMERICHOST;
    const e = caught(() => S.getaddrinfo("not-a-number.example", 80, 0, 0, 0, flags));
    expect(e).toBeInstanceOf(S.GaiError);
    // Winsock's EAI_NONAME and EAI_NODATA are one code (WSAHOST_NOT_FOUND), named either way.
    const code = onWindows ? expect.stringMatching(/^EAI_NO/) : "EAI_NONAME";
    expect(e).toMatchObject({ syscall: "getaddrinfo", code, hostname: "not-a-number.example" });
    expect(e.message).toMatch(new RegExp(`\\(getaddrinfo ${e.code} not-a-number\\.example\\)$`));
    const a = (await S.getaddrinfoAsync("also-not.example", 80, 0, 0, 0, flags).catch(
      (x: unknown) => x,
    )) as S.GaiError;
    expect(a).toBeInstanceOf(S.GaiError);
    expect(a.hostname).toBe("also-not.example");
  });
});
