// Everything that runs clang: one place that knows the flags for a target, so every probe sees the
// same preprocessor state and the host's headers never leak into a snapshot-based target.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ClangTarget {
  triple: string;
  defines: string[];
  /** Absolute include dirs, searched in order after clang's own builtin headers. */
  includeDirs: string[];
  headers: string[];
}

export const clangBinary = process.env.BSDSOCK_CLANG ?? "clang";

let version: string | undefined;
export function clangVersion(): string {
  if (version !== undefined) return version;
  const r = spawnSync(clangBinary, ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0)
    throw new Error(`cannot run ${clangBinary}: ${r.error?.message ?? r.stderr}`);
  return (version = r.stdout.split("\n")[0].trim());
}

let resourceDir: string | undefined;
function builtinInclude(): string {
  resourceDir ??= spawnSync(clangBinary, ["-print-resource-dir"], { encoding: "utf8" }).stdout.trim();
  return join(resourceDir, "include");
}

export function targetFlags(t: ClangTarget): string[] {
  return [
    `--target=${t.triple}`,
    "-nostdinc",
    "-isystem",
    builtinInclude(),
    ...t.includeDirs.flatMap((d) => ["-isystem", d]),
    ...t.defines.map((d) => `-D${d}`),
    "-std=gnu11",
    "-ferror-limit=0",
    "-fno-color-diagnostics",
    "-fno-caret-diagnostics",
    "-w",
  ];
}

export function includeLines(headers: string[]): string {
  return headers.map((h) => `#include <${h}>`).join("\n") + "\n";
}

export interface ClangRun {
  stdout: string;
  stderr: string;
  status: number;
  /** Lines of the input file that clang reported an error on, with the first message for each. */
  errors: Map<number, string>;
}

/** Compiles `source` (a whole translation unit) with the target's flags plus `extra`. */
export function runClang(t: ClangTarget, source: string, extra: string[]): ClangRun {
  const dir = mkdtempSync(join(tmpdir(), "bsdsock-"));
  const file = join(dir, "probe.c");
  try {
    writeFileSync(file, source);
    const r = spawnSync(clangBinary, [...targetFlags(t), ...extra, file], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (r.error) throw new Error(`cannot run ${clangBinary}: ${r.error.message}`);
    const errors = new Map<number, string>();
    for (const line of r.stderr.split("\n")) {
      // Only errors located in the probe itself map to a probe line; notes and header errors don't.
      const m = /^(.*?):(\d+):\d+: (?:fatal )?error: (.*)$/.exec(line);
      if (m && m[1] === file) {
        const n = Number(m[2]);
        if (!errors.has(n)) errors.set(n, m[3]);
      }
    }
    return { stdout: r.stdout, stderr: r.stderr.split(file).join("<probe>"), status: r.status ?? 1, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The header files `t.headers` pull in (clang -M), those under one of `under` only: what a snapshot
 * must hold. `what` names the input in the error when clang fails.
 */
export function headerDeps(t: ClangTarget, under: string[], what: string): string[] {
  const r = runClang(t, includeLines(t.headers), ["-M"]);
  if (r.status !== 0) throw new Error(`clang -M failed for ${what}:\n${r.stderr}`);
  const dirs = under.map((d) => (d.endsWith("/") ? d : d + "/"));
  return r.stdout
    .replace(/\\\n/g, " ")
    .split(/\s+/)
    .filter((p) => p.startsWith("/") && dirs.some((d) => p.startsWith(d)));
}
