// Lists the macros the target's headers define, with the header that defined each, from
// `clang -E -dD`. Only names and kinds are read here; values are always computed by clang (values.ts).
import { runClang, includeLines, type ClangTarget } from "./clang.js";

export interface MacroInfo {
  name: string;
  /** Header path relative to its include dir, e.g. "bits/socket.h". */
  file: string;
  functionLike: boolean;
}

export function relativeHeader(path: string, includeDirs: string[]): string {
  for (const d of includeDirs) {
    const prefix = d.endsWith("/") ? d : d + "/";
    if (path.startsWith(prefix)) return path.slice(prefix.length);
  }
  // clang's builtin headers: keep only the part after "include/" so no host path is recorded.
  const i = path.lastIndexOf("/include/");
  return i >= 0 ? path.slice(i + "/include/".length) : path;
}

export function listMacros(t: ClangTarget): Map<string, MacroInfo> {
  const r = runClang(t, includeLines(t.headers), ["-E", "-dD"]);
  if (r.status !== 0) throw new Error(`clang -E failed for the target's headers:\n${r.stderr}`);
  const macros = new Map<string, MacroInfo>();
  let file = "";
  for (const line of r.stdout.split("\n")) {
    if (line.startsWith("# ")) {
      const m = /^# \d+ "(.*?)"/.exec(line);
      if (m) file = m[1];
      continue;
    }
    if (line.startsWith("#define ")) {
      const m = /^#define ([A-Za-z_][A-Za-z0-9_]*)(\(?)/.exec(line);
      if (!m || file.startsWith("<")) continue; // <built-in>, <command line>
      macros.set(m[1], { name: m[1], file: relativeHeader(file, t.includeDirs), functionLike: m[2] === "(" });
    } else if (line.startsWith("#undef ")) {
      macros.delete(line.slice(7).trim());
    }
  }
  return macros;
}
