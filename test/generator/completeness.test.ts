// Completeness, like Rust libc's name lists: every macro and enumerator of the parsed headers that a
// manifest family claims is either emitted in generated/ or listed in its exclusions, and nothing else is.
import { readFileSync } from "node:fs";
import { exportedConstants } from "../../generator/read-back.js";
import { describe, expect, it } from "vitest";
import { dumpTranslationUnit } from "../../generator/ast.js";
import { includeLines, runClang } from "../../generator/clang.js";
import { listCandidates, separateCandidates } from "../../generator/constants.js";
import { separateTarget } from "../../generator/model.js";
import { groupOf } from "../../generator/constant-groups.js";
import { TARGETS, targetInfo } from "../helpers/target.js";

function emittedNames(generatedDir: string): Set<string> {
  const names = new Set(exportedConstants(readFileSync(`${generatedDir}constants.ts`, "utf8")).keys());
  names.delete("families");
  names.delete("constantTypes");
  return names;
}

type Exclusions = (typeof import("../../generated/linux-x64/exclusions.js"))["exclusions"];
const exclusionsOf = new Map<string, Exclusions>(
  await Promise.all(
    TARGETS.map(
      async (t) => [t, (await import(`${targetInfo(t).generatedDir}exclusions.ts`)).exclusions] as const,
    ),
  ),
);

describe.each(TARGETS)("completeness of %s", (target) => {
  const { clang, generatedDir, manifest } = targetInfo(target);
  const exclusions = exclusionsOf.get(target)!;
  const tu = dumpTranslationUnit(clang);
  // With the names of the headers parsed on their own (manifest separateHeaders) that the main lacks.
  const main = listCandidates(clang, tu, manifest.constants);
  const separate = separateTarget(clang, manifest);
  const candidates = separate
    ? [...main, ...separateCandidates(separate, dumpTranslationUnit(separate), manifest.constants, main)]
    : main;
  const emitted = emittedNames(generatedDir);
  const excluded = new Set(exclusions.map((e) => e.name));

  it("every claimed name is emitted or excluded with a reason", () => {
    const lost = candidates.filter((c) => !emitted.has(c.name) && !excluded.has(c.name)).map((c) => c.name);
    expect(lost).toEqual([]);
    for (const e of exclusions) expect(e.reason.length).toBeGreaterThan(5);
  });

  it("nothing is emitted or excluded that the headers do not define", () => {
    const all = new Set(candidates.map((c) => c.name));
    expect([...emitted].filter((n) => !all.has(n))).toEqual([]);
    expect([...excluded].filter((n) => !all.has(n))).toEqual([]);
    expect([...emitted].filter((n) => excluded.has(n))).toEqual([]);
  });

  it("the listing misses no macro clang -dM reports for a prefix family", () => {
    // An independent listing: -dM prints the final macro table without file markers.
    const prefixFamilies = manifest.constants.filter((f) => f.prefix || f.names);
    const listed = new Set(candidates.map((c) => c.cname ?? c.name));
    const missed: string[] = [];
    const lines = [clang, ...(separate ? [separate] : [])].flatMap((unit) => {
      const r = runClang(unit, includeLines(unit.headers), ["-E", "-dM"]);
      expect(r.status).toBe(0);
      return r.stdout.split("\n");
    });
    for (const line of lines) {
      const m = /^#define ([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
      if (m && groupOf(prefixFamilies, m[1], undefined) && !listed.has(m[1]) && !m[1].startsWith("__"))
        missed.push(m[1]);
    }
    expect(missed).toEqual([]);
  });

  it("covers the families the specification names, enums included", () => {
    const common = [
      "AF_INET",
      "AF_INET6",
      "AF_UNIX",
      "SOCK_STREAM",
      "SOCK_SEQPACKET",
      "SO_REUSEADDR",
      "SOMAXCONN",
      "MSG_PEEK",
      "SOL_SOCKET",
      "IPPROTO_TCP",
      "IPPORT_RESERVED",
      "INADDR_ANY",
      "IP_TTL",
      "IPV6_V6ONLY",
      "EAI_NONAME",
      "AI_PASSIVE",
      "NI_NUMERICHOST",
      "TCP_NODELAY",
      "POLLIN",
      "FIONBIO",
    ];
    const perOs = target.startsWith("win32-")
      ? [
          "SIO_RCVALL",
          "RCVALL_ON",
          "RCVALL_OFF",
          "SIO_KEEPALIVE_VALS",
          "SIO_LOOPBACK_FAST_PATH",
          "WSAEWOULDBLOCK",
          "WSAECONNREFUSED",
          "INVALID_SOCKET",
          "SOCKET_ERROR",
          "SD_BOTH",
        ]
      : target.startsWith("darwin-")
        ? [
            // The BSD names the darwin seam relies on (runtime/platform/posix/bsd.ts).
            "AF_LINK",
            "SO_NOSIGPIPE",
            "LOCAL_PEERCRED",
            "SHUT_RDWR",
            "SCM_RIGHTS",
            "EAGAIN",
            "O_NONBLOCK",
            "F_DUPFD_CLOEXEC",
            "FD_CLOEXEC",
          ]
        : [
            "AF_NETLINK",
            "AF_TIPC",
            "TIPC_ADDR_NAME",
            "TIPC_ZONE_SCOPE",
            "SHUT_RDWR",
            "SCM_RIGHTS",
            "EAGAIN",
            "EWOULDBLOCK",
            "O_NONBLOCK",
            "SIOCGIFINDEX",
          ];
    for (const n of [...common, ...perOs]) expect(emitted.has(n), n).toBe(true);
    // glibc declares IPPROTO_*, SOCK_* and MSG_* as enumerators: the listing must see enums too.
    if (target.startsWith("linux-")) {
      expect(candidates.find((c) => c.name === "IPPROTO_TCP")?.source).toBe("enum");
      expect(candidates.find((c) => c.name === "MSG_PEEK")?.source).toBe("enum");
    }
  });
});
