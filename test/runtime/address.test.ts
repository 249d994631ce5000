// Address codecs per family: the forms the specification gives, and clear errors for bad ones.
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { codecFor } from "../../runtime/address/codec.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { itLinux, posixLibc } from "../helpers/platform.js";

const libc = await posixLibc();

describe("AF_INET", () => {
  const inet = codecFor(S.AF_INET);
  it("encodes '', '<broadcast>', numeric and named hosts", () => {
    const at = layouts.sockaddr_in.fields.sin_addr.offset;
    expect([...inet.encode(["", 80]).subarray(at, at + 4)]).toEqual([0, 0, 0, 0]);
    expect([...inet.encode(["<broadcast>", 80]).subarray(at, at + 4)]).toEqual([255, 255, 255, 255]);
    expect(inet.decode(inet.encode(["10.1.2.3", 8080]))).toEqual(["10.1.2.3", 8080]);
    expect(inet.decode(inet.encode(["localhost", 1]))).toEqual(["127.0.0.1", 1]);
    expect(layouts.sockaddr_in.size).toBe(inet.encode(["", 0]).length);
  });

  it("rejects bad shapes, ports and hosts with a clear error", () => {
    expect(() => inet.encode("127.0.0.1")).toThrow(TypeError);
    expect(() => inet.encode(["127.0.0.1"])).toThrow(/\[host, port\]/);
    expect(() => inet.encode(["127.0.0.1", 65536])).toThrow(RangeError);
    expect(() => inet.encode(["127.0.0.1", -1])).toThrow(RangeError);
    expect(() => inet.encode(["127.0.0.1", "80"])).toThrow(TypeError);
    expect(() => inet.encode(["127.0.0.1", 1.5])).toThrow(TypeError);
    expect(() => inet.encode([127, 80])).toThrow(TypeError);
    expect(() => inet.encode(["a\0b", 80])).toThrow(RangeError);
    expect(() => inet.encode(["no-such-host.invalid", 80])).toThrow(S.GaiError);
  });
});

describe("AF_INET6", () => {
  const inet6 = codecFor(S.AF_INET6);
  it("takes 2- to 4-tuples and always returns 4-tuples", () => {
    expect(inet6.decode(inet6.encode(["::1", 443]))).toEqual(["::1", 443, 0, 0]);
    expect(inet6.decode(inet6.encode(["fe80::1", 1, 0x12345, 7]))).toEqual(["fe80::1", 1, 0x12345, 7]);
    expect(inet6.decode(inet6.encode(["", 9]))).toEqual(["::", 9, 0, 0]);
  });

  itLinux("the loopback interface is named lo on Linux")("resolves %iface scope suffixes", () => {
    const lo = libc!.if_nametoindex("lo");
    expect(lo).toBeGreaterThan(0);
    expect(inet6.decode(inet6.encode(["fe80::1%lo", 5]))).toEqual(["fe80::1", 5, 0, lo]);
  });

  it("resolves a numeric %scope suffix, on every target", () => {
    expect(inet6.decode(inet6.encode(["fe80::1%1", 5]))).toEqual(["fe80::1", 5, 0, 1]);
    // An explicit scope id wins over the suffix, as in CPython.
    expect(inet6.decode(inet6.encode(["fe80::1%1", 5, 0, 7]))).toEqual(["fe80::1", 5, 0, 7]);
  });

  it("rejects bad flowinfo and scope ids", () => {
    expect(() => inet6.encode(["::1", 1, 0x100000])).toThrow(/flowinfo/);
    expect(() => inet6.encode(["::1", 1, 0, -1])).toThrow(RangeError);
    expect(() => inet6.encode(["::1", 1, 0, 0, 0])).toThrow(TypeError);
  });
});

describe("AF_UNIX", () => {
  const unix = codecFor(S.AF_UNIX);
  const path = layouts.sockaddr_un.fields.sun_path;
  it("encodes paths with their NUL and abstract names without one", () => {
    const sa = unix.encode("/tmp/x");
    expect(sa.length).toBe(path.offset + 7);
    expect(unix.decode(sa)).toBe("/tmp/x");
    const abs = unix.encode(Buffer.from("\0name"));
    expect(abs.length).toBe(path.offset + 5);
    expect(unix.decode(abs)).toEqual(Buffer.from("\0name"));
    expect(unix.decode(unix.encode("\0str"))).toEqual(Buffer.from("\0str"));
  });

  it("refuses overlong paths and embedded NULs", () => {
    expect(() => unix.encode("/" + "a".repeat(path.size))).toThrow(/too long/);
    expect(unix.encode("/" + "a".repeat(path.size - 2)).length).toBe(path.offset + path.size);
    expect(() => unix.encode("/tmp/a\0b")).toThrow(RangeError);
    expect(() => unix.encode(42)).toThrow(TypeError);
  });

  itLinux("abstract AF_UNIX names are Linux's")(
    "binds, connects and reports abstract and unnamed addresses for real",
    () => {
      using srv = S.socket(S.AF_UNIX, S.SOCK_STREAM);
      const name = Buffer.from(`\0bsdsock-${process.pid}-${Date.now()}`);
      srv.bind(name);
      srv.listen();
      expect(srv.getsockname()).toEqual(name);
      using c = S.socket(S.AF_UNIX, S.SOCK_STREAM);
      c.connect(name);
      const [conn, peer] = srv.accept();
      expect(peer).toBe(""); // the client never bound: an unnamed socket
      expect(c.getpeername()).toEqual(name);
      conn.close();
    },
  );
});

describe("families without a codec", () => {
  it("fail with EAFNOSUPPORT naming the family, not a crash", () => {
    // Every family this kernel can open has a codec, so a socket object claims one that has none
    // (AF_APPLETALK, 5 on both Linux and Windows) over a real UDP socket.
    using udp = S.socket(S.AF_INET, S.SOCK_DGRAM);
    using s = new S.SocketType(S.AF_APPLETALK, S.SOCK_DGRAM, 0, S.fromfd(udp.fileno()).detach());
    expect(() => s.bind(["x", 0])).toThrow(
      expect.objectContaining({
        code: "EAFNOSUPPORT",
        message: expect.stringContaining(`family ${S.AF_APPLETALK}`),
      }),
    );
  });
});

describe("sendto's address memo", () => {
  it("alternating and changing numeric peers each get their own datagrams", () => {
    const peers = [S.socket(S.AF_INET, S.SOCK_DGRAM), S.socket(S.AF_INET, S.SOCK_DGRAM)];
    for (const p of peers) {
      p.bind(["127.0.0.1", 0]);
      p.settimeout(5);
    }
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    const [x, y] = peers.map((p) => p.getsockname() as [string, number]);
    for (const [to, msg] of [
      [x, "1"],
      [x, "2"],
      [y, "3"],
      [x, "4"],
      [["localhost", y[1]], "5"],
    ] as const)
      s.sendto(msg, to as [string, number]);
    expect(
      [peers[0].recv(1), peers[0].recv(1), peers[1].recv(1), peers[0].recv(1), peers[1].recv(1)].join(""),
    ).toBe("12345");
    expect(() => s.sendto("x", ["127.0.0.1", 70000])).toThrow(RangeError);
    for (const p of peers) p.close();
  });
});
