// Reads the rendered TypeScript back and checks it declares exactly what the model
// holds, so a template mistake (a lost loop, a misspelt name) fails generation instead of shipping.
import { exportedConstants, objectKeys } from "./read-back.js";
import type { TargetModel } from "./types.js";

export function verifyOutput(model: TargetModel, files: Map<string, string>): void {
  const exported = exportedConstants(files.get("constants.ts")!);
  const problems: string[] = [];
  for (const c of model.constants) {
    const init = exported.get(c.name);
    if (init === undefined) problems.push(`constants.ts lacks ${c.name}`);
    else if (BigInt(init.replace(/n$/, "")) !== BigInt(c.value))
      problems.push(`constants.ts: ${c.name} = ${init}, model says ${c.value}`);
  }
  const expectedExtra = new Set(["families", "constantTypes"]);
  for (const name of exported.keys())
    if (!expectedExtra.has(name) && !model.constants.some((c) => c.name === name))
      problems.push(`constants.ts exports unknown ${name}`);

  const names = objectKeys(files.get("layouts.ts")!, "layouts");
  const want = model.records.map((r) => r.name);
  if (names.join() !== want.join())
    problems.push(`layouts.ts records [${names.join()}] differ from the model [${want.join()}]`);
  if (problems.length)
    throw new Error(`generated output does not match the model:\n  ${problems.join("\n  ")}`);
}
