// C type spellings as clang prints them ("const struct sockaddr *restrict", "uint8_t[16]",
// "union sockaddr_tipc::(unnamed at x.h:161:2)") parsed into a small tree, and typedefs resolved
// through the AST. This reads clang's output; it never evaluates anything.

export type CType =
  | { kind: "builtin"; name: string; const: boolean }
  | { kind: "record"; tag: "struct" | "union"; name: string; const: boolean }
  | { kind: "enum"; name: string; const: boolean }
  | { kind: "typedef"; name: string; const: boolean }
  | { kind: "anonymous"; tag: "struct" | "union" | "enum"; where: string; const: boolean }
  | { kind: "pointer"; to: CType; const: boolean }
  | { kind: "array"; of: CType; length: number; const: boolean }
  | { kind: "function"; const: boolean };

const QUALIFIERS = new Set(["const", "volatile", "restrict", "__restrict", "__restrict__", "_Atomic"]);
const BUILTIN_WORDS = new Set([
  "void",
  "char",
  "short",
  "int",
  "long",
  "signed",
  "unsigned",
  "float",
  "double",
  "_Bool",
  "__int128",
]);

function tokenize(s: string): string[] {
  const out: string[] = [];
  const re = /\s*(\(unnamed[^)]*\)|\(anonymous[^)]*\)|[A-Za-z_][A-Za-z0-9_]*(?:::\([^)]*\))?|\d+|\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && m[1]) out.push(m[1]);
  return out;
}

export function parseCType(spelling: string): CType {
  const tokens = tokenize(spelling);
  let i = 0;
  let isConst = false;
  const words: string[] = [];
  let tag: "struct" | "union" | "enum" | undefined;
  let tagName: string | undefined;
  let anonWhere: string | undefined;
  // Base type: qualifiers, builtin words, a tag with its name, or one typedef name.
  while (i < tokens.length) {
    const tok = tokens[i];
    if (QUALIFIERS.has(tok)) {
      if (tok === "const") isConst = true;
      i++;
    } else if (tok === "struct" || tok === "union" || tok === "enum") {
      tag = tok;
      i++;
      const next = tokens[i];
      if (next.startsWith("(unnamed") || next.startsWith("(anonymous") || next.includes("::(")) {
        anonWhere = next;
      } else {
        tagName = next;
      }
      i++;
    } else if (/^[A-Za-z_]/.test(tok) && (words.length === 0 || BUILTIN_WORDS.has(tok)) && !tag) {
      words.push(tok);
      i++;
      if (!BUILTIN_WORDS.has(tok)) break; // a typedef name stands alone
    } else break;
  }
  while (i < tokens.length && QUALIFIERS.has(tokens[i])) {
    if (tokens[i] === "const") isConst = true;
    i++;
  }
  let type: CType;
  if (tag && anonWhere) type = { kind: "anonymous", tag, where: anonWhere, const: isConst };
  else if (tag === "enum") type = { kind: "enum", name: tagName!, const: isConst };
  else if (tag) type = { kind: "record", tag, name: tagName!, const: isConst };
  else if (words.length > 0 && words.every((w) => BUILTIN_WORDS.has(w)))
    type = { kind: "builtin", name: canonicalBuiltin(words), const: isConst };
  else if (words.length === 1) type = { kind: "typedef", name: words[0], const: isConst };
  else throw new Error(`cannot parse C type "${spelling}"`);
  // Declarator: "(*)(...)" is a function pointer, "(...)" a function, then pointers, then arrays.
  const rest = tokens.slice(i);
  if (rest[0] === "(" && rest[1] === "*")
    return { kind: "pointer", to: { kind: "function", const: false }, const: false };
  if (rest[0] === "(") return { kind: "function", const: false };
  let j = 0;
  while (j < rest.length && rest[j] === "*") {
    j++;
    let ptrConst = false;
    while (j < rest.length && QUALIFIERS.has(rest[j])) {
      if (rest[j] === "const") ptrConst = true;
      j++;
    }
    type = { kind: "pointer", to: type, const: ptrConst };
  }
  const dims: number[] = [];
  while (j < rest.length && rest[j] === "[") {
    const n = rest[j + 1] === "]" ? 0 : Number(rest[j + 1]);
    if (!Number.isInteger(n)) throw new Error(`cannot parse array length in "${spelling}"`);
    dims.push(n);
    j += n === 0 && rest[j + 1] === "]" ? 2 : 3;
  }
  for (const n of dims.reverse()) type = { kind: "array", of: type, length: n, const: false };
  if (j !== rest.length)
    throw new Error(`cannot parse C type "${spelling}" (left: ${rest.slice(j).join(" ")})`);
  return type;
}

/** "long unsigned int" and "unsigned long" are the same type: one spelling for each. */
export function canonicalBuiltin(words: string[]): string {
  const count = (w: string) => words.filter((x) => x === w).length;
  const unsigned = words.includes("unsigned");
  const signed = words.includes("signed");
  if (words.includes("void")) return "void";
  if (words.includes("_Bool")) return "_Bool";
  if (words.includes("float")) return "float";
  if (words.includes("double")) return count("long") ? "long double" : "double";
  if (words.includes("__int128")) return unsigned ? "unsigned __int128" : "__int128";
  if (words.includes("char")) return unsigned ? "unsigned char" : signed ? "signed char" : "char";
  const base = words.includes("short")
    ? "short"
    : count("long") === 2
      ? "long long"
      : count("long") === 1
        ? "long"
        : "int";
  return unsigned ? `unsigned ${base}` : base;
}
