// The targets table (headers/targets.json) is the one list: the manifests, generated/, CI's scripts,
// the README's Targets table and the native-runner workflow all agree with it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTargets } from "../../generator/targets.js";
import { generatedTargets } from "../../generated/targets.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const table = loadTargets();
const names = table.map((t) => t.name);

describe("the targets table", () => {
  it("has a row per manifest and a generated folder per row, which the runtime lists", () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
    const generated = readdirSync(join(root, "generated"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect([...generated].sort()).toEqual([...names].sort());
    expect([...generatedTargets].sort()).toEqual([...names].sort());
  });

  it("names scripts that exist, and CI runs each from the table", () => {
    for (const t of table) {
      if (t.runtime === "qemu-user" || t.runtime === "wine") expect(t.script, t.name).toBeDefined();
      if (t.script) expect(existsSync(join(root, t.script)), t.script).toBe(true);
    }
    const ci = readFileSync(join(root, ".ci/run"), "utf8");
    expect(ci).toContain('require("./headers/targets.json").targets.flatMap((t) => t.script ?? [])');
    // No target script is named outside the table's loop.
    expect(ci.match(/test\/targets\/[\w-]+\.sh/g) ?? []).toEqual([]);
  });

  it("is the README's Targets table, row for row", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("\n## Targets\n"), readme.indexOf("\n## Reliability\n"));
    const rows = [...section.matchAll(/^\| ([a-z0-9]+-[a-z0-9]+) +\|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual([...names].sort());
  });

  it("is the native-runner workflow's matrix", () => {
    const workflow = readFileSync(join(root, ".github/workflows/native-targets.yml"), "utf8");
    const matrix = [...workflow.matchAll(/- \{ os: ([\w.-]+), target: ([\w-]+) \}/g)].map(
      (m) => `${m[2]}@${m[1]}`,
    );
    const expected = table.filter((t) => t.native).map((t) => `${t.name}@${t.native}`);
    expect(matrix.sort()).toEqual(expected.sort());
  });
});
