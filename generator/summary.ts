// The coverage summary `npm run generate` prints: per-family counts and every exclusion.
import type { TargetModel } from "./types.js";

export function summary(model: TargetModel, outDir: string): string {
  const lines: string[] = [];
  const prov = model.provenance.map((p) => `${p.name} ${p.version}`).join(", ");
  lines.push(`bsdsock: ${model.target} (${model.triple}) from ${prov}, ${model.clang} → ${outDir}`);
  lines.push("");
  lines.push("family        emitted  excluded");
  for (const f of model.families) {
    const n = model.constants.filter((c) => c.family === f).length;
    const x = model.exclusions.filter((e) => e.family === f).length;
    lines.push(`${f.padEnd(12)} ${String(n).padStart(8)} ${String(x).padStart(9)}`);
  }
  lines.push(
    `${"total".padEnd(12)} ${String(model.constants.length).padStart(8)} ${String(model.exclusions.length).padStart(9)}`,
  );
  lines.push("");
  lines.push(
    `records: ${model.records.length} (${model.records.filter((r) => !r.nestedIn).length} named, ${model.recordAliases.length} aliases)`,
  );
  lines.push(`functions: ${model.functions.length}`);
  if (model.exclusions.length) {
    lines.push("");
    lines.push("excluded (name: reason):");
    for (const e of model.exclusions) lines.push(`  ${e.name}: ${e.reason}`);
  }
  return lines.join("\n");
}
