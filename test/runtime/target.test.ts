// The suite runs on the target it was started for (test/targets/ sets BSDSOCK_EXPECT_TARGET), with
// that target's generated bindings and platform seam.
import { describe, expect, it } from "vitest";
import { generatedTargets } from "../../generated/targets.js";
import koffi, { type TypeObject } from "koffi";
import { ffi, layouts, loaded } from "../../runtime/platform/bindings.js";
import { compareLayouts, type LayoutTable } from "../helpers/koffi-layout.js";
import * as S from "../../runtime/index.js";
import { hostTarget, onWindows } from "../helpers/platform.js";

describe("target", () => {
  it("loads this machine's own bindings", () => {
    expect(hostTarget).toBe(`${process.platform}-${process.arch}`);
    if (process.env.BSDSOCK_EXPECT_TARGET) expect(hostTarget).toBe(process.env.BSDSOCK_EXPECT_TARGET);
    expect(generatedTargets).toContain(hostTarget);
    expect(S.bindings.source).toBe("built-in");
    expect(S.bindings.target).toMatchObject({ platform: process.platform, arch: process.arch });
    expect(ffi.library).toBe(onWindows ? "ws2_32.dll" : "libc.so.6");
    using s = S.socket();
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
  });

  it("koffi lays out every record of these bindings as clang did for the target, in this process", () => {
    // Here koffi has the target's own pointer size: on 32-bit linux-arm this is where the records that
    // hold pointers (msghdr, iovec, addrinfo, ...) are checked; the host's generator tests cannot.
    const types = loaded.koffiTypes as unknown as Record<string, TypeObject>;
    const { checked, problems } = compareLayouts(koffi, types, layouts as unknown as LayoutTable);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    expect(koffi.sizeof(types.sockaddr_in6!)).toBe(layouts.sockaddr_in6.size);
    expect(koffi.sizeof("void *")).toBe(S.bindings.target.pointerSize);
  });

  it("a constant this target lacks fails clearly, naming the target", () => {
    const missing = onWindows ? S.AF_NETLINK : S.AF_12844;
    expect(missing).toBeUndefined();
    expect(() => S.socket(missing as never, S.SOCK_DGRAM)).toThrow(
      new RegExp(`family is undefined: a constant this target \\(${hostTarget}\\) does not define`),
    );
  });

  it("Windows-only calls say so on other targets, and work on Windows", () => {
    using s = S.socket();
    if (!onWindows) {
      expect(() => s.ioctl(0x98000001, 1)).toThrow(
        new RegExp(`socket.ioctl\\(\\) is Windows-only.*${hostTarget}`),
      );
      expect(() => s.share(process.pid)).toThrow(/Windows-only/);
      expect(() => S.fromshare(Buffer.alloc(1))).toThrow(/Windows-only/);
      return;
    }
    // SIO_LOOPBACK_FAST_PATH and SIO_KEEPALIVE_VALS on a TCP socket; bad options are rejected first.
    s.ioctl(S.SIO_KEEPALIVE_VALS!, [1, 10_000, 1_000]);
    expect(() => s.ioctl(S.SIO_KEEPALIVE_VALS!, [1, 2] as never)).toThrow(TypeError);
    expect(() => s.ioctl(12345, 1)).toThrow(/invalid ioctl command/);
    expect(() => s.ioctl(S.SIO_RCVALL!, "on" as never)).toThrow(TypeError);
    expect(() => s.ioctl(S.SIO_LOOPBACK_FAST_PATH!, -1)).toThrow(TypeError);
    // SIO_RCVALL needs a raw socket (and administrator rights); on a TCP socket Winsock refuses it, and
    // that refusal arrives as a SocketError carrying the Winsock code. (Wine 8 implements neither
    // SIO_RCVALL nor SIO_LOOPBACK_FAST_PATH, so their success paths are not exercised here.)
    expect(() => s.ioctl(S.SIO_RCVALL!, S.RCVALL_ON)).toThrow(
      expect.objectContaining({ name: "SocketError", syscall: "ioctl", errno: expect.any(Number) }),
    );
    // share() + fromshare() in one process make a second handle to the same socket.
    s.bind(["127.0.0.1", 0]);
    using copy = S.fromshare(s.share(process.pid));
    expect(copy.getsockname()).toEqual(s.getsockname());
    expect([copy.family, copy.type]).toEqual([S.AF_INET, S.SOCK_STREAM]);
  });
});
