// docs/extending.md's walk-through, run for real: a family from a spec given on the command line (AF_ALG,
// test/fixtures/families/alg.json) is generated into a scratch directory from this host's headers, and
// its generated spec becomes a working codec. Values are checked against python3's socket module.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codecFor, registerAddressCodec, socket, SOCK_SEQPACKET } from "../../runtime/index.js";
import { codecFromSpec } from "../../runtime/address/spec.js";
import type { AddressFamilySpec } from "../../generated/linux-x64/families.js";
import { outcome, python } from "../helpers/python-eval.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "bsdsock-extending-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("adding a family from a spec (docs/extending.md)", () => {
  let families: readonly AddressFamilySpec[];
  let layouts: Record<string, { size: number; fields: Record<string, { offset: number; size: number }> }>;
  beforeAll(async () => {
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "generator/cli.ts",
        "--target",
        "linux-x64",
        "--quiet",
        "--family",
        "test/fixtures/families/alg.json",
        "--include",
        "/usr/include/x86_64-linux-gnu",
        "--include",
        "/usr/include",
        "--out",
        out,
      ],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    ({ addressFamilies: families } = await import(join(out, "families.ts")));
    ({ layouts } = await import(join(out, "layouts.ts")));
  }, 150_000);

  it("generates the family's constants with the system's values", () => {
    const constants = readFileSync(join(out, "constants.ts"), "utf8");
    const value = (name: string) => Number(new RegExp(`export const ${name} = (\\d+);`).exec(constants)?.[1]);
    const py = python({ af: "socket.AF_ALG", key: "socket.ALG_SET_KEY", op: "socket.ALG_OP_ENCRYPT" });
    expect({
      af: { ok: value("AF_ALG") },
      key: { ok: value("ALG_SET_KEY") },
      op: { ok: value("ALG_OP_ENCRYPT") },
    }).toEqual(py);
  });

  it("lays out struct sockaddr_alg and resolves the tuple against it", () => {
    const L = layouts.sockaddr_alg;
    expect(L.size).toBe(88);
    const alg = families.find((f) => f.family === "AF_ALG")!;
    expect(alg.sockaddr).toBe("sockaddr_alg");
    expect(alg.members.map((m) => [m.name, m.as, m.offset, m.size])).toEqual([
      ["type", "string", L.fields.salg_type.offset, L.fields.salg_type.size],
      ["name", "string", L.fields.salg_name.offset, L.fields.salg_name.size],
      ["feat", "uint", L.fields.salg_feat.offset, 4],
      ["mask", "uint", L.fields.salg_mask.offset, 4],
    ]);
  });

  it("the generated spec is a codec; the kernel here refuses the family clearly", () => {
    const alg = families.find((f) => f.family === "AF_ALG")!;
    registerAddressCodec(codecFromSpec(alg));
    const codec = codecFor(alg.value);
    const sa = codec.encode(["hash", "sha256"]);
    const L = layouts.sockaddr_alg;
    expect(sa.length).toBe(L.size);
    expect(sa.readUInt16LE(0)).toBe(alg.value);
    expect(sa.toString("latin1", L.fields.salg_name.offset, L.fields.salg_name.offset + 6)).toBe("sha256");
    expect(codec.decode(sa)).toEqual(["hash", "sha256", 0, 0]);
    expect(codec.decode(codec.encode(["skcipher", "cbc(aes)", 1, 2]))).toEqual([
      "skcipher",
      "cbc(aes)",
      1,
      2,
    ]);
    expect(() => codec.encode(["hash"])).toThrow(TypeError);
    expect(() => codec.encode(["x".repeat(14), "y"])).toThrow(RangeError);
    // This kernel has no AF_ALG: the same error python3 gets.
    const py = python({ s: "socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET)" }).s!;
    expect(py).toMatchObject({ error: "OSError" });
    expect(outcome(() => socket(alg.value, SOCK_SEQPACKET))).toMatchObject({
      error: "SocketError",
      errno: (py as { errno: number }).errno,
      code: "EAFNOSUPPORT",
    });
  });
});
