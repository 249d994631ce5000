// The darwin seam's BSD differences, checked on this host against the darwin targets' generated
// bindings (nothing here runs macOS): the sockaddr length byte and 8-bit family the codecs write and
// read, the choices bsd.ts makes from each target's constants and functions, and the SCM_RIGHTS walk
// that marks received fds close-on-exec where recvmsg has no MSG_CMSG_CLOEXEC.
import { describe, expect, expectTypeOf, it } from "vitest";
import * as darwinArm64 from "../../generated/darwin-arm64/index.js";
import * as darwinX64 from "../../generated/darwin-x64/index.js";
import * as linuxX64 from "../../generated/linux-x64/index.js";
import * as win32X64 from "../../generated/win32-x64/index.js";
import { makeInetCodecs } from "../../runtime/address/inet.js";
import { readSockaddrFamily, sockaddrHeader, writeSockaddrHeader } from "../../runtime/address/sockaddr.js";
import { makeUnixCodec } from "../../runtime/address/unix.js";
import { encodeAncillary, rightsData } from "../../runtime/message.js";
import { posixFlavor, rightsFds } from "../../runtime/platform/posix/bsd.js";
import { constants as loadedConstants, layouts as loadedLayouts } from "../../runtime/platform/bindings.js";
import * as S from "../../runtime/index.js";
import { itWhere, onLinux } from "../helpers/platform.js";

const darwins = [darwinX64, darwinArm64];

describe("sockaddr headers", () => {
  it("macOS: a length byte, then an 8-bit family; Linux and Windows: a 16-bit family first", () => {
    for (const d of darwins) {
      const h = sockaddrHeader(d.layouts.sockaddr_in, "sin");
      const sa = Buffer.alloc(d.layouts.sockaddr_in.size);
      writeSockaddrHeader(sa, d.constants.AF_INET, h);
      expect([...sa.subarray(0, 2)]).toEqual([16, 2]);
      expect(readSockaddrFamily(sa, h)).toBe(2);
      expect(readSockaddrFamily(sa, sockaddrHeader(d.layouts.sockaddr, "sa"))).toBe(2);
    }
    for (const other of [linuxX64, win32X64]) {
      const h = sockaddrHeader(other.layouts.sockaddr_in, "sin");
      expect(h.length).toBeUndefined();
      const sa = Buffer.alloc(other.layouts.sockaddr_in.size);
      writeSockaddrHeader(sa, other.constants.AF_INET6, h);
      expect(sa.readUInt16LE(0)).toBe(other.constants.AF_INET6);
      expect(readSockaddrFamily(sa, h)).toBe(other.constants.AF_INET6);
    }
  });

  it("a buffer too short for the family reads as none", () => {
    const h = sockaddrHeader(darwinX64.layouts.sockaddr, "sa");
    expect(readSockaddrFamily(Buffer.from([16]), h)).toBeUndefined();
  });
});

describe.each(darwins.map((d) => [d.target.name, d] as const))("codecs with %s's layouts", (_, d) => {
  const { inet, inet6 } = makeInetCodecs(
    d.layouts.sockaddr_in,
    d.layouts.sockaddr_in6,
    d.constants.AF_INET,
    d.constants.AF_INET6,
  );
  const unix = makeUnixCodec(d.layouts.sockaddr_un, d.constants.AF_UNIX);

  it("AF_INET is sin_len 16, family 2, port, address, zeros", () => {
    const sa = inet.encode(["127.0.0.1", 8080]);
    expect([...sa]).toEqual([16, 2, 0x1f, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(inet.decode(sa)).toEqual(["127.0.0.1", 8080]);
  });

  it("AF_INET6 is sin6_len 28, family 30 (macOS's AF_INET6), then the Linux-shaped rest", () => {
    const sa = inet6.encode(["::1", 443, 5, 7]);
    expect(sa.length).toBe(28);
    expect([...sa.subarray(0, 4)]).toEqual([28, 30, 0x01, 0xbb]);
    expect(sa.readUInt32BE(4)).toBe(5);
    expect([...sa.subarray(8, 24)]).toEqual([...Array(15).fill(0), 1]);
    expect(sa.readUInt32LE(24)).toBe(7);
    expect(inet6.decode(sa)).toEqual(["::1", 443, 5, 7]);
  });

  it("AF_UNIX: sun_len is the bytes passed, family 1, a 104-byte sun_path, no abstract names", () => {
    const sa = unix.encode("/tmp/s");
    expect([...sa]).toEqual([9, 1, ...Buffer.from("/tmp/s"), 0]);
    expect(unix.decode(sa)).toBe("/tmp/s");
    // An unbound socket's name: the header and an empty (zeroed) path.
    expect(unix.decode(Buffer.from([16, 1, ...Array(14).fill(0)]))).toBe("");
    expect(() => unix.encode("\0name")).toThrow(/NUL/);
    expect(unix.encode("x".repeat(103)).length).toBe(106);
    expect(() => unix.encode("x".repeat(104))).toThrow(/at most 103/);
  });
});

describe("the POSIX seam's choices, from each target's bindings", () => {
  it("Linux: atomic SOCK_CLOEXEC, accept4, MSG_NOSIGNAL per call, MSG_CMSG_CLOEXEC", () => {
    const C = linuxX64.constants;
    expect(posixFlavor(C, linuxX64.functions)).toEqual({
      SOCK_CLOEXEC: C.SOCK_CLOEXEC,
      SOCK_NONBLOCK: C.SOCK_NONBLOCK,
      accept4: true,
      NOSIGNAL: C.MSG_NOSIGNAL,
      NOSIGPIPE: undefined,
      CMSG_CLOEXEC: C.MSG_CMSG_CLOEXEC,
    });
  });

  it("macOS: no type flags or accept4, SO_NOSIGPIPE per socket instead of a per-call flag", () => {
    for (const d of darwins) {
      expect("accept4" in d.functions).toBe(false);
      expect(posixFlavor(d.constants, d.functions)).toEqual({
        SOCK_CLOEXEC: 0,
        SOCK_NONBLOCK: 0,
        accept4: false,
        // macOS 13's headers define MSG_NOSIGNAL too; the socket option covers every send, so the flag
        // is not passed to kernels that may predate it.
        NOSIGNAL: 0,
        NOSIGPIPE: 0x1022,
        CMSG_CLOEXEC: 0,
      });
    }
  });
});

describe("SCM_RIGHTS fds in a control buffer", () => {
  it("macOS: 12-byte cmsghdr, items aligned to 4", () => {
    for (const d of darwins) {
      const hdr = d.layouts.cmsghdr;
      expect([hdr.size, hdr.align]).toEqual([12, 4]);
      const { SOL_SOCKET, SCM_RIGHTS, SCM_TIMESTAMP } = d.constants;
      // CMSG_LEN(8) = 20 (two fds), then an item of 3 data bytes: CMSG_LEN 15, CMSG_SPACE 16, then fds.
      const c = Buffer.alloc(20 + 16 + 16);
      c.writeUInt32LE(20, 0);
      c.writeInt32LE(SOL_SOCKET, 4);
      c.writeInt32LE(SCM_RIGHTS, 8);
      c.writeInt32LE(7, 12);
      c.writeInt32LE(9, 16);
      c.writeUInt32LE(15, 20);
      c.writeInt32LE(SOL_SOCKET, 24);
      c.writeInt32LE(SCM_TIMESTAMP, 28);
      c.writeUInt32LE(16, 36);
      c.writeInt32LE(SOL_SOCKET, 40);
      c.writeInt32LE(SCM_RIGHTS, 44);
      c.writeInt32LE(11, 48);
      expect(rightsFds(c, c.length, hdr, SOL_SOCKET, SCM_RIGHTS)).toEqual([7, 9, 11]);
      // msg_controllen bounds the walk: a truncated last item gives only its whole ints.
      expect(rightsFds(c, 36, hdr, SOL_SOCKET, SCM_RIGHTS)).toEqual([7, 9]);
      expect(rightsFds(c, 18, hdr, SOL_SOCKET, SCM_RIGHTS)).toEqual([7]);
    }
  });

  itWhere(onLinux, "it reads the loaded Linux target's control buffers")(
    "agrees with the runtime's own encoder on Linux (the loaded target's cmsghdr: 16 bytes on 64-bit, 12 on 32-bit)",
    () => {
      // The encoder lays out the loaded target's control buffers, so they are read with its layout.
      const C = loadedConstants;
      const control = encodeAncillary([
        [C.SOL_SOCKET, C.SCM_RIGHTS, rightsData([3, 4, 5])],
        [C.IPPROTO_IP, C.IP_TOS, Buffer.from([1])],
        [C.SOL_SOCKET, C.SCM_RIGHTS, rightsData([6])],
      ]);
      expect(rightsFds(control, control.length, loadedLayouts.cmsghdr, C.SOL_SOCKET, C.SCM_RIGHTS)).toEqual([
        3, 4, 5, 6,
      ]);
    },
  );
});

describe("bsdsock/darwin", () => {
  it("refuses to load on any other platform, naming the running target", async () => {
    await expect(import("../../runtime/darwin.js")).rejects.toThrow(
      `bsdsock/darwin is for darwin; this process runs ${S.bindings.target.name}`,
    );
  });

  it("types the names every darwin target defines as present, and no other platform's", () => {
    type Darwin = typeof import("../../runtime/darwin.js");
    expectTypeOf<Darwin["AF_LINK"]>().toEqualTypeOf<S.AddressFamily<"AF_LINK">>();
    expectTypeOf<Darwin["SO_NOSIGPIPE"]>().toEqualTypeOf<number>();
    expectTypeOf<Darwin>().not.toHaveProperty("AF_NETLINK");
    expect(darwinX64.constants.SO_NOSIGPIPE).toBe(darwinArm64.constants.SO_NOSIGPIPE);
  });
});
