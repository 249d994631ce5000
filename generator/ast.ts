// Reading clang's JSON AST: the whole translation unit (enums, records, typedefs, functions) and
// filtered probe dumps, where clang has already evaluated every value into a ConstantExpr.
import { runClang, includeLines, type ClangTarget } from "./clang.js";

export interface AstNode {
  id?: string;
  kind: string;
  name?: string;
  type?: { qualType: string; desugaredQualType?: string; typeAliasDeclId?: string };
  inner?: AstNode[];
  loc?: Record<string, unknown>;
  tagUsed?: "struct" | "union" | "enum";
  completeDefinition?: boolean;
  isBitfield?: boolean;
  isImplicit?: boolean;
  variadic?: boolean;
  value?: string;
  ownedTagDecl?: { id: string; kind: string; name?: string };
  [key: string]: unknown;
}

/**
 * The whole translation unit. `functions`, when given, names the only functions whose parameters and
 * bodies are kept: the others keep their name, location and type (Winsock's headers bring thousands
 * of inline bodies, most of the JSON, which is then never parsed).
 */
export function dumpTranslationUnit(t: ClangTarget, functions?: Set<string>): AstNode {
  const r = runClang(t, includeLines(t.headers), ["-fsyntax-only", "-Xclang", "-ast-dump=json"]);
  if (r.status !== 0) throw new Error(`clang could not parse the target's headers:\n${r.stderr}`);
  return JSON.parse(functions ? dropFunctionBodies(r.stdout, functions) : r.stdout) as AstNode;
}

/**
 * Cuts the `inner` of top-level FunctionDecls not in `keep` out of clang's pretty-printed JSON (each
 * top-level declaration starts at a line "    {" and its fields sit six spaces in). What is cut may
 * name a header file that later locations leave out (clang prints a file only when it changes), so
 * the last one it names is kept on a stub child, where walkWithFile finds it in the same order.
 */
export function dropFunctionBodies(json: string, keep: Set<string>): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = json.indexOf('\n    {\n      "id": ', at);
    if (start < 0) break;
    const end = json.indexOf("\n    }", start + 1);
    const chunkHead = json.slice(start, Math.min(end, start + 400));
    const inner = json.indexOf('\n      "inner": [', start);
    const name = /\n {6}"name": "([^"]*)"/.exec(json.slice(start, inner < 0 || inner > end ? end : inner));
    if (
      !chunkHead.includes('\n      "kind": "FunctionDecl",') ||
      inner < 0 ||
      inner > end ||
      (name && keep.has(name[1]!))
    ) {
      out.push(json.slice(at, end));
      at = end;
      continue;
    }
    // The file the cut part ends in: the last one it prints, as clang tracks it (not includedFrom).
    const cut = json.slice(inner, end);
    let last = "";
    for (let i = cut.lastIndexOf('"file": '); i >= 0; i = cut.lastIndexOf('"file": ', i - 1)) {
      if (/"includedFrom": \{\s*$/.test(cut.slice(Math.max(0, i - 40), i))) continue;
      last = JSON.parse(cut.slice(i + 8, cut.indexOf("\n", i)).replace(/,$/, "")) as string;
      break;
    }
    // The head ends with the comma that led to "inner".
    const head = json.slice(at, inner);
    out.push(
      last
        ? `${head}\n      "inner": [{ "kind": "Cut", "loc": { "file": ${JSON.stringify(last)} } }]`
        : head.slice(0, -1),
    );
    at = end;
  }
  out.push(json.slice(at));
  return out.join("");
}

/**
 * `-ast-dump-filter` prints one pretty-printed JSON object per matching declaration, back to back.
 * Each object's closing brace is the only "}" at column 0, which is where we split.
 */
export function parseFilteredDump(text: string): AstNode[] {
  return text
    .split(/^\}$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => JSON.parse(s + "}") as AstNode);
}

/** The value clang computed for an enumerator: the first ConstantExpr under it. */
export function constantExpr(node: AstNode): AstNode | undefined {
  for (const child of node.inner ?? []) {
    if (child.kind === "ConstantExpr") return child;
    if (child.kind === "ImplicitCastExpr") {
      const deeper = constantExpr(child);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/** Walks every node once, depth first, in source order. */
export function* walk(node: AstNode): Generator<AstNode> {
  yield node;
  for (const child of node.inner ?? []) yield* walk(child);
}

/**
 * clang's JSON leaves out a location's file when it equals the previous one printed, so the file of
 * a declaration is the last file seen before it in document order.
 */
export function* walkWithFile(node: AstNode, state = { file: "" }): Generator<[AstNode, string]> {
  const loc = node.loc as Record<string, any> | undefined;
  const f = loc?.file ?? loc?.expansionLoc?.file ?? loc?.spellingLoc?.file;
  if (typeof f === "string") state.file = f;
  const range = node.range as Record<string, any> | undefined;
  yield [node, state.file];
  for (const end of [range?.begin, range?.end]) {
    const rf = end?.file ?? end?.expansionLoc?.file;
    if (typeof rf === "string") state.file = rf;
  }
  for (const child of node.inner ?? []) yield* walkWithFile(child, state);
}
