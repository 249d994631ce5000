// Values as the target computes them: exact integers (negative, above 2^31), recorded C types, and
// agreement with python3's socket and errno modules, compiled independently from the same libc.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as C from "../../generated/linux-x64/constants.js";
import { target } from "../../generated/linux-x64/target.js";

describe("constant values", () => {
  it("keeps exact integers and their C types", () => {
    expect(C.EAI_AGAIN).toBeLessThan(0);
    expect(C.INADDR_BROADCAST).toBe(0xffffffff);
    expect(C.constantTypes.INADDR_BROADCAST).toEqual(["in_addr_t", "u32"]);
    expect(C.constantTypes.EAI_AGAIN).toEqual(["int", "i32"]);
    expect(C.constantTypes.SOCK_STREAM[1]).toBe("i32");
    expect(C.families.AF).toContain("AF_INET6");
  });

  it("records the provenance of the headers", () => {
    expect(target.provenance.glibc).toMatch(/^2\.\d+$/);
    expect(target.provenance["linux-uapi"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(target.clang).toMatch(/clang version/);
  });

  it("agrees with python3's socket and errno modules for every name both define", () => {
    const ours = Object.entries(C).filter(([, v]) => typeof v === "number" || typeof v === "bigint");
    const script = `
import json, socket, errno, sys
names = json.load(sys.stdin)
out = {}
for n in names:
    for mod in (socket, errno):
        v = getattr(mod, n, None)
        if isinstance(v, int):
            out[n] = int(v)
            break
print(json.dumps(out))
`;
    const r = spawnSync("python3", ["-c", script], {
      input: JSON.stringify(ours.map(([n]) => n)),
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const py: Record<string, number> = JSON.parse(r.stdout);
    const compared = Object.keys(py);
    expect(compared.length).toBeGreaterThan(300);
    const mismatches = ours
      .filter(([n, v]) => n in py && BigInt(py[n]) !== BigInt(v as number))
      .map(([n, v]) => `${n}: ours ${v}, python ${py[n]}`);
    expect(mismatches).toEqual([]);
  });
});
