// The generator's model of one target: what the templates render and the proofs check.
import type { AddressFamilyModel } from "./address-families.js";

export interface IntInfo {
  bits: number;
  signed: boolean;
}

export interface Constant {
  name: string;
  /** The C identifier, when the exported name differs (a family's exportPrefix). */
  cname?: string;
  family: string;
  /** Exact decimal value as computed by clang. */
  value: string;
  /** The C type as written by the header (may be a typedef such as in_addr_t). */
  ctype: string;
  /** The builtin integer type it desugars to. */
  canonical: string;
  bits: number;
  signed: boolean;
  source: "macro" | "enum";
  file: string;
  /** From the manifest's separateHeaders, parsed in a translation unit of their own. */
  separate?: true;
}

export interface Exclusion {
  name: string;
  cname?: string;
  family: string;
  file: string;
  reason: string;
}

/** How a field's storage is typed, independent of koffi. */
export type FieldType =
  | { kind: "int"; bits: number; signed: boolean; char: boolean }
  | { kind: "float"; bits: number }
  | { kind: "pointer"; to: FieldType | "void" | "function" }
  | { kind: "array"; of: FieldType; length: number }
  | { kind: "record"; name: string }
  | { kind: "bytes"; length: number };

export interface Field {
  name: string;
  offset: number;
  size: number;
  type: FieldType;
  /** C spelling from the header, e.g. "sa_family_t" or "char[108]". */
  ctype: string;
  /** For opaque storage standing in for a run of bitfields: the bitfields it holds. */
  bitfields?: { name: string; width: number; ctype: string }[];
  /** The C expression clang evaluated for the offset (absent for bitfield runs). */
  cOffset?: string;
  /** Set when the header raises the field's alignment (`__attribute__((aligned(8)))`): clang's value. */
  align?: number;
}

export interface RecordLayout {
  name: string;
  /** How C names it, e.g. "struct sockaddr_in"; for nested anonymous records, where it lives. */
  cname: string;
  tag: "struct" | "union";
  size: number;
  align: number;
  packed: boolean;
  fields: Field[];
  /** For records with no C name of their own: the C expression path from their outermost record. */
  nestedIn?: { record: string; path: string };
  /** The C expressions clang evaluated for size and alignment (absent for anonymous members). */
  cSize?: string;
  cAlign?: string;
}

export interface FunctionParam {
  name: string;
  ctype: string;
  /** koffi type text, e.g. "int", "const char *", "sockaddr *". */
  koffi: string;
  out: boolean;
}

export interface FunctionSig {
  name: string;
  /**
   * The symbol C calls it by, when the headers rename it with an asm label (glibc's 64-bit time_t and
   * off_t variants: setsockopt is __setsockopt64 on 32-bit targets built with _TIME_BITS=64).
   */
  symbol?: string;
  result: { ctype: string; koffi: string };
  params: FunctionParam[];
  variadic: boolean;
  /** The shared library koffi loads it from. */
  library: string;
}

export interface TargetModel {
  target: string;
  triple: string;
  /** sizeof(void *) on the target: the runtime refuses bindings whose pointers differ from its own. */
  pointerSize: number;
  library: string;
  clang: string;
  provenance: { name: string; version: string }[];
  /** The pinned snapshot parsed: its packages, file count and include dirs (headers/<target>/include, …). */
  snapshot: { packages: Record<string, string>; files: number; dirs: string[] } | null;
  /** The include dirs parsed when they were not the pinned snapshot (--include, or the host's own). */
  includeDirs: string[] | null;
  headers: string[];
  /** Headers parsed on their own for the constants `headers` lack (manifest separateHeaders). */
  separateHeaders: string[];
  defines: string[];
  constants: Constant[];
  exclusions: Exclusion[];
  records: RecordLayout[];
  /** Manifest names that are aliases of another record (tipc_name_seq → tipc_service_range). */
  recordAliases: { name: string; of: string; cname: string }[];
  functions: FunctionSig[];
  families: string[];
  addressFamilies: AddressFamilyModel[];
  /** Every pinned kernel snapshot's word on the constants (null: the target pins one header tree). */
  kernelHistory: KernelHistory | null;
}

/** What a Linux target's pinned kernel snapshots say about its constants (generator/kernels.ts). */
export interface KernelHistory {
  /** Oldest first; the last is the one the bindings are generated from. */
  snapshots: { version: string; package: string }[];
  /** Constants the oldest snapshot lacks: name → the oldest snapshot that defines it. */
  since: Record<string, string>;
  /** Constants whose value is not the same in every snapshot that defines them: name → version → value. */
  changed: Record<string, Record<string, string>>;
  /** Names an older snapshot defines and the newest does not: name → the last snapshot that has it. */
  dropped: Record<string, string>;
}
