// Struct and union layouts. The AST says which fields exist and their C types; clang's sizeof,
// _Alignof and offsetof, evaluated in the probe, say where they are. Nothing is laid out here.
import { walk, type AstNode } from "./ast.js";
import { parseCType, type CType } from "./ctype.js";
import type { Probe, ProbeAnswer } from "./probe.js";
import { includeLines, runClang, type ClangTarget } from "./clang.js";
import type { Field, FieldType, IntInfo, RecordLayout } from "./types.js";

export class TypeIndex {
  readonly typedefs = new Map<string, AstNode>();
  readonly records = new Map<string, AstNode>(); // "struct x" / "union x" → complete definition
  readonly byId = new Map<string, AstNode>();

  constructor(tu: AstNode) {
    for (const node of walk(tu)) {
      if (node.id) this.byId.set(node.id, node);
      if (node.kind === "TypedefDecl" && node.name) this.typedefs.set(node.name, node);
      if (node.kind === "RecordDecl" && node.name && node.completeDefinition)
        this.records.set(`${node.tagUsed} ${node.name}`, node);
    }
  }

  /** Follows typedefs until a non-typedef type; typedefs of anonymous records keep the typedef's name. */
  resolve(t: CType): CType | { kind: "anonRecordById"; node: AstNode; name: string; const: boolean } {
    let cur: CType = t;
    for (let guard = 0; guard < 64 && cur.kind === "typedef"; guard++) {
      const td = this.typedefs.get(cur.name);
      if (!td) throw new Error(`unknown typedef ${cur.name}`);
      const owned = findOwnedTag(td);
      if (owned) {
        const node = this.byId.get(owned);
        if (node?.kind === "RecordDecl" && !node.name)
          return { kind: "anonRecordById", node, name: cur.name, const: cur.const };
      }
      const next = parseCType(td.type!.qualType);
      cur = { ...next, const: next.const || cur.const } as CType;
    }
    return cur;
  }
}

function findOwnedTag(td: AstNode): string | undefined {
  for (const n of walk(td)) if (n.ownedTagDecl?.id) return n.ownedTagDecl.id;
  return undefined;
}

/** Drops the "at /path/file.h:12:3" clang adds to anonymous types, so no host path reaches the output. */
export function cleanSpelling(spelled: string): string {
  return spelled.replace(/ at [^)]*\)/g, ")");
}

export function isTransparentUnion(node: AstNode): boolean {
  return (node.inner ?? []).some((c) => c.kind === "TransparentUnionAttr");
}

export function isPacked(node: AstNode): boolean {
  return (node.inner ?? []).some((c) => c.kind === "PackedAttr");
}

interface PendingField {
  name: string;
  path: string; // C member path from the outermost record
  ctype: string;
  type: PendingType;
  bitWidth?: number;
  /** The header gives the field an aligned attribute: its alignment is probed. */
  aligned?: boolean;
  /**
   * The record is under `#pragma pack(N)` (macOS's group_req: pack(4) around a sockaddr_storage): the
   * field's alignment is probed, and kept where the pragma lowers it below its type's.
   */
  packLimited?: boolean;
}

type PendingType =
  | { kind: "int"; builtin: string }
  | { kind: "float"; bits: number }
  | { kind: "pointer"; to: PendingType | "void" | "function" }
  | { kind: "array"; of: PendingType; length: number }
  | { kind: "record"; name: string };

interface PendingRecord {
  name: string;
  cname: string;
  tag: "struct" | "union";
  packed: boolean;
  top: string; // C spelling of the outermost record, for offsetof
  path: string; // "" for a top-level record
  fields: PendingField[];
  /** Set for a C11 anonymous member: C cannot name it, so clang's layout dump gives its size. */
  anonymousKey?: string;
  base: string;
  cSize?: string;
  cAlign?: string;
  offsets: Map<string, string>;
}

/**
 * Collects the records the manifest names plus every record they contain by value, and registers the
 * probes that will lay them out. Call `finish` with the probe's answers.
 */
export class RecordCollector {
  private pending = new Map<string, PendingRecord>();
  private order: string[] = [];
  private pointerTargets = new Set<string>();

  constructor(
    private index: TypeIndex,
    private probe: Probe,
  ) {}

  /**
   * `cname` is how clang resolved the manifest's name, e.g. "struct tipc_service_range"; a typedef of
   * an anonymous record resolves to the typedef's own name, which then names the record.
   */
  addTopLevel(cname: string, typedefName?: string): string {
    if (!/^(struct|union) /.test(cname)) {
      const r = this.index.resolve({ kind: "typedef", name: typedefName ?? cname, const: false });
      if (r.kind === "anonRecordById") {
        if (!this.pending.has(r.name)) this.collect(r.node, r.name, r.name, r.name, "");
        return r.name;
      }
      if (r.kind === "record") return this.addTopLevel(`${r.tag} ${r.name}`);
      throw new Error(`${cname} is not a record type`);
    }
    const name = cname.replace(/^(struct|union) /, "");
    if (this.pending.has(name)) return name;
    const node = this.index.records.get(cname);
    if (!node) throw new Error(`no complete definition of ${cname} in the parsed headers`);
    this.collect(node, name, cname, cname, "");
    return name;
  }

  /** Anonymous members' where-strings ("(anonymous at file:line:col)"): their size comes from clang's layout dump. */
  readonly anonymousKeys = new Set<string>();

  /** The outermost records that contain anonymous members. */
  anonymousTops(): string[] {
    return [...this.pending.values()].filter((r) => r.anonymousKey).map((r) => r.top);
  }

  /**
   * A C member path that starts where `rec` starts (its first addressable field; any member of a
   * union), or undefined when there is none (a struct made only of bitfields).
   */
  private firstLeaf(rec: PendingRecord): string | undefined {
    const candidates = rec.tag === "union" ? rec.fields : rec.fields.slice(0, 1);
    for (const f of candidates) {
      if (f.bitWidth !== undefined) continue;
      const nested = f.type.kind === "record" ? this.pending.get(f.type.name) : undefined;
      const leaf = nested?.anonymousKey ? this.firstLeaf(nested) : f.path;
      if (leaf) return leaf;
    }
    return undefined;
  }

  private collect(
    node: AstNode,
    name: string,
    cname: string,
    top: string,
    path: string,
    anonymousKey?: string,
  ): void {
    const rec: PendingRecord = {
      name,
      cname,
      tag: node.tagUsed === "union" ? "union" : "struct",
      packed: isPacked(node),
      top,
      path,
      fields: [],
      anonymousKey,
      base: "",
      offsets: new Map(),
    };
    this.pending.set(name, rec);
    const packPragma = (node.inner ?? []).some((c) => c.kind === "MaxFieldAlignmentAttr");
    let lastAnon: AstNode | undefined;
    let anonCount = 0;
    for (const child of node.inner ?? []) {
      if (child.kind === "RecordDecl") {
        if (!child.name) lastAnon = child;
        continue;
      }
      if (child.kind !== "FieldDecl") continue;
      const fieldName = child.name ?? "";
      const memberName = fieldName || `__anon${anonCount++}`;
      // An unnamed member (C11 anonymous struct/union) adds no path component.
      const fieldPath = fieldName ? (path ? `${path}.${fieldName}` : fieldName) : path;
      const spelled = child.type!.qualType;
      const ctype = parseCType(spelled);
      let type: PendingType;
      if (ctype.kind === "anonymous") {
        if (!lastAnon) throw new Error(`${cname}: cannot find the definition of ${spelled}`);
        const nestedName = fieldName ? `${name}_${memberName}` : `${name}_anon${memberName.slice(6)}`;
        const key = fieldName ? undefined : /\((?:anonymous|unnamed)[^)]*\)/.exec(spelled)?.[0];
        if (!fieldName && !key) throw new Error(`${cname}: cannot identify anonymous member ${spelled}`);
        if (key) this.anonymousKeys.add(key);
        this.collect(lastAnon, nestedName, cleanSpelling(spelled), top, fieldPath, key);
        type = { kind: "record", name: nestedName };
        lastAnon = undefined;
      } else {
        type = this.pendingType(ctype, `${cname}.${memberName}`);
      }
      const bitWidth = child.isBitfield
        ? Number(child.inner?.find((c) => c.kind === "ConstantExpr")?.value)
        : undefined;
      const aligned = (child.inner ?? []).some((c) => c.kind === "AlignedAttr") || undefined;
      rec.fields.push({
        name: memberName,
        path: fieldPath,
        ctype: cleanSpelling(spelled),
        type,
        bitWidth,
        aligned,
        ...(packPragma && !isFlexible(type) ? { packLimited: true } : {}),
      });
    }
    this.order.push(name);
    const selector = (p: string) => `((${top} *)0)->${p}`;
    // Where this record starts inside the outermost one, as a C expression clang evaluates.
    const leaf = anonymousKey ? this.firstLeaf(rec) : path;
    if (anonymousKey && !leaf && rec.fields.some((f) => f.bitWidth === undefined))
      throw new Error(`${cname}: cannot locate this anonymous member in C`);
    rec.base = (path === "" && !anonymousKey) || !leaf ? "" : `__builtin_offsetof(${top}, ${leaf})`;
    if (!anonymousKey) {
      rec.cSize = path === "" ? `sizeof(${top})` : `sizeof(${selector(path)})`;
      rec.cAlign = path === "" ? `_Alignof(${top})` : `_Alignof(__typeof__(${selector(path)}))`;
      this.probe.value(`rec:${name}:size`, rec.cSize);
      this.probe.value(`rec:${name}:align`, rec.cAlign);
    }
    for (const f of rec.fields) {
      if (f.bitWidth !== undefined) continue;
      const nested = f.type.kind === "record" ? this.pending.get(f.type.name) : undefined;
      const fieldLeaf = nested?.anonymousKey ? this.firstLeaf(nested) : f.path;
      let rel: string;
      if (fieldLeaf) {
        const at = `__builtin_offsetof(${top}, ${fieldLeaf})`;
        rel = rec.base ? `${at} - ${rec.base}` : at;
      } else if (rec.tag === "union")
        rel = "0"; // a bitfield-only struct in a union: members start at 0
      else throw new Error(`${cname}.${f.name}: cannot locate this member in C`);
      rec.offsets.set(f.name, rel);
      this.probe.value(`rec:${name}:off:${f.name}`, rel);
      if (!isFlexible(f.type) && !nested?.anonymousKey)
        this.probe.value(`rec:${name}:sizeof:${f.name}`, `sizeof(${selector(f.path)})`);
      // __alignof__ of a member expression includes the member's own aligned attribute.
      if ((f.aligned || f.packLimited) && fieldLeaf)
        this.probe.value(`rec:${name}:align:${f.name}`, `__alignof__(${selector(fieldLeaf)})`);
      if (f.packLimited && fieldLeaf)
        this.probe.value(`rec:${name}:natural:${f.name}`, `_Alignof(__typeof__(${selector(fieldLeaf)}))`);
    }
  }

  private pendingType(t: CType, where: string): PendingType {
    const r = this.index.resolve(t);
    switch (r.kind) {
      case "builtin":
        if (r.name === "float") return { kind: "float", bits: 32 };
        if (r.name === "double") return { kind: "float", bits: 64 };
        if (r.name === "void") throw new Error(`${where}: void field`);
        return { kind: "int", builtin: r.name };
      case "enum":
        return { kind: "int", builtin: "unsigned int" }; // probed size check below catches other widths
      case "pointer": {
        const to = this.index.resolve(r.to);
        if (to.kind === "function") return { kind: "pointer", to: "function" };
        if (to.kind === "builtin" && to.name === "void") return { kind: "pointer", to: "void" };
        if (to.kind === "record") {
          this.pointerTargets.add(to.name);
          return { kind: "pointer", to: { kind: "record", name: to.name } };
        }
        if (to.kind === "anonRecordById" || to.kind === "anonymous") return { kind: "pointer", to: "void" };
        return { kind: "pointer", to: this.pendingType(r.to, where) };
      }
      case "array":
        return { kind: "array", of: this.pendingType(r.of, where), length: r.length };
      case "record":
        return { kind: "record", name: this.addTopLevel(`${r.tag} ${r.name}`) };
      case "anonRecordById":
        if (!this.pending.has(r.name)) this.collect(r.node, r.name, r.name, r.name, "");
        return { kind: "record", name: r.name };
      default:
        throw new Error(`${where}: unsupported field type ${JSON.stringify(r)}`);
    }
  }

  finish(
    answers: Map<string, ProbeAnswer>,
    ints: Map<string, IntInfo>,
    anonymous: Map<string, { size: number; align: number }> = new Map(),
  ): RecordLayout[] {
    const anonSize = (rec: PendingRecord) => {
      const l = anonymous.get(rec.anonymousKey!);
      if (!l) throw new Error(`clang's layout dump has no ${rec.anonymousKey}`);
      return l;
    };
    const num = (key: string): number => {
      const a = answers.get(key);
      if (!a || a.value === undefined) throw new Error(`layout probe ${key} failed: ${a?.error}`);
      return Number(a.value);
    };
    const known = new Set(this.pending.keys());
    const finalType = (p: PendingType): FieldType => {
      switch (p.kind) {
        case "int": {
          const info = ints.get(p.builtin);
          if (!info) throw new Error(`unknown integer type ${p.builtin}`);
          return { kind: "int", bits: info.bits, signed: info.signed, char: p.builtin === "char" };
        }
        case "float":
          return p;
        case "pointer":
          if (typeof p.to === "string") return { kind: "pointer", to: p.to };
          if (p.to.kind === "record" && !known.has(p.to.name)) return { kind: "pointer", to: "void" };
          return { kind: "pointer", to: finalType(p.to) };
        case "array":
          return { kind: "array", of: finalType(p.of), length: p.length };
        case "record":
          return p;
      }
    };
    const bitfieldStorage = (declared: PendingType, start: number, length: number): FieldType => {
      const unit = declared.kind === "int" ? ints.get(declared.builtin) : undefined;
      const bytes = unit ? unit.bits / 8 : 1;
      if (unit && bytes > 1 && start % bytes === 0 && length % bytes === 0)
        return {
          kind: "array",
          of: { kind: "int", bits: unit.bits, signed: false, char: false },
          length: length / bytes,
        };
      return { kind: "bytes", length };
    };
    const layouts: RecordLayout[] = [];
    for (const name of this.order) {
      const rec = this.pending.get(name)!;
      const size = rec.anonymousKey ? anonSize(rec).size : num(`rec:${name}:size`);
      const fields: Field[] = [];
      const plain = rec.fields.map((f, i) => ({ f, i }));
      for (let k = 0; k < plain.length; k++) {
        const { f } = plain[k];
        if (f.bitWidth === undefined) {
          const nested = f.type.kind === "record" ? this.pending.get(f.type.name) : undefined;
          const fieldSize = isFlexible(f.type)
            ? 0
            : nested?.anonymousKey
              ? anonSize(nested).size
              : num(`rec:${name}:sizeof:${f.name}`);
          fields.push({
            name: f.name,
            offset: num(`rec:${name}:off:${f.name}`),
            size: fieldSize,
            type: finalType(f.type),
            ctype: f.ctype,
            cOffset: rec.offsets.get(f.name),
            ...((f.aligned && answers.has(`rec:${name}:align:${f.name}`)) ||
            (f.packLimited &&
              answers.has(`rec:${name}:natural:${f.name}`) &&
              num(`rec:${name}:align:${f.name}`) < num(`rec:${name}:natural:${f.name}`))
              ? { align: num(`rec:${name}:align:${f.name}`) }
              : {}),
          });
          continue;
        }
        // A run of bitfields becomes opaque storage from the end of the previous field to the start of
        // the next one (or the end of the record); koffi has no bitfields. Whole units of the declared
        // type keep its alignment (Windows' SCOPE_ID: ULONG Zone:28, Level:4 is one aligned ULONG).
        const run: PendingField[] = [];
        while (k < plain.length && plain[k].f.bitWidth !== undefined) run.push(plain[k++].f);
        k--;
        const prev = fields[fields.length - 1];
        const start = prev ? prev.offset + prev.size : 0;
        const next = plain[k + 1]?.f;
        const end = next ? num(`rec:${name}:off:${next.name}`) : size;
        fields.push({
          name: `__bitfields_${run[0].name}`,
          offset: start,
          size: end - start,
          type: bitfieldStorage(run[0].type, start, end - start),
          ctype: run.map((b) => `${b.ctype} ${b.name}:${b.bitWidth}`).join("; "),
          bitfields: run.map((b) => ({ name: b.name, width: b.bitWidth!, ctype: b.ctype })),
        });
      }
      const topName = rec.top.replace(/^(struct|union) /, "");
      layouts.push({
        name,
        cname: rec.anonymousKey
          ? `${rec.top} (anonymous ${rec.tag} member${rec.path ? ` in ${rec.path}` : ""})`
          : rec.path === ""
            ? rec.cname
            : `${rec.top}.${rec.path}`,
        tag: rec.tag,
        size,
        align: rec.anonymousKey ? anonSize(rec).align : num(`rec:${name}:align`),
        packed: rec.packed,
        fields,
        cSize: rec.cSize,
        cAlign: rec.cAlign,
        ...(rec.path === "" && !rec.anonymousKey ? {} : { nestedIn: { record: topName, path: rec.path } }),
      });
    }
    // Dependencies first (by value, and by pointer where that makes no cycle), so koffi can type
    // most pointers; otherwise the order in which they were met.
    const byName = new Map(layouts.map((l) => [l.name, l]));
    const sorted: RecordLayout[] = [];
    const done = new Set<string>();
    const visit = (l: RecordLayout) => {
      if (done.has(l.name)) return;
      done.add(l.name);
      for (const f of l.fields)
        for (const dep of referencedRecords(f.type)) if (byName.has(dep)) visit(byName.get(dep)!);
      sorted.push(l);
    };
    layouts.forEach(visit);
    return sorted;
  }
}

function referencedRecords(t: FieldType): string[] {
  if (t.kind === "record") return [t.name];
  if (t.kind === "array") return referencedRecords(t.of);
  if (t.kind === "pointer" && typeof t.to !== "string") return referencedRecords(t.to);
  return [];
}

/** A flexible array member (`unsigned char data[]`) has no size of its own. */
function isFlexible(t: PendingType): boolean {
  return t.kind === "array" && t.length === 0;
}

/**
 * Sizes and alignments of C11 anonymous members, which C cannot name (so no sizeof): read from clang's
 * own record-layout dump for the records that contain them, keyed by "(anonymous at file:line:col)".
 */
export function dumpAnonymousLayouts(
  t: ClangTarget,
  tops: string[],
): Map<string, { size: number; align: number }> {
  const probe = tops.map((top, i) => `int __bsd_layout_${i} = sizeof(${top});`).join("\n");
  const r = runClang(t, includeLines(t.headers) + probe + "\n", [
    "-fsyntax-only",
    "-Xclang",
    "-fdump-record-layouts",
  ]);
  if (r.status !== 0) throw new Error(`clang could not dump record layouts:\n${r.stderr}`);
  const out = new Map<string, { size: number; align: number }>();
  for (const block of r.stdout.split("*** Dumping AST Record Layout").slice(1)) {
    const head = /^\s*0 \| (?:struct|union) (.*)$/m.exec(block)?.[1] ?? "";
    const key = /\((?:anonymous|unnamed)[^)]*\)\s*$/.exec(head.trim())?.[0];
    const size = /\[sizeof=(\d+),.*?align=(\d+)/s.exec(block);
    if (key && size) out.set(key, { size: Number(size[1]), align: Number(size[2]) });
  }
  return out;
}
