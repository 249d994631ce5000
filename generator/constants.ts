// Constant families: every macro and enumerator whose name matches a manifest family, valued by
// clang for the target. What clang cannot turn into an integer is excluded with clang's reason.
import { walkWithFile, type AstNode } from "./ast.js";
import { listMacros, relativeHeader } from "./macros.js";
import { exportName, groupOf, type ConstantGroup } from "./constant-groups.js";
import { Probe } from "./probe.js";
import { canonicalBuiltin } from "./ctype.js";
import type { ClangTarget } from "./clang.js";
import type { Constant, Exclusion, IntInfo } from "./types.js";

export interface Candidate {
  /** The exported name. */
  name: string;
  /** The C identifier, when it differs from the exported name (a family's exportPrefix). */
  cname?: string;
  family: string;
  file: string;
  source: "macro" | "enum";
  functionLike: boolean;
}

function names(fam: ConstantGroup, cname: string): { name: string; cname?: string } {
  const name = exportName(fam, cname);
  return name === cname ? { name } : { name, cname };
}

/** Every name in the parsed headers that a family claims. Used by the generator and the completeness test. */
export function listCandidates(t: ClangTarget, tu: AstNode, families: ConstantGroup[]): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const m of listMacros(t).values()) {
    const fam = groupOf(families, m.name, m.file);
    if (fam)
      found.set(m.name, {
        ...names(fam, m.name),
        family: fam.name,
        file: m.file,
        source: "macro",
        functionLike: m.functionLike,
      });
  }
  for (const [node, file] of walkWithFile(tu)) {
    if (node.kind !== "EnumConstantDecl" || !node.name) continue;
    const rel = relativeHeader(file, t.includeDirs);
    const fam = groupOf(families, node.name, rel);
    // glibc defines many enumerators to themselves too (#define SOCK_STREAM SOCK_STREAM): keep the enum.
    if (fam)
      found.set(node.name, {
        ...names(fam, node.name),
        family: fam.name,
        file: rel,
        source: "enum",
        functionLike: false,
      });
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const INTEGER_TYPES = [
  "char",
  "signed char",
  "unsigned char",
  "short",
  "unsigned short",
  "int",
  "unsigned int",
  "long",
  "unsigned long",
  "long long",
  "unsigned long long",
  "_Bool",
];

/** Width and signedness of every builtin integer type, as the target defines them. */
export function probeIntegerTypes(probe: Probe): (answers: ReturnType<Probe["run"]>) => Map<string, IntInfo> {
  for (const ty of INTEGER_TYPES) {
    probe.value(`int:size:${ty}`, `sizeof(${ty})`);
    probe.value(`int:signed:${ty}`, `(${ty})-1 < 0`);
  }
  return (answers) => {
    const out = new Map<string, IntInfo>();
    for (const ty of INTEGER_TYPES) {
      const size = answers.get(`int:size:${ty}`)?.value;
      const signed = answers.get(`int:signed:${ty}`)?.value;
      if (size === undefined || signed === undefined)
        throw new Error(`clang could not size ${ty} for the target`);
      out.set(ty, { bits: Number(size) * 8, signed: signed === "1" });
    }
    return out;
  };
}

export function intInfo(
  ints: Map<string, IntInfo>,
  spelling: string,
): { canonical: string; info: IntInfo } | undefined {
  const words = spelling
    .replace(/\b(const|volatile)\b/g, " ")
    .trim()
    .split(/\s+/);
  let canonical: string;
  try {
    canonical = canonicalBuiltin(words);
  } catch {
    return undefined;
  }
  const info = ints.get(canonical);
  return info ? { canonical, info } : undefined;
}

export function probeConstants(probe: Probe, candidates: Candidate[]) {
  for (const c of candidates) if (!c.functionLike) probe.value(`const:${c.name}`, c.cname ?? c.name);
  return (answers: ReturnType<Probe["run"]>, ints: Map<string, IntInfo>) => {
    const constants: Constant[] = [];
    const exclusions: Exclusion[] = [];
    for (const c of candidates) {
      const base = { name: c.name, family: c.family, file: c.file, ...(c.cname ? { cname: c.cname } : {}) };
      if (c.functionLike) {
        exclusions.push({ ...base, reason: "function-like macro" });
        continue;
      }
      const a = answers.get(`const:${c.name}`)!;
      if (a.error !== undefined || a.value === undefined) {
        exclusions.push({ ...base, reason: `not an integer constant: ${a.error}` });
        continue;
      }
      const it = intInfo(ints, a.canonicalType ?? "");
      if (!it) {
        exclusions.push({ ...base, reason: `not an integer type: ${a.canonicalType}` });
        continue;
      }
      constants.push({
        ...base,
        value: a.value,
        ctype: a.type ?? it.canonical,
        canonical: it.canonical,
        bits: it.info.bits,
        signed: it.info.signed,
        source: c.source,
      });
    }
    return { constants, exclusions };
  };
}

/**
 * The candidates of the manifest's separateHeaders (their own translation unit) that the main unit's
 * do not already name: what the kernel's headers add where they cannot be included beside glibc's.
 */
export function separateCandidates(
  t: ClangTarget,
  tu: AstNode,
  families: ConstantGroup[],
  main: Candidate[],
): Candidate[] {
  const known = new Set(main.map((c) => c.name));
  return listCandidates(t, tu, families).filter((c) => !known.has(c.name));
}
