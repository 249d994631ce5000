// sendmsg/recvmsg/recvmsgInto with ancillary data, cmsgLen/cmsgSpace, fd passing (SCM_RIGHTS) with a
// python3 process on the other end, SCM_CREDENTIALS, and IP_PKTINFO/IPV6_PKTINFO, sync and async.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { layouts } from "../../runtime/platform/bindings.js";
import { python } from "../helpers/peers.js";
import { comparePythonCases, python as pythonEval } from "../helpers/python-eval.js";
import { describeWhere, emulator, hostTarget, itWhere, onWindows, posixLibc } from "../helpers/platform.js";

const libc = await posixLibc();
const dir = mkdtempSync(join(tmpdir(), "bsdsock-msg-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file whose content proves which file an fd points at. */
function fileWith(text: string): string {
  const path = join(dir, `${text.replace(/\W/g, "_")}.txt`);
  writeFileSync(path, text);
  return path;
}

function readFd(fd: number): string {
  const b = Buffer.alloc(100);
  return b.toString("utf8", 0, readSync(fd, b, 0, b.length, 0));
}

const LENGTHS = [0, 1, 4, 7, 8, 9, 100, 2147483623, 2147483624, 2147483631, 2147483632, -1];
const CASES: Record<string, { py: string; js: () => unknown }> = {};
for (const n of LENGTHS) {
  CASES[`cmsgLen(${n})`] = { py: `socket.CMSG_LEN(${n})`, js: () => S.cmsgLen(n) };
  CASES[`cmsgSpace(${n})`] = { py: `socket.CMSG_SPACE(${n})`, js: () => S.cmsgSpace(n) };
}
// python3 here is the host's. Where this target's struct cmsghdr is not the one python3 was built with
// (32-bit linux-arm: 12 bytes, 4-aligned, so CMSG_LEN(0) is 12, not 16), CPython's rules are checked
// with the target's own macros instead: clang compiles, for the target and its pinned headers, CPython's
// range checks around CMSG_LEN/CMSG_SPACE and asserts our results against them.
const pythonCmsg = onWindows
  ? undefined
  : pythonEval({ len0: "socket.CMSG_LEN(0)", space1: "socket.CMSG_SPACE(1)" });
const pythonAgrees =
  !onWindows &&
  "ok" in pythonCmsg!.len0 &&
  pythonCmsg!.len0.ok === S.cmsgLen(0) &&
  "ok" in pythonCmsg!.space1 &&
  pythonCmsg!.space1.ok === S.cmsgSpace(1);

/** Our result as C sees it: the value, or -1 for the RangeError CPython's OverflowError maps to. */
function ours(f: (n: number) => number, n: number): number {
  try {
    return f(n);
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return -1;
  }
}

describeWhere(!onWindows, "CMSG_LEN/CMSG_SPACE are POSIX's (Python has none on Windows)")(
  "cmsgLen and cmsgSpace",
  () => {
    if (pythonAgrees) comparePythonCases(CASES);
    else
      it(`are CPython's CMSG_LEN/CMSG_SPACE for ${hostTarget}'s own <sys/socket.h> (clang, not the host's python3)`, async () => {
        const limit = "0x7fffffffLL"; // CPython's SOCKLEN_T_LIMIT: INT_MAX where socklen_t has 32 bits
        const asserts = LENGTHS.flatMap((n) => [
          `_Static_assert(((${n}LL) < 0 || (${n}LL) > ${limit} - (long long)CMSG_LEN(0) ? -1LL : (long long)CMSG_LEN(${n}LL)) == ${ours(S.cmsgLen, n)}LL, "cmsgLen(${n})");`,
          `_Static_assert(((${n}LL) < 0 || (${n}LL) > ${limit} - (long long)CMSG_SPACE(1) || (long long)CMSG_SPACE(${n}LL) > ${limit} ? -1LL : (long long)CMSG_SPACE(${n}LL)) == ${ours(S.cmsgSpace, n)}LL, "cmsgSpace(${n})");`,
        ]);
        // Loaded here only: they read the generator's manifests, which Windows runs never need.
        const { targetInfo } = await import("../helpers/target.js");
        const { runClang } = await import("../../generator/clang.js");
        const clang = targetInfo(hostTarget).clang;
        const r = runClang(clang, `#include <sys/socket.h>\n${asserts.join("\n")}\n`, ["-fsyntax-only"]);
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
        // The two differ from a 64-bit host's exactly as the target's header says.
        expect(S.cmsgLen(0)).toBe(layouts.cmsghdr!.size);
      });
    it("refuse non-integers", () => {
      expect(() => S.cmsgLen(1.5)).toThrow(TypeError);
      expect(() => S.cmsgSpace("4" as never)).toThrow(TypeError);
    });
  },
);

describeWhere(!onWindows, "sendmsg/recvmsg are POSIX's (Python has none on Windows)")("messages", () => {
  it("sendmsg gathers buffers; recvmsg and recvmsgInto scatter them, with flags and address", () => {
    const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
    expect(a.sendmsg([Buffer.from("hello "), "wor", new Uint8Array([108, 100])])).toBe(11);
    const [data, anc, flags, address] = b.recvmsg(100);
    expect([data.toString(), anc, flags, address]).toEqual(["hello world", [], 0, null]);
    a.sendmsg(["0123456789"]);
    const x = Buffer.alloc(4);
    const y = Buffer.alloc(10);
    const [n, , f2] = b.recvmsgInto([x, y]);
    expect([n, x.toString(), y.toString("utf8", 0, 6), f2]).toEqual([10, "0123", "456789", 0]);
    // A datagram larger than the buffer: cut, and MSG_TRUNC says so.
    a.sendmsg(["too long for four"]);
    const [cut, , f3] = b.recvmsg(4);
    expect(cut.toString()).toBe("too ");
    expect(f3 & S.MSG_TRUNC!).toBe(S.MSG_TRUNC);
    a.close();
    b.close();
  });

  it("passes fds to a python3 process, which reads the file through the fd it got", async () => {
    const [mine, theirs] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
    const peer = python(
      `import os, socket\ns = socket.socket(fileno=3)\nmsg, fds, flags, addr = socket.recv_fds(s, 100, 4)\n` +
        `print(msg.decode(), len(fds), *[os.pread(fd, 100, 0).decode() for fd in fds])`,
      [],
      { stdio: ["ignore", "pipe", "pipe", theirs.fileno()] },
    );
    theirs.close();
    const one = openSync(fileWith("first file"), "r");
    const two = openSync(fileWith("second file"), "r");
    expect(S.sendFds(mine, ["fds:"], [one, two])).toBe(4);
    closeSync(one);
    closeSync(two);
    expect(await peer.firstLine).toBe("fds: 2 first file second file");
    mine.close();
  });

  it("receives an fd from a python3 process: a new close-on-exec fd on the same file", async () => {
    const [mine, theirs] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
    const path = fileWith("sent by python");
    const peer = python(
      `import os, socket, sys\ns = socket.socket(fileno=3)\nfd = os.open(sys.argv[1], os.O_RDONLY)\n` +
        `socket.send_fds(s, [b"here"], [fd])\nprint("sent")`,
      [path],
      { stdio: ["ignore", "pipe", "pipe", theirs.fileno()] },
    );
    theirs.close();
    expect(await peer.firstLine).toBe("sent");
    const [data, fds, flags] = S.recvFds(mine, 100, 2);
    expect([data.toString(), fds.length, flags]).toEqual(["here", 1, 0]);
    expect(readFd(fds[0])).toBe("sent by python");
    expect(libc!.fcntl(fds[0], S.F_GETFD!) & S.FD_CLOEXEC!).toBe(S.FD_CLOEXEC);
    closeSync(fds[0]);
    mine.close();
  });

  itWhere(!emulator, `${emulator} drops a truncated SCM_RIGHTS item instead of passing what fits`)(
    "too little ancillary room: MSG_CTRUNC, and only the fds that fit arrive",
    () => {
      const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
      const files = ["t1", "t2", "t3"].map((t) => openSync(fileWith(t), "r"));
      a.sendmsg(["x"], [[S.SOL_SOCKET, S.SCM_RIGHTS!, Buffer.from(Int32Array.from(files).buffer)]]);
      const [, anc, flags] = b.recvmsg(10, S.cmsgLen(4));
      expect(flags & S.MSG_CTRUNC!).toBe(S.MSG_CTRUNC);
      expect(anc).toHaveLength(1);
      const [level, type, data] = anc[0];
      expect([level, type, data.length]).toEqual([S.SOL_SOCKET, S.SCM_RIGHTS, 4]);
      const got = data.readInt32LE(0);
      expect(readFd(got)).toBe("t1");
      closeSync(got);
      files.forEach((fd) => closeSync(fd));
      a.close();
      b.close();
    },
  );

  it("SCM_CREDENTIALS with SO_PASSCRED: the kernel vouches for the sender's pid, uid and gid", () => {
    const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
    b.setsockopt(S.SOL_SOCKET, S.SO_PASSCRED!, 1);
    a.send("who");
    const U = layouts.ucred;
    const [, anc] = b.recvmsg(10, S.cmsgSpace(U.size));
    expect(anc.map(([l, t]) => [l, t])).toEqual([[S.SOL_SOCKET, S.SCM_CREDENTIALS]]);
    const cred = anc[0][2];
    expect(cred.readInt32LE(U.fields.pid.offset)).toBe(process.pid);
    expect(cred.readUInt32LE(U.fields.uid.offset)).toBe(process.getuid!());
    expect(cred.readUInt32LE(U.fields.gid.offset)).toBe(process.getgid!());
    a.close();
    b.close();
  });

  it("IP_PKTINFO: a UDP server on 0.0.0.0 learns each datagram's destination and replies from it", () => {
    // All of 127.0.0.0/8 is this host's: three addresses without any set-up. A client that connect()ed
    // to 127.0.0.x accepts replies from 127.0.0.x only.
    using srv = S.socket(S.AF_INET, S.SOCK_DGRAM);
    srv.bind(["0.0.0.0", 0]);
    srv.setsockopt(S.IPPROTO_IP, S.IP_PKTINFO, 1);
    srv.settimeout(5);
    const port = (srv.getsockname() as [string, number])[1];
    const P = layouts.in_pktinfo;
    for (const dest of ["127.0.0.2", "127.0.0.3"]) {
      using c = S.socket(S.AF_INET, S.SOCK_DGRAM);
      c.connect([dest, port]);
      c.settimeout(5);
      c.send(`to ${dest}`);
      const [data, anc, , from] = srv.recvmsg(100, S.cmsgSpace(P.size));
      expect(data.toString()).toBe(`to ${dest}`);
      const info = anc.find(([l, t]) => l === S.IPPROTO_IP && t === S.IP_PKTINFO)![2];
      const at = P.fields.ipi_addr.offset;
      expect(S.inet_ntoa(info.subarray(at, at + 4))).toBe(dest);
      // Reply with the destination as the source address (ipi_spec_dst), interface chosen by routing.
      const reply = Buffer.alloc(P.size);
      info.copy(reply, P.fields.ipi_spec_dst.offset, at, at + 4);
      srv.sendmsg([`from ${dest}`], [[S.IPPROTO_IP, S.IP_PKTINFO, reply]], 0, from!);
      const [back, source] = c.recvfrom(100);
      expect([back.toString(), (source as [string, number])[0]]).toEqual([`from ${dest}`, dest]);
    }
  });

  it("IPV6_RECVPKTINFO: the destination address and interface of a datagram to ::1", () => {
    using srv = S.socket(S.AF_INET6, S.SOCK_DGRAM);
    srv.bind(["::", 0]);
    srv.setsockopt(S.IPPROTO_IPV6, S.IPV6_RECVPKTINFO!, 1);
    using c = S.socket(S.AF_INET6, S.SOCK_DGRAM);
    c.sendto("six", ["::1", srv.getsockname()[1]]);
    const P = layouts.in6_pktinfo;
    const [, anc] = srv.recvmsg(10, S.cmsgSpace(P.size));
    const info = anc.find(([l, t]) => l === S.IPPROTO_IPV6 && t === S.IPV6_PKTINFO)![2];
    const at = P.fields.ipi6_addr.offset;
    expect(S.inet_ntop(S.AF_INET6, info.subarray(at, at + 16))).toBe("::1");
    expect(info.readUInt32LE(P.fields.ipi6_ifindex.offset)).toBe(libc!.if_nametoindex("lo"));
  });

  it("async: recvmsgAsync waits on the event loop; sendFdsAsync/recvFdsAsync pass fds", async () => {
    const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_STREAM);
    const pending = b.recvmsgAsync(100, S.cmsgSpace(4));
    await new Promise((r) => setTimeout(r, 20));
    const fd = openSync(fileWith("async file"), "r");
    await S.sendFdsAsync(a, ["async"], [fd]);
    closeSync(fd);
    const [data, anc] = await pending;
    expect(data.toString()).toBe("async");
    const got = anc[0][2].readInt32LE(0);
    expect(readFd(got)).toBe("async file");
    closeSync(got);
    const next = S.recvFdsAsync(b, 10, 1);
    await a.sendmsgAsync(["plain"]);
    expect(await next).toEqual([Buffer.from("plain"), [], 0, null]);
    const x = Buffer.alloc(3);
    const into = b.recvmsgIntoAsync([x, Buffer.alloc(3)]);
    a.send("abc");
    expect((await into)[0]).toBe(3);
    expect(x.toString()).toBe("abc");
    a.close();
    b.close();
  });

  it("bad arguments are TypeError/RangeError before any system call", () => {
    const [a, b] = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM);
    expect(() => a.sendmsg(42 as never)).toThrow(TypeError);
    expect(() => a.sendmsg([42 as never])).toThrow(TypeError);
    expect(() => a.sendmsg(["x"], [[S.SOL_SOCKET, S.SCM_RIGHTS]] as never)).toThrow(TypeError);
    expect(() => a.sendmsg(["x"], [[S.SOL_SOCKET, S.SCM_RIGHTS!, "fd" as never]])).toThrow(TypeError);
    expect(() => b.recvmsg(10, -1)).toThrow(RangeError);
    expect(() => b.recvmsgInto(["no" as never])).toThrow(TypeError);
    expect(() => S.sendFds(a, ["x"], [-3])).toThrow(RangeError);
    expect(() => S.recvFds(b, 10, -1)).toThrow(RangeError);
    a.close();
    b.close();
    expect(() => a.sendmsg(["x"])).toThrow(expect.objectContaining({ code: "EBADF" }));
  });
});

describeWhere(onWindows, "checks the refusal on Windows")("messages on Windows", () => {
  it("sendmsg and recvmsg say they are POSIX-only, naming the target", () => {
    using s = S.socket(S.AF_INET, S.SOCK_DGRAM);
    expect(() => s.sendmsg(["x"])).toThrow(new RegExp(`sendmsg\\(\\) is POSIX-only.*${hostTarget}`));
    expect(() => s.recvmsg(1)).toThrow(/POSIX-only/);
    expect(() => S.cmsgLen(1)).toThrow(/POSIX-only/);
  });
});
