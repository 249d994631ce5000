// makefile(): Python's io stack over a socket — the raw SocketIO, the buffered binary file, the text
// file — compared with python3's own makefile() where python3 can do the same; and the close semantics
// of the specification (closing the file leaves the socket open; the fd closes after both are closed).
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { openFds, python as pythonPeer, pythonJson } from "../helpers/peers.js";
import { describeWhere, LINUX_PEERS, onWindows, peersReachable } from "../helpers/platform.js";

/** Python's exception names for ours: ValueError is a RangeError here, OSError a SocketError. */
function pyName(e: unknown): string {
  if (e instanceof S.SocketTimeoutError) return "TimeoutError";
  if (e instanceof S.SocketError) return "OSError";
  if (e instanceof RangeError) return "ValueError";
  return (e as Error).name;
}

describe("makefile", () => {
  it("reads lines and sizes, writes buffered until flush", () => {
    const [a, b] = S.socketpair();
    b.sendall("line one\nline two\nrest");
    b.shutdown(S.SHUT_WR);
    const r = a.makefile("r");
    expect(r.readline()).toBe("line one\n");
    expect(r.read(4)).toBe("line");
    expect(r.readline(3)).toBe(" tw");
    expect(r.readlines()).toEqual(["o\n", "rest"]);
    expect(r.read()).toBe("");
    r.close();

    const w = a.makefile("wb");
    w.write(Buffer.from("buffered "));
    w.write(Buffer.from("bytes"));
    b.setblocking(false);
    expect(() => b.recv(100)).toThrow(expect.objectContaining({ code: "EAGAIN" }));
    w.flush();
    b.setblocking(true);
    expect(b.recv(100).toString()).toBe("buffered bytes");
    w.close();
    a.close();
    b.close();
  });

  it("binary mode returns Buffers; wrong-direction use is refused", () => {
    const [a, b] = S.socketpair();
    b.sendall(Buffer.from([1, 2, 3, 10, 4]));
    const f = a.makefile("rb");
    expect(f.readline()).toEqual(Buffer.from([1, 2, 3, 10]));
    expect(() => f.write(Buffer.from("x"))).toThrow(/not writable/);
    expect(() => f.write("x" as never)).toThrow(TypeError); // binary files take bytes, as Python's
    f.close();
    expect(() => f.read(1)).toThrow(/closed file/);
    expect(() => a.makefile("x" as never)).toThrow(RangeError);
    a.close();
    b.close();
  });

  it("closing the file does not close the socket; the fd lives until both are closed", () => {
    const before = openFds();
    const [a, b] = S.socketpair();
    const f = a.makefile("rw");
    f.close();
    a.sendall("socket still open"); // the socket works after its file is closed
    expect(b.recv(100).toString()).toBe("socket still open");

    const g = a.makefile("rw");
    a.close();
    expect(a.closed).toBe(true);
    expect(openFds()).toBe(before + 2); // the file still holds the fd
    g.write("via file after socket.close()\n");
    g.flush();
    // Text mode writes "\n" as the platform's line end, as Python's (os.linesep).
    expect(b.recv(100).toString()).toBe(`via file after socket.close()${onWindows ? "\r\n" : "\n"}`);
    g.close();
    expect(a.fileno()).toBe(-1);
    expect(openFds()).toBe(before + 1);
    b.close();
    expect(openFds()).toBe(before);
  });
});

describe("makefile's file objects", () => {
  it("unbuffered binary reads only what is asked: another file and the socket see the rest", () => {
    const [a, b] = S.socketpair();
    b.sendall("abcdefline\nrest");
    const f = a.makefile("rb", 0);
    expect(f).toBeInstanceOf(S.SocketIO);
    expect(f.read(2)).toEqual(Buffer.from("ab"));
    const g = a.makefile("rb", 0);
    expect(g.read(4)).toEqual(Buffer.from("cdef"));
    expect(f.readline()).toEqual(Buffer.from("line\n")); // a byte at a time: nothing read ahead
    expect(a.recv(100).toString()).toBe("rest");
    const into = new Uint8Array(8);
    b.sendall("xyz");
    expect(f.readinto(into)).toBe(3);
    expect(Buffer.from(into.subarray(0, 3)).toString()).toBe("xyz");
    f.close();
    g.close();
    a.close();
    b.close();
  });

  it("sizes are integers or null (negative: all); newline's type is checked; writelines writes as it iterates", () => {
    const [a, b] = S.socketpair();
    const f = a.makefile("rb");
    for (const bad of [-1.5, 1.5, NaN, -Infinity, 3n, "2"])
      expect(() => f.read(bad as never)).toThrow(TypeError);
    b.sendall("ab\ncd");
    b.shutdown(S.SHUT_WR);
    expect(f.readline(null)).toEqual(Buffer.from("ab\n"));
    expect(f.read(-7)).toEqual(Buffer.from("cd"));
    f.close();
    expect(() => a.makefile("r", null, { newline: 5 as never })).toThrow(TypeError);
    expect(() => a.makefile("r", null, { newline: "\n\n" as never })).toThrow(RangeError);
    const w = a.makefile("wb", 0);
    function* lines() {
      yield Buffer.from("first ");
      throw new Error("generator failed");
    }
    expect(() => w.writelines(lines())).toThrow("generator failed");
    w.close();
    a.shutdown(S.SHUT_WR);
    expect(b.recv(100).toString()).toBe("first "); // what came before the failure was written
    a.close();
    b.close();
  });

  it("readinto, readlines with a hint, writelines, iteration, peek and read1", () => {
    const [a, b] = S.socketpair();
    const w = b.makefile("wb");
    w.writelines([
      Buffer.from("one\n"),
      new Uint8Array([116, 119, 111, 10]),
      Buffer.from("three\nfour\nfive"),
    ]);
    w.close();
    b.shutdown(S.SHUT_WR);
    const f = a.makefile("rb");
    const into = Buffer.alloc(2);
    expect(f.readinto(into)).toBe(2);
    expect(into.toString()).toBe("on");
    expect(f.peek().toString()).toMatch(/^e\n/);
    expect(f.read1(1)!.toString()).toBe("e");
    expect(f.readlines(3).map(String)).toEqual(["\n", "two\n"]); // stops once more than 3 bytes are read
    expect([...f].map(String)).toEqual(["three\n", "four\n", "five"]);
    expect(f.read()).toEqual(Buffer.alloc(0));
    f.close();
    a.close();
    b.close();
  });

  it("non-blocking writes: the raw file gives partial counts then null; the buffered one keeps everything", () => {
    const [a, b] = S.socketpair();
    a.setsockopt(S.SOL_SOCKET, S.SO_SNDBUF, 8192);
    a.setblocking(false);
    const raw = a.makefile("wb", 0);
    const big = Buffer.alloc(4 << 20, 1);
    let total = 0;
    let last: number | null = 0;
    for (let i = 0; i < 1000 && last !== null; i++) {
      last = raw.write(big);
      if (last !== null) {
        expect(last).toBeLessThan(big.length); // never all 4 MiB at once into a full socket
        total += last;
      }
    }
    expect(last).toBeNull();
    raw.close();
    // The socket is full: the buffered file keeps what it was given and says so.
    const f = a.makefile("wb", null);
    const payload = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 256));
    let err: unknown;
    try {
      f.write(payload);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(S.BlockingWriteError);
    expect((err as S.BlockingWriteError).charactersWritten).toBe(payload.length);
    expect(() => f.flush()).toThrow(S.BlockingWriteError);
    // Drain the reader and flush again, in turns, until all is out: every byte arrives, in order.
    b.setblocking(false);
    const received: Buffer[] = [];
    const drain = () => {
      for (let i = 0; i < 1000; i++) {
        try {
          received.push(b.recv(1 << 20));
        } catch {
          return; // EAGAIN: nothing more now
        }
      }
    };
    let flushed = false;
    for (let i = 0; i < 10_000 && !flushed; i++) {
      drain();
      try {
        f.flush();
        flushed = true;
      } catch (e) {
        expect(e).toBeInstanceOf(S.BlockingWriteError);
      }
    }
    expect(flushed).toBe(true);
    f.close();
    a.close();
    b.setblocking(true);
    for (let i = 0; i < 10_000; i++) {
      const chunk = b.recv(1 << 20);
      if (chunk.length === 0) break;
      received.push(chunk);
    }
    const all = Buffer.concat(received);
    expect(all.length).toBe(total + payload.length);
    expect(all.subarray(total).equals(payload)).toBe(true);
    b.close();
  });
});

describeWhere(peersReachable, LINUX_PEERS)("makefile against python3", () => {
  it("modes: the object, its mode, readable/writable/seekable/closed, and the refusals", () => {
    const cases: [string, number | null][] = [];
    for (const mode of ["r", "rb", "w", "wb", "rw", "rwb", "br", "", "x", "r+"])
      for (const buffering of [null, 0]) cases.push([mode, buffering]);
    const theirs = pythonJson(String.raw`
import json, socket
a, b = socket.socketpair(); out = []
for mode in ["r", "rb", "w", "wb", "rw", "rwb", "br", "", "x", "r+"]:
    for buffering in [None, 0]:
        try:
            f = a.makefile(mode, buffering)
            row = [getattr(f, "mode", None), getattr(f, "name", a.fileno()) == a.fileno(), f.readable(), f.writable(), f.seekable(), f.closed]
            f.close(); row.append(f.closed); out.append(row)
        except Exception as e:
            out.append(type(e).__name__)
print(json.dumps(out))`) as unknown[];
    const [a, b] = S.socketpair();
    const ours = cases.map(([mode, buffering], i) => {
      try {
        const f = a.makefile(mode, buffering as never);
        const pyMode = (theirs[i] as unknown[])[0]; // python's BufferedRWPair has no mode
        const row = [
          pyMode === null ? null : f.mode,
          f.name === a.fileno(),
          f.readable(),
          f.writable(),
          f.seekable(),
          f.closed,
        ];
        f.close();
        row.push(f.closed);
        expect(f.name).toBe(-1);
        return row;
      } catch (e) {
        return pyName(e);
      }
    });
    expect(ours).toEqual(theirs);
    a.close();
    b.close();
  });

  it("after a read times out, reads are refused", () => {
    const theirs = pythonJson(String.raw`
import json, socket
a, b = socket.socketpair(); a.settimeout(0.05); f = a.makefile("rb"); out = []
for _ in range(2):
    try: f.read(1)
    except Exception as e: out.append([type(e).__name__, str(e)])
print(json.dumps(out))`);
    const [a, b] = S.socketpair();
    a.settimeout(0.05);
    const f = a.makefile("rb");
    const ours = [0, 1].map(() => {
      try {
        f.read(1);
        return null;
      } catch (e) {
        return [pyName(e), (e as S.SocketError).strerror];
      }
    });
    expect(ours).toEqual(theirs);
    f.close();
    a.close();
    b.close();
  });

  it("text: sizes in characters, a UTF-8 sequence split between sends, newline modes, encodings, errors", async () => {
    const data = Buffer.concat([
      Buffer.from("aé😀b\r\nx\ry\nz\r"),
      Buffer.from([0xc3, 0xa9]),
      Buffer.from("\r\nend"),
    ]);
    const newlines = [null, "", "\n", "\r", "\r\n"] as const;
    // newline=None writes os.linesep: on Windows CPython writes "\r\n", as newline="\r\n" does (the
    // host's python3 under Wine is told so).
    const WRITE_NL = onWindows ? String.raw`"\r\n" if nl is None else nl` : "nl";
    const theirs = pythonJson(String.raw`
import io, json
data = bytes(${JSON.stringify([...data])})
out = {}
for nl in [None, "", "\n", "\r", "\r\n"]:
    f = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    out[repr(nl)] = [f.read(3)] + f.readlines()
w = {}
for nl in [None, "\r\n", "\r"]:
    b = io.BytesIO(); t = io.TextIOWrapper(b, encoding="latin-1", newline=${WRITE_NL}); t.write("é\nz"); t.flush(); w[repr(nl)] = list(b.getvalue())
bad = []
for errors in ["strict", "replace"]:
    try: bad.append(io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8", errors=errors).read())
    except ValueError: bad.append("ValueError")  # UnicodeDecodeError is a ValueError
print(json.dumps({"read": out, "write": w, "bad": bad, "utf16": io.TextIOWrapper(io.BytesIO("ça".encode("utf-16-le")), encoding="utf-16-le").read()}))`) as {
      read: Record<string, string[]>;
      write: Record<string, number[]>;
      bad: string[];
      utf16: string;
    };
    const pyRepr = (nl: string | null) =>
      nl === null ? "None" : `'${nl.replace("\r", "\\r").replace("\n", "\\n")}'`;
    for (const newline of newlines) {
      const [a, b] = S.socketpair();
      b.sendall(data);
      b.shutdown(S.SHUT_WR);
      const f = a.makefile("r", null, { newline });
      expect([f.read(3), ...f.readlines()], `newline ${pyRepr(newline)}`).toEqual(
        theirs.read[pyRepr(newline)],
      );
      f.close();
      a.close();
      b.close();
    }
    for (const newline of [null, "\r\n", "\r"] as const) {
      const [a, b] = S.socketpair();
      const f = a.makefile("w", null, { encoding: "latin-1", newline });
      expect(f.write("é\nz")).toBe(3);
      f.close();
      a.close();
      const expected = theirs.write[pyRepr(newline)]!;
      expect([...b.recv(100)], `newline ${pyRepr(newline)}`).toEqual(expected);
      b.close();
    }
    const bad = (["strict", "replace"] as const).map((errors) => {
      const [a, b] = S.socketpair();
      b.sendall(Buffer.from([0x6f, 0x6b, 0xff]));
      b.close();
      const f = a.makefile("r", null, { errors });
      try {
        return f.read();
      } catch (e) {
        return pyName(e);
      } finally {
        f.close();
        a.close();
      }
    });
    expect(bad).toEqual(theirs.bad);
    {
      const [a, b] = S.socketpair();
      b.sendall(Buffer.from("ça", "utf16le"));
      b.close();
      const f = a.makefile("r", null, { encoding: "utf-16-le" });
      expect(f.read()).toBe(theirs.utf16);
      f.close();
      a.close();
    }
    expect(() => S.socketpair()[0].makefile("r", null, { encoding: "klingon" })).toThrow(RangeError);

    // A two-byte character whose bytes arrive 200 ms apart reads as one character.
    using srv = S.createServer(["127.0.0.1", 0]);
    const peer = pythonPeer(
      String.raw`
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"\xc3"); time.sleep(0.2); s.sendall(b"\xa9!"); s.close()`,
      [String(srv.getsockname()[1])],
    );
    const [conn] = srv.accept();
    conn.settimeout(10);
    const f = conn.makefile("r");
    expect(f.read(1)).toBe("é");
    expect(f.read()).toBe("!");
    f.close();
    conn.close();
    expect(await peer.exited(10_000)).toBe(0);
  });
});
