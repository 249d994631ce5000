// A bindings folder the runtime can load on its own (BSDSOCK_BINDINGS=DIR): the generated TypeScript,
// the same modules as JavaScript (TypeScript's transpileModule: no type checking, same output on
// every machine), and a package.json that makes Node read them as ES modules.
import { OUTPUTS } from "./emit.js";

export const FOLDER_PACKAGE_JSON = {
  type: "module",
  description: "bsdsock bindings made by bsdsock-generator; load with BSDSOCK_BINDINGS=<this folder>",
  private: true,
};

/** The rendered files plus their .js twins and package.json. */
export async function bindingsFolder(files: Map<string, string>): Promise<Map<string, string>> {
  const { default: ts } = await import("typescript");
  const out = new Map(files);
  for (const [name, text] of files) {
    if (!name.endsWith(".ts") || !(name in OUTPUTS)) continue;
    const js = ts.transpileModule(text, {
      fileName: name,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false,
        removeComments: false,
        newLine: ts.NewLineKind.LineFeed,
      },
    });
    out.set(name.replace(/\.ts$/, ".js"), js.outputText);
  }
  out.set("package.json", JSON.stringify(FOLDER_PACKAGE_JSON, null, 2) + "\n");
  return out;
}
