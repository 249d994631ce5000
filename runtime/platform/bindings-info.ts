// What bsdsock tells its users about the bindings it runs with, and the error it raises when it cannot
// use them. Types and one class, apart from bindings.ts, so the public declarations never reach the
// generated modules of every target (consumers' type checking stays small).

/** A bindings folder or target the runtime cannot use; the message says why and what to run. */
export class BindingsError extends Error {
  readonly code = "ERR_BSDSOCK_BINDINGS";
  constructor(message: string) {
    super(message);
    this.name = "BindingsError";
  }
}

/** One field of a generated struct: where it is and what it holds (clang's numbers for the target). */
export interface FieldLayout {
  readonly offset: number;
  readonly size: number;
  /** Storage type: fixed-width integers, "char", "T *", "T[n]", a record name, or "bytes[n]". */
  readonly type: string;
  /** The C type as the header writes it. */
  readonly ctype: string;
}

/** A generated struct or union: size, alignment and field offsets, as clang laid it out for the target. */
export interface StructLayout {
  readonly cname: string;
  readonly tag: "struct" | "union";
  readonly size: number;
  readonly align: number;
  readonly packed: boolean;
  readonly fields: { readonly [field: string]: FieldLayout };
}

/** What the loaded bindings were generated from, and for which processes. */
export interface TargetInfo {
  /** e.g. "linux-x64". */
  readonly name: string;
  readonly format: number;
  readonly platform: string;
  readonly arch: string;
  readonly pointerSize: number;
  /** The clang target triple, e.g. "x86_64-linux-gnu". */
  readonly triple: string;
  /** The shared library the functions come from, e.g. "libc.so.6". */
  readonly library: string;
  readonly clang: string;
  readonly headers: readonly string[];
  readonly defines: readonly string[];
  /** Header versions, e.g. { glibc: "2.36", "linux-uapi": "6.1.187" }. */
  readonly provenance: { readonly [what: string]: string };
  /** Debian packages a pinned snapshot was copied from (null: include dirs given to the generator). */
  readonly snapshot: { readonly [pkg: string]: string } | null;
  /**
   * What the pinned kernel header snapshots say about the constants, where the bindings were generated
   * from several (linux-x64); null otherwise (one header tree, or bindings older than this field).
   */
  readonly kernels: KernelHistory | null;
  readonly includeDirs: readonly string[] | null;
  readonly counts: { readonly [what: string]: number };
}

/** Several kernels' UAPI headers, pinned and compared: the bindings hold the newest. */
export interface KernelHistory {
  /** Oldest first, e.g. { version: "5.10", package: "linux-libc-dev 5.10.223-1" }. */
  readonly snapshots: readonly { readonly version: string; readonly package: string }[];
  /** Constants the oldest snapshot lacks → the oldest snapshot that defines them. */
  readonly since: { readonly [name: string]: string };
  /** Constants whose value differs between snapshots (mostly *_MAX) → version → value. */
  readonly changed: { readonly [name: string]: { readonly [version: string]: string } };
  /** Names an older snapshot defines and the newest does not → the last snapshot that has them. */
  readonly dropped: { readonly [name: string]: string };
}

/** The bindings bsdsock runs with. */
export interface BindingsInfo {
  /** "built-in", or the folder they were loaded from (BSDSOCK_BINDINGS or useBindings()). */
  readonly source: string;
  readonly target: TargetInfo;
}
