// Reads rendered TypeScript back with TypeScript's own parser: the exported constants of a module and
// the keys of an exported object literal. Used to check output against the model (verify.ts) and to
// collect every target's names (constants-index.ts).
import ts from "typescript";

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile("module.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function isExported(stmt: ts.VariableStatement): boolean {
  return stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

/** Every `export const NAME = …` of a module: name → the initializer's source text. */
export function exportedConstants(text: string): Map<string, string> {
  const file = parse(text);
  const out = new Map<string, string>();
  for (const stmt of file.statements) {
    if (!ts.isVariableStatement(stmt) || !isExported(stmt)) continue;
    for (const d of stmt.declarationList.declarations)
      if (ts.isIdentifier(d.name)) out.set(d.name.text, d.initializer?.getText(file) ?? "");
  }
  return out;
}

/** The property names of the object literal that exported `name` is initialised with (through `as`). */
export function objectKeys(text: string, name: string): string[] {
  const file = parse(text);
  for (const stmt of file.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const d of stmt.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== name || !d.initializer) continue;
      let init: ts.Expression = d.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
        init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) throw new Error(`${name} is not an object literal`);
      return init.properties.map((p) => {
        if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          throw new Error(`${name} has a property without a plain name`);
        return p.name.text;
      });
    }
  }
  throw new Error(`no variable ${name}`);
}
