// Pinned kernel header snapshots: the kernel's UAPI headers pinned for several kernels beside a Linux
// target's libc snapshot, in a store every Linux target shares (headers/linux-kernels/<x.y>/, the
// manifest's kernels.dir): include/ holds the arch-independent headers (linux/, asm-generic/ …) and
// <multiarch>/ each arch's own (asm/), as Debian's multiarch layout does, so no file is kept twice.
// The newest kernel is what the bindings hold; the others say since when each constant exists.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { headerDeps } from "./clang.js";
import { relativeHeader } from "./macros.js";
import { manifestDir, type Manifest } from "./manifest.js";
import type { Constant, KernelHistory } from "./types.js";

/** "5.10" < "6.1" < "6.12" < "7.2": numeric per part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The folder holding a target's kernel snapshots, or null when its manifest pins none. */
export function kernelsDir(manifest: Manifest): string | null {
  return manifest.kernels ? join(manifestDir(manifest.target), manifest.kernels.dir) : null;
}

/** The pinned kernel versions ("5.10", "6.12") that have this target's arch, oldest first. */
export function pinnedKernels(manifest: Manifest): string[] {
  const dir = kernelsDir(manifest);
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((v) => /^\d+\.\d+$/.test(v) && existsSync(join(dir, v, manifest.kernels!.multiarch)))
    .sort(compareVersions);
}

/** A pinned kernel's include dirs for the target: its arch's headers, then the shared ones. */
export function kernelIncludeDirs(manifest: Manifest, version: string): string[] {
  const dir = join(kernelsDir(manifest)!, version);
  return [join(dir, manifest.kernels!.multiarch), join(dir, "include")];
}

/** "linux-libc-dev 7.2.12-1": the package a pinned kernel snapshot was copied from. */
export function kernelPackage(manifest: Manifest, version: string): string {
  const record = JSON.parse(readFileSync(join(kernelsDir(manifest)!, version, "snapshot.json"), "utf8"));
  return Object.entries(record.packages as Record<string, string>)
    .map(([p, v]) => `${p} ${v}`)
    .join(", ");
}

/** A Debian package's files under /usr/include, from dpkg (to keep them out of the libc snapshot). */
export function hostPackageFiles(pkg: string): Set<string> {
  const r = spawnSync("dpkg", ["-L", pkg], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`dpkg -L ${pkg} failed: ${r.stderr.trim()}`);
  return new Set(r.stdout.split("\n").filter((l) => l.endsWith(".h")));
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Pins one kernel's UAPI headers from a Debian linux-libc-dev .deb: unpacks it, asks clang which of its
 * headers the manifest's headers reach (over the target's pinned libc snapshot), and copies those.
 */
export function pinKernel(manifest: Manifest, deb: string): { version: string; files: number; dir: string } {
  if (!manifest.kernels)
    throw new Error(`headers/${manifest.target}/manifest.json pins no kernels (no "kernels" entry)`);
  const field = (f: string) => {
    const r = spawnSync("dpkg-deb", ["-f", deb, f], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${deb} is not a Debian package: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  if (field("Package") !== manifest.kernels.package)
    throw new Error(`${deb} is ${field("Package")}, not ${manifest.kernels.package}`);
  const debVersion = field("Version");
  const m = /^(\d+)\.(\d+)/.exec(debVersion);
  if (!m) throw new Error(`${deb}: cannot read a kernel version from ${debVersion}`);
  const version = `${m[1]}.${m[2]}`;
  const tmp = mkdtempSync(join(tmpdir(), "bsdsock-kernel-"));
  try {
    const x = spawnSync("dpkg-deb", ["-x", deb, tmp], { encoding: "utf8" });
    if (x.status !== 0) throw new Error(`cannot unpack ${deb}: ${x.stderr.trim()}`);
    const sourceDirs = [join(tmp, "usr/include", manifest.kernels.multiarch), join(tmp, "usr/include")];
    const libc = manifest.include.map((d) => join(manifestDir(manifest.target), d));
    // The headers the manifest reaches, in both of its translation units (manifest separateHeaders).
    const deps: string[] = [];
    for (const headers of [manifest.headers, manifest.separateHeaders ?? []]) {
      if (!headers.length) continue;
      const t = {
        triple: manifest.triple,
        defines: manifest.defines,
        includeDirs: [...sourceDirs, ...libc],
        headers,
      };
      deps.push(...headerDeps(t, [tmp], deb));
    }
    // Arch headers go to <x.y>/<multiarch>/ (replaced); shared ones to <x.y>/include/, which every
    // arch pinned from the same package version must find identical.
    const dir = join(kernelsDir(manifest)!, version);
    const recordPath = join(dir, "snapshot.json");
    const old = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, "utf8")) : undefined;
    const arch = manifest.kernels.multiarch;
    if (old && old.packages[manifest.kernels.package] !== debVersion)
      throw new Error(
        `kernel ${version} is pinned from ${manifest.kernels.package} ${old.packages[manifest.kernels.package]}; ` +
          `pin ${debVersion} for every arch, or remove ${dir} first`,
      );
    rmSync(join(dir, arch), { recursive: true, force: true });
    const files: Record<string, string> = Object.fromEntries(
      Object.entries((old?.files ?? {}) as Record<string, string>).filter(([f]) => !f.startsWith(`${arch}/`)),
    );
    for (const src of [...new Set(deps)].sort()) {
      const own = src.startsWith(sourceDirs[0] + "/");
      const rel = join(own ? arch : "include", relativeHeader(src, sourceDirs));
      const data = readFileSync(src);
      const sum = sha256(data);
      if (!own && files[rel] !== undefined && files[rel] !== sum)
        throw new Error(`${rel} of kernel ${version} differs from the one another arch pinned`);
      files[rel] = sum;
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      copyFileSync(src, join(dir, rel));
    }
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
    const record = {
      packages: { [manifest.kernels.package]: debVersion },
      debs: { ...(old?.debs ?? {}), [arch]: { file: basename(deb), sha256: sha256(readFileSync(deb)) } },
      files: sorted,
    };
    writeFileSync(recordPath, JSON.stringify(record, null, 2) + "\n");
    return { version, files: Object.keys(files).length, dir };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the pinned kernels say about each constant of the newest one (types.ts `KernelHistory`). */
export function kernelHistory(
  versions: string[],
  constantsOf: (version: string) => Constant[],
  packages: (version: string) => string,
): KernelHistory {
  const values = versions.map((v) => new Map(constantsOf(v).map((c) => [c.name, c.value])));
  const newest = values[values.length - 1]!;
  const since: Record<string, string> = {};
  const changed: Record<string, Record<string, string>> = {};
  const dropped: Record<string, string> = {};
  for (const [name, value] of newest) {
    const first = values.findIndex((m) => m.has(name));
    if (first > 0) since[name] = versions[first]!;
    const seen = Object.fromEntries(
      versions.flatMap((v, i) => (values[i]!.has(name) ? [[v, values[i]!.get(name)!]] : [])),
    );
    if (new Set(Object.values(seen)).size > 1 || Object.values(seen).some((x) => x !== value))
      changed[name] = seen;
  }
  values.forEach((m, i) => {
    for (const name of m.keys()) if (!newest.has(name)) dropped[name] ??= versions[i]!;
  });
  // A name some later snapshot dropped: record the last one that still has it.
  for (const name of Object.keys(dropped))
    for (let i = values.length - 1; i >= 0; i--)
      if (values[i]!.has(name)) {
        dropped[name] = versions[i]!;
        break;
      }
  return {
    snapshots: versions.map((v) => ({ version: v, package: packages(v) })),
    since,
    changed,
    dropped,
  };
}
