// CPython's socket module on Linux, function for function: dup(), close(fd), inheritance, adopting an
// fd (family, type and protocol read from the kernel), create_server(), has_dualstack_ipv6(),
// create_connection(all_errors=True) and sethostname() — each compared with python3 doing the same.
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { comparePythonCases, python } from "../helpers/python-eval.js";
import {
  describeWhere,
  emulator,
  errnoOf,
  itWhere,
  LINUX_PEERS,
  onLinux,
  onWindows,
  peersReachable,
} from "../helpers/platform.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A TCP port on 127.0.0.1 that nothing listens on. */
function closedPort(): number {
  using s = S.socket(S.AF_INET, S.SOCK_STREAM);
  s.bind(["127.0.0.1", 0]);
  return s.getsockname()[1];
}

comparePythonCases({
  "s.dup(): same family/type/proto, a new fd, not inheritable": {
    py: "(lambda s: (lambda d: [d.family, d.type, d.proto, d.fileno() != s.fileno(), d.get_inheritable(), d.gettimeout()])(s.dup()))(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM))",
    js: () => {
      using s = S.socket(S.AF_INET6, S.SOCK_DGRAM);
      using d = s.dup();
      return [d.family, d.type, d.proto, d.fileno() !== s.fileno(), d.getInheritable(), d.gettimeout()];
    },
  },
  "get_inheritable / set_inheritable": {
    py: "(lambda s: [s.get_inheritable(), s.set_inheritable(True), s.get_inheritable(), s.set_inheritable(False), s.get_inheritable()])(socket.socket())",
    js: () => {
      using s = S.socket();
      return [
        s.getInheritable(),
        s.setInheritable(true) ?? null,
        s.getInheritable(),
        s.setInheritable(false) ?? null,
        s.getInheritable(),
      ];
    },
  },
  "socket(fileno=fd) reads family, type and protocol from the kernel": {
    py: "(lambda s: (lambda t: [t.family, t.type, t.proto])(socket.socket(fileno=socket.dup(s.fileno()))))(socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP))",
    js: () => {
      using s = S.socket(S.AF_INET6, S.SOCK_DGRAM, S.IPPROTO_UDP);
      using t = new S.SocketType(undefined, undefined, undefined, S.dup(s.fileno()));
      return [t.family, t.type, t.proto];
    },
  },
  "socket(fileno=fd) of a file that is not a socket": {
    py: "socket.socket(fileno=__import__('os').open('/dev/null', 0))",
    js: () => new S.SocketType(undefined, undefined, undefined, openSync("/dev/null", "r")),
  },
  "socket.close(fd) of an fd that is not open": {
    py: "socket.close(987654)",
    js: () => S.close(987654),
    where: {
      applies: !onWindows,
      reason: "Winsock answers WSAENOTSOCK for a handle that is no socket (checked below), POSIX EBADF",
    },
  },
  "socket.dup(fd) of an fd that is not open": {
    py: "socket.dup(987654)",
    js: () => S.dup(987654),
    where: {
      applies: !onWindows,
      reason: "Winsock answers WSAENOTSOCK for a handle that is no socket (checked below), POSIX EBADF",
    },
  },
  "has_dualstack_ipv6()": {
    py: "socket.has_dualstack_ipv6()",
    js: () => S.hasDualstackIPv6(),
  },
  "create_server: listening, SO_REUSEADDR on": {
    py: "(lambda s: [s.family, s.type, s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0])(socket.create_server(('127.0.0.1', 0)))",
    js: () => {
      using s = S.createServer(["127.0.0.1", 0]);
      return [
        s.family,
        s.type,
        s.getsockopt(S.SOL_SOCKET, S.SO_ACCEPTCONN),
        s.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR) !== 0,
      ];
    },
    // CPython's create_server sets SO_REUSEADDR only off Windows (python3 under Wine is the host's):
    // there family, type and listening are compared.
    onWindows: (v) => (v as unknown[]).slice(0, 3),
  },
  "create_server AF_INET6: V6ONLY on, off with dualstack": {
    py: "[socket.create_server(('::1', 0), family=socket.AF_INET6).getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY), socket.create_server(('::', 0), family=socket.AF_INET6, dualstack_ipv6=True).getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)]",
    js: () => {
      using a = S.createServer(["::1", 0], { family: S.AF_INET6 });
      using b = S.createServer(["::", 0], { family: S.AF_INET6, dualstackIPv6: true });
      return [a.getsockopt(S.IPPROTO_IPV6, S.IPV6_V6ONLY), b.getsockopt(S.IPPROTO_IPV6, S.IPV6_V6ONLY)];
    },
  },
  "create_server with dualstack on AF_INET is refused": {
    py: "socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True)",
    js: () => S.createServer(["127.0.0.1", 0], { dualstackIPv6: true }),
  },
  "setsockopt(level, opt, None, optlen) passes a NULL pointer (SO_RCVBUF refuses it: EFAULT)": {
    py: "socket.socket().setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, None, 4)",
    js: () => S.socket().setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, null, 4),
  },
  "an AF_UNIX path that is not UTF-8 round-trips as bytes": {
    py: "(lambda p: (lambda s: [s.bind(p), __import__('os').fsencode(s.getsockname()) == p][1])(socket.socket(socket.AF_UNIX)))(__import__('tempfile').mkdtemp().encode() + b'/\\xff\\xfe-sock')",
    js: () => {
      const p = Buffer.concat([
        Buffer.from(mkdtempSync(join(tmpdir(), "bsdsock-"))),
        Buffer.from([0x2f, 0xff, 0xfe]),
        Buffer.from("-sock"),
      ]);
      using s = S.socket(S.AF_UNIX);
      s.bind(p);
      const name = s.getsockname();
      return Buffer.isBuffer(name) && name.equals(p);
    },
    where: { applies: !onWindows, reason: "Wine 8 has no AF_UNIX sockets (WSAEAFNOSUPPORT)" },
  },
  "an AF_UNIX path string with a lone surrogate is refused": {
    py: "socket.socket(socket.AF_UNIX).bind('/tmp/\\ud800-bsdsock')",
    js: () => S.socket(S.AF_UNIX).bind("/tmp/\ud800-bsdsock"),
    where: { applies: !onWindows, reason: "Wine 8 has no AF_UNIX sockets (WSAEAFNOSUPPORT)" },
  },
});

describeWhere(peersReachable, LINUX_PEERS)("against python3, by hand", () => {
  it("create_server's bind error names the address, as CPython's message does", () => {
    using taken = S.createServer(["127.0.0.1", 0]);
    const port = taken.getsockname()[1];
    const py = python({ e: `socket.create_server(('127.0.0.1', ${port}))` }).e as {
      args: unknown[];
      errno: number;
      errname: string;
    };
    let ours: S.SocketError | undefined;
    try {
      S.createServer(["127.0.0.1", port]);
    } catch (e) {
      ours = e as S.SocketError;
    }
    expect(ours).toBeInstanceOf(S.SocketError);
    // CPython: "Address already in use (while attempting to bind on address ('127.0.0.1', N))".
    expect(String(py.args[1])).toMatch(/^Address already in use \(while attempting to bind on address/);
    const context = `(while attempting to bind on address [ '127.0.0.1', ${port} ])`;
    if (onWindows) {
      // python3 is the host's: the same error by name; the text before the address is Windows' own.
      expect(ours!.errno).toBe(errnoOf(py.errname));
      expect(ours!.strerror.endsWith(` ${context}`)).toBe(true);
    } else {
      expect(ours!.errno).toBe(py.errno);
      expect(ours!.strerror).toBe(`Address already in use ${context}`);
    }
  });

  it("create_connection(all_errors=True): every attempt's error, as Python's ExceptionGroup", async () => {
    const port = closedPort();
    const py = python({
      n: `socket.create_connection(('127.0.0.1', ${port}), all_errors=True)`,
    }).n as { error: string };
    expect(py.error).toBe("ExceptionGroup");
    const check = (e: unknown) => {
      expect(e).toBeInstanceOf(AggregateError);
      const errors = (e as AggregateError).errors as S.SocketError[];
      expect(errors.length).toBe(1);
      expect(errors[0]).toMatchObject({ code: "ECONNREFUSED", port });
    };
    try {
      S.createConnection(["127.0.0.1", port], undefined, undefined, { allErrors: true });
      expect.unreachable();
    } catch (e) {
      check(e);
    }
    await S.createConnectionAsync(["127.0.0.1", port], undefined, undefined, { allErrors: true }).then(
      () => expect.unreachable(),
      check,
    );
    // Without it: the last error itself, as before.
    expect(() => S.createConnection(["127.0.0.1", port])).toThrow(
      expect.objectContaining({ code: "ECONNREFUSED" }),
    );
  });

  itWhere(onLinux && !emulator, "a UTS namespace of its own (unshare, root)")(
    "sethostname() in a UTS namespace of its own: the same name back, as Python's",
    () => {
      const run = (cmd: string[]) =>
        spawnSync("unshare", ["--uts", ...cmd], { cwd: root, encoding: "utf8", timeout: 60_000 });
      const py = run([
        "python3",
        "-c",
        "import socket; socket.sethostname('bsdsock-py'); print(socket.gethostname())",
      ]);
      expect(py.stdout.trim()).toBe("bsdsock-py");
      const ours = run([
        process.execPath,
        "--import",
        "tsx",
        "-e",
        'import("./runtime/index.ts").then((S) => { S.sethostname("bsdsock-js"); console.log(S.gethostname()); })',
      ]);
      expect(ours.stdout.trim(), ours.stderr).toBe("bsdsock-js");
      // The machine's own name is untouched.
      expect(S.gethostname()).not.toMatch(/^bsdsock-/);
      expect(() => S.sethostname(42 as never)).toThrow(TypeError);
    },
  );
});

describe("dup and close on fds", () => {
  it("module dup(fd) gives a working duplicate; close(fd) closes it", () => {
    const [a, b] = S.socketpair();
    const fd = S.dup(a.fileno());
    using twin = new S.SocketType(undefined, undefined, undefined, fd);
    twin.send("via the duplicate");
    expect(b.recv(100).toString()).toBe("via the duplicate");
    const other = S.dup(b.fileno());
    S.close(other);
    // Winsock says WSAENOTSOCK for a handle that is no longer a socket.
    expect(() => S.close(other)).toThrow(expect.objectContaining({ code: onWindows ? "ENOTSOCK" : "EBADF" }));
    a.close();
    b.close();
  });
});

describeWhere(!onWindows, "python3's constants are Linux's (the host's python3 under Wine)")(
  "constants against python3",
  () => {
    // CPython defines these itself: no header this kernel ships has them (README: deviations).
    const notInHeaders = [
      "ALG_OP_SIGN",
      "ALG_OP_VERIFY",
      "ALG_SET_PUBKEY",
      "UDPLITE_SEND_CSCOV",
      "UDPLITE_RECV_CSCOV",
    ];

    it("every integer constant of python3's socket module is here, with the same value", () => {
      const py = python({
        c: "{k: int(v) for k, v in vars(socket).items() if k.isupper() and type(v) is not bool and isinstance(v, int)}",
      }).c as { ok: Record<string, number> };
      const theirs = Object.entries(py.ok);
      expect(theirs.length).toBeGreaterThan(300);
      const ours = S as unknown as Record<string, unknown>;
      const missing = theirs.filter(([k]) => ours[k] === undefined).map(([k]) => k);
      expect(missing.sort()).toEqual(notInHeaders.filter((k) => k in py.ok).sort());
      // python3 here is the host's 64-bit one. A 32-bit target built with 64-bit time_t (linux-arm) takes
      // the kernel's *_NEW time options (SO_RCVTIMEO is SO_RCVTIMEO_NEW, 64-bit timeval) where a 64-bit
      // one has the old numbers: there, the target's value must be its own _NEW and python3's its _OLD.
      const time64On32 = S.bindings.target.pointerSize === 4 && S.sizeof("timeval") === 16;
      const expected = (k: string, v: number): number =>
        time64On32 && ours[`${k}_OLD`] === v && ours[`${k}_NEW`] !== undefined ? Number(ours[`${k}_NEW`]) : v;
      const differ = theirs.filter(([k, v]) => ours[k] !== undefined && Number(ours[k]) !== expected(k, v));
      expect(differ).toEqual([]);
      if (time64On32) expect([ours.SO_RCVTIMEO, ours.SO_SNDTIMEO]).toEqual([66, 67]);
    });
  },
);
