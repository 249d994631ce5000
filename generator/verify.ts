// Reads the rendered TypeScript back with ts-morph and checks it declares exactly what the model
// holds, so a template mistake (a lost loop, a misspelt name) fails generation instead of shipping.
import { Project, SyntaxKind } from "ts-morph";
import type { TargetModel } from "./types.js";

export function verifyOutput(model: TargetModel, files: Map<string, string>): void {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  const constants = project.createSourceFile("constants.ts", files.get("constants.ts")!);
  const exported = new Map<string, string>();
  for (const stmt of constants.getVariableStatements()) {
    if (!stmt.isExported()) continue;
    for (const d of stmt.getDeclarations()) exported.set(d.getName(), d.getInitializer()?.getText() ?? "");
  }
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

  const layouts = project.createSourceFile("layouts.ts", files.get("layouts.ts")!);
  const table = layouts
    .getVariableDeclarationOrThrow("layouts")
    .getInitializerOrThrow()
    .getFirstDescendantByKindOrThrow(SyntaxKind.ObjectLiteralExpression);
  const names = table.getProperties().map((p) => p.asKindOrThrow(SyntaxKind.PropertyAssignment).getName());
  const want = model.records.map((r) => r.name);
  if (names.join() !== want.join())
    problems.push(`layouts.ts records [${names.join()}] differ from the model [${want.join()}]`);
  if (problems.length)
    throw new Error(`generated output does not match the model:\n  ${problems.join("\n  ")}`);
}
