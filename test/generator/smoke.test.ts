// The generated FFI declarations load from libc and work: create, bind, inspect and close sockets.
import koffi from "koffi";
import { describe, expect, it } from "vitest";
import * as C from "../../generated/linux-x64/constants.js";
import { bindFunctions, library } from "../../generated/linux-x64/functions.js";
import { layouts } from "../../generated/linux-x64/layouts.js";
import { defineKoffiTypes } from "../../generated/linux-x64/koffi-types.js";

const { sockaddr_in } = defineKoffiTypes(koffi);
const libc = bindFunctions(koffi.load(library));

describe("generated FFI declarations", () => {
  it("create, bind to 127.0.0.1:0, getsockname and close a TCP socket", () => {
    const fd = libc.socket(C.AF_INET, C.SOCK_STREAM | C.SOCK_CLOEXEC, 0);
    expect(fd).toBeGreaterThanOrEqual(0);
    // Encode sockaddr_in through the plain layout table (network byte order by hand).
    const L = layouts.sockaddr_in;
    const addr = Buffer.alloc(L.size);
    addr.writeUInt16LE(C.AF_INET, L.fields.sin_family.offset);
    addr.writeUInt16BE(0, L.fields.sin_port.offset);
    addr.set([127, 0, 0, 1], L.fields.sin_addr.offset);
    expect(libc.bind(fd, addr, addr.length)).toBe(0);
    expect(libc.listen(fd, 4)).toBe(0);
    const out = Buffer.alloc(L.size);
    const len = new Uint32Array([out.length]);
    expect(libc.getsockname(fd, out, len)).toBe(0);
    expect(len[0]).toBe(L.size);
    // Decode the same bytes through koffi's struct type: both views must agree.
    const decoded = koffi.decode(out, sockaddr_in) as {
      sin_family: number;
      sin_port: number;
      sin_addr: { s_addr: number };
    };
    expect(decoded.sin_family).toBe(C.AF_INET);
    const port = out.readUInt16BE(L.fields.sin_port.offset);
    expect(port).toBeGreaterThan(0);
    expect(decoded.sin_port).toBe(out.readUInt16LE(L.fields.sin_port.offset));
    expect(libc.close(fd)).toBe(0);
  });

  it("reports errno through koffi, matching the generated E* constants", () => {
    expect(libc.close(-1)).toBe(-1);
    expect(koffi.errno()).toBe(C.EBADF);
    const fd = libc.socket(C.AF_INET, 0x7fff, 0);
    expect(fd).toBe(-1);
    expect(koffi.errno()).toBe(C.EINVAL);
  });

  it("passes data over an AF_UNIX socketpair with send/recv", () => {
    const fds = new Int32Array(2);
    expect(libc.socketpair(C.AF_UNIX, C.SOCK_SEQPACKET, 0, fds)).toBe(0);
    expect(Number(libc.send(fds[0], Buffer.from("hello"), 5, 0))).toBe(5);
    const buf = Buffer.alloc(16);
    expect(Number(libc.recv(fds[1], buf, buf.length, 0))).toBe(5);
    expect(buf.subarray(0, 5).toString()).toBe("hello");
    libc.close(fds[0]);
    libc.close(fds[1]);
  });

  it("calls the variadic fcntl with type/value pairs", () => {
    const fd = libc.socket(C.AF_INET, C.SOCK_DGRAM, 0);
    const flags = libc.fcntl(fd, C.F_GETFL) as number;
    expect(libc.fcntl(fd, C.F_SETFL, "int", flags | C.O_NONBLOCK)).toBe(0);
    expect((libc.fcntl(fd, C.F_GETFL) as number) & C.O_NONBLOCK).toBe(C.O_NONBLOCK);
    libc.close(fd);
  });

  it("resolves with getaddrinfo and frees the list", () => {
    const res: [object | null] = [null];
    const hints = {
      ai_flags: C.AI_NUMERICHOST,
      ai_family: C.AF_INET,
      ai_socktype: C.SOCK_STREAM,
      ai_protocol: 0,
      ai_addrlen: 0,
      ai_addr: null,
      ai_canonname: null,
      ai_next: null,
    };
    expect(libc.getaddrinfo("127.0.0.1", "80", hints, res)).toBe(0);
    const first = koffi.decode(res[0], "addrinfo") as { ai_family: number; ai_addrlen: number };
    expect(first.ai_family).toBe(C.AF_INET);
    expect(first.ai_addrlen).toBe(layouts.sockaddr_in.size);
    libc.freeaddrinfo(res[0]);
    expect(libc.gai_strerror(C.EAI_NONAME)).toMatch(/not known|Name or service/);
  });
});
