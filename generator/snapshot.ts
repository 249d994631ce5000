// Pins a target's headers: copies every header the manifest's headers include (per `clang -M`) from
// the host's include dirs into headers/<target>/include, and records where they came from. Generating
// from the snapshot is what makes output byte-identical on every machine.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { includeLines, runClang } from "./clang.js";
import { manifestDir, type Manifest } from "./manifest.js";
import { relativeHeader } from "./macros.js";
import { hostPackageFiles } from "./kernels.js";

function packageVersion(pkg: string): string {
  const r = spawnSync("dpkg-query", ["-W", "-f", "${Version}", pkg], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}

export function snapshotHeaders(manifest: Manifest, sourceDirs: string[]): { files: number; dir: string } {
  const t = {
    triple: manifest.triple,
    defines: manifest.defines,
    includeDirs: sourceDirs,
    headers: manifest.headers,
  };
  const r = runClang(t, includeLines(manifest.headers), ["-M"]);
  if (r.status !== 0) throw new Error(`clang -M failed:\n${r.stderr}`);
  const deps = r.stdout
    .replace(/\\\n/g, " ")
    .split(/\s+/)
    .filter((p) => p.startsWith("/") && sourceDirs.some((d) => p.startsWith(d.endsWith("/") ? d : d + "/")));
  // A target that pins kernels separately keeps their headers out of its libc snapshot.
  const kernelFiles = manifest.kernels
    ? hostPackageFiles(manifest.kernels.hostPackage ?? manifest.kernels.package)
    : new Set<string>();
  const dir = join(manifestDir(manifest.target), manifest.include[0]);
  rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {};
  for (const src of [...new Set(deps)].sort()) {
    if (kernelFiles.has(src)) continue;
    const rel = relativeHeader(src, sourceDirs);
    if (rel in files)
      throw new Error(`${rel} exists in two include dirs; a single snapshot tree cannot hold both`);
    const data = readFileSync(src);
    files[rel] = createHash("sha256").update(data).digest("hex");
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    copyFileSync(src, join(dir, rel));
  }
  const packages = Object.fromEntries(manifest.snapshotPackages.map((p) => [p, packageVersion(p)]));
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    join(manifestDir(manifest.target), "snapshot.json"),
    JSON.stringify({ packages, sourceDirs, files: sorted }, null, 2) + "\n",
  );
  return { files: Object.keys(files).length, dir };
}
