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

export function dumpTranslationUnit(t: ClangTarget): AstNode {
  const r = runClang(t, includeLines(t.headers), ["-fsyntax-only", "-Xclang", "-ast-dump=json"]);
  if (r.status !== 0) throw new Error(`clang could not parse the target's headers:\n${r.stderr}`);
  return JSON.parse(r.stdout) as AstNode;
}

/**
 * The asm labels of the translation unit's function declarations (name → label). clang's JSON dump
 * omits the label's text, so it is read from the text dump; only called when a bound function has one
 * (macOS declares most of libSystem's calls with `__DARWIN_ALIAS`).
 */
export function functionAsmLabels(t: ClangTarget): Map<string, string> {
  const r = runClang(t, includeLines(t.headers), ["-fsyntax-only", "-Xclang", "-ast-dump"]);
  if (r.status !== 0) throw new Error(`clang could not parse the target's headers:\n${r.stderr}`);
  const labels = new Map<string, string>();
  let current: string | undefined;
  for (const line of r.stdout.split("\n")) {
    const decl = /-FunctionDecl\b[^']*?\s([A-Za-z_]\w*) '/.exec(line);
    if (decl) current = decl[1];
    else if (
      /-(?:FunctionDecl|VarDecl|RecordDecl|TypedefDecl|EnumDecl)\b/.test(line) &&
      !/ParmVarDecl/.test(line)
    )
      current = undefined;
    const label = /-AsmLabelAttr\b.*? "([^"]*)"/.exec(line);
    if (label && current !== undefined) labels.set(current, label[1]!);
  }
  return labels;
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
