// The module-level constructors: socket(), socketpair(), fromfd(), createConnection(), hasIPv6.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { errnoOf, itWhere, onWindows, posixLibc, win32Api } from "../helpers/platform.js";

const libc = await posixLibc();
const win = await win32Api();
import { openFds } from "../helpers/peers.js";

function listener(): [S.SocketType, number] {
  const s = S.socket();
  s.bind(["127.0.0.1", 0]);
  s.listen();
  return [s, (s.getsockname() as [string, number])[1]];
}

describe("constructors", () => {
  it("socket() defaults to AF_INET/SOCK_STREAM and rejects a non-integer family", () => {
    using s = S.socket();
    expect([s.family, s.type, s.proto]).toEqual([S.AF_INET, S.SOCK_STREAM, 0]);
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_TYPE)).toBe(S.SOCK_STREAM);
    expect(() => S.socket("inet" as never)).toThrow(TypeError);
  });

  itWhere(libc !== undefined || win !== undefined, "the suite asks libc or kernel32 directly")(
    "socket() and accept() make sockets no child inherits (FD_CLOEXEC, or no HANDLE_FLAG_INHERIT)",
    () => {
      // Asked of the system itself: fcntl(F_GETFD) on POSIX, kernel32's GetHandleInformation on Windows.
      const inherits = (s: S.SocketType): boolean =>
        win ? win.inherits(s.fileno()) : (libc!.fcntl(s.fileno(), S.F_GETFD!) & S.FD_CLOEXEC!) === 0;
      using srv = S.socket();
      srv.bind(["127.0.0.1", 0]);
      srv.listen();
      using c = S.createConnection(srv.getsockname());
      const [accepted] = srv.accept();
      using a = accepted;
      for (const s of [srv, c, a]) expect(inherits(s)).toBe(false);
      // set_inheritable(True) is what the system then reports, and back.
      a.setInheritable(true);
      expect(inherits(a)).toBe(true);
      a.setInheritable(false);
      expect(inherits(a)).toBe(false);
      // Linux's SOCK_NONBLOCK type flag makes a non-blocking socket and is stripped from its type.
      if (onWindows) return expect(S.SOCK_NONBLOCK).toBeUndefined();
      using n = S.socket(S.AF_INET, S.SOCK_DGRAM | S.SOCK_NONBLOCK!);
      expect(n.type).toBe(S.SOCK_DGRAM);
      expect(n.gettimeout()).toBe(0);
      expect(inherits(n)).toBe(false);
    },
  );

  it("socketpair() is AF_UNIX by default (AF_INET on Windows, as in CPython) and connected", () => {
    const [a, b] = S.socketpair();
    expect(a.family).toBe(onWindows ? S.AF_INET : S.AF_UNIX);
    a.send("x");
    expect(b.recv(1).toString()).toBe("x");
    a.close();
    b.close();
  });

  itWhere(!onWindows, "Windows has no SOCK_SEQPACKET (nor AF_UNIX pairs)")(
    "socketpair() of AF_UNIX SOCK_SEQPACKET keeps message boundaries",
    () => {
      const [c, d] = S.socketpair(S.AF_UNIX, S.SOCK_SEQPACKET);
      c.send("one");
      c.send("two");
      expect(d.recv(100).toString()).toBe("one"); // message boundaries kept
      c.close();
      d.close();
    },
  );

  it("fromfd() duplicates the fd and reads family, type and protocol from the kernel", () => {
    const before = openFds();
    using s = S.socket(S.AF_INET6, S.SOCK_DGRAM);
    const f = S.fromfd(s.fileno());
    expect(f.fileno()).not.toBe(s.fileno());
    expect([f.family, f.type, f.proto]).toEqual([S.AF_INET6, S.SOCK_DGRAM, S.IPPROTO_UDP]);
    f.bind(["::1", 0]);
    expect((s.getsockname() as unknown[])[0]).toBe("::1"); // the same socket underneath
    f.close();
    s.close();
    expect(openFds()).toBe(before);
    expect(() => S.fromfd(-1)).toThrow(RangeError);
    // Not a socket: EBADF on POSIX, WSAENOTSOCK on Windows (as CPython reports them).
    expect(() => S.fromfd(987654)).toThrow(
      expect.objectContaining({ errno: errnoOf(onWindows ? "ENOTSOCK" : "EBADF") }),
    );
  });

  it("createConnection() connects, honours timeout and sourceAddress", () => {
    const [srv, port] = listener();
    const c = S.createConnection(["localhost", port], 5, ["127.0.0.1", 0]);
    expect(c.gettimeout()).toBe(5);
    const [conn, addr] = srv.accept();
    expect(addr).toEqual(c.getsockname());
    conn.close();
    c.close();
    srv.close();
  });

  it("createConnection() tries every address and throws the last error", () => {
    const [srv, port] = listener();
    srv.close(); // nothing listens there now
    const before = openFds();
    expect(() => S.createConnection(["localhost", port])).toThrow(
      expect.objectContaining({ code: "ECONNREFUSED" }),
    );
    expect(() => S.createConnection(["no-such-host.invalid", port])).toThrow(S.GaiError);
    expect(openFds()).toBe(before);
    expect(() => S.createConnection("localhost" as never)).toThrow(TypeError);
  });

  it("hasIPv6 matches whether an IPv6 socket can be made", () => {
    let can = true;
    try {
      S.socket(S.AF_INET6, S.SOCK_DGRAM).close();
    } catch {
      can = false;
    }
    expect(S.hasIPv6).toBe(can);
  });
});
