// The async API on the event loop: every family and type the issue names, abort and timeout paths,
// close while pending, mixing with the sync modes.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { itLinux, itWhere, NO_UNIX_PAIRS, onWindows } from "../helpers/platform.js";

function tcpListener(): [S.SocketType, [string, number]] {
  const s = S.socket();
  s.bind(["127.0.0.1", 0]);
  s.listen();
  return [s, s.getsockname() as [string, number]];
}

async function expectReject(p: Promise<unknown>, check: (e: Error) => void): Promise<void> {
  let err: Error | undefined;
  try {
    await p;
  } catch (e) {
    err = e as Error;
  }
  expect(err, "the promise should reject").toBeDefined();
  check(err!);
}

describe("async operations per family", () => {
  it("TCP: acceptAsync, connectAsync, sendallAsync, recvAsync, recvIntoAsync", async () => {
    const [srv, addr] = tcpListener();
    const accepted = srv.acceptAsync();
    const c = S.socket();
    await c.connectAsync(addr);
    const [conn, peer] = await accepted;
    expect(peer).toEqual(c.getsockname());
    // The accepted socket's async methods work at once.
    const got = conn.recvAsync(100);
    await c.sendallAsync("over tcp");
    expect((await got).toString()).toBe("over tcp");
    const buf = Buffer.alloc(16);
    const into = c.recvIntoAsync(buf, 4);
    expect(await conn.sendAsync("abcdefgh")).toBe(8);
    expect(await into).toBe(4);
    expect(buf.subarray(0, 4).toString()).toBe("abcd");
    for (const s of [c, conn, srv]) s.close();
  });

  it("connectAsync to a closed port rejects with ECONNREFUSED", async () => {
    const [srv, addr] = tcpListener();
    srv.close();
    using c = S.socket();
    await expectReject(c.connectAsync(addr), (e) => expect((e as S.SocketError).code).toBe("ECONNREFUSED"));
  });

  it("UDP: sendtoAsync, recvfromAsync, recvfromIntoAsync", async () => {
    using a = S.socket(S.AF_INET, S.SOCK_DGRAM);
    using b = S.socket(S.AF_INET, S.SOCK_DGRAM);
    a.bind(["127.0.0.1", 0]);
    b.bind(["127.0.0.1", 0]);
    const pending = a.recvfromAsync(100);
    expect(await b.sendtoAsync("dgram", a.getsockname() as [string, number])).toBe(5);
    const [data, from] = await pending;
    expect(data.toString()).toBe("dgram");
    expect(from).toEqual(b.getsockname());
    const buf = Buffer.alloc(10);
    const p2 = b.recvfromIntoAsync(buf);
    await a.sendtoAsync("back", from!);
    expect(await p2).toEqual([4, a.getsockname()]);
  });

  itWhere(!onWindows, NO_UNIX_PAIRS)("AF_UNIX stream, datagram and seqpacket", async () => {
    for (const type of [S.SOCK_STREAM, S.SOCK_DGRAM, S.SOCK_SEQPACKET]) {
      const [a, b] = S.socketpair(S.AF_UNIX, type);
      const r = b.recvAsync(100);
      await a.sendAsync(`type ${type}`);
      expect((await r).toString()).toBe(`type ${type}`);
      a.close();
      b.close();
    }
    // A named seqpacket server accepting asynchronously.
    const name = Buffer.from(`\0bsdsock-seq-${process.pid}`);
    using srv = S.socket(S.AF_UNIX, S.SOCK_SEQPACKET);
    srv.bind(name);
    srv.listen();
    const acc = srv.acceptAsync();
    using c = S.socket(S.AF_UNIX, S.SOCK_SEQPACKET);
    await c.connectAsync(name);
    const [conn] = await acc;
    await c.sendAsync("m1");
    await c.sendAsync("m2");
    expect((await conn.recvAsync(10)).toString()).toBe("m1"); // boundaries kept
    expect((await conn.recvAsync(10)).toString()).toBe("m2");
    conn.close();
  });

  itLinux("AF_NETLINK is Linux's")(
    "AF_NETLINK: waits for the kernel's reply to an RTM_GETLINK dump",
    async () => {
      using nl = S.socket(S.AF_NETLINK!, S.SOCK_RAW, S.NETLINK_ROUTE!);
      nl.bind([0, 0]);
      const H = layouts.nlmsghdr;
      const req = Buffer.alloc(H.size + 16); // nlmsghdr + struct ifinfomsg (16 bytes, linux/rtnetlink.h)
      req.writeUInt32LE(req.length, H.fields.nlmsg_len.offset);
      req.writeUInt16LE(18 /* RTM_GETLINK */, H.fields.nlmsg_type.offset);
      req.writeUInt16LE(S.NLM_F_REQUEST! | S.NLM_F_DUMP!, H.fields.nlmsg_flags.offset);
      req.writeUInt32LE(1, H.fields.nlmsg_seq.offset);
      const reply = nl.recvfromAsync(65536);
      await nl.sendtoAsync(req, [0, 0]);
      const [data, from] = await reply;
      expect(from).toEqual([0, 0]);
      expect(data.length).toBeGreaterThan(H.size);
      expect(data.readUInt32LE(H.fields.nlmsg_seq.offset)).toBe(1);
    },
  );

  it("datagrams() yields each datagram with its sender, and ends when the socket closes", async () => {
    const a = S.socket(S.AF_INET, S.SOCK_DGRAM);
    const b = S.socket(S.AF_INET, S.SOCK_DGRAM);
    a.bind(["127.0.0.1", 0]);
    b.bind(["127.0.0.1", 0]);
    const seen: string[] = [];
    const senders: unknown[] = [];
    const done = (async () => {
      for await (const [data, from] of a.datagrams()) {
        seen.push(data.toString());
        senders.push(from);
        if (seen.length === 3) setImmediate(() => a.close());
      }
    })();
    for (const m of ["one", "two", "three"]) await b.sendtoAsync(m, a.getsockname()!);
    await done;
    expect(seen).toEqual(["one", "two", "three"]);
    expect(senders).toEqual(Array(3).fill(b.getsockname()));
    b.close();
  });
});

describe("abort, timeout, close", () => {
  it("abort rejects with an AbortError and leaves the socket usable", async () => {
    const [a, b] = S.socketpair();
    const ac = new AbortController();
    const p = a.recvAsync(10, 0, { signal: ac.signal });
    ac.abort(new Error("changed my mind"));
    await expectReject(p, (e) => {
      expect(e).toBeInstanceOf(S.AbortError);
      expect(e.name).toBe("AbortError");
      expect((e as S.AbortError).code).toBe("ABORT_ERR");
      expect((e.cause as Error).message).toBe("changed my mind");
    });
    await expectReject(a.recvAsync(1, 0, { signal: AbortSignal.abort() }), (e) =>
      expect(e.name).toBe("AbortError"),
    );
    const again = a.recvAsync(20);
    b.send("still works");
    expect((await again).toString()).toBe("still works");
    a.close();
    b.close();
  });

  it("the socket's timeout is the deadline: SocketTimeoutError", async () => {
    const [a, b] = S.socketpair();
    a.settimeout(0.05);
    await expectReject(a.recvAsync(1), (e) => {
      expect(e).toBeInstanceOf(S.SocketTimeoutError);
      expect(e.message).toBe("timed out");
    });
    const [srv] = tcpListener();
    srv.settimeout(0.05);
    await expectReject(srv.acceptAsync(), (e) => expect(e).toBeInstanceOf(S.SocketTimeoutError));
    // The deadline covers the whole sendallAsync.
    await expectReject(a.sendallAsync(Buffer.alloc(16 << 20)), (e) =>
      expect(e).toBeInstanceOf(S.SocketTimeoutError),
    );
    for (const s of [a, b, srv]) s.close();
  });

  it("close while operations are pending rejects them with EBADF", async () => {
    const [a, b] = S.socketpair();
    const pending = [a.recvAsync(1), a.recvfromAsync(1), a.recvIntoAsync(Buffer.alloc(1))];
    a.close();
    for (const p of pending)
      await expectReject(p, (e) => {
        expect(e).toBeInstanceOf(S.SocketError);
        expect((e as S.SocketError).code).toBe("EBADF");
      });
    await expectReject(a.recvAsync(1), (e) => expect((e as S.SocketError).code).toBe("EBADF"));
    b.close();
  });

  it("a blocking-mode socket can be used asynchronously without blocking the loop", async () => {
    const [a, b] = S.socketpair();
    expect(a.gettimeout()).toBeNull();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const p = a.recvAsync(10);
    await new Promise((r) => setTimeout(r, 60));
    expect(ticks).toBeGreaterThan(0); // the loop ran while the receive waited
    b.send("late");
    expect((await p).toString()).toBe("late");
    clearInterval(timer);
    // acceptAsync on a blocking listener with nothing pending must not block either.
    const [srv, addr] = tcpListener();
    const acc = srv.acceptAsync();
    using c = S.socket();
    c.connect(addr);
    const [conn] = await acc;
    expect(srv.gettimeout()).toBeNull();
    conn.close();
    for (const s of [a, b, srv]) s.close();
  });

  it("`await using` closes the socket at the end of the scope", async () => {
    let fd = -1;
    let outer: S.SocketType | undefined;
    {
      await using s = S.socket();
      fd = s.fileno();
      outer = s;
      expect(fd).toBeGreaterThanOrEqual(0);
    }
    expect(outer!.closed).toBe(true);
    expect(outer!.fileno()).toBe(-1);
  });

  it("bad arguments reject with TypeError/RangeError (through the promise), not a crash", async () => {
    using s = S.socket();
    await expectReject(s.recvAsync(-1), (e) => expect(e).toBeInstanceOf(RangeError));
    await expectReject(s.sendAsync(42 as never), (e) => expect(e).toBeInstanceOf(TypeError));
    await expectReject(s.recvIntoAsync(Buffer.alloc(2), 5), (e) => expect(e).toBeInstanceOf(RangeError));
    await expectReject(s.connectAsync(["127.0.0.1", 70000]), (e) => expect(e).toBeInstanceOf(RangeError));
  });
});
