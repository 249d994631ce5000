// The two cross-target files of generated/: constants-index.ts, the union of every generated target's
// constant names (read back from each generated/<target>/constants.ts), so the runtime can
// export them by name while taking every value from the running target only; and targets.ts, the
// static map of every target's bindings.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import * as prettier from "prettier";
import { exportedConstants } from "./read-back.js";
import { PRETTIER, templatesDir } from "./emit.js";

export const INDEX_FILE = "constants-index.ts";
export const TARGETS_FILE = "targets.ts";
export const LOADED_FILE = "loaded.ts";

/** Exported constant names → "number" | "bigint" for one target's constants.ts text. */
export function constantNames(text: string): Map<string, "number" | "bigint"> {
  const out = new Map<string, "number" | "bigint">();
  for (const [name, init] of exportedConstants(text))
    if (/^-?\d+n?$/.test(init)) out.set(name, init.endsWith("n") ? "bigint" : "number");
  return out;
}

/**
 * Renders the cross-target files (file name → text) from the targets' constants. `override` supplies a
 * target's constants.ts text that is not on disk yet (the one being generated or checked).
 */
export async function renderConstantsIndex(
  generatedDir: string,
  override: Map<string, string>,
): Promise<Map<string, string>> {
  const targets = new Set(override.keys());
  if (existsSync(generatedDir))
    for (const d of readdirSync(generatedDir, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(join(generatedDir, d.name, "constants.ts"))) targets.add(d.name);
  const sorted = [...targets].sort();
  const perTarget = sorted.map((t) =>
    constantNames(override.get(t) ?? readFileSync(join(generatedDir, t, "constants.ts"), "utf8")),
  );
  // name → target → "number" | "bigint"
  const all = new Map<string, Map<string, string>>();
  perTarget.forEach((names, i) =>
    names.forEach((type, name) =>
      (all.get(name) ?? all.set(name, new Map()).get(name)!).set(sorted[i], type),
    ),
  );
  /** The names the targets in `group` define, typed as present where all of them define it. */
  const namesOf = (group: string[]) =>
    [...all.keys()]
      .filter((name) => group.some((t) => all.get(name)!.has(t)))
      .sort()
      .map((name) => {
        const where = group.filter((t) => all.get(name)!.has(t));
        const everywhere = where.length === group.length;
        let type = [...new Set(where.map((t) => all.get(name)!.get(t)!))].sort().join(" | ");
        // Address families carry their name in their type (runtime/address/types.ts maps it to tuples).
        if (name.startsWith("AF_") && type === "number") type = `AddressFamily<"${name}">`;
        return {
          name,
          type: everywhere ? type : `${type} | undefined`,
          only: everywhere ? undefined : whereText(where, sorted),
        };
      });
  const platforms = [...new Set(sorted.map(platformOf))].sort();
  const targetList = sorted.map((name) => ({ name, ident: name.replace(/[^A-Za-z0-9]/g, "_") }));
  const out = new Map<string, string>([
    [
      INDEX_FILE,
      await renderTemplate("constants-index.ts.hbs", INDEX_FILE, { platform: null, names: namesOf(sorted) }),
    ],
    [LOADED_FILE, await renderTemplate("loaded.ts.hbs", LOADED_FILE, {})],
    [TARGETS_FILE, await renderTemplate("targets.ts.hbs", TARGETS_FILE, { targets: targetList })],
  ]);
  for (const platform of platforms) {
    const group = sorted.filter((t) => platformOf(t) === platform);
    out.set(
      platformFile(platform),
      await renderTemplate("constants-index.ts.hbs", platformFile(platform), {
        platform,
        targets: group.join(", "),
        names: namesOf(group),
      }),
    );
  }
  return out;
}

/**
 * Where a name is defined, briefly: a platform every one of whose targets defines it is named once
 * ("Linux"), other targets by name ("win32-x64"), so the doc comments stay short as targets are added.
 */
const PLATFORM_NAMES: Record<string, string> = { linux: "Linux", win32: "Windows", darwin: "macOS" };

export function whereText(where: string[], all: string[]): string {
  const parts: string[] = [];
  for (const platform of [...new Set(all.map(platformOf))].sort()) {
    const ofPlatform = all.filter((t) => platformOf(t) === platform);
    const here = ofPlatform.filter((t) => where.includes(t));
    if (here.length && here.length === ofPlatform.length && ofPlatform.length > 1)
      parts.push(PLATFORM_NAMES[platform] ?? platform);
    else parts.push(...here);
  }
  return parts.join(", ");
}

/** "linux" of "linux-x64": the platform part of a target name, as process.platform spells it. */
export function platformOf(target: string): string {
  return target.slice(0, target.indexOf("-"));
}

/** The per-platform constants module behind `bsdsock/<platform>`. */
export function platformFile(platform: string): string {
  return `constants-${platform}.ts`;
}

async function renderTemplate(template: string, file: string, data: object): Promise<string> {
  const tpl = Handlebars.create().compile(readFileSync(join(templatesDir, template), "utf8"), {
    strict: true,
  });
  return prettier.format(tpl(data), { ...PRETTIER, parser: "babel-ts", filepath: file });
}
