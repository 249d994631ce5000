// Linux socket features reached through the newly complete constant families: software timestamps
// (SO_TIMESTAMPING, read from the ancillary data as a decoded struct scm_timestamping), the error queue
// (IP_RECVERR + MSG_ERRQUEUE, a decoded struct sock_extended_err and its offender address), and AF_ALG
// (the kernel's crypto API) — each compared with python3 doing the same through its own socket module.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { release } from "node:os";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { pythonJson } from "../helpers/peers.js";
import { describeWhere, emulator, itWhere, onLinux } from "../helpers/platform.js";

/** A UDP port on 127.0.0.1 that nobody listens on: bound, then closed. */
function deadPort(): number {
  using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
  s.bind(["127.0.0.1", 0]);
  return s.getsockname()[1];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWhere(onLinux, "these are Linux's socket options and families")("Linux kernel features", () => {
  itWhere(!emulator, `${emulator} does not translate SO_TIMESTAMPING`)(
    "SO_TIMESTAMPING: a software receive timestamp arrives as struct scm_timestamping",
    async () => {
      const flags = S.SOF_TIMESTAMPING_RX_SOFTWARE! | S.SOF_TIMESTAMPING_SOFTWARE!;
      const before = Math.floor(Date.now() / 1000);
      using r = S.socket(S.AF_INET, S.SOCK_DGRAM);
      r.bind(["127.0.0.1", 0]);
      r.setsockopt(S.SOL_SOCKET, S.SO_TIMESTAMPING!, flags);
      expect(r.getsockopt(S.SOL_SOCKET, S.SO_TIMESTAMPING!)).toBe(flags);
      using w = S.socket(S.AF_INET, S.SOCK_DGRAM);
      // When no socket on the machine had receive stamps on, the kernel switches its stamping on from a
      // workqueue (net_enable_timestamp): datagrams that arrive before it runs carry no stamp, and
      // SO_TIMESTAMPING (unlike SO_TIMESTAMP) does not stamp late. Bounded: 50 datagrams, 10 ms apart.
      let ancdata: S.AncillaryItem[] = [];
      for (let i = 0; i < 50 && ancdata.length === 0; i++) {
        if (i > 0) await sleep(10);
        w.sendto("stamp me", r.getsockname());
        const [data, items] = r.recvmsg(64, S.cmsgSpace(S.sizeof("scm_timestamping")));
        expect(data.toString()).toBe("stamp me");
        ancdata = items;
      }
      const after = Math.ceil(Date.now() / 1000);
      expect(ancdata.map(([level, type, d]) => [level, type, d.length])).toEqual([
        [S.SOL_SOCKET, S.SCM_TIMESTAMPING!, S.sizeof("scm_timestamping")],
      ]);
      // ts[0] is the software stamp; ts[1] (deprecated) and ts[2] (hardware) stay zero on loopback.
      const { ts } = S.unpackStruct("scm_timestamping", ancdata[0]![2]) as {
        ts: { tv_sec: number; tv_nsec: number }[];
      };
      expect(ts[0]!.tv_sec).toBeGreaterThanOrEqual(before);
      expect(ts[0]!.tv_sec).toBeLessThanOrEqual(after);
      expect(ts[0]!.tv_nsec).toBeLessThan(1e9);
      expect(ts[2]).toEqual({ tv_sec: 0, tv_nsec: 0 });

      // python3 (which has no SO_TIMESTAMPING name) given the same numbers gets the same ancillary item.
      const theirs = pythonJson(
        String.raw`
import json, socket, sys
opt, flags = int(sys.argv[1]), int(sys.argv[2])
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", 0))
r.setsockopt(socket.SOL_SOCKET, opt, flags)
w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); w.sendto(b"stamp me", r.getsockname())
data, anc, _, _ = r.recvmsg(64, 256)
print(json.dumps([[level, type, len(d)] for level, type, d in anc]))`,
        S.SO_TIMESTAMPING!,
        flags,
      );
      expect(theirs).toEqual(ancdata.map(([level, type, d]) => [level, type, d.length]));
    },
  );

  // qemu-user 7.2 translates this cmsg for a 32-bit guest by writing the offender address to the wrong
  // guest address: the item arrives with zeros there, and the guest's heap is corrupted (glibc aborts).
  itWhere(
    !(emulator && S.bindings.target.pointerSize === 4),
    `${emulator} misplaces IP_RECVERR's offender address on 32-bit guests, corrupting their heap`,
  )(
    "IP_RECVERR: the ICMP port-unreachable is read from MSG_ERRQUEUE as struct sock_extended_err",
    async () => {
      const port = deadPort();
      using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
      s.setsockopt(S.IPPROTO_IP, S.IP_RECVERR!, 1);
      s.connect(["127.0.0.1", port]);
      s.send("anyone?");
      // The error queue never blocks: empty is EAGAIN. Loopback's ICMP comes at once; bounded retries.
      let got: ReturnType<typeof s.recvmsg> | undefined;
      for (let i = 0; i < 100 && !got; i++) {
        try {
          got = s.recvmsg(64, 512, S.MSG_ERRQUEUE!);
        } catch (e) {
          expect((e as S.SocketError).code).toBe("EAGAIN");
          await sleep(10);
        }
      }
      expect(got).toBeDefined();
      const [data, ancdata, flags] = got!;
      expect(data.toString()).toBe("anyone?"); // the datagram that failed comes back
      expect(flags & S.MSG_ERRQUEUE!).toBe(S.MSG_ERRQUEUE!);
      expect(ancdata).toHaveLength(1);
      const [level, type, raw] = ancdata[0]!;
      expect([level, type]).toEqual([S.IPPROTO_IP, S.IP_RECVERR]);
      const ee = S.unpackStruct("sock_extended_err", raw);
      expect(ee).toMatchObject({
        ee_errno: 111, // ECONNREFUSED
        ee_origin: S.SO_EE_ORIGIN_ICMP,
        ee_type: S.ICMP_DEST_UNREACH,
        ee_code: S.ICMP_PORT_UNREACH,
        ee_data: 0,
      });
      // SO_EE_OFFENDER: the sockaddr that follows the struct is who sent the ICMP.
      const offender = raw.subarray(S.sizeof("sock_extended_err"));
      expect(S.codecFor(S.AF_INET).decode(offender)).toEqual(["127.0.0.1", 0]);
      // The queue is drained: the next read is EAGAIN again.
      expect(() => s.recvmsg(64, 512, S.MSG_ERRQUEUE!)).toThrow(expect.objectContaining({ code: "EAGAIN" }));

      const theirs = pythonJson(
        String.raw`
import json, socket, sys, time
port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, int(sys.argv[2]), 1)
s.connect(("127.0.0.1", port)); s.send(b"anyone?")
for _ in range(100):
    try:
        data, anc, flags, _ = s.recvmsg(64, 512, socket.MSG_ERRQUEUE); break
    except BlockingIOError:
        time.sleep(0.01)
print(json.dumps([[level, type, list(d)] for level, type, d in anc]))`,
        port,
        S.IP_RECVERR!, // python3.11 has no IP_RECVERR name
      );
      expect(theirs).toEqual(ancdata.map(([l, t, d]) => [l, t, [...d]]));
    },
  );

  it("AF_ALG: sha256 through the kernel where the kernel has it, else the same error as python3", () => {
    // The codec: [type, name, feat?, mask?] laid out as struct sockaddr_alg.
    const sa = S.codecFor(S.AF_ALG!).encode(["hash", "sha256"]);
    expect(sa.length).toBe(S.sizeof("sockaddr_alg"));
    expect(sa.readUInt16LE(S.offsetof("sockaddr_alg", "salg_family"))).toBe(S.AF_ALG);
    const at = S.offsetof("sockaddr_alg", "salg_name");
    expect(sa.toString("latin1", at, at + 6)).toBe("sha256");
    expect(S.codecFor(S.AF_ALG!).decode(sa)).toEqual(["hash", "sha256", 0, 0]);
    expect(() => S.codecFor(S.AF_ALG!).encode(["hash"])).toThrow(TypeError);
    expect(() => S.codecFor(S.AF_ALG!).encode(["a-type-far-too-long", "sha256"])).toThrow(RangeError);
    expect(() => S.codecFor(S.AF_ALG!).encode(["hash", "sha256", -1])).toThrow(RangeError);

    const theirs = pythonJson(String.raw`
import json, socket, hashlib
try:
    s = socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET); s.bind(("hash", "sha256"))
    op, _ = s.accept(); op.sendall(b"bsdsock"); print(json.dumps({"digest": op.recv(32).hex()}))
except OSError as e:
    print(json.dumps({"errno": e.errno}))`) as { digest?: string; errno?: number };
    let ours: { digest?: string; errno?: number };
    try {
      using s = S.socket(S.AF_ALG!, S.SOCK_SEQPACKET);
      s.bind(["hash", "sha256"]);
      using op = s.accept()[0];
      op.sendall("bsdsock");
      ours = { digest: op.recv(32).toString("hex") };
    } catch (e) {
      expect(e).toBeInstanceOf(S.SocketError);
      ours = { errno: (e as S.SocketError).errno };
    }
    expect(ours).toEqual(theirs);
    if (ours.digest) expect(ours.digest).toBe(createHash("sha256").update("bsdsock").digest("hex"));
    else expect(ours.errno).toBe(97); // EAFNOSUPPORT: this kernel was built without AF_ALG
  });

  itWhere(!emulator, `${emulator} does not translate AF_VSOCK options`)(
    "AF_VSOCK's buffer sizes are 64-bit options: read and set as python3 does (or its same error)",
    () => {
      const theirs = pythonJson(String.raw`
import json, socket
try:
    s = socket.socket(socket.AF_VSOCK, socket.SOCK_STREAM)
    before = s.getsockopt(socket.AF_VSOCK, socket.SO_VM_SOCKETS_BUFFER_SIZE)
    s.setsockopt(socket.AF_VSOCK, socket.SO_VM_SOCKETS_BUFFER_MIN_SIZE, 4096)
    s.setsockopt(socket.AF_VSOCK, socket.SO_VM_SOCKETS_BUFFER_SIZE, 65536)
    print(json.dumps({"values": [before, s.getsockopt(socket.AF_VSOCK, socket.SO_VM_SOCKETS_BUFFER_MIN_SIZE),
        s.getsockopt(socket.AF_VSOCK, socket.SO_VM_SOCKETS_BUFFER_SIZE)]}))
except OSError as e:
    print(json.dumps({"errno": e.errno}))`);
      let ours: { values?: number[]; errno?: number };
      try {
        using s = S.socket(S.AF_VSOCK!, S.SOCK_STREAM);
        const before = s.getsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!);
        s.setsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_MIN_SIZE!, 4096n);
        s.setsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!, 65536);
        ours = {
          values: [
            before,
            s.getsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_MIN_SIZE!),
            s.getsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!),
          ],
        };
        // The 64-bit width in C: 8 bytes, as the kernel reads them.
        expect(s.getsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!, 8)).toEqual(
          Buffer.from([0, 0, 1, 0, 0, 0, 0, 0]),
        );
        expect(() => s.setsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!, -1)).toThrow(RangeError);
        expect(() => s.setsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!, 2n ** 64n)).toThrow(RangeError);
        // A number past 2^53 may not be what was meant: a bigint is asked for.
        expect(() => s.setsockopt(S.AF_VSOCK!, S.SO_VM_SOCKETS_BUFFER_SIZE!, 2 ** 53 + 2)).toThrow(
          RangeError,
        );
        // A C int option stays a C int: a bigint there is refused.
        expect(() => s.setsockopt(S.SOL_SOCKET, S.SO_KEEPALIVE, 1n)).toThrow(TypeError);
      } catch (e) {
        if (!(e instanceof S.SocketError)) throw e;
        ours = { errno: e.errno };
      }
      expect(ours).toEqual(theirs);
    },
  );

  itWhere(
    S.IP_LOCAL_PORT_RANGE !== undefined && !emulator,
    emulator
      ? `${emulator} does not translate IP_LOCAL_PORT_RANGE`
      : "this target's pinned UAPI headers predate IP_LOCAL_PORT_RANGE (Linux 6.3)",
  )("IP_LOCAL_PORT_RANGE, which only the kernel's linux/in.h defines: bind picks a port in the range", () => {
    const range = (40199 << 16) | 40100; // high 16 bits: the upper bound; low: the lower
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    s.setsockopt(S.IPPROTO_IP, S.IP_LOCAL_PORT_RANGE!, range);
    expect(s.getsockopt(S.IPPROTO_IP, S.IP_LOCAL_PORT_RANGE!)).toBe(range);
    s.bind(["127.0.0.1", 0]);
    const port = s.getsockname()[1];
    expect(port).toBeGreaterThanOrEqual(40100);
    expect(port).toBeLessThanOrEqual(40199);
    // python3 3.11 has no name for it; with the number, the kernel answers it the same.
    const theirs = pythonJson(
      String.raw`
import json, socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, int(sys.argv[1]), int(sys.argv[2]))
print(json.dumps(s.getsockopt(socket.IPPROTO_IP, int(sys.argv[1]))))`,
      S.IP_LOCAL_PORT_RANGE!,
      range,
    );
    expect(theirs).toBe(range);
  });

  const [major, minor] = release().split(".").map(Number) as [number, number];
  itWhere(
    S.bindings.target.kernels !== null && !emulator && major * 1000 + minor >= 6005,
    emulator
      ? `${emulator} does not translate SO_PEERPIDFD`
      : "SO_PEERPIDFD needs Linux 6.5 and bindings from a kernel that has it",
  )("SO_PEERPIDFD, which kernelSince dates 6.12: the running kernel hands over the peer's pidfd", () => {
    const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
    try {
      const pidfd = a.getsockopt(S.SOL_SOCKET, S.SO_PEERPIDFD!) as number;
      try {
        // The kernel hands back a pidfd of the peer: this very process.
        expect(readFileSync(`/proc/self/fdinfo/${pidfd}`, "utf8")).toMatch(
          new RegExp(`^Pid:\\s+${process.pid}$`, "m"),
        );
      } finally {
        S.close(pidfd);
      }
    } finally {
      a.close();
      b.close();
    }
  });

  itWhere(
    S.TCP_IS_MPTCP !== undefined && !emulator,
    emulator
      ? `${emulator} does not translate TCP_IS_MPTCP`
      : "TCP_IS_MPTCP comes from the kernel's linux/tcp.h (parsed apart from glibc's); these bindings lack it",
  )("TCP_IS_MPTCP, from linux/tcp.h, which glibc's netinet/tcp.h lacks: the kernel answers it", () => {
    using plain = S.socket(S.AF_INET, S.SOCK_STREAM);
    expect(plain.getsockopt(S.IPPROTO_TCP, S.TCP_IS_MPTCP!)).toBe(0);
    let mptcp: S.SocketType;
    try {
      mptcp = S.socket(S.AF_INET, S.SOCK_STREAM, S.IPPROTO_MPTCP!);
    } catch (e) {
      // A kernel without MPTCP (or with net.mptcp.enabled=0) refuses the protocol itself.
      expect((e as S.SocketError).code).toMatch(/^(EPROTONOSUPPORT|ENOPROTOOPT|EINVAL)$/);
      return;
    }
    using m = mptcp;
    expect(m.getsockopt(S.IPPROTO_TCP, S.TCP_IS_MPTCP!)).toBe(1);
  });
});

// On every target: Windows and macOS bindings pin no kernels, so there is nothing to date by.
describe("kernelSince", () => {
  it("kernelSince dates a constant by the pinned kernel snapshots", () => {
    const history = S.bindings.target.kernels;
    expect(() => S.kernelSince(7 as unknown as string)).toThrow(TypeError);
    expect(S.kernelSince("NOT_A_CONSTANT")).toBeUndefined();
    if (history === null) {
      // One header tree (a target that pins no kernels, a --include folder): nothing to date by.
      expect(S.kernelSince("SO_REUSEPORT")).toBeUndefined();
      return;
    }
    const oldest = history.snapshots[0]!.version;
    expect(S.kernelSince("SO_REUSEPORT")).toBe(oldest);
    // SO_PEERPIDFD came with Linux 6.5: after the pinned 6.1, by the pinned 6.12.
    expect(S.kernelSince("SO_PEERPIDFD")).toBe("6.12");
  });
});
