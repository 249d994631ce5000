// Function signatures from the AST's declarations, typedefs resolved, rendered as koffi prototypes.
import type { AstNode } from "./ast.js";
import { runClang, includeLines, type ClangTarget } from "./clang.js";
import { parseCType, type CType } from "./ctype.js";
import { isTransparentUnion, type TypeIndex } from "./records.js";
import type { FunctionEntry } from "./manifest.js";
import type { FunctionSig, IntInfo } from "./types.js";

const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

export function koffiInt(info: IntInfo): string {
  return `${info.signed ? "" : "u"}int${info.bits}_t`;
}

/**
 * The koffi spelling of a parameter or result type. Integers become fixed-width types of the target's
 * width; char pointers stay strings; pointers to records we emit keep their type; other pointers are
 * void *. glibc's transparent unions (__CONST_SOCKADDR_ARG) pass as their first member.
 */
export function koffiType(
  t: CType,
  index: TypeIndex,
  ints: Map<string, IntInfo>,
  records: Set<string>,
  where: string,
): string {
  const r = index.resolve(t);
  const c = r.const ? "const " : "";
  switch (r.kind) {
    case "builtin": {
      if (r.name === "void") return "void";
      if (r.name === "float" || r.name === "double") return r.name;
      const info = ints.get(r.name);
      if (!info) throw new Error(`${where}: unsupported type ${r.name}`);
      return koffiInt(info);
    }
    case "enum":
      return "int";
    case "pointer": {
      const to = index.resolve(r.to);
      if (to.kind === "builtin" && to.name === "char") return `${to.const ? "const " : ""}char *`;
      if (to.kind === "record" && records.has(to.name)) return `${to.const ? "const " : ""}${to.name} *`;
      if (to.kind === "pointer") {
        const inner = index.resolve(to.to);
        if (inner.kind === "builtin" && inner.name === "char") return "char **";
        if (inner.kind === "record" && records.has(inner.name)) return `${inner.name} **`;
        return "void **";
      }
      return `${to.const ? "const " : ""}void *`;
    }
    case "array":
      return "void *";
    case "anonRecordById":
      if (r.node.tagUsed === "union" && isTransparentUnion(r.node)) {
        const first = r.node.inner?.find((f) => f.kind === "FieldDecl");
        if (!first) throw new Error(`${where}: empty transparent union`);
        return koffiType(parseCType(first.type!.qualType), index, ints, records, where);
      }
      return `${c}${r.name}`;
    case "record":
      return `${c}${r.name}`;
    default:
      throw new Error(`${where}: unsupported type ${JSON.stringify(r)}`);
  }
}

/** The return type part of a function type spelling: everything before the parameter list. */
function resultSpelling(fnType: string): string {
  let depth = 0;
  for (let i = fnType.length - 1; i >= 0; i--) {
    if (fnType[i] === ")") depth++;
    else if (fnType[i] === "(") {
      depth--;
      if (depth === 0) return fnType.slice(0, i).trim();
    }
  }
  throw new Error(`not a function type: ${fnType}`);
}

/**
 * The symbols that asm labels give the named functions. clang's JSON AST marks an AsmLabelAttr but
 * not its text, so clang compiles each function's address to LLVM IR and names the symbol itself.
 */
export function asmSymbols(t: ClangTarget, names: string[]): Map<string, string> {
  const symbols = new Map<string, string>();
  if (!names.length) return symbols;
  const source =
    includeLines(t.headers) + names.map((n) => `void *__bsd_symbol_${n} = (void *)&${n};`).join("\n") + "\n";
  const r = runClang(t, source, ["-S", "-emit-llvm", "-o", "-"]);
  if (r.status !== 0) throw new Error(`cannot resolve asm labels of ${names.join(", ")}:\n${r.stderr}`);
  for (const line of r.stdout.split("\n")) {
    // A label LLVM must not mangle is quoted with a \01 prefix (@"\01_socketpair" on Mach-O).
    const m = /^@__bsd_symbol_(\w+) = .*@(?:"\\01([^"]+)"|([A-Za-z_.$][\w.$]*))/.exec(line);
    if (!m) continue;
    let symbol = (m[2] ?? m[3])!;
    // Mach-O spells C symbols with a leading underscore, which dlsym (and koffi) do not take.
    if (m[2] !== undefined && /-apple-/.test(t.triple) && symbol.startsWith("_")) symbol = symbol.slice(1);
    symbols.set(m[1]!, symbol);
  }
  for (const n of names) if (!symbols.has(n)) throw new Error(`clang gave no symbol for ${n}'s asm label`);
  return symbols;
}

/** Manifest functions whose declarations carry an asm label (see asmSymbols). */
export function labelledFunctions(tu: AstNode, entries: FunctionEntry[]): string[] {
  const wanted = new Set(entries.map((e) => e.name));
  const labelled = new Set<string>();
  for (const node of tu.inner ?? [])
    if (node.kind === "FunctionDecl" && node.name && wanted.has(node.name))
      if ((node.inner ?? []).some((c) => c.kind === "AsmLabelAttr")) labelled.add(node.name);
  return [...labelled];
}

export function collectFunctions(
  tu: AstNode,
  entries: FunctionEntry[],
  index: TypeIndex,
  ints: Map<string, IntInfo>,
  records: Set<string>,
  library: string,
  symbols: Map<string, string> = new Map(),
): FunctionSig[] {
  const decls = new Map<string, AstNode>();
  for (const node of tu.inner ?? [])
    if (node.kind === "FunctionDecl" && node.name) decls.set(node.name, node);
  return entries.map((entry) => {
    const decl = decls.get(entry.name);
    if (!decl) throw new Error(`function ${entry.name} is not declared by the target's headers`);
    const symbol = symbols.get(entry.name);
    const params = (decl.inner ?? []).filter((c) => c.kind === "ParmVarDecl");
    const out = new Set(entry.out ?? []);
    const sig: FunctionSig = {
      name: entry.name,
      ...(symbol !== undefined && symbol !== entry.name ? { symbol } : {}),
      variadic: decl.variadic === true,
      library: entry.library ?? library,
      result: (() => {
        const spelled = resultSpelling(decl.type!.qualType);
        return {
          ctype: spelled,
          koffi: koffiType(parseCType(spelled), index, ints, records, `${entry.name} result`),
        };
      })(),
      params: params.map((p, i) => {
        const bare = (p.name ?? "").replace(/^_+/, "") || `arg${i}`;
        // A C name may be a JS reserved word (inet_ntoa's `in`).
        const name = RESERVED.has(bare) ? `${bare}_` : bare;
        const spelled = p.type!.qualType;
        return {
          name,
          ctype: spelled,
          koffi: koffiType(parseCType(spelled), index, ints, records, `${entry.name}(${name})`),
          out: out.has(name),
        };
      }),
    };
    for (const o of out)
      if (!sig.params.some((p) => p.name === o))
        throw new Error(`manifest: ${entry.name} has no parameter "${o}" to mark out`);
    return sig;
  });
}

export function koffiPrototype(sig: FunctionSig): string {
  const params = sig.params.map((p) => `${p.out ? "_Out_ " : ""}${p.koffi} ${p.name}`);
  if (sig.variadic) params.push("...");
  return `${sig.result.koffi} ${sig.symbol ?? sig.name}(${params.join(", ")})`;
}
