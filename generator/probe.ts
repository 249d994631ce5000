// One probe translation unit: the target's headers followed by one declaration per question, each on
// its own line, so a question clang cannot answer fails only its own line. Integer answers come from
// the ConstantExpr clang puts in the AST; type answers from a __typeof__ declaration.
import { runClang, includeLines, type ClangTarget } from "./clang.js";
import { parseFilteredDump, constantExpr } from "./ast.js";

export interface ProbeAnswer {
  /** Exact value as clang printed it (decimal, may exceed 2^53 or be negative). */
  value?: string;
  /** Type of the probed expression: as written (may be a typedef) and desugared. */
  type?: string;
  canonicalType?: string;
  error?: string;
}

export class Probe {
  private lines: string[] = [];
  private keys: string[] = [];

  /** Asks for the integer value (and type) of a constant expression. */
  value(key: string, expr: string): void {
    this.add(key, (id) => `enum { ${id} = (${expr}) };`);
  }

  /** Asks for the type of an expression or type name. */
  type(key: string, exprOrType: string): void {
    this.add(key, (id) => `__typeof__(${exprOrType}) ${id};`);
  }

  private add(key: string, line: (id: string) => string): void {
    const id = `__bsd_probe_${this.keys.length}`;
    this.keys.push(key);
    this.lines.push(line(id));
  }

  run(t: ClangTarget): Map<string, ProbeAnswer> {
    const prelude = includeLines(t.headers);
    const first = prelude.split("\n").length; // line number of the first probe
    const source = prelude + this.lines.join("\n") + "\n";
    const r = runClang(t, source, [
      "-fsyntax-only",
      "-Xclang",
      "-ast-dump=json",
      "-Xclang",
      "-ast-dump-filter=__bsd_probe_",
    ]);
    const answers = new Map<string, ProbeAnswer>();
    this.keys.forEach((key, i) => {
      const err = r.errors.get(first + i);
      if (err) answers.set(key, { error: err });
    });
    if (r.stdout.trim() === "" && r.status !== 0) throw new Error(`clang failed on the probe:\n${r.stderr}`);
    for (const node of parseFilteredDump(r.stdout)) {
      const m = /^__bsd_probe_(\d+)$/.exec(node.name ?? "");
      if (!m) continue;
      const key = this.keys[Number(m[1])];
      if (answers.has(key)) continue;
      if (node.kind === "EnumConstantDecl") {
        const ce = constantExpr(node);
        if (!ce || ce.value === undefined) {
          answers.set(key, { error: "clang gave no constant value" });
          continue;
        }
        answers.set(key, {
          value: ce.value,
          type: ce.type?.qualType,
          canonicalType: ce.type?.desugaredQualType ?? ce.type?.qualType,
        });
      } else if (node.kind === "VarDecl") {
        answers.set(key, {
          type: node.type?.qualType,
          canonicalType: node.type?.desugaredQualType ?? node.type?.qualType,
        });
      }
    }
    for (const key of this.keys)
      if (!answers.has(key)) answers.set(key, { error: "clang produced no declaration" });
    return answers;
  }
}
