// Turns the model into the plain data the templates print: every string a template needs is made
// here, so templates hold layout and wording only.
import { koffiPrototype } from "./functions.js";
import type { Constant, Field, FieldType, FunctionSig, RecordLayout, TargetModel } from "./types.js";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function tsLiteral(c: Constant): string {
  const v = BigInt(c.value);
  return v > MAX_SAFE || v < -MAX_SAFE ? `${v}n` : `${v}`;
}

/** A compact width code: i32, u32, u64... */
export function widthCode(c: { bits: number; signed: boolean }): string {
  return `${c.signed ? "i" : "u"}${c.bits}`;
}

/** How the plain layout table names a field type (no koffi needed to read it). */
export function typeText(t: FieldType): string {
  switch (t.kind) {
    case "int":
      return t.char ? "char" : `${t.signed ? "" : "u"}int${t.bits}_t`;
    case "float":
      return t.bits === 32 ? "float" : "double";
    case "pointer":
      return t.to === "void" ? "void *" : t.to === "function" ? "function *" : `${typeText(t.to)} *`;
    case "array":
      return `${typeText(t.of)}[${t.length}]`;
    case "record":
      return t.name;
    case "bytes":
      return `bytes[${t.length}]`;
  }
}

/** The koffi expression for a field type; pointers to records not yet defined fall back to void *. */
export function koffiExpr(t: FieldType, defined: Set<string>): string {
  switch (t.kind) {
    case "int":
    case "float":
      return JSON.stringify(typeText(t));
    case "pointer": {
      if (t.to === "void" || t.to === "function") return JSON.stringify("void *");
      if (t.to.kind === "record" && !defined.has(t.to.name)) return JSON.stringify("void *");
      if (t.to.kind === "int" && t.to.char) return JSON.stringify("char *");
      return `koffi.pointer(${koffiExpr(t.to, defined)})`;
    }
    case "array":
      return `koffi.array(${koffiExpr(t.of, defined)}, ${t.length}${t.of.kind === "int" && t.of.char ? "" : ', "Array"'})`;
    case "record":
      return t.name;
    case "bytes":
      return `koffi.array("uint8_t", ${t.length}, "Array")`;
  }
}

export interface ConstantView {
  name: string;
  /** The C identifier the value comes from (the name itself unless the family has an exportPrefix). */
  cName: string;
  renamed: boolean;
  literal: string;
  ctype: string;
  width: string;
  file: string;
  /** C literal of the same value for the proof file. */
  cLiteral: string;
  cCanonical: string;
  negative: boolean;
  /** Valued in the separate translation unit (its proof is the second half of proof.c). */
  separate: boolean;
  /** Where pinned kernel snapshots say it is newer than the oldest of them: "since Linux 6.12 …". */
  history?: string;
}

/** A constant's kernel history for its doc comment: set only where it is not in every snapshot. */
function historyNote(model: TargetModel, name: string): string | undefined {
  const h = model.kernelHistory;
  const since = h?.since[name];
  if (!h || since === undefined) return undefined;
  const versions = h.snapshots.map((s) => s.version);
  const before = versions[versions.indexOf(since) - 1];
  return `Linux headers since ${since} of the pinned ${versions.join(", ")} (not in ${before}): older kernels may refuse it`;
}

function cLiteral(c: Constant): string {
  const v = BigInt(c.value);
  if (v === -(1n << 63n)) return "(-9223372036854775807LL - 1)";
  return v < 0n ? `(${v}LL)` : `${v}ULL`;
}

export function views(model: TargetModel, command: string) {
  const families = model.families.map((name) => {
    const cs = model.constants.filter((c) => c.family === name);
    return {
      name,
      constants: cs.map<ConstantView>((c) => ({
        name: c.name,
        cName: c.cname ?? c.name,
        renamed: c.cname !== undefined,
        literal: tsLiteral(c),
        ctype: c.ctype,
        width: widthCode(c),
        file: c.file,
        cLiteral: cLiteral(c),
        cCanonical: c.canonical,
        negative: BigInt(c.value) < 0n,
        history: historyNote(model, c.name),
        separate: c.separate === true,
      })),
      excluded: model.exclusions.filter((e) => e.family === name).length,
    };
  });

  const byName = new Map(model.records.map((r) => [r.name, r]));
  /**
   * The fields of C11 anonymous members, reachable in C as if they were the record's own
   * (sockaddr_in6.sin6_scope_id on Windows): listed in the layout table at their absolute offsets.
   */
  const promoted = (
    r: RecordLayout,
    base = 0,
    nested = false,
  ): { name: string; offset: number; field: Field }[] =>
    r.fields.flatMap((f) => {
      const inner =
        f.name.startsWith("__anon") && f.type.kind === "record" ? byName.get(f.type.name) : undefined;
      if (inner) return promoted(inner, base + f.offset, true);
      return nested && !f.name.startsWith("__") ? [{ name: f.name, offset: base + f.offset, field: f }] : [];
    });

  /** The alignment koffi gives a field it is declared (a record's is the one clang measured). */
  const naturalAlign = (t: FieldType): number => {
    switch (t.kind) {
      case "int":
      case "float":
        return t.bits / 8;
      case "pointer":
        return model.pointerSize;
      case "array":
        return naturalAlign(t.of);
      case "record":
        return byName.get(t.name)?.align ?? 1;
      case "bytes":
        return 1;
    }
  };
  /**
   * koffi leaves flexible array members out, so a record aligned by one alone (bcm_msg_head's
   * can_frame frames[] on 32-bit targets, where its longs are 4 bytes) would come out smaller: its
   * first field, at offset 0, then carries the record's alignment, which moves nothing.
   */
  const flexibleAlign = (r: RecordLayout): number | undefined => {
    if (r.tag !== "struct" || r.packed) return undefined;
    const kept = r.fields.filter((f) => !(f.type.kind === "array" && f.type.length === 0));
    if (kept.length === r.fields.length || !kept.length || kept[0]!.align) return undefined;
    const given = Math.max(...kept.map((f) => f.align ?? naturalAlign(f.type)));
    return r.align > given ? r.align : undefined;
  };

  const defined = new Set<string>();
  const records = model.records.map((r: RecordLayout) => {
    const raised = flexibleAlign(r);
    const view = {
      name: r.name,
      cname: r.cname,
      tag: r.tag,
      size: r.size,
      align: r.align,
      packed: r.packed,
      // koffi.pack makes structs only; a packed union keeps koffi.union, and the layout tests then prove
      // koffi's natural layout is the packed one (true when every member is bytes, as in can_frame).
      koffiCall: r.tag === "union" ? "koffi.union" : r.packed ? "koffi.pack" : "koffi.struct",
      // The C expressions the proof file asserts (none for anonymous members: C cannot name them).
      cSizeExpr: r.cSize,
      cAlignExpr: r.cAlign,
      fields: r.fields.map((f, i) => ({
        name: f.name,
        offset: f.offset,
        size: f.size,
        type: typeText(f.type),
        ctype: f.ctype,
        // koffi's [alignment, type] form for a field the header aligns beyond its type.
        koffi:
          (f.align ?? (i === 0 ? raised : undefined))
            ? `[${f.align ?? raised}, ${koffiExpr(f.type, defined)}]`
            : koffiExpr(f.type, defined),
        bitfields: f.bitfields ? JSON.stringify(f.bitfields) : undefined,
        flexible: f.type.kind === "array" && f.type.length === 0,
        // Bitfield runs are not addressable in C; the proof checks their neighbours instead.
        cOffsetExpr: f.cOffset,
      })),
      members: promoted(r).map((m) => ({
        name: m.name,
        offset: m.offset,
        size: m.field.size,
        type: typeText(m.field.type),
        ctype: m.field.ctype,
        bitfields: m.field.bitfields ? JSON.stringify(m.field.bitfields) : undefined,
        cOffsetExpr: r.cSize && !m.field.bitfields ? `__builtin_offsetof(${r.cname}, ${m.name})` : undefined,
      })),
    };
    defined.add(r.name);
    return view;
  });

  const functions = model.functions.map((f: FunctionSig) => ({
    name: f.name,
    prototype: koffiPrototype(f),
    c: `${f.result.ctype} ${f.name}(${[...f.params.map((p) => `${p.ctype} ${p.name}`), ...(f.variadic ? ["..."] : [])].join(", ")})${f.symbol ? ` __asm__("${f.symbol}")` : ""}`,
    variadic: f.variadic,
    library: f.library,
    tsParams:
      f.params.map((p) => `${p.name}: ${tsParamType(p.koffi)}`).join(", ") +
      (f.variadic ? `${f.params.length ? ", " : ""}...rest: unknown[]` : ""),
    tsResult: tsResultType(f.result.koffi),
  }));

  const provenanceText = model.provenance.map((p) => `${p.name} ${p.version}`).join(", ");
  const snapshotText = model.snapshot
    ? `pinned snapshot ${model.snapshot.dirs.join(" + ")} (${model.snapshot.files} files from ${Object.entries(
        model.snapshot.packages,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")})`
    : `headers from ${(model.includeDirs ?? []).join(", ")}`;
  const [platform, ...arch] = model.target.split("-");
  return {
    target: model.target,
    platform,
    arch: arch.join("-"),
    pointerSize: model.pointerSize,
    triple: model.triple,
    library: model.library,
    libraries: JSON.stringify([...new Set([model.library, ...model.functions.map((f) => f.library)])]),
    clang: model.clang,
    command,
    provenanceText,
    snapshotText,
    provenance: model.provenance,
    snapshot: model.snapshot ? JSON.stringify(model.snapshot.packages) : "null",
    kernelHistory: JSON.stringify(model.kernelHistory),
    // Debian packages by name; another registry's are prefixed with it ("npm:@scope/name").
    snapshotSources: Object.keys(model.snapshot?.packages ?? {}).some((k) => k.startsWith("npm:"))
      ? "Packages (npm: from the npm registry)"
      : "Debian packages",
    includeDirsJson: JSON.stringify(model.includeDirs),
    headers: model.headers,
    headersJson: JSON.stringify(model.headers),
    defines: model.defines.map((d) => ({
      name: d.split("=")[0],
      value: d.includes("=") ? d.slice(d.indexOf("=") + 1) : "1",
    })),
    definesJson: JSON.stringify(model.defines),
    families,
    addressFamilies: model.addressFamilies,
    familiesJson: families.map((f) => ({
      name: f.name,
      names: JSON.stringify(f.constants.map((c) => c.name)),
    })),
    constants: families.flatMap((f) => f.constants).filter((c) => !c.separate),
    separateConstants: families.flatMap((f) => f.constants).filter((c) => c.separate),
    separateHeaders: model.separateHeaders,
    exclusions: model.exclusions.map((e) => ({ ...e, reasonJson: JSON.stringify(e.reason) })),
    records,
    aliases: model.recordAliases.map((a) => ({
      ...a,
      cof: model.records.find((r) => r.name === a.of)!.cname,
    })),
    functions,
    counts: {
      constants: model.constants.length,
      exclusions: model.exclusions.length,
      records: model.records.length,
      functions: model.functions.length,
    },
  };
}

function tsParamType(koffi: string): string {
  if (/^(u?int(8|16|32)_t|float|double)$/.test(koffi)) return "number";
  if (/^u?int64_t$/.test(koffi)) return "number | bigint";
  if (koffi === "const char *") return "string | Uint8Array | null";
  if (!koffi.endsWith("*")) return "object"; // a record passed by value
  return "Pointer";
}

function tsResultType(koffi: string): string {
  if (koffi === "void") return "void";
  if (/^(u?int(8|16|32)_t|float|double)$/.test(koffi)) return "number";
  if (/^u?int64_t$/.test(koffi)) return "number | bigint";
  if (koffi === "const char *" || koffi === "char *") return "string | null";
  return "unknown";
}
