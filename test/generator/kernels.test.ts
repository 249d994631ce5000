// linux-x64's pinned kernel snapshots: the bindings hold the newest, and target.kernels dates every
// constant. Checked against gcc, which compiles and runs a program over each snapshot's own headers
// (not clang, which made the table), so presence, value and since-version come from another compiler.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as C from "../../generated/linux-x64/constants.js";
import { target } from "../../generated/linux-x64/target.js";
import { builtinBindings } from "../../generated/targets.js";
import { manifest } from "../helpers/target.js";
import { headersRoot, loadManifest } from "../../generator/manifest.js";
import { compareVersions, kernelIncludeDirs, kernelsDir, pinnedKernels } from "../../generator/kernels.js";

const home = join(headersRoot, "linux-x64");
const store = kernelsDir(manifest)!;
const versions = pinnedKernels(manifest);
const work = mkdtempSync(join(tmpdir(), "bsdsock-kernels-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** name → value (as text) or null where the snapshot's headers do not define it, per gcc. */
function gccValues(version: string, names: string[]): Record<string, string | null> {
  const gccInclude = spawnSync("gcc", ["-print-file-name=include"], { encoding: "utf8" }).stdout.trim();
  const src = [
    ...manifest.headers.map((h) => `#include <${h}>`),
    "int main(void) {",
    ...names.map(
      (n) =>
        `#ifdef ${n}\n printf("%s %lld\\n", "${n}", (long long)(${n}));\n#else\n printf("%s -\\n", "${n}");\n#endif`,
    ),
    " return 0;",
    "}",
  ].join("\n");
  const file = join(work, `probe-${version}.c`);
  const exe = join(work, `probe-${version}`);
  writeFileSync(file, src);
  // Enumerator-only names (IFLA_MAX is a #define over an enum, IFLA_* themselves are enumerators)
  // have no #ifdef: the ones asked here are all macros.
  const cc = spawnSync(
    "gcc",
    [
      "-nostdinc",
      ...kernelIncludeDirs(manifest, version).flatMap((d) => ["-isystem", d]),
      "-isystem",
      join(home, "include"),
      "-isystem",
      gccInclude,
      ...manifest.defines.map((d) => `-D${d}`),
      // printf's declaration: stdio.h is not in the snapshot, so declare it the C way.
      "-include",
      join(work, "printf.h"),
      "-o",
      exe,
      file,
    ],
    { encoding: "utf8" },
  );
  expect(cc.status, cc.stderr).toBe(0);
  const out = spawnSync(exe, [], { encoding: "utf8" });
  expect(out.status).toBe(0);
  return Object.fromEntries(
    out.stdout
      .trim()
      .split("\n")
      .map((l) => l.split(" "))
      .map(([n, v]) => [n!, v === "-" ? null : v!]),
  );
}

describe("kernel snapshots (linux-x64)", () => {
  it("pins several kernels, the oldest without LINUX_VERSION_MAJOR, and generates from the newest", () => {
    expect(versions.length).toBeGreaterThanOrEqual(3);
    expect(versions.map((v) => v)).toEqual([...versions].sort(compareVersions));
    const oldest = readFileSync(join(store, versions[0]!, "include/linux/version.h"), "utf8");
    expect(oldest).not.toMatch(/LINUX_VERSION_MAJOR/);
    expect(target.kernels.snapshots.map((s) => s.version)).toEqual(versions);
    expect(target.provenance["linux-uapi"].startsWith(versions[versions.length - 1]! + ".")).toBe(true);
    for (const s of target.kernels.snapshots) {
      const record = JSON.parse(readFileSync(join(store, s.version, "snapshot.json"), "utf8"));
      expect(s.package).toBe(`linux-libc-dev ${record.packages["linux-libc-dev"]}`);
    }
  });

  it("dates constants, values and changes as gcc sees each snapshot's headers", () => {
    writeFileSync(join(work, "printf.h"), "int printf(const char *, ...);\n");
    // Old and everywhere, added along the way, and a value that grows with the kernel.
    const names = [
      "SO_REUSEPORT",
      "SO_PEERPIDFD",
      "IP_LOCAL_PORT_RANGE",
      "SO_BUSY_POLL_BUDGET",
      "RTAX_FEATURE_MASK",
    ];
    const seen = Object.fromEntries(versions.map((v) => [v, gccValues(v, names)]));
    const values = C as unknown as Record<string, number>;
    for (const name of names) {
      const first = versions.find((v) => seen[v]![name] !== null);
      expect(first, `${name} is in some snapshot`).toBeDefined();
      // Every later snapshot keeps it, and the bindings hold the newest one's value.
      expect(String(values[name])).toBe(seen[versions[versions.length - 1]!]![name]);
      const since = (target.kernels.since as Record<string, string>)[name];
      expect(since, name).toBe(first === versions[0] ? undefined : first);
      const distinct = new Set(versions.map((v) => seen[v]![name]).filter((x) => x !== null));
      const changed = (target.kernels.changed as Record<string, Record<string, string>>)[name];
      if (distinct.size > 1)
        expect(changed).toEqual(
          Object.fromEntries(versions.filter((v) => seen[v]![name] !== null).map((v) => [v, seen[v]![name]])),
        );
      else expect(changed).toBeUndefined();
    }
    // The picks above cover each case: one in every snapshot, one added, one whose value changed.
    expect(seen[versions[0]!]!.SO_REUSEPORT).not.toBeNull();
    expect(seen[versions[0]!]!.SO_PEERPIDFD).toBeNull();
    expect(target.kernels.since.SO_PEERPIDFD).toBe("6.12");
    expect(target.kernels.changed.RTAX_FEATURE_MASK).toBeDefined();
  });

  it("says it in the constant's doc comment", () => {
    const text = readFileSync(new URL("../../generated/linux-x64/constants.ts", import.meta.url), "utf8");
    const doc = (name: string) => new RegExp(`/\\*\\*[^\\n]*\\*/\\nexport const ${name} =`).exec(text)?.[0];
    expect(doc("SO_PEERPIDFD")).toMatch(/Linux headers since 6\.12 of the pinned .* \(not in 6\.1\)/);
    expect(doc("SO_REUSEPORT")).not.toMatch(/since/);
  });

  it("is one store for every Linux target: shared headers once, each arch's asm/ apart", () => {
    const linux = ["linux-x64", "linux-arm64", "linux-arm"].map((t) => loadManifest(t));
    const arches = linux.map((m) => m.kernels!.multiarch).sort();
    for (const m of linux) {
      expect(pinnedKernels(m), m.target).toEqual(versions);
      const { target: t } = builtinBindings[m.target as keyof typeof builtinBindings];
      expect(t.kernels?.since.SO_PEERPIDFD, m.target).toBe("6.12");
    }
    for (const v of versions) {
      const record = JSON.parse(readFileSync(join(store, v, "snapshot.json"), "utf8"));
      const files = Object.keys(record.files);
      for (const arch of arches)
        expect(
          files.some((f) => f.startsWith(`${arch}/asm/`)),
          `${v} ${arch}`,
        ).toBe(true);
      expect(files.filter((f) => f.startsWith("include/linux/")).length).toBeGreaterThan(20);
      expect(Object.keys(record.debs).sort()).toEqual(arches);
    }
  });
});
