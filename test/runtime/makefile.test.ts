// makefile(): buffered reads and writes, text and binary modes, and the close semantics of the
// specification (closing the file leaves the socket open; the fd closes after both are closed).
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { openFds } from "../helpers/peers.js";

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
    w.write("buffered ");
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
    expect(() => f.write("x")).toThrow(/not open for writing/);
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
    expect(b.recv(100).toString()).toBe("via file after socket.close()\n");
    g.close();
    expect(a.fileno()).toBe(-1);
    expect(openFds()).toBe(before + 1);
    b.close();
    expect(openFds()).toBe(before);
  });
});
