// The drift check: what differs between an output dir on disk and freshly rendered files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function diffFiles(dir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  const onDisk = existsSync(dir) ? readdirSync(dir) : [];
  for (const f of onDisk)
    if (!files.has(f)) problems.push(`${f}: not produced by the generator (extra file)`);
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push(`${name}: missing`);
      continue;
    }
    const old = readFileSync(path, "utf8");
    if (old === text) continue;
    const a = old.split("\n");
    const b = text.split("\n");
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line++;
    problems.push(
      `${name}: differs from line ${line + 1} (on disk: ${JSON.stringify(a[line] ?? "<end>")}, generator: ${JSON.stringify(b[line] ?? "<end>")})`,
    );
  }
  return problems;
}
