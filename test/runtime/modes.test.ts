// The specification's "notes on socket blocking and timeouts": blocking, non-blocking and timeout
// modes, the default timeout, EINTR, partial sends and shutdown halves.
import { afterEach, describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import {
  errnoOf,
  itLinux,
  itWhere,
  LINUX_PEERS,
  onWindows,
  peersReachable,
  posixLibc,
  win32Api,
} from "../helpers/platform.js";

const libc = await posixLibc();
const win = await win32Api();
import { fixture, python } from "../helpers/peers.js";

afterEach(() => S.setdefaulttimeout(null));

function listener(backlog = 8): [S.SocketType, [string, number]] {
  const srv = S.socket(S.AF_INET, S.SOCK_STREAM);
  srv.bind(["127.0.0.1", 0]);
  srv.listen(backlog);
  return [srv, srv.getsockname() as [string, number]];
}

describe("modes", () => {
  it("sockets start blocking; setblocking and settimeout are shorthands of each other", () => {
    using s = S.socket();
    expect(s.gettimeout()).toBeNull();
    expect(s.getblocking()).toBe(true);
    s.setblocking(false);
    expect(s.gettimeout()).toBe(0);
    s.settimeout(null);
    expect(s.getblocking()).toBe(true);
    s.settimeout(1.5);
    expect(s.gettimeout()).toBe(1.5);
    expect(() => s.settimeout(-1)).toThrow(RangeError);
    expect(() => s.settimeout(Number.NaN)).toThrow(RangeError);
    expect(() => s.settimeout("1" as never)).toThrow(TypeError);
  });

  itWhere(libc !== undefined || win !== undefined, "the suite asks libc or ws2_32 directly")(
    "timeout mode is non-blocking underneath; blocking mode clears O_NONBLOCK, or waits in WSAPoll on Windows",
    () => {
      const [a, b] = S.socketpair();
      using _a = a;
      using _b = b;
      a.settimeout(1.5);
      if (win) {
        // Winsock cannot say whether a socket blocks, so ws2_32's own recv() shows it: it returns at once.
        // SO_RCVTIMEO bounds it, should the socket block after all (WSAETIMEDOUT then, not a hang).
        a.setsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, 2000);
        expect(win.recv(a.fileno(), 1)).toEqual([-1, errnoOf("EAGAIN")]);
        // Blocking mode too stays non-blocking in Winsock: bsdsock waits in WSAPoll instead.
        a.settimeout(null);
        expect(win.recv(a.fileno(), 1)).toEqual([-1, errnoOf("EAGAIN")]);
      } else {
        expect(libc!.fcntl(a.fileno(), S.F_GETFL!) & S.O_NONBLOCK!).toBe(S.O_NONBLOCK);
        a.settimeout(null);
        expect(libc!.fcntl(a.fileno(), S.F_GETFL!) & S.O_NONBLOCK!).toBe(0);
      }
      expect(a.gettimeout()).toBeNull();
    },
  );

  it("non-blocking recv and accept raise EAGAIN as SocketError", () => {
    const [a, b] = S.socketpair();
    a.setblocking(false);
    let err: S.SocketError | undefined;
    try {
      a.recv(10);
    } catch (e) {
      err = e as S.SocketError;
    }
    expect(err).toBeInstanceOf(S.SocketError);
    expect(err!.errno).toBe(errnoOf("EAGAIN"));
    expect(err!.code).toBe("EAGAIN");
    const [srv] = listener();
    srv.setblocking(false);
    expect(() => srv.accept()).toThrow(expect.objectContaining({ errno: errnoOf("EAGAIN") }));
    b.send("x");
    expect(a.recv(10).toString()).toBe("x");
    for (const s of [a, b, srv]) s.close();
  });

  it("timeout mode: recv and accept raise SocketTimeoutError('timed out')", () => {
    const [a, b] = S.socketpair();
    a.settimeout(0.05);
    expect(() => a.recv(1)).toThrow(S.SocketTimeoutError);
    try {
      a.recv(1);
    } catch (e) {
      expect(e).toBeInstanceOf(S.SocketError);
      expect((e as Error).message).toBe("timed out");
    }
    const [srv] = listener();
    srv.settimeout(0.05);
    expect(() => srv.accept()).toThrow(S.SocketTimeoutError);
    b.send("late");
    expect(a.recv(10).toString()).toBe("late"); // still usable after a timeout
    for (const s of [a, b, srv]) s.close();
  });

  it("connect honours the timeout when the peer's accept queue is full", () => {
    // With backlog 0 the kernel drops SYNs once the queue is full, so later connects cannot finish.
    const [srv, addr] = listener(0);
    const parked: S.SocketType[] = [];
    let timedOut = false;
    for (let i = 0; i < 8 && !timedOut; i++) {
      const c = S.socket();
      c.settimeout(0.2);
      try {
        c.connect(addr);
        parked.push(c);
      } catch (e) {
        expect(e).toBeInstanceOf(S.SocketTimeoutError);
        timedOut = true;
        c.close();
      }
    }
    expect(timedOut).toBe(true);
    for (const c of parked) c.close();
    srv.close();
  });

  it("the deadline covers the whole sendall", () => {
    const [a, b] = S.socketpair();
    a.settimeout(0.1);
    expect(() => a.sendall(Buffer.alloc(16 << 20))).toThrow(S.SocketTimeoutError);
    a.close();
    b.close();
  });

  it("send in non-blocking mode is partial when the buffer fills", () => {
    const [a, b] = S.socketpair();
    a.setblocking(false);
    const big = Buffer.alloc(8 << 20, 7);
    const n = a.send(big);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(big.length);
    a.close();
    b.close();
  });

  itWhere(peersReachable, LINUX_PEERS)("sendall is not partial: a python3 peer gets all 4 MiB", async () => {
    if (onWindows) {
      // The peer runs on the host under Wine: it takes no fd from us, so it connects over loopback.
      using srv = S.createServer(["127.0.0.1", 0]);
      const peer = python(
        `import socket,sys\ns=socket.create_connection(("127.0.0.1",int(sys.argv[1])))\nn=0\nwhile True:\n  d=s.recv(65536)\n  if not d: break\n  n+=len(d)\nprint(n)`,
        [String(srv.getsockname()[1])],
      );
      srv.settimeout(15);
      const [c] = srv.accept();
      c.settimeout(null);
      c.sendall(Buffer.alloc(4 << 20, 1));
      c.close();
      expect(Number(await peer.firstLine)).toBe(4 << 20);
      return;
    }
    const [c, d] = S.socketpair();
    // A python peer drains while we sendall 4 MiB in blocking mode, and reports what it got.
    const peer = python(
      `import socket,sys\ns=socket.socket(fileno=3)\nn=0\nwhile True:\n  d=s.recv(65536)\n  if not d: break\n  n+=len(d)\nprint(n)`,
      [],
      { stdio: ["ignore", "pipe", "pipe", d.fileno()] },
    );
    d.close();
    c.sendall(Buffer.alloc(4 << 20, 1));
    c.close();
    return peer.firstLine.then((line) => expect(Number(line)).toBe(4 << 20));
  });

  it("new sockets take the default timeout", () => {
    S.setdefaulttimeout(2.5);
    expect(S.getdefaulttimeout()).toBe(2.5);
    using s = S.socket();
    expect(s.gettimeout()).toBe(2.5);
    const [srv, addr] = listener();
    using c = S.socket();
    c.connect(addr);
    const [conn] = srv.accept();
    expect(conn.gettimeout()).toBe(2.5);
    conn.close();
    srv.close();
    expect(() => S.setdefaulttimeout(-3)).toThrow(RangeError);
  });

  itLinux("signals interrupting a blocked call are POSIX's")(
    "retries a blocking recv and a timeout-mode wait interrupted by a signal (EINTR)",
    async () => {
      // In its own process, where this thread is the one blocked in recv when the signal lands.
      for (const mode of ["blocking", "timeout"]) {
        const p = fixture("eintr.ts", [mode]);
        expect(await p.exited(30_000), p.stderr()).toBe(0);
        expect(p.stdout().trim().split("\n")).toEqual([`${mode}: got after-signal`, "signals: 1"]);
      }
    },
  );

  it("shutdown closes one half at a time", () => {
    const [a, b] = S.socketpair();
    a.shutdown(S.SHUT_WR);
    expect(b.recv(10).length).toBe(0); // end of stream for the peer
    b.send("still open");
    expect(a.recv(20).toString()).toBe("still open");
    expect(() => a.send("x")).toThrow(expect.objectContaining({ code: "EPIPE" }));
    a.shutdown(S.SHUT_RD);
    expect(() => a.shutdown(99)).toThrow(expect.objectContaining({ errno: errnoOf("EINVAL") }));
    a.close();
    b.close();
  });
});
