// The FFI boundary against callers that lie or change things under it. Crash-class cases run in child
// processes (test/fixtures/boundary.ts) and must end normally — no signal, exit 0 — with the right
// result; the rest check semantics in this process: the fd is taken only after arguments are converted,
// integers are checked against their C types, sync and async calls keep each mode's meaning, the
// socket's queues keep call order, and nothing leaks when a socket is dropped.
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { openFds, startPeer } from "../helpers/peers.js";
import {
  describeWhere,
  emulator,
  itWhere,
  linuxApi,
  onLinux,
  LINUX_PEERS,
  onWindows,
  peersReachable,
  posixLibc,
} from "../helpers/platform.js";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

function inChild(name: string): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "test/fixtures/boundary.ts", name],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  expect(r.signal, `${name} died of ${r.signal}: ${r.stderr}`).toBeNull();
  expect(r.status, `${name}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, unknown>;
}

const detachedError = {
  error: "TypeError",
  message: expect.stringMatching(/detached or shrunk while the call waited/),
};

// sendmsg/recvmsg are POSIX's (Python has none on Windows): their cases run elsewhere only.
const MSG = "sendmsg/recvmsg are POSIX's (Python has none on Windows)";

describe("crash class, each in its own process", () => {
  it("a Buffer whose length says 60000 moves only its own 4 bytes (recvInto, send, recvmsgInto, sendmsg)", () => {
    expect(inChild("recvInto-length")).toEqual({ n: 4, rest: 96 });
    expect(inChild("send-length")).toEqual({ n: 4, peer: "xxxx" });
    if (onWindows) return; // MSG
    expect(inChild("recvmsgInto-length")).toEqual({ n: 4, rest: 96 });
    expect(inChild("sendmsg-length")).toEqual({ n: 4, peer: "yyyy" });
  });

  it("own buffer/byteOffset/byteLength/length properties and Proxies never reach C", () => {
    expect(inChild("subclass-getters")).toEqual({ n: 4, rest: 96 });
    const p = inChild("proxy-buffer");
    expect(p.send).toMatchObject({ error: "TypeError" });
    expect(p.recvInto).toMatchObject({ error: "TypeError" });
  });

  itWhere(!onWindows, MSG)(
    "memory transferred or shrunk while an async call waits is refused at the call, not written",
    () => {
      // recvmsgIntoAsync: the ArrayBuffer's new owner keeps its zeros; the 16 bytes stay in the socket.
      expect(inChild("transfer-recvmsgIntoAsync")).toEqual({ ...detachedError, owner: true, left: 16 });
      expect(inChild("resize-recvIntoAsync")).toEqual({ ...detachedError, left: 16 });
      // sendmsgAsync: neither the old bytes nor what the new owner wrote go out.
      expect(inChild("transfer-sendmsgAsync")).toEqual({ ...detachedError, secretSent: false, sent: false });
    },
  );

  it("a buffer detached during sendallAsync / recvIntoAsync is an error, and no datagram is lost", () => {
    expect(inChild("detach-sendallAsync")).toEqual(detachedError);
    expect(inChild("detach-recvIntoAsync")).toEqual({ ...detachedError, datagram: "the datagram" });
  });

  it("two socket objects, or a net.Socket and a socket object, waiting on one fd: no abort", () => {
    expect(inChild("two-objects-one-fd")).toEqual({ got: ["x", "y"] });
    // Node's net.Socket takes a C runtime fd on Windows, never a socket handle.
    if (!onWindows) expect(inChild("net-socket-same-fd")).toMatchObject({ first: "z", alive: true });
  });

  itWhere(!onWindows, "Node's net.Socket takes a C runtime fd on Windows, never a socket handle")(
    "an fd closed behind libuv's back (a net.Socket still watched it) is never handed to libuv again: no abort",
    () => {
      expect(inChild("fd-closed-behind-libuv")).toEqual({ value: "hi" });
    },
  );

  itWhere(!onWindows, MSG)(
    "a message's buffers are taken through the engine at the call: their own getters never run",
    () => {
      expect(inChild("msghdr-getters")).toEqual({ n: 4096, sent: 12, runs: 0, got: 12 });
    },
  );

  it("unpackStruct refuses structs holding pointers; inet_ntop refuses lying or detached bytes", () => {
    const refused = inChild("unpackStruct-pointers");
    for (const name of ["addrinfo", "hostent", "servent", "protoent", "if_nameindex"])
      expect(refused[name], name).toBe("TypeError");
    expect(inChild("inet_ntop-lies")).toEqual({ detached: "TypeError", short: "RangeError" });
  });

  it("packStruct reads each value once: a getter cannot hand koffi a second, wrong value", () => {
    // Winsock's struct linger is two u_shorts, POSIX's two ints.
    const value = onWindows ? [1, 0, 5, 0] : [1, 0, 0, 0, 5, 0, 0, 0];
    expect(inChild("packStruct-getter")).toEqual({ value, reads: 1 });
  });
});

describe("what a second review found", () => {
  it("another object over the fd never makes an async call block the event loop, nor a timeout be ignored", async () => {
    const [a, b] = S.socketpair();
    b.settimeout(0.2);
    // fromfd() and a second object in blocking mode leave the shared O_NONBLOCK alone, as in CPython…
    const dup = S.fromfd(b.fileno());
    const twin = new S.SocketType(b.family, b.type, b.proto, b.fileno());
    await expect(b.recvAsync(10)).rejects.toThrow(/timed out/);
    expect(() => b.recv(10)).toThrow(/timed out/);
    // …and one that sets blocking mode on purpose still cannot make the other's calls block.
    twin.setblocking(true);
    await expect(b.recvAsync(10)).rejects.toThrow(/timed out/);
    expect(() => b.recv(10)).toThrow(/timed out/);
    twin.detach();
    dup.close();
    a.close();
    b.close();
  });

  it("queued async calls settle in call order", async () => {
    const [a, b] = S.socketpair();
    const order: string[] = [];
    const calls = [1, 2, 3, 4].map((i) => b.recvAsync(1).then((d) => order.push(`${i}${d}`)));
    a.send("ABCD");
    await Promise.all(calls);
    expect(order).toEqual(["1A", "2B", "3C", "4D"]);
    a.close();
    b.close();
  });

  it("a huge address array is refused before it is copied; a wrapped port is refused", () => {
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    expect(() => s.bind(new Array(2 ** 32 - 1) as never)).toThrow(TypeError);
    expect(() => s.sendto("x", new Array(1e8) as never)).toThrow(TypeError);
    expect(() => S.createConnection(["127.0.0.1", 65536 + 80])).toThrow(RangeError);
  });

  it("a codec's result is copied through the engine: its own length never reaches C", () => {
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    const codec = S.codecFor(S.AF_INET);
    const liar = {
      family: S.AF_INET,
      name: "AF_INET",
      encode: (a: unknown) => {
        const sa = codec.encode(a);
        Object.defineProperty(sa, "length", { value: 4096 });
        return sa;
      },
      decode: codec.decode,
    };
    S.registerAddressCodec(liar);
    try {
      s.bind(["127.0.0.1", 0]);
      expect(s.getsockname()[0]).toBe("127.0.0.1");
      S.registerAddressCodec({ ...liar, encode: () => ({ length: 16 }) as never });
      expect(() => s.sendto("x", ["127.0.0.1", 9])).toThrow(TypeError);
    } finally {
      S.registerAddressCodec(codec);
    }
  });

  it("a view out of bounds of its shrunk resizable buffer is a TypeError, not an empty buffer", () => {
    const [a, b] = S.socketpair();
    const ab = new (
      ArrayBuffer as unknown as new (n: number, o: object) => ArrayBuffer & { resize(n: number): void }
    )(8, { maxByteLength: 16 });
    const v = new Uint8Array(ab, 4, 4);
    ab.resize(2);
    b.sendall("xyz");
    expect(() => a.recvInto(v)).toThrow(/out of bounds/);
    expect(() => a.send(v)).toThrow(/out of bounds/);
    const f = a.makefile("rb", 0);
    expect(() => f.readinto(v)).toThrow(/out of bounds/);
    f.close();
    expect(a.recv(10).toString()).toBe("xyz"); // nothing was taken
    a.close();
    b.close();
  });

  it("makefile().write sends the bytes in memory, as send() does; non-bytes are refused", () => {
    const [a, b] = S.socketpair();
    const f = a.makefile("wb", 0);
    f.write(new Float64Array([1.5]));
    expect(b.recv(100)).toEqual(Buffer.from(new Float64Array([1.5]).buffer));
    expect(() => f.write([1, 2, 300] as never)).toThrow(TypeError);
    expect(() => f.write({ length: 3 } as never)).toThrow(TypeError);
    f.close();
    a.close();
    b.close();
  });

  it("caller objects that throw from Proxy traps or toString give TypeErrors, and undefined is no default", () => {
    using s = S.socket();
    const evil = Object.create(
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
        },
      ),
    );
    expect(() => s.recv(evil)).toThrow(TypeError);
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, evil)).toThrow(TypeError);
    const [x, y] = S.socketpair();
    expect(() =>
      S.recvFds(y, 10, {
        toString: () => {
          throw new Error("no");
        },
      } as never),
    ).toThrow(TypeError);
    x.close();
    y.close();
    expect(() => s.settimeout(undefined as never)).toThrow(TypeError);
    expect(() => S.setdefaulttimeout(undefined as never)).toThrow(TypeError);
    expect(() => S.getaddrinfo("127.0.0.1", 80, 0, undefined as never)).toThrow(TypeError);
    expect(() => S.structLayout("toString")).toThrow(TypeError);
    expect(() => S.sizeof("constructor")).toThrow(TypeError);
  });
});

describe("arguments first, then the fd", () => {
  it("a getter that closes the socket and opens another on its fd number: the call fails EBADF", () => {
    for (const call of ["bind", "connect", "sendto"] as const) {
      const s = S.socket(S.AF_INET, S.SOCK_DGRAM);
      const fd = s.fileno();
      let other: S.SocketType | undefined;
      const address = ["127.0.0.1", 0] as unknown as [string, number];
      Object.defineProperty(address, 0, {
        get() {
          s.close();
          other = S.socket(S.AF_INET, S.SOCK_DGRAM);
          return "127.0.0.1";
        },
      });
      const run = () =>
        call === "bind" ? s.bind(address) : call === "connect" ? s.connect(address) : s.sendto("x", address);
      expect(run, call).toThrow(expect.objectContaining({ code: "EBADF" }));
      // The socket that took the fd number is untouched: not bound, not connected.
      expect(other!.fileno()).toBe(fd);
      // Winsock's getsockname refuses a socket that was never bound (WSAEINVAL).
      if (onWindows) expect(() => other!.getsockname()).toThrow(expect.objectContaining({ code: "EINVAL" }));
      else expect(other!.getsockname()).toEqual(["0.0.0.0", 0]);
      other!.close();
    }
  });

  it("explicit undefined (a constant this target lacks) is refused, never taken as the default", async () => {
    const [a, b] = S.socketpair();
    a.send("data");
    const missing = undefined as unknown as number;
    expect(() => b.recv(10, missing)).toThrow(/flags is undefined: a constant this target/);
    expect(() => b.recvInto(Buffer.alloc(4), missing)).toThrow(TypeError);
    expect(() => a.send("x", missing)).toThrow(TypeError);
    expect(() => a.listen(missing)).toThrow(TypeError);
    await expect(b.recvAsync(10, missing, {})).rejects.toThrow(/flags is undefined/);
    expect(b.recv(10).toString()).toBe("data");
    a.close();
    b.close();
  });
});

describe("integers are checked against their C types (CPython: OverflowError)", () => {
  it("listen, shutdown, recv flags, fromfd, setsockopt values, socket arguments", () => {
    using s = S.socket(S.AF_INET, S.SOCK_STREAM);
    expect(() => s.listen(2 ** 31)).toThrow(RangeError);
    expect(() => s.shutdown(2 + 2 ** 32)).toThrow(RangeError);
    expect(() => s.recv(10, 2 ** 32 + S.MSG_PEEK)).toThrow(RangeError);
    expect(() => S.fromfd(2 ** 32)).toThrow(RangeError);
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 0x80000000)).toThrow(RangeError);
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 0xffffffff)).toThrow(RangeError);
    expect(() => s.getsockopt(S.SOL_SOCKET, 2 ** 32 + S.SO_TYPE)).toThrow(RangeError);
    expect(() => S.socket(S.AF_INET, S.SOCK_STREAM, 2 ** 32)).toThrow(RangeError);
    expect(() => s.settimeout(1e10)).toThrow(RangeError);
    // In range, the same calls work.
    s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 0x7fffffff >>> 8);
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_TYPE)).toBe(S.SOCK_STREAM);
  });
});

describe("a socket's fd is checked before it is adopted, and only a whole object closes it", () => {
  itWhere(onLinux, "reads /dev/null's fd")(
    "an fd that is not a socket is ENOTSOCK; the fd stays open after gc",
    () => {
      const fd = openSync("/dev/null", "r");
      try {
        expect(() => new S.SocketType(S.AF_INET, S.SOCK_STREAM, 0, fd)).toThrow(
          expect.objectContaining({ code: "ENOTSOCK" }),
        );
        expect(() => S.fromfd(fd)).toThrow(expect.objectContaining({ code: "ENOTSOCK" }));
        globalThis.gc?.();
        // Still ours: closing it succeeds (a collected half-made socket would have closed it already).
      } finally {
        closeSync(fd);
      }
    },
  );

  itWhere(onLinux, "counts /proc/self/fd")(
    "a socket dropped without close() after async waits releases fd, watcher and its duplicate",
    async () => {
      const before = openFds();
      await (async () => {
        const [a, b] = S.socketpair();
        const got = a.recvAsync(10);
        b.send("x");
        await got;
      })();
      for (let i = 0; i < 20 && openFds() > before; i++) {
        globalThis.gc?.();
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(openFds()).toBe(before);
    },
  );
});

describe("sync and async on one socket keep each mode's semantics", () => {
  itWhere(onLinux, "reads the fd's flags with fcntl")(
    "after an async wait a blocking socket is still blocking: flags, a blocking recv, a 4 MiB sendall",
    async () => {
      const libc = (await posixLibc())!;
      const O_NONBLOCK = linuxApi.O_NONBLOCK;
      const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
      const got = a.recvAsync(10);
      b.send("first");
      expect((await got).toString()).toBe("first");
      expect(a.getblocking()).toBe(true);
      expect((libc.fcntl(a.fileno(), linuxApi.F_GETFL) as number) & O_NONBLOCK).toBe(0);
      // A peer process sends later: the blocking recv waits for it instead of raising EAGAIN.
      const peer = startPeer(
        "python3",
        [
          "-c",
          `import socket,time,sys\ns=socket.socket(fileno=3)\ntime.sleep(0.3)\ns.sendall(b"late")\nd=b""\nwhile len(d)<4*1024*1024:\n  c=s.recv(1<<20)\n  if not c: break\n  d+=c\n  time.sleep(0.01)\nprint(len(d))`,
        ],
        { stdio: ["pipe", "pipe", "pipe", b.fileno()] },
      );
      b.close();
      expect(a.recv(10).toString()).toBe("late");
      // The peer reads slowly: sendall blocks (kernel buffers fill) rather than failing with EAGAIN.
      a.sendall(Buffer.alloc(4 * 1024 * 1024, 1));
      a.shutdown(S.SHUT_WR);
      expect(await peer.firstLine).toBe(String(4 * 1024 * 1024));
      a.close();
    },
    30_000,
  );

  itWhere(peersReachable, LINUX_PEERS)(
    "a sync timeout longer than poll() can wait (4294968 s) still waits",
    async () => {
      // 4294968 s is 2^32 + 704 ms: a 32-bit poll() timeout would end the wait after 0.7 s.
      const LATE = "import socket,time\ntime.sleep(1.2)\ns.sendall(b'late')\nprint('sent')";
      let b: S.SocketType;
      let peer: ReturnType<typeof startPeer>;
      if (onWindows) {
        // The peer runs on the host under Wine: it connects over loopback instead of taking an fd.
        using srv = S.createServer(["127.0.0.1", 0]);
        peer = startPeer("python3", [
          "-c",
          `import sys\ns=__import__("socket").create_connection(("127.0.0.1",int(sys.argv[1])))\n${LATE}`,
          String(srv.getsockname()[1]),
        ]);
        srv.settimeout(15);
        b = srv.accept()[0];
      } else {
        const [a, pb] = S.socketpair();
        b = pb;
        peer = startPeer("python3", ["-c", `s=__import__("socket").socket(fileno=3)\n${LATE}`], {
          stdio: ["pipe", "pipe", "pipe", a.fileno()],
        });
        a.close();
      }
      b.settimeout(4294968);
      expect(b.gettimeout()).toBe(4294968);
      expect(b.recv(10).toString()).toBe("late");
      expect(await peer.firstLine).toBe("sent");
      b.close();
    },
    20_000,
  );

  it("a 30-day async deadline arms no overflowing timer and still completes", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const [a, b] = S.socketpair();
      b.settimeout(30 * 86400);
      const got = b.recvAsync(10);
      await new Promise((r) => setTimeout(r, 50));
      a.send("later");
      expect((await got).toString()).toBe("later");
      a.close();
      b.close();
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("TimeoutOverflowWarning");
  });
});

describe("queues: one socket's async calls are served in call order", () => {
  it("two concurrent 4 MiB sendallAsync calls arrive whole, one after the other", async () => {
    const [a, b] = S.socketpair();
    const size = 4 * 1024 * 1024;
    const one = a.sendallAsync(Buffer.alloc(size, 0x61));
    const two = a.sendallAsync(Buffer.alloc(size, 0x62));
    const received: Buffer[] = [];
    let total = 0;
    for (let i = 0; i < 100_000 && total < 2 * size; i++) {
      const d = await b.recvAsync(1 << 20);
      if (d.length === 0) break;
      received.push(d);
      total += d.length;
    }
    await Promise.all([one, two]);
    const all = Buffer.concat(received);
    expect(all.length).toBe(2 * size);
    expect(all.indexOf(0x62)).toBe(size);
    expect(all.lastIndexOf(0x61)).toBe(size - 1);
    a.close();
    b.close();
  }, 30_000);

  it("concurrent receives get the data in call order", async () => {
    const [a, b] = S.socketpair();
    const first = b.recvAsync(1);
    const second = b.recvAsync(1);
    const third = b.recvAsync(1);
    a.send("1");
    await new Promise((r) => setTimeout(r, 10));
    a.send("2");
    await new Promise((r) => setTimeout(r, 10));
    a.send("3");
    expect((await Promise.all([first, second, third])).map(String)).toEqual(["1", "2", "3"]);
    a.close();
    b.close();
  });
});

describe("async calls report through their promise", () => {
  itWhere(!onWindows, "sendmsg/recvmsg are POSIX's")(
    "sendmsgAsync, recvmsgIntoAsync, sendFdsAsync on a closed socket reject",
    async () => {
      const [a, b] = S.socketpair();
      a.close();
      b.close();
      const calls = [
        () => a.sendmsgAsync(["x"]),
        () => a.recvmsgIntoAsync([Buffer.alloc(4)]),
        () => S.sendFdsAsync(a, ["x"], [0]),
        () => a.recvAsync(1),
        () => a.acceptAsync(),
        () => a.connectAsync("/tmp/bsdsock-no-such-socket"),
      ];
      for (const call of calls) {
        let p: Promise<unknown> | undefined;
        expect(() => (p = call())).not.toThrow();
        await expect(p).rejects.toMatchObject({ code: "EBADF" });
      }
    },
  );

  it("stream({ readSize: 0 }) and datagrams({ bufsize: 0 }) are refused", async () => {
    const [a, b] = S.socketpair();
    expect(() => a.stream({ readSize: 0 })).toThrow(RangeError);
    using d = S.socket(S.AF_INET, S.SOCK_DGRAM);
    await expect(d.datagrams({ bufsize: 0 }).next()).rejects.toThrow(RangeError);
    a.close();
    b.close();
  });

  it("async twins take the sync arguments plus options: recvAsync(n, { signal }), sendtoAsync(data, flags, address)", async () => {
    using r = S.socket(S.AF_INET, S.SOCK_DGRAM);
    r.bind(["127.0.0.1", 0]);
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    const signal = new AbortController().signal;
    const got = r.recvAsync(100, { signal });
    await s.sendtoAsync("one", 0, r.getsockname());
    expect((await got).toString()).toBe("one");
    const from = r.recvfromAsync(100, 0, { signal });
    await s.sendtoAsync("two", r.getsockname(), { signal });
    expect((await from)[0].toString()).toBe("two");
  });
});

describeWhere(onLinux && !emulator, "Linux AF_UNIX backlog semantics and abstract names")("edges", () => {
  it("connectAsync to an AF_UNIX listener with a full backlog rejects with EAGAIN instead of resolving", async () => {
    using l = S.socket(S.AF_UNIX, S.SOCK_STREAM);
    l.bind("");
    l.listen(0);
    const name = l.getsockname();
    const clients: S.SocketType[] = [];
    let refused: unknown;
    for (let i = 0; i < 64 && refused === undefined; i++) {
      const c = S.socket(S.AF_UNIX, S.SOCK_STREAM);
      clients.push(c);
      refused = await c.connectAsync(name).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
    expect(refused).toMatchObject({ code: "EAGAIN", syscall: "connect" });
    // The refused socket is not connected.
    expect(() => clients.at(-1)!.getpeername()).toThrow(expect.objectContaining({ code: "ENOTCONN" }));
    for (const c of clients) c.close();
  });

  it('bind("") on AF_UNIX autobinds a unique abstract name, as in CPython', () => {
    using s = S.socket(S.AF_UNIX, S.SOCK_DGRAM);
    s.bind("");
    const name = s.getsockname();
    expect(Buffer.isBuffer(name)).toBe(true);
    expect((name as Buffer).toString("latin1")).toMatch(/^\0[0-9a-f]{5}$/);
  });
});

describeWhere(!emulator, `${emulator} and /etc/hosts lookups`)("edges of name lookups", () => {
  it("NUL in a host or service is refused on every path", async () => {
    for (const address of [
      ["localhost\0.evil.example", 80],
      ["localhost", "80\0x"],
    ] as [string, number][]) {
      expect(() => S.createConnection(address)).toThrow(RangeError);
      await expect(S.createConnectionAsync(address)).rejects.toThrow(RangeError);
      expect(() => S.getaddrinfo(address[0], address[1])).toThrow(RangeError);
    }
    using s = S.socket(S.AF_INET, S.SOCK_STREAM);
    expect(() => s.connect(["localhost\0.evil.example", 80])).toThrow(RangeError);
  });

  it("300 concurrent getaddrinfoAsync calls all resolve (they queue, as dns.lookup does)", async () => {
    const all = await Promise.all(
      Array.from({ length: 300 }, () => S.getaddrinfoAsync("localhost", 80, S.AF_INET, S.SOCK_STREAM)),
    );
    expect(all.every((r) => r.length > 0)).toBe(true);
    if (onLinux) expect(readdirSync("/proc/self/fd").length).toBeGreaterThan(0);
  });
});

it("packStruct refuses values koffi could not take, whatever their getters do", () => {
  let reads = 0;
  const values = {
    get l_onoff(): number {
      reads++;
      return 1;
    },
  };
  expect([...S.packStruct("linger", values)].slice(0, 4)).toEqual([1, 0, 0, 0]);
  expect(reads).toBe(1);
  expect(() => S.packStruct("linger", { l_onoff: "1" as never })).toThrow(TypeError);
});
