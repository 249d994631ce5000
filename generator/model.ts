// Builds the whole model of one target from its headers: two probe passes (target facts, then
// values and layouts) around one full AST dump.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { dumpTranslationUnit } from "./ast.js";
import { clangVersion, type ClangTarget } from "./clang.js";
import {
  listCandidates,
  probeConstants,
  probeIntegerTypes,
  separateCandidates,
  type Candidate,
} from "./constants.js";
import { asmSymbols, collectFunctions, labelledFunctions } from "./functions.js";
import { manifestDir, type Manifest } from "./manifest.js";
import { Probe } from "./probe.js";
import { dumpAnonymousLayouts, RecordCollector, TypeIndex } from "./records.js";
import type { Constant, Exclusion, TargetModel } from "./types.js";
import { kernelIncludeDirs, pinnedKernels } from "./kernels.js";
import { packageRoot } from "./paths.js";
import { resolveFamilies, type FamilySpec } from "./address-families.js";

/**
 * The include dirs a target is parsed from: the dirs given (--include), else its pinned snapshot
 * (headers/<target>/include, in the repository, after the chosen — by default the newest — pinned
 * kernel's UAPI headers where the target pins kernels), else the host's own headers the manifest names
 * (systemInclude) — how an installed generator regenerates for the machine it runs on.
 */
export function resolveIncludes(
  manifest: Manifest,
  includeOverride?: string[],
  kernel?: string,
): { dirs: string[]; pinned: boolean } {
  if (includeOverride?.length) {
    for (const d of includeOverride) if (!existsSync(d)) throw new Error(`include dir ${d} does not exist`);
    return { dirs: includeOverride, pinned: false };
  }
  const pinned = manifest.include.map((d) => join(manifestDir(manifest.target), d));
  if (pinned.every((d) => existsSync(d))) {
    const kernels = pinnedKernels(manifest);
    if (!manifest.kernels) return { dirs: pinned, pinned: true };
    const k = kernel ?? kernels[kernels.length - 1];
    if (k === undefined || !kernels.includes(k))
      throw new Error(
        `headers/${manifest.target}: ${k === undefined ? "no kernel snapshot is pinned" : `no kernel ${k} is pinned (${kernels.join(", ")})`}; ` +
          `pin one with: npm run generate -- --target ${manifest.target} --pin-kernel linux-libc-dev_<version>.deb`,
      );
    return { dirs: [...kernelIncludeDirs(manifest, k), ...pinned], pinned: true };
  }
  const system = manifest.systemInclude;
  if (system.length && system.every((d) => existsSync(d))) return { dirs: system, pinned: false };
  throw new Error(
    `no headers for ${manifest.target}: no pinned snapshot (${pinned.join(", ")}) and not the host's ` +
      `${system.join(", ") || "(none named)"}; give the include dirs with --include DIR` +
      ` (in the repository, pin them with: npm run generate -- --snapshot --target ${manifest.target})`,
  );
}

export function clangTarget(manifest: Manifest, includeOverride?: string[], kernel?: string): ClangTarget {
  const { dirs } = resolveIncludes(manifest, includeOverride, kernel);
  return { triple: manifest.triple, defines: manifest.defines, includeDirs: dirs, headers: manifest.headers };
}

export function readSnapshotInfo(manifest: Manifest, includeOverride?: string[]): TargetModel["snapshot"] {
  const { dirs, pinned } = resolveIncludes(manifest, includeOverride);
  if (!pinned) return null;
  // Each pinned tree's record sits beside it; another target's manifest may share one (win32-arm64
  // parses win32-x64's mingw-w64 headers), and a kernel's UAPI tree comes before the libc one.
  const packages: Record<string, string> = {};
  let files = 0;
  const shown: string[] = [];
  const read = new Set<string>();
  for (const d of dirs) {
    const path = join(dirname(d), "snapshot.json");
    if (!existsSync(path)) continue;
    const s = JSON.parse(readFileSync(path, "utf8"));
    shown.push(relative(packageRoot, d).split(sep).join("/"));
    if (read.has(path)) continue;
    read.add(path);
    Object.assign(packages, s.packages);
    // A shared kernel record lists every arch's files: count the ones this target parses.
    const base = dirname(path);
    const keys = Object.keys(s.files);
    files += s.debs
      ? keys.filter((f) => dirs.some((x) => join(base, f).startsWith(x + sep))).length
      : keys.length;
  }
  if (!shown.length) return null;
  return { packages, files, dirs: shown };
}

/** The manifest's separateHeaders as a translation unit of their own (null: it has none). */
export function separateTarget(t: ClangTarget, manifest: Manifest): ClangTarget | null {
  const headers = manifest.separateHeaders ?? [];
  return headers.length ? { ...t, headers } : null;
}

/**
 * The constants and exclusions the separate unit adds to the main unit's `main` candidates, valued in
 * that unit (one probe: its integer types, then each candidate), each marked `separate`.
 */
export function separateConstants(
  t: ClangTarget,
  manifest: Manifest,
  main: Candidate[],
): { candidates: Candidate[]; constants: Constant[]; exclusions: Exclusion[] } {
  const s = separateTarget(t, manifest);
  if (!s) return { candidates: [], constants: [], exclusions: [] };
  const candidates = separateCandidates(s, dumpTranslationUnit(s, new Set()), manifest.constants, main);
  const probe = new Probe();
  const finishInts = probeIntegerTypes(probe);
  const finish = probeConstants(probe, candidates);
  const answers = probe.run(s);
  const { constants, exclusions } = finish(answers, finishInts(answers));
  return { candidates, constants: constants.map((c) => ({ ...c, separate: true })), exclusions };
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The constants one pinned kernel's headers give (with the target's libc snapshot): for its history. */
export function kernelConstants(manifest: Manifest, kernel: string): Constant[] {
  const t = clangTarget(manifest, undefined, kernel);
  const probe = new Probe();
  const finishInts = probeIntegerTypes(probe);
  const candidates = listCandidates(t, dumpTranslationUnit(t, new Set()), manifest.constants);
  const finish = probeConstants(probe, candidates);
  const answers = probe.run(t);
  const main = finish(answers, finishInts(answers)).constants;
  return [...main, ...separateConstants(t, manifest, candidates).constants].sort(byName);
}

export function buildModel(
  manifest: Manifest,
  includeOverride?: string[],
  specs: FamilySpec[] = [],
): TargetModel {
  const t = clangTarget(manifest, includeOverride);
  const tu = dumpTranslationUnit(t, new Set(manifest.functions.map((f) => f.name)));
  const index = new TypeIndex(tu);

  // Pass 1: facts about the target itself, and what the manifest's record names resolve to.
  const facts = new Probe();
  const finishInts = probeIntegerTypes(facts);
  facts.value("pointer:size", "sizeof(void *)");
  const alternatives = (m: string | string[]): string[] => (typeof m === "string" ? [m] : m);
  for (const p of manifest.provenance)
    for (const m of p.macros) for (const e of alternatives(m)) facts.value(`prov:${e}`, e);
  for (const s of manifest.structs) {
    facts.type(`struct:${s}`, `struct ${s}`);
    facts.type(`union:${s}`, `union ${s}`);
    facts.type(`typedef:${s}`, s); // Winsock names most records by typedef (WSADATA, ADDRINFOA)
  }
  const factAnswers = facts.run(t);
  const ints = finishInts(factAnswers);
  const provenance = manifest.provenance.map((p) => ({
    name: p.name,
    version: p.macros
      .map((m) => {
        const tried = alternatives(m).map((e) => factAnswers.get(`prov:${e}`)!);
        const a = tried.find((t) => t.value !== undefined);
        if (!a)
          throw new Error(
            `provenance macro ${alternatives(m).join(" or ")} has no value: ${tried[0]!.error}`,
          );
        return a.value;
      })
      .join("."),
  }));

  // Pass 2: constants and layouts.
  const probe = new Probe();
  const candidates = listCandidates(t, tu, manifest.constants);
  // A name the manifest lists explicitly must exist: a silent gap there is a wrong manifest.
  const found = new Set(candidates.map((c) => c.cname ?? c.name));
  const missing = manifest.constants.flatMap((f) => (f.names ?? []).filter((n) => !found.has(n)));
  if (missing.length)
    throw new Error(`manifest names not defined by the target's headers: ${missing.join(", ")}`);
  const finishConstants = probeConstants(probe, candidates);
  const collector = new RecordCollector(index, probe);
  const recordAliases: TargetModel["recordAliases"] = [];
  for (const s of manifest.structs) {
    const kind = (["struct", "union", "typedef"] as const).find(
      (k) => factAnswers.get(`${k}:${s}`)!.error === undefined,
    );
    const a = kind && factAnswers.get(`${kind}:${s}`)!;
    if (!a || !a.canonicalType)
      throw new Error(
        `manifest struct ${s}: no struct, union or typedef of that name in the target's headers`,
      );
    const real = collector.addTopLevel(a.canonicalType, s);
    if (real !== s) recordAliases.push({ name: s, of: real, cname: kind === "typedef" ? s : `${kind} ${s}` });
  }
  const answers = probe.run(t);
  const own = finishConstants(answers, ints);
  const separate = separateConstants(t, manifest, candidates);
  const constants = [...own.constants, ...separate.constants].sort(byName);
  const exclusions = [...own.exclusions, ...separate.exclusions].sort(byName);
  const tops = [...new Set(collector.anonymousTops())];
  const anonymous = collector.anonymousKeys.size ? dumpAnonymousLayouts(t, tops) : undefined;
  const records = collector.finish(answers, ints, anonymous);
  const functions = collectFunctions(
    tu,
    manifest.functions,
    index,
    ints,
    new Set(records.map((r) => r.name)),
    manifest.library,
    asmSymbols(t, labelledFunctions(tu, manifest.functions)),
  );

  return {
    target: manifest.target,
    triple: manifest.triple,
    pointerSize: Number(factAnswers.get("pointer:size")!.value),
    library: manifest.library,
    clang: clangVersion(),
    provenance,
    snapshot: readSnapshotInfo(manifest, includeOverride),
    includeDirs: resolveIncludes(manifest, includeOverride).pinned ? null : t.includeDirs,
    headers: manifest.headers,
    separateHeaders: manifest.separateHeaders ?? [],
    defines: manifest.defines,
    constants,
    exclusions,
    records,
    recordAliases,
    functions,
    families: manifest.constants.map((f) => f.name),
    addressFamilies: resolveFamilies(specs, constants, records, recordAliases),
    kernelHistory: null,
  };
}
