// Interface names and indexes, against python3's socket module and iproute2's `ip link` on this host.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";
import { comparePythonCases, outcome } from "../helpers/python-eval.js";
import { itLinux, onLinux } from "../helpers/platform.js";
import { isTestLink, TEST_LINK_PATTERN } from "../helpers/netns.js";

// Other test files add and remove veth pairs while these run; their links are left out of listings.
const hostLinks = (list: [number, string][]) => list.filter(([, name]) => !isTestLink(name));

comparePythonCases(
  {
    "if_nameindex()": {
      py: `[x for x in socket.if_nameindex() if not __import__("re").match(${JSON.stringify(TEST_LINK_PATTERN)}, x[1])]`,
      js: () => hostLinks(S.if_nameindex()),
    },
    "if_nametoindex('lo')": { py: "socket.if_nametoindex('lo')", js: () => S.if_nametoindex("lo") },
    "if_indextoname(1)": { py: "socket.if_indextoname(1)", js: () => S.if_indextoname(1) },
    "if_indextoname(99999)": { py: "socket.if_indextoname(99999)", js: () => S.if_indextoname(99999) },
  },
  {
    applies: onLinux,
    reason: "interfaces are the system's own: python3 under Wine is the host's, with Linux's names",
  },
);

describe("interfaces", () => {
  itLinux("`ip link` lists the host's interfaces (under Wine too, not Windows' names)")(
    "if_nameindex lists what `ip link` shows",
    () => {
      const ip = spawnSync("ip", ["-o", "link", "show"], { encoding: "utf8" });
      expect(ip.status).toBe(0);
      const fromIp = ip.stdout
        .trim()
        .split("\n")
        .map((l) => /^(\d+): ([^:@]+)/.exec(l)!)
        .map((m): [number, string] => [Number(m[1]), m[2]!]);
      expect(hostLinks(S.if_nameindex())).toEqual(hostLinks(fromIp));
      for (const [index, name] of hostLinks(fromIp)) {
        expect(S.if_nametoindex(name)).toBe(index);
        expect(S.if_indextoname(index)).toBe(name);
      }
    },
  );

  it("unknown names and bad arguments", () => {
    expect(outcome(() => S.if_nametoindex("no-such-if0"))).toMatchObject({
      error: "SocketError",
      args: ["no interface with this name"],
    });
    expect(() => S.if_nametoindex(1 as never)).toThrow(TypeError);
    expect(() => S.if_indextoname(-1)).toThrow(RangeError);
    expect(() => S.if_indextoname("1" as never)).toThrow(TypeError);
  });
});

describe("interfaces on every target", () => {
  it("an interface's index and name map to each other; unknown ones are SocketErrors", () => {
    // Windows names interfaces differently; whatever index 1 is called, the name maps back to it.
    const name = S.if_indextoname(1);
    expect(name.length).toBeGreaterThan(0);
    expect(S.if_nametoindex(name)).toBe(1);
    expect(() => S.if_nametoindex("no-such-if0")).toThrow(S.SocketError);
  });

  it("if_nameindex lists every interface once, each index and name mapping to the other", () => {
    // Linux: if_nameindex(3). Windows: GetIfTable2, each row's LUID named by ConvertInterfaceLuidToNameW,
    // as CPython does there; if_nametoindex/if_indextoname are iphlpapi's own answers to check it by.
    const list = S.if_nameindex();
    expect(list).toContainEqual([1, S.if_indextoname(1)]);
    expect(new Set(list.map(([index]) => index)).size).toBe(list.length);
    for (const [index, name] of list) {
      expect(Number.isInteger(index) && index > 0, name).toBe(true);
      if (isTestLink(name)) continue; // it may be gone by now
      expect(S.if_nametoindex(name)).toBe(index);
      expect(S.if_indextoname(index)).toBe(name);
    }
  });
});
