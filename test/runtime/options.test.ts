// getsockopt/setsockopt as the specification gives them: integers, and raw bytes laid out with the
// generated struct layouts (what net/dgram cannot do: SO_LINGER, SO_BINDTODEVICE, TCP_INFO, ...).
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { emulator, itLinux, onWindows } from "../helpers/platform.js";

function connectedPair(): [S.SocketType, S.SocketType, S.SocketType] {
  const srv = S.socket();
  srv.bind(["127.0.0.1", 0]);
  srv.listen();
  const c = S.socket();
  c.connect(srv.getsockname() as [string, number]);
  const [conn] = srv.accept();
  return [srv, c, conn];
}

// Declared exclusion: under qemu-user (test/targets/linux-arm64.sh sets BSDSOCK_EMULATOR) getsockopt
// is translated for integer options only, so struct-valued reads (TCP_INFO, SO_BINDTODEVICE) run on
// real kernels only.
const structReads = onWindows ? itLinux("TCP_INFO and SO_BINDTODEVICE are Linux's") : emulator ? it.skip : it;
const structNote = emulator ? ` (not under ${emulator}: it translates integer getsockopt only)` : "";

describe("socket options", () => {
  it("integer options round-trip, booleans count as 0/1", () => {
    using s = S.socket();
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR)).toBe(0);
    s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, true);
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR)).toBe(1);
    s.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, 1);
    expect(s.getsockopt(S.IPPROTO_TCP, S.TCP_NODELAY)).toBe(1);
    s.setsockopt(S.IPPROTO_IP, S.IP_TTL, 7);
    expect(s.getsockopt(S.IPPROTO_IP, S.IP_TTL)).toBe(7);
  });

  itLinux("TCP_USER_TIMEOUT and SO_RCVBUF doubling are Linux's")("Linux integer options", () => {
    using s = S.socket();
    s.setsockopt(S.IPPROTO_TCP, S.TCP_USER_TIMEOUT!, 1500);
    expect(s.getsockopt(S.IPPROTO_TCP, S.TCP_USER_TIMEOUT!)).toBe(1500);
    // Linux doubles SO_RCVBUF for bookkeeping: the kernel's answer, not ours.
    s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 65536);
    expect(s.getsockopt(S.SOL_SOCKET, S.SO_RCVBUF)).toBe(131072);
  });

  it("struct options as bytes through the generated layouts (SO_LINGER)", () => {
    using s = S.socket();
    const L = layouts.linger;
    // The field widths are the target's: int on Linux, u_short on Windows.
    const value = Buffer.alloc(L.size);
    value.writeUIntLE(1, L.fields.l_onoff.offset, L.fields.l_onoff.size);
    value.writeUIntLE(5, L.fields.l_linger.offset, L.fields.l_linger.size);
    s.setsockopt(S.SOL_SOCKET, S.SO_LINGER, value);
    const back = s.getsockopt(S.SOL_SOCKET, S.SO_LINGER, L.size) as Buffer;
    expect(back.length).toBe(L.size);
    expect(back.readUIntLE(L.fields.l_onoff.offset, L.fields.l_onoff.size)).toBe(1);
    expect(back.readUIntLE(L.fields.l_linger.offset, L.fields.l_linger.size)).toBe(5);
  });

  structReads(`TCP_INFO reports an established connection${structNote}`, () => {
    const [srv, c, conn] = connectedPair();
    const T = layouts.tcp_info;
    const info = c.getsockopt(S.IPPROTO_TCP, S.TCP_INFO!, T.size) as Buffer;
    expect(info.length).toBeGreaterThanOrEqual(T.fields.tcpi_rtt.offset + 4);
    expect(info.readUInt8(T.fields.tcpi_state.offset)).toBe(1); // TCP_ESTABLISHED (linux/tcp.h)
    for (const s of [srv, c, conn]) s.close();
  });

  structReads(`SO_BINDTODEVICE binds to an interface by name (root)${structNote}`, () => {
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    s.setsockopt(S.SOL_SOCKET, S.SO_BINDTODEVICE!, Buffer.from("lo\0"));
    const dev = s.getsockopt(S.SOL_SOCKET, S.SO_BINDTODEVICE!, 16) as Buffer;
    expect(dev.toString("latin1").replace(/\0.*$/s, "")).toBe("lo");
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_BINDTODEVICE!, Buffer.from("no-such-if\0"))).toThrow(
      expect.objectContaining({ code: "ENODEV" }),
    );
  });

  it("bad values are refused before reaching the kernel", () => {
    using s = S.socket();
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, "1" as never)).toThrow(TypeError);
    expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 2 ** 40)).toThrow(RangeError);
    expect(() => s.getsockopt(S.SOL_SOCKET, S.SO_LINGER, 0)).toThrow(RangeError);
    expect(() => s.getsockopt(S.SOL_SOCKET, 99999)).toThrow(expect.objectContaining({ code: "ENOPROTOOPT" }));
  });
});
