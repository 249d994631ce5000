// Address family specs: all a user writes to add a protocol family. A spec (headers/families/<name>.json,
// or any file given with --family) names the family's headers, its constant groups, its sockaddr
// struct and the shape of its address tuple. The generator merges the first three into the target's
// manifest and emits the tuple shape, resolved against the target's own layout, into
// generated/<target>/families.ts; runtime/address/spec.ts turns each entry into a codec.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { groupProblem, type ConstantGroup } from "./constant-groups.js";
import type { Manifest } from "./manifest.js";
import type { Constant, Field, RecordLayout } from "./types.js";

/** How one tuple member is stored in its sockaddr field. */
export const ENCODINGS = {
  uint: "unsigned integer in host byte order",
  int: "signed integer in host byte order",
  net: "unsigned integer in network byte order (ports, ethertypes)",
  ifname: "interface name in JS, interface index in C (if_nametoindex / if_indextoname)",
  bytes: "bytes (a Buffer), at most the field's size; `lengthField` receives the length",
  string: "text (UTF-8) in a char array, NUL-terminated: at most the field's size minus one",
} as const;
export type Encoding = keyof typeof ENCODINGS;

export interface AddressMember {
  /** The tuple member's name (documentation and error messages). */
  name: string;
  /** The sockaddr field it is stored in; a dotted path reaches into nested records ("can_addr.tp.rx_id"). */
  field: string;
  as: Encoding;
  /** Trailing members may be left out of the tuple; they are then 0 (or empty). */
  optional?: boolean;
  /** For `bytes`: the field that holds the length. */
  lengthField?: string;
}

/** The integer types an option value can have; a name not listed here takes a C int. */
export const OPTION_TYPES = {
  int32: [4, true],
  uint32: [4, false],
  int64: [8, true],
  uint64: [8, false],
} as const;
export type OptionType = keyof typeof OPTION_TYPES;

/**
 * Socket options whose value is an integer other than a C int (the headers say so only in comments):
 * getsockopt/setsockopt without a buffer use this width, e.g. AF_VSOCK's unsigned long long sizes.
 */
export interface OptionSpec {
  /** The level constant, e.g. "AF_VSOCK". */
  level: string;
  names: string[];
  type: OptionType;
}

export interface FamilySpec {
  /** The spec's name: its file name without .json. */
  name: string;
  /** The AF_* constant, e.g. "AF_PACKET". */
  family: string;
  headers: string[];
  constants: ConstantGroup[];
  /** The sockaddr record, e.g. "sockaddr_ll". */
  sockaddr: string;
  /** Its address-family field, e.g. "sll_family". */
  familyField: string;
  address: AddressMember[];
  options: OptionSpec[];
}

import { familiesDir } from "./paths.js";

export { familiesDir };

export function loadFamilySpec(path: string): FamilySpec {
  const where = `family spec ${path}`;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read ${where}: ${(e as Error).message}`);
  }
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  for (const k of ["family", "sockaddr", "familyField"])
    if (typeof raw[k] !== "string") fail(`"${k}" must be a string`);
  if (!/^AF_[A-Z0-9_]+$/.test(raw.family as string)) fail(`"family" must be an AF_* name`);
  if (!Array.isArray(raw.headers) || raw.headers.some((h) => typeof h !== "string"))
    fail(`"headers" must be an array of header names`);
  const constants = (raw.constants ?? []) as ConstantGroup[];
  if (!Array.isArray(constants)) fail(`"constants" must be an array of constant groups`);
  for (const c of constants) {
    const problem = groupProblem(c);
    if (problem) fail(problem);
  }
  const address = raw.address as AddressMember[];
  if (!Array.isArray(address) || address.length === 0) fail(`"address" must list the tuple's members`);
  let optionalSeen = false;
  for (const m of address) {
    if (typeof m.name !== "string" || typeof m.field !== "string")
      fail(`every address member needs a name and a field`);
    if (!(m.as in ENCODINGS))
      fail(`member ${m.name}: "as" must be one of ${Object.keys(ENCODINGS).join(", ")}`);
    if (m.lengthField !== undefined && m.as !== "bytes")
      fail(`member ${m.name}: only bytes take a lengthField`);
    if (optionalSeen && !m.optional)
      fail(`member ${m.name}: a required member cannot follow an optional one`);
    optionalSeen ||= m.optional === true;
  }
  const options = (raw.options ?? []) as OptionSpec[];
  if (!Array.isArray(options)) fail(`"options" must be an array`);
  for (const o of options) {
    if (typeof o.level !== "string" || !Array.isArray(o.names) || o.names.some((n) => typeof n !== "string"))
      fail(`every option entry needs a level constant and names`);
    if (!Object.hasOwn(OPTION_TYPES, o.type))
      fail(
        `option type must be one of ${Object.keys(OPTION_TYPES).join(", ")}, got ${JSON.stringify(o.type)}`,
      );
  }
  return {
    name: basename(path).replace(/\.json$/, ""),
    family: raw.family as string,
    headers: raw.headers as string[],
    constants,
    sockaddr: raw.sockaddr as string,
    familyField: raw.familyField as string,
    address,
    options,
  };
}

/** The specs a manifest names (headers/families/<name>.json) followed by extra spec files. */
export function familySpecs(manifest: Manifest, extraFiles: string[] = []): FamilySpec[] {
  const specs = [
    ...(manifest.addressFamilies ?? []).map((n) => loadFamilySpec(join(familiesDir, `${n}.json`))),
    ...extraFiles.map(loadFamilySpec),
  ];
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.family)) throw new Error(`two family specs describe ${s.family}`);
    seen.add(s.family);
  }
  return specs;
}

/** The manifest with the specs' headers, constant groups and sockaddr structs added. */
export function withFamilies(manifest: Manifest, specs: FamilySpec[]): Manifest {
  if (specs.length === 0) return manifest;
  const add = <T>(list: T[], items: T[], key: (t: T) => string) => {
    const have = new Set(list.map(key));
    return [...list, ...items.filter((i) => !have.has(key(i)))];
  };
  return {
    ...manifest,
    headers: add(
      manifest.headers,
      specs.flatMap((s) => s.headers),
      (h) => h,
    ),
    constants: add(
      manifest.constants,
      specs.flatMap((s) => s.constants),
      (f) => f.name,
    ),
    structs: add(
      manifest.structs,
      specs.map((s) => s.sockaddr),
      (s) => s,
    ),
  };
}

/** One address member resolved against the target's layout. */
export interface ResolvedMember {
  name: string;
  as: Encoding;
  offset: number;
  size: number;
  optional: boolean;
  lengthOffset?: number;
  lengthSize?: number;
}

/** An option of non-int width, with its level and name resolved to this target's values. */
export interface ResolvedOption {
  name: string;
  level: number;
  value: number;
  size: number;
  signed: boolean;
}

export interface AddressFamilyModel {
  spec: string;
  family: string;
  value: number;
  sockaddr: string;
  size: number;
  familyOffset: number;
  members: ResolvedMember[];
  options: ResolvedOption[];
}

/** Resolves every spec's tuple against this target's constants and record layouts. */
export function resolveFamilies(
  specs: FamilySpec[],
  constants: Constant[],
  records: RecordLayout[],
  aliases: { name: string; of: string }[],
): AddressFamilyModel[] {
  const byName = new Map(records.map((r) => [r.name, r]));
  const record = (name: string) => byName.get(aliases.find((a) => a.name === name)?.of ?? name);
  return specs.map((s) => {
    const where = `family spec ${s.name} (${s.family})`;
    const value = constants.find((c) => c.name === s.family);
    if (!value) throw new Error(`${where}: ${s.family} is not defined by this target's headers`);
    const top = record(s.sockaddr);
    if (!top) throw new Error(`${where}: struct ${s.sockaddr} is not laid out for this target`);
    const field = (path: string) => {
      let rec: RecordLayout | undefined = top;
      let offset = 0;
      let found: { offset: number; size: number; kind: string } | undefined;
      for (const part of path.split(".")) {
        const f: Field | undefined = rec?.fields.find((x) => x.name === part);
        if (!f) throw new Error(`${where}: ${s.sockaddr} has no field ${path}`);
        offset += f.offset;
        found = { offset, size: f.size, kind: f.type.kind };
        rec = f.type.kind === "record" ? byName.get(f.type.name) : undefined;
      }
      return found!;
    };
    const fam = field(s.familyField);
    const valueOf = (name: string): number => {
      const c = constants.find((k) => k.name === name);
      if (!c) throw new Error(`${where}: option constant ${name} is not defined by this target's headers`);
      return Number(c.value);
    };
    const options = s.options.flatMap((o) =>
      o.names.map((name) => ({
        name,
        level: valueOf(o.level),
        value: valueOf(name),
        size: OPTION_TYPES[o.type][0],
        signed: OPTION_TYPES[o.type][1],
      })),
    );
    return {
      spec: s.name,
      family: s.family,
      value: Number(value.value),
      sockaddr: s.sockaddr,
      size: top.size,
      familyOffset: fam.offset,
      members: s.address.map((m) => {
        const f = field(m.field);
        if (m.as !== "bytes" && m.as !== "string" && ![1, 2, 4, 8].includes(f.size))
          throw new Error(`${where}: ${m.field} is ${f.size} bytes, not an integer field for "${m.as}"`);
        const len = m.lengthField ? field(m.lengthField) : undefined;
        return {
          name: m.name,
          as: m.as,
          offset: f.offset,
          size: f.size,
          optional: m.optional === true,
          ...(len ? { lengthOffset: len.offset, lengthSize: len.size } : {}),
        };
      }),
      options,
    };
  });
}
