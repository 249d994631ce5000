// Renders the model through templates/ with handlebars and formats TypeScript with prettier.
// Output is a map of file name → content; writing and drift checking happen in main.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import * as prettier from "prettier";
import { views } from "./views.js";
import type { TargetModel } from "./types.js";

import { templatesDir } from "./paths.js";

export { templatesDir };

/**
 * How generated TypeScript is formatted: the repository's .prettierrc.json says the same, so `prettier
 * --check .` passes on generated/; fixed here so output does not depend on where the generator runs.
 */
export const PRETTIER: prettier.Options = { printWidth: 110 };
// The generated files are plain TypeScript that babel-ts parses as typescript-estree does, with the
// same output (the drift check holds both to it), in a fraction of the time on the large constants.ts.

/** Output file name → template. Every file of generated/<target>/ comes from exactly one of these. */
export const OUTPUTS: Record<string, string> = {
  "constants.ts": "constants.ts.hbs",
  "exclusions.ts": "exclusions.ts.hbs",
  "layouts.ts": "layouts.ts.hbs",
  "koffi-types.ts": "koffi-types.ts.hbs",
  "functions.ts": "functions.ts.hbs",
  "target.ts": "target.ts.hbs",
  "index.ts": "index.ts.hbs",
  "families.ts": "families.ts.hbs",
  "proof.c": "proof.c.hbs",
};

function engine(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("json", (v: unknown) => JSON.stringify(v));
  for (const f of readdirSync(templatesDir)) {
    if (!f.endsWith(".hbs") || f in OUTPUTS || Object.values(OUTPUTS).includes(f)) continue;
    hb.registerPartial(f.replace(/\.hbs$/, ""), readFileSync(join(templatesDir, f), "utf8"));
  }
  return hb;
}

export async function render(model: TargetModel, command: string): Promise<Map<string, string>> {
  const hb = engine();
  const data = views(model, command);
  const out = new Map<string, string>();
  for (const [file, template] of Object.entries(OUTPUTS)) {
    const tpl = hb.compile(readFileSync(join(templatesDir, template), "utf8"), {
      noEscape: false,
      strict: true,
    });
    let text = tpl(data);
    if (file.endsWith(".ts"))
      text = await prettier.format(text, { ...PRETTIER, parser: "babel-ts", filepath: file });
    else text = text.replace(/\n{3,}/g, "\n\n");
    out.set(file, text);
  }
  return out;
}
