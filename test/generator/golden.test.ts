// Golden cases for the generator, as bindgen keeps them: each test/generator/cases/<case>/ holds a tiny
// header (case.h) and case.json — the manifest part that claims its names, and the model expected of
// it, written by hand from C's rules. The model clang gives must match it; and the expected layout is
// itself checked against gcc (offsetof/sizeof/_Alignof of the same header), so a wrong golden file
// fails too. Each case takes about a second: a change to records.ts or constants.ts is checked here
// without regenerating every target.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model.js";
import type { Manifest } from "../../generator/manifest.js";
import type { FieldType, TargetModel } from "../../generator/types.js";

const casesDir = fileURLToPath(new URL("./cases/", import.meta.url));
const cases = readdirSync(casesDir).sort();
const scratch = mkdtempSync(join(tmpdir(), "bsdsock-golden-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type FieldRow = [
  name: string,
  offset: number,
  size: number,
  type: string,
  bitfields?: [string, number][] | null,
  align?: number,
];
interface Case {
  manifest: Partial<Pick<Manifest, "constants" | "structs" | "provenance">>;
  expected: {
    /** `in`: an anonymous member's record, reached from struct `in[0]` at offset `in[1]`. */
    records?: Record<
      string,
      { size: number; align: number; packed: boolean; fields: FieldRow[]; in?: [string, number] }
    >;
    constants?: [name: string, value: string, type: string][];
    exclusions?: [name: string, reason: string][];
    provenance?: [name: string, version: string][];
  };
}

/** A field's type as the golden files write it: int32, uint8, char, int16[3], record, bytes[2]. */
function typeText(t: FieldType): string {
  switch (t.kind) {
    case "int":
      return t.char ? "char" : `${t.signed ? "int" : "uint"}${t.bits}`;
    case "float":
      return `float${t.bits}`;
    case "pointer":
      return "pointer";
    case "array":
      return `${typeText(t.of)}[${t.length}]`;
    case "record":
      return "record";
    case "bytes":
      return `bytes[${t.length}]`;
  }
}

function model(name: string, c: Case): TargetModel {
  const manifest: Manifest = {
    target: `case-${name}`,
    triple: "x86_64-linux-gnu",
    library: "libc.so.6",
    defines: [],
    include: [],
    systemInclude: [],
    snapshotPackages: [],
    headers: ["case.h"],
    provenance: c.manifest.provenance ?? [],
    constants: c.manifest.constants ?? [],
    structs: c.manifest.structs ?? [],
    functions: [],
  };
  return buildModel(manifest, [join(casesDir, name)]);
}

describe.each(cases)("golden case %s", (name) => {
  const c = JSON.parse(readFileSync(join(casesDir, name, "case.json"), "utf8")) as Case;

  it("the generator's model is the expected one", () => {
    const m = model(name, c);
    for (const [record, want] of Object.entries(c.expected.records ?? {})) {
      const r = m.records.find((x) => x.name === record);
      expect(r, record).toBeDefined();
      expect({ size: r!.size, align: r!.align, packed: r!.packed }).toEqual({
        size: want.size,
        align: want.align,
        packed: want.packed,
      });
      const rows = r!.fields.map((f): FieldRow => {
        const row: FieldRow = [f.name, f.offset, f.size, typeText(f.type)];
        if (f.bitfields || f.align) row.push(f.bitfields ? f.bitfields.map((b) => [b.name, b.width]) : null);
        if (f.align) row.push(f.align);
        return row;
      });
      expect(rows).toEqual(want.fields);
    }
    if (c.expected.constants)
      expect(
        m.constants.map((k) => [k.name, k.value, `${k.signed ? "int" : "uint"}${k.bits}`]).sort(),
      ).toEqual([...c.expected.constants].sort());
    if (c.expected.provenance)
      expect(m.provenance.map((p) => [p.name, p.version])).toEqual(c.expected.provenance);
    const excluded = new Map(m.exclusions.map((e) => [e.name, e.reason]));
    expect([...excluded.keys()].sort()).toEqual((c.expected.exclusions ?? []).map(([n]) => n).sort());
    for (const [n, reason] of c.expected.exclusions ?? [])
      expect(excluded.get(n)).toMatch(new RegExp(reason));
  });

  // (Cases with no layout or value, such as old-kernel's provenance, have nothing for gcc to check.)
  const gccChecks = c.expected.records || c.expected.constants ? it : null;
  gccChecks?.("the expected layout and values are what gcc compiles", () => {
    // Every checkable number of the golden file, printed by a program gcc builds from the same header.
    const checks: [string, string][] = [];
    for (const [record, want] of Object.entries(c.expected.records ?? {})) {
      // An anonymous member's record has no C name: its fields are reached through the outer struct.
      const [outer, at] = want.in ?? [record, 0];
      if (!want.in)
        checks.push(
          [`${record} size`, `sizeof(struct ${record})`],
          [`${record} align`, `_Alignof(struct ${record})`],
        );
      for (const [field, offset] of want.fields)
        if (!field.startsWith("__"))
          checks.push([`${record}.${field} @${offset}`, `offsetof(struct ${outer}, ${field}) - ${at}`]);
    }
    for (const [n] of c.expected.constants ?? []) checks.push([n, `(long long)(${n})`]);
    const src = join(scratch, `${name}.c`);
    writeFileSync(
      src,
      `#include <stddef.h>\n#include <stdio.h>\n#include "case.h"\nint main(void) {\n` +
        checks.map(([, e]) => `  printf("%lld\\n", (long long)(${e}));\n`).join("") +
        "  return 0;\n}\n",
    );
    const exe = join(scratch, name);
    const cc = spawnSync("gcc", ["-std=c11", "-I", join(casesDir, name), "-o", exe, src], {
      encoding: "utf8",
    });
    expect(cc.status, cc.stderr).toBe(0);
    const out = spawnSync(exe, { encoding: "utf8" }).stdout.trim().split("\n").map(Number);
    const expected = checks.map(([label]) => {
      const [record, what] = label.split(" ");
      const want = c.expected.records?.[record!];
      if (what === "size") return want!.size;
      if (what === "align") return want!.align;
      if (what?.startsWith("@")) return Number(what.slice(1));
      return Number(c.expected.constants!.find(([n]) => n === label)![1]);
    });
    expect(out).toEqual(expected);
  });
});
