// The per-target manifest (headers/<target>/manifest.json): which headers, constant groups, structs and
// functions to generate. Validated here so a typo fails loudly instead of emitting less.
import { readFileSync } from "node:fs";
import { familySpecs, withFamilies } from "./address-families.js";
import { join } from "node:path";
import { groupProblem, type ConstantGroup } from "./constant-groups.js";

export interface FunctionEntry {
  name: string;
  /** Parameters (names without leading underscores) that C writes through: koffi `_Out_`. */
  out?: string[];
  /** The shared library it lives in, when not the manifest's main `library` (e.g. kernel32.dll). */
  library?: string;
}

export interface Manifest {
  target: string;
  triple: string;
  library: string;
  defines: string[];
  /** Include dirs relative to headers/<target>/ (the pinned snapshot), searched in order. */
  include: string[];
  /** The host's include dirs a snapshot is copied from. */
  systemInclude: string[];
  /**
   * Packages whose versions a snapshot records: Debian package names, or "npm:<name>" for an npm
   * package installed above the include dirs (darwin's headers come from one).
   */
  snapshotPackages: string[];
  headers: string[];
  /**
   * Headers that cannot share the translation unit of `headers` (the kernel's linux/tcp.h redefines
   * glibc's struct tcphdr and tcp_info): each is parsed with the others in a unit of their own, after
   * the same defines, and gives only the constants `headers` do not define. UAPI headers compile alone.
   */
  separateHeaders?: string[];
  /**
   * What the headers say they are, e.g. glibc 2.36 and Linux UAPI 6.1.0: each version part is a macro,
   * or a list of C expressions tried in order (the first the headers can evaluate is taken: kernels
   * before 5.11 have LINUX_VERSION_CODE but no LINUX_VERSION_MAJOR).
   */
  provenance: { name: string; macros: (string | string[])[] }[];
  /** Constant groups: which macros and enumerators to export, by prefix, pattern or name. */
  constants: ConstantGroup[];
  structs: string[];
  functions: FunctionEntry[];
  /** Address family specs (headers/families/<name>.json) this target generates. */
  addressFamilies?: string[];
  /**
   * Kernel header snapshots beside the libc one (generator/kernels.ts): headers/<target>/<dir>/<x.y>/,
   * each pinned from a Debian `package` .deb whose multiarch include dir is `multiarch`.
   */
  kernels?: {
    dir: string;
    package: string;
    multiarch: string;
    /** Debian's name for the arch whose .debs scripts/pin-kernels.sh fetches (default amd64). */
    debianArch?: string;
    /** The host package whose kernel headers --snapshot leaves out (default `package`; cross targets). */
    hostPackage?: string;
  };
}

export { headersRoot } from "./paths.js";
import { headersRoot } from "./paths.js";

export function manifestDir(target: string): string {
  return join(headersRoot, target);
}

function fail(target: string, what: string): never {
  throw new Error(`headers/${target}/manifest.json: ${what}`);
}

function strings(target: string, v: unknown, field: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string"))
    fail(target, `"${field}" must be an array of strings`);
  return v as string[];
}

/** The manifest of a target bsdsock has one for (headers/<target>/manifest.json). */
export function loadManifest(target: string): Manifest {
  return loadManifestFile(join(manifestDir(target), "manifest.json"), target);
}

/**
 * A manifest from any file (--manifest): how a user describes a target bsdsock has none for, starting
 * from a copy of a similar one. `target`, when given, must be the one it names.
 */
export function loadManifestFile(path: string, expected?: string): Manifest {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(
      `cannot read manifest${expected ? ` for target "${expected}"` : ""} (${path}): ${(e as Error).message}`,
    );
  }
  const target = typeof raw.target === "string" ? raw.target : "";
  if (!/^[a-z0-9]+-[a-z0-9_]+$/.test(target))
    throw new Error(`${path}: "target" must be <platform>-<arch> as Node spells them (e.g. "linux-riscv64")`);
  if (expected !== undefined && target !== expected)
    fail(expected, `"target" is ${JSON.stringify(raw.target)}, expected "${expected}"`);
  for (const f of ["triple", "library"])
    if (typeof raw[f] !== "string") fail(target, `"${f}" must be a string`);
  for (const f of ["defines", "include", "systemInclude", "snapshotPackages", "headers", "structs"])
    strings(target, raw[f], f);
  // "families" was this field's name; address families are the families (headers/families/).
  if (raw.families !== undefined) fail(target, `"families" is now "constants" (the constant groups)`);
  const constants = raw.constants as ConstantGroup[];
  if (!Array.isArray(constants)) fail(target, `"constants" must be an array of constant groups`);
  const seen = new Set<string>();
  for (const fam of constants) {
    const problem = groupProblem(fam);
    if (problem) fail(target, problem);
    if (seen.has(fam.name)) fail(target, `family "${fam.name}" is listed twice`);
    seen.add(fam.name);
  }
  const functions = raw.functions as FunctionEntry[];
  if (!Array.isArray(functions) || functions.some((f) => typeof f.name !== "string"))
    fail(target, `"functions" must be an array of { name, out?, library? }`);
  for (const f of functions)
    if (f.library !== undefined && typeof f.library !== "string")
      fail(target, `function ${f.name}: "library" must be a string`);
  const provenance = (raw.provenance ?? []) as Manifest["provenance"];
  for (const p of provenance)
    if (
      typeof p.name !== "string" ||
      !Array.isArray(p.macros) ||
      p.macros.some(
        (m) => typeof m !== "string" && !(Array.isArray(m) && m.every((e) => typeof e === "string")),
      )
    )
      fail(target, `"provenance" entries need a name and macros (names, or lists of expressions)`);
  if (raw.addressFamilies !== undefined) strings(target, raw.addressFamilies, "addressFamilies");
  if (raw.separateHeaders !== undefined) strings(target, raw.separateHeaders, "separateHeaders");
  const k = raw.kernels as Record<string, unknown> | undefined;
  if (k !== undefined && !["dir", "package", "multiarch"].every((f) => typeof k[f] === "string"))
    fail(target, `"kernels" must be { dir, package, multiarch } (strings)`);
  const manifest = { ...(raw as unknown as Manifest), constants, functions, provenance };
  // The family specs' headers, constants and structs are part of what the target generates.
  return withFamilies(manifest, familySpecs(manifest));
}
