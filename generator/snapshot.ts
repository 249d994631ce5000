// Pins a target's headers: copies every header the manifest's headers include (per `clang -M`) from
// the host's include dirs into headers/<target>/include, and records where they came from. Generating
// from the snapshot is what makes output byte-identical on every machine.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { headerDeps } from "./clang.js";
import { headersRoot, loadManifest, manifestDir, type Manifest } from "./manifest.js";
import { relativeHeader } from "./macros.js";
import { hostPackageFiles } from "./kernels.js";

/**
 * The version of a package the headers came from: a Debian package (dpkg), or "npm:<name>", an npm
 * package installed somewhere above the source dirs (its package.json says which version).
 */
function packageVersion(pkg: string, sourceDirs: string[]): string {
  if (pkg.startsWith("npm:")) {
    const name = pkg.slice(4);
    for (const d of sourceDirs)
      for (let dir = resolve(d); dir !== dirname(dir); dir = dirname(dir)) {
        const file = join(dir, "package.json");
        if (!existsSync(file)) continue;
        const json = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (json.name === name && json.version) return json.version;
      }
    return "unknown";
  }
  const r = spawnSync("dpkg-query", ["-W", "-f", "${Version}", pkg], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}

/**
 * Every manifest that parses this target's snapshot (its own, and e.g. darwin-arm64's, which parses
 * darwin-x64's): the snapshot must hold the headers each of their triples pulls in, which differ by
 * architecture (arm/_types.h or i386/_types.h).
 */
function snapshotUsers(manifest: Manifest): Manifest[] {
  const dir = resolve(manifestDir(manifest.target), manifest.include[0]!);
  const others = readdirSync(headersRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== manifest.target)
    .filter((d) => existsSync(join(headersRoot, d.name, "manifest.json")))
    .map((d) => loadManifest(d.name))
    .filter((m) => m.include[0] !== undefined && resolve(manifestDir(m.target), m.include[0]) === dir);
  return [manifest, ...others];
}

export function snapshotHeaders(manifest: Manifest, sourceDirs: string[]): { files: number; dir: string } {
  const deps = snapshotUsers(manifest).flatMap((m) => {
    const t = { triple: m.triple, defines: m.defines, includeDirs: sourceDirs, headers: m.headers };
    return headerDeps(t, sourceDirs, m.target);
  });
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
  const packages = Object.fromEntries(
    manifest.snapshotPackages.map((p) => [p, packageVersion(p, sourceDirs)]),
  );
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    join(manifestDir(manifest.target), "snapshot.json"),
    JSON.stringify({ packages, sourceDirs, files: sorted }, null, 2) + "\n",
  );
  return { files: Object.keys(files).length, dir };
}
