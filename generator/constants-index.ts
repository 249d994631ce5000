// generated/constants-index.ts: the union of every generated target's constant names (read back from
// each generated/<target>/constants.ts with ts-morph), so the runtime can export them by name while
// taking every value from the running target only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import * as prettier from "prettier";
import { Project } from "ts-morph";
import { templatesDir } from "./emit.js";

export const INDEX_FILE = "constants-index.ts";

/** Exported constant names → "number" | "bigint" for one target's constants.ts text. */
export function constantNames(text: string): Map<string, "number" | "bigint"> {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile("constants.ts", text);
  const out = new Map<string, "number" | "bigint">();
  for (const stmt of file.getVariableStatements()) {
    if (!stmt.isExported()) continue;
    for (const d of stmt.getDeclarations()) {
      const init = d.getInitializer()?.getText() ?? "";
      if (/^-?\d+n?$/.test(init)) out.set(d.getName(), init.endsWith("n") ? "bigint" : "number");
    }
  }
  return out;
}

/**
 * Renders the index from the targets' constants. `override` supplies a target's constants.ts text that
 * is not on disk yet (the one being generated or checked).
 */
export async function renderConstantsIndex(
  generatedDir: string,
  override: Map<string, string>,
): Promise<string> {
  const targets = new Set(override.keys());
  if (existsSync(generatedDir))
    for (const d of readdirSync(generatedDir, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(join(generatedDir, d.name, "constants.ts"))) targets.add(d.name);
  const sorted = [...targets].sort();
  const perTarget = sorted.map((t) =>
    constantNames(override.get(t) ?? readFileSync(join(generatedDir, t, "constants.ts"), "utf8")),
  );
  const all = new Map<string, Set<string>>();
  perTarget.forEach((names) =>
    names.forEach((type, name) => (all.get(name) ?? all.set(name, new Set()).get(name)!).add(type)),
  );
  const names = [...all.keys()].sort().map((name) => {
    const types = [...all.get(name)!].sort().join(" | ");
    const where = sorted.filter((_, i) => perTarget[i].has(name));
    return { name, type: types, only: where.length === sorted.length ? undefined : where.join(", ") };
  });
  const hb = Handlebars.create();
  const tpl = hb.compile(readFileSync(join(templatesDir, "constants-index.ts.hbs"), "utf8"), {
    strict: true,
  });
  const config = (await prettier.resolveConfig(join(templatesDir, "..", "package.json"))) ?? {};
  return prettier.format(tpl({ targets: sorted, names }), { ...config, parser: "typescript" });
}
