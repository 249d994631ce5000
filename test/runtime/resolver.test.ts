// The resolver functions against python3's own socket module on this machine: the same calls must
// give the same results and the same errors. Only loopback names, numeric hosts and AI_NUMERICHOST
// are used, so no query leaves the machine (the one lookup that would reach DNS runs in a child
// process whose resolver is configured to send nothing).
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { GaiError, SocketError } from "../../runtime/errors.js";
import { constants as C } from "../../runtime/platform/bindings.js";
import { scratchLimits } from "../../runtime/platform/posix/netdb.js";
import {
  comparePythonCases,
  expectSame,
  outcome,
  python,
  type Outcome,
  type PythonCase,
} from "../helpers/python-eval.js";
import { describeWhere, errnoOf, onLinux, onWindows } from "../helpers/platform.js";
import {
  getaddrinfo,
  getfqdn,
  gethostbyaddr,
  gethostbyname,
  gethostbynameEx,
  gethostname,
  getnameinfo,
  getprotobyname,
  getservbyname,
  getservbyport,
} from "../../runtime/resolver.js";

const root = new URL("../../", import.meta.url).pathname;

const CASES: Record<string, PythonCase> = {
  // getaddrinfo: results
  "getaddrinfo localhost 80": {
    py: "socket.getaddrinfo('localhost', 80)",
    js: () => getaddrinfo("localhost", 80),
  },
  "getaddrinfo None 80 AI_PASSIVE": {
    py: "socket.getaddrinfo(None, 80, 0, 0, 0, socket.AI_PASSIVE)",
    js: () => getaddrinfo(null, 80, 0, 0, 0, C.AI_PASSIVE),
  },
  "getaddrinfo 127.0.0.1 http": {
    py: "socket.getaddrinfo('127.0.0.1', 'http')",
    js: () => getaddrinfo("127.0.0.1", "http"),
  },
  "getaddrinfo ::1 0 AF_INET6": {
    py: "socket.getaddrinfo('::1', 0, socket.AF_INET6)",
    js: () => getaddrinfo("::1", 0, C.AF_INET6),
  },
  "getaddrinfo stream tcp": {
    py: "socket.getaddrinfo('127.0.0.1', 8080, socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)",
    js: () => getaddrinfo("127.0.0.1", 8080, C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP),
  },
  "getaddrinfo AI_CANONNAME": {
    py: "socket.getaddrinfo('localhost', 7, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_CANONNAME)",
    js: () => getaddrinfo("localhost", 7, C.AF_INET, C.SOCK_DGRAM, 0, C.AI_CANONNAME),
  },
  "getaddrinfo numeric service string": {
    py: "socket.getaddrinfo('::', '65535', 0, socket.SOCK_DGRAM, 0, socket.AI_NUMERICSERV)",
    js: () => getaddrinfo("::", "65535", 0, C.SOCK_DGRAM, 0, C.AI_NUMERICSERV),
  },
  "getaddrinfo port None": {
    py: "socket.getaddrinfo('127.0.0.1', None)",
    js: () => getaddrinfo("127.0.0.1", null),
  },
  // A trailing dot passes the IDNA check; AI_NUMERICHOST keeps "localhost." (not in /etc/hosts) off DNS.
  "getaddrinfo trailing dot": {
    py: "socket.getaddrinfo('localhost.', 1, 0, 0, 0, socket.AI_NUMERICHOST)",
    js: () => getaddrinfo("localhost.", 1, 0, 0, 0, C.AI_NUMERICHOST),
  },
  // getaddrinfo: errors
  "getaddrinfo unknown name with AI_NUMERICHOST": {
    py: "socket.getaddrinfo('no-such-host.invalid', 80, 0, 0, 0, socket.AI_NUMERICHOST)",
    js: () => getaddrinfo("no-such-host.invalid", 80, 0, 0, 0, C.AI_NUMERICHOST),
  },
  "getaddrinfo bad family": {
    py: "socket.getaddrinfo('127.0.0.1', 80, 99)",
    js: () => getaddrinfo("127.0.0.1", 80, 99),
  },
  "getaddrinfo unknown service": {
    py: "socket.getaddrinfo('127.0.0.1', 'no-such-service')",
    js: () => getaddrinfo("127.0.0.1", "no-such-service"),
  },
  "getaddrinfo None None": { py: "socket.getaddrinfo(None, None)", js: () => getaddrinfo(null, null) },
  "getaddrinfo empty label": { py: "socket.getaddrinfo('a..b', 80)", js: () => getaddrinfo("a..b", 80) },
  "getaddrinfo label too long": {
    py: "socket.getaddrinfo('a' * 64 + '.example', 80)",
    js: () => getaddrinfo("a".repeat(64) + ".example", 80),
  },
  "getaddrinfo family overflow": {
    py: "socket.getaddrinfo('127.0.0.1', 80, 2**40)",
    js: () => getaddrinfo("127.0.0.1", 80, 2 ** 40),
  },
  "getaddrinfo host not a string": {
    py: "socket.getaddrinfo(5, 80)",
    js: () => getaddrinfo(5 as unknown as string, 80),
  },
  "getaddrinfo family not an int": {
    py: "socket.getaddrinfo('127.0.0.1', 80, 'x')",
    js: () => getaddrinfo("127.0.0.1", 80, "x" as unknown as number),
  },

  // getnameinfo
  "getnameinfo numeric": {
    py: "socket.getnameinfo(('127.0.0.1', 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)",
    js: () => getnameinfo(["127.0.0.1", 22], C.NI_NUMERICHOST | C.NI_NUMERICSERV),
  },
  "getnameinfo names": {
    py: "socket.getnameinfo(('127.0.0.1', 22), 0)",
    js: () => getnameinfo(["127.0.0.1", 22], 0),
  },
  "getnameinfo IPv6 2-tuple": {
    py: "socket.getnameinfo(('::1', 53), socket.NI_NUMERICHOST | socket.NI_DGRAM)",
    js: () => getnameinfo(["::1", 53], C.NI_NUMERICHOST | C.NI_DGRAM),
  },
  "getnameinfo IPv6 with scope id": {
    py: "socket.getnameinfo(('::1', 22, 0, 1), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)",
    js: () => getnameinfo(["::1", 22, 0, 1], C.NI_NUMERICHOST | C.NI_NUMERICSERV),
  },
  "getnameinfo IPv6 with flowinfo": {
    py: "socket.getnameinfo(('::1', 22, 0xfffff), socket.NI_NUMERICHOST)",
    js: () => getnameinfo(["::1", 22, 0xfffff], C.NI_NUMERICHOST),
  },
  "getnameinfo IPv4 4-tuple": {
    py: "socket.getnameinfo(('127.0.0.1', 22, 0, 0), 0)",
    js: () => getnameinfo(["127.0.0.1", 22, 0, 0], 0),
  },
  "getnameinfo hostname refused": {
    py: "socket.getnameinfo(('localhost', 22), 0)",
    js: () => getnameinfo(["localhost", 22], 0),
  },
  "getnameinfo flowinfo too big": {
    py: "socket.getnameinfo(('::1', 22, 0x100000), 0)",
    js: () => getnameinfo(["::1", 22, 0x100000], 0),
  },
  "getnameinfo port not an int": {
    py: "socket.getnameinfo(('127.0.0.1', '22'), 0)",
    js: () => getnameinfo(["127.0.0.1", "22" as unknown as number], 0),
  },
  "getnameinfo host not a string": {
    py: "socket.getnameinfo((127, 22), 0)",
    js: () => getnameinfo([127 as unknown as string, 22], 0),
  },

  // host names
  gethostname: { py: "socket.gethostname()", js: () => gethostname() },
  "gethostbyname localhost": {
    py: "socket.gethostbyname('localhost')",
    js: () => gethostbyname("localhost"),
  },
  "gethostbyname numeric": { py: "socket.gethostbyname('10.1.2.3')", js: () => gethostbyname("10.1.2.3") },
  "gethostbyname empty": { py: "socket.gethostbyname('')", js: () => gethostbyname("") },
  "gethostbyname <broadcast>": {
    py: "socket.gethostbyname('<broadcast>')",
    js: () => gethostbyname("<broadcast>"),
  },
  "gethostbyname not a string": { py: "socket.gethostbyname(None)", js: () => gethostbyname(null as never) },
  "gethostbyname_ex localhost": {
    py: "socket.gethostbyname_ex('localhost')",
    js: () => gethostbynameEx("localhost"),
  },
  "gethostbyname_ex numeric": {
    py: "socket.gethostbyname_ex('127.0.0.1')",
    js: () => gethostbynameEx("127.0.0.1"),
  },
  "gethostbyaddr 127.0.0.1": {
    py: "socket.gethostbyaddr('127.0.0.1')",
    js: () => gethostbyaddr("127.0.0.1"),
  },
  "gethostbyaddr localhost": {
    py: "socket.gethostbyaddr('localhost')",
    js: () => gethostbyaddr("localhost"),
  },
  "gethostbyaddr wildcard": { py: "socket.gethostbyaddr('')", js: () => gethostbyaddr("") },
  "getfqdn()": { py: "socket.getfqdn()", js: () => getfqdn() },
  "getfqdn 127.0.0.1": { py: "socket.getfqdn('127.0.0.1')", js: () => getfqdn("127.0.0.1") },
  "getfqdn padded localhost": {
    py: "socket.getfqdn('  localhost \\n')",
    js: () => getfqdn("  localhost \n"),
  },
  "getfqdn 0.0.0.0": { py: "socket.getfqdn('0.0.0.0')", js: () => getfqdn("0.0.0.0") },

  // services and protocols
  "getservbyname http tcp": {
    py: "socket.getservbyname('http', 'tcp')",
    js: () => getservbyname("http", "tcp"),
  },
  "getservbyname domain": { py: "socket.getservbyname('domain')", js: () => getservbyname("domain") },
  "getservbyname ssh udp": {
    py: "socket.getservbyname('ssh', 'udp')",
    js: () => getservbyname("ssh", "udp"),
  },
  "getservbyname alias": { py: "socket.getservbyname('www', 'tcp')", js: () => getservbyname("www", "tcp") },
  "getservbyname unknown": {
    py: "socket.getservbyname('no-such-service')",
    js: () => getservbyname("no-such-service"),
  },
  "getservbyname unknown proto": {
    py: "socket.getservbyname('http', 'nope')",
    js: () => getservbyname("http", "nope"),
  },
  "getservbyname not a string": { py: "socket.getservbyname(80)", js: () => getservbyname(80 as never) },
  "getservbyname NUL": { py: "socket.getservbyname('ht\\x00tp')", js: () => getservbyname("ht\0tp") },
  "getservbyport 53 udp": { py: "socket.getservbyport(53, 'udp')", js: () => getservbyport(53, "udp") },
  "getservbyport 80": { py: "socket.getservbyport(80)", js: () => getservbyport(80) },
  "getservbyport 443 tcp": { py: "socket.getservbyport(443, 'tcp')", js: () => getservbyport(443, "tcp") },
  "getservbyport unknown": { py: "socket.getservbyport(0)", js: () => getservbyport(0) },
  "getservbyport too big": { py: "socket.getservbyport(65536)", js: () => getservbyport(65536) },
  "getservbyport negative": { py: "socket.getservbyport(-1)", js: () => getservbyport(-1) },
  "getservbyport not an int": { py: "socket.getservbyport('53')", js: () => getservbyport("53" as never) },
  "getprotobyname icmp": { py: "socket.getprotobyname('icmp')", js: () => getprotobyname("icmp") },
  "getprotobyname tcp": { py: "socket.getprotobyname('tcp')", js: () => getprotobyname("tcp") },
  "getprotobyname udp": { py: "socket.getprotobyname('udp')", js: () => getprotobyname("udp") },
  "getprotobyname ipv6-icmp": {
    py: "socket.getprotobyname('ipv6-icmp')",
    js: () => getprotobyname("ipv6-icmp"),
  },
  "getprotobyname unknown": {
    py: "socket.getprotobyname('no-such-proto')",
    js: () => getprotobyname("no-such-proto"),
  },
  "getprotobyname not a string": {
    py: "socket.getprotobyname(None)",
    js: () => getprotobyname(null as never),
  },
};

// Wine's getaddrinfo (as Windows') answers socket type and protocol 0 where the hints leave them 0, one
// entry per address; glibc's one per socket type. What the name resolves to is compared there: the
// distinct (family, canonical name, address) triples.
const addresses = (entries: unknown) =>
  [
    ...new Set(
      (entries as unknown[][]).map(([family, , , canon, sa]) => JSON.stringify([family, canon, sa])),
    ),
  ].sort();
for (const [name, c] of Object.entries(CASES)) if (name.startsWith("getaddrinfo")) c.onWindows = addresses;
// Wine 8's own services file has these, but its lookups miss them (a Wine limitation; CPython there
// calls the same functions).
CASES["getservbyname alias"]!.where = {
  applies: !onWindows,
  reason: "Wine 8's getservbyname finds no alias",
};
CASES["getservbyport 443 tcp"]!.where = {
  applies: !onWindows,
  reason: "Wine 8's getservbyport misses ports whose network-order value is above 0x7fff",
};

comparePythonCases(CASES);

describe("results have the shapes the specification gives", () => {
  it("getaddrinfo: 5-element entries, IPv4 pairs and IPv6 4-tuples", () => {
    const all = getaddrinfo(null, 80, 0, C.SOCK_STREAM, 0, C.AI_PASSIVE);
    expect(all.length).toBeGreaterThan(0);
    for (const [family, type, proto, canon, sa] of all) {
      expect(type).toBe(C.SOCK_STREAM);
      // Winsock (Wine 8's at least) leaves the protocol 0 when the hints give none.
      if (onWindows) expect([0, C.IPPROTO_TCP]).toContain(proto);
      else expect(proto).toBe(C.IPPROTO_TCP);
      expect(canon).toBe("");
      if (family === C.AF_INET) expect(sa).toEqual(["0.0.0.0", 80]);
      else expect(sa).toEqual(["::", 80, 0, 0]);
    }
  });

  it("errors carry the codes Node users expect", () => {
    const e = outcome(() => getaddrinfo("no-such-host.invalid", 80, 0, 0, 0, C.AI_NUMERICHOST));
    expect(e).toMatchObject({ error: "GaiError", errno: C.EAI_NONAME, code: "EAI_NONAME" });
    expect(() => getaddrinfo("no-such-host.invalid", 80, 0, 0, 0, C.AI_NUMERICHOST)).toThrow(GaiError);
    expect(() => getservbyname("no-such-service")).toThrow(SocketError);
    // Winsock says WSANO_DATA for a name its protocol database lacks; glibc's _r call ENOENT.
    expect(outcome(() => getprotobyname("nope"))).toMatchObject(
      onWindows ? { errno: errnoOf("NO_DATA") } : { errno: C.ENOENT, code: "ENOENT" },
    );
  });
});

describe("where we are stricter than python3 (which passes these on to C)", () => {
  it("getaddrinfo: a numeric port must be 0-65535 (Python wraps 70000 to 4464)", () => {
    const wrapped = python({
      p: "socket.getaddrinfo('127.0.0.1', 70000, socket.AF_INET, socket.SOCK_STREAM)",
    }).p;
    expect(wrapped).toEqual({ ok: [[C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP, "", ["127.0.0.1", 4464]]] });
    expect(() => getaddrinfo("127.0.0.1", 70000)).toThrow(RangeError);
    expect(() => getaddrinfo("127.0.0.1", -1)).toThrow(RangeError);
    expect(getaddrinfo("127.0.0.1", 65535, C.AF_INET, C.SOCK_STREAM)[0][4]).toEqual(["127.0.0.1", 65535]);
  });

  it("getaddrinfo: a port of another type is a TypeError (Python: OSError 'Int or String expected')", () => {
    expect(() => getaddrinfo("127.0.0.1", 1.5)).toThrow(TypeError);
    expect(() => getaddrinfo("127.0.0.1", {} as never)).toThrow(TypeError);
    expect(() => getaddrinfo("127.0.0.1", 80, 0, 1.5)).toThrow(TypeError);
  });

  // Python raises ValueError for most of these, TypeError for the gethostby* family, and passes
  // getaddrinfo's host to C cut at the NUL.
  it("NUL inside a name is a RangeError, never a silently shortened name", () => {
    expect(() => gethostbyname("local\0host")).toThrow(RangeError);
    expect(() => gethostbyaddr("127.0.0.1\0")).toThrow(RangeError);
    expect(() => getaddrinfo("local\0host", 80)).toThrow(RangeError);
    expect(() => getaddrinfo("localhost", "ht\0tp")).toThrow(RangeError);
    expect(() => getnameinfo(["127.0.0.1\0", 22], 0)).toThrow(RangeError);
    expect(() => gethostbynameEx("localhost\0")).toThrow(RangeError);
    expect(() => getservbyport(80, "tcp\0")).toThrow(RangeError);
    expect(() => getprotobyname("icmp\0")).toThrow(RangeError);
    expect(() => getfqdn("local\0host")).toThrow(RangeError);
  });

  it("getnameinfo: port range and sockaddr shape are checked before any lookup", () => {
    expect(() => getnameinfo(["127.0.0.1", 70000], 0)).toThrow(RangeError);
    expect(() => getnameinfo(["127.0.0.1"] as never, 0)).toThrow(TypeError);
    expect(() => getnameinfo(["::1", 1, 0, 0, 0] as never, 0)).toThrow(TypeError);
    expect(() => getnameinfo("127.0.0.1" as never, 0)).toThrow(TypeError);
    expect(() => getnameinfo(["::1", 1, 0, -1], 0)).toThrow(RangeError);
    expect(() => getnameinfo(["127.0.0.1", 22], 1.5)).toThrow(TypeError);
  });

  it("other argument types", () => {
    expect(() => getfqdn(5 as never)).toThrow(TypeError);
    expect(() => getservbyname("http", 6 as never)).toThrow(TypeError);
    expect(() => getservbyport(1.5)).toThrow(TypeError);
    expect(() => gethostbyaddr(undefined as never)).toThrow(TypeError);
  });
});

describeWhere(onLinux, "glibc's reentrant _r netdb calls (Winsock's have no scratch buffer)")(
  "reentrant netdb calls grow their scratch buffer on ERANGE",
  () => {
    function withLimits<T>(start: number, max: number, f: () => T): T {
      const saved = { ...scratchLimits };
      Object.assign(scratchLimits, { start, max });
      try {
        return f();
      } finally {
        Object.assign(scratchLimits, saved);
      }
    }
    const calls: [string, () => unknown][] = [
      ["gethostbyname_ex", () => gethostbynameEx("localhost")],
      ["gethostbyaddr", () => gethostbyaddr("127.0.0.1")],
      ["getservbyname", () => getservbyname("http", "tcp")],
      ["getservbyport", () => getservbyport(53, "udp")],
      ["getprotobyname", () => getprotobyname("icmp")],
    ];

    it.each(calls)("%s: same answer starting from 8 bytes", (_name, f) => {
      expect(withLimits(8, 1 << 20, f)).toEqual(f());
    });

    it.each(calls)("%s: SocketError ERANGE once the bound is reached", (_name, f) => {
      expect(withLimits(8, 16, () => outcome(f))).toMatchObject({ error: "SocketError", errno: C.ERANGE });
    });
  },
);

describeWhere(onLinux, "RES_OPTIONS configures glibc's resolver")(
  "lookups that fail in the resolver (child process whose resolver sends no query)",
  () => {
    // RES_OPTIONS=attempts:0 makes glibc's DNS client give up before sending anything, so names that
    // are not in /etc/hosts fail at once, offline, and the same way for python3 and for us.
    const env = { ...process.env, RES_OPTIONS: "attempts:0" };
    const exprs = {
      v4: "socket.gethostbyaddr('192.0.2.1')",
      v6: "socket.gethostbyaddr('2001:db8::1')",
      fqdn: "socket.getfqdn('192.0.2.1')",
    };
    const ours = String.raw`
    const r = await import(${JSON.stringify(new URL("runtime/resolver.ts", `file://${root}`).href)});
    const run = (f) => { try { return { ok: f() }; } catch (e) {
      return { error: e.name, errno: e.errno ?? null, args: [e.strerror ?? e.message], code: e.code }; } };
    console.log(JSON.stringify({
      v4: run(() => r.gethostbyaddr("192.0.2.1")),
      v6: run(() => r.gethostbyaddr("2001:db8::1")),
      fqdn: run(() => r.getfqdn("192.0.2.1")),
    }));`;
    let pyOut: Record<string, Outcome>;
    let jsOut: Record<string, Outcome>;
    beforeAll(() => {
      pyOut = python(exprs, env);
      const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", ours], {
        cwd: root,
        encoding: "utf8",
        timeout: 30_000,
        env,
      });
      if (r.status !== 0) throw new Error(`node child failed (${r.status}): ${r.stderr}`);
      jsOut = JSON.parse(r.stdout) as Record<string, Outcome>;
    });

    it("gethostbyaddr of an IPv4 address with no name: HostError like python's herror", () => {
      expect(pyOut.v4).toMatchObject({ error: "herror" });
      expectSame(jsOut.v4, pyOut.v4);
      expect(jsOut.v4).toMatchObject({ error: "HostError", code: "TRY_AGAIN" });
    });

    it("gethostbyaddr of an IPv6 address with no name: HostError like python's herror", () => {
      expectSame(jsOut.v6, pyOut.v6);
    });

    it("getfqdn falls back to the name it was given", () => {
      expectSame(jsOut.fqdn, pyOut.fqdn);
      expect(jsOut.fqdn).toEqual({ ok: "192.0.2.1" });
    });
  },
);
