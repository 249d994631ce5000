// Compares koffi's layout of a target's generated types with clang's layout table for that target. The
// generator tests run it on this host for every target; test/runtime/target.test.ts runs it in the
// process that loaded the bindings, where koffi has the target's own pointer size.
import type { TypeObject } from "koffi";

type Koffi = typeof import("koffi").default;
interface FieldLayout {
  offset: number;
  size: number;
  type: string;
}
export type LayoutTable = Record<
  string,
  { size: number; align: number; tag: string; fields: Record<string, FieldLayout> }
>;

/**
 * A member by name as C reaches it: directly, or inside a C11 anonymous member (koffi names those
 * __anonN), at its offset from the start of `t`.
 */
function member(
  koffi: Koffi,
  t: TypeObject,
  field: string,
): { offset: number; type: TypeObject } | undefined {
  const members = koffi.type(t).members ?? {};
  const direct = members[field];
  if (direct) return { offset: direct.offset, type: direct.type };
  for (const [name, m] of Object.entries(members)) {
    if (!name.startsWith("__anon")) continue;
    const inner = member(koffi, m.type, field);
    if (inner) return { offset: m.offset + inner.offset, type: inner.type };
  }
  return undefined;
}

/** Records that hold a pointer, directly or in a record they contain. */
export function recordsWithPointers(layouts: LayoutTable): Set<string> {
  const found = new Set<string>();
  const holds = (name: string, seen: Set<string>): boolean => {
    if (found.has(name)) return true;
    const l = layouts[name];
    if (!l || seen.has(name)) return false;
    seen.add(name);
    const yes = Object.values(l.fields).some((f) => {
      if (f.type.includes("*")) return true;
      const inner = f.type.replace(/\[\d*\]$/, "");
      return inner in layouts && holds(inner, seen);
    });
    if (yes) found.add(name);
    return yes;
  };
  for (const name of Object.keys(layouts)) holds(name, new Set());
  return found;
}

/**
 * Every difference between koffi's layout of `types` and `layouts` (size, alignment, each field's
 * offset and size), leaving out the records named in `leaveOut`; `checked` counts the fields compared.
 */
export function compareLayouts(
  koffi: Koffi,
  types: Record<string, TypeObject>,
  layouts: LayoutTable,
  leaveOut: Set<string> = new Set(),
): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const [name, layout] of Object.entries(layouts)) {
    if (leaveOut.has(name)) continue;
    const t = types[name];
    if (!t) {
      problems.push(`${name}: no koffi type`);
      continue;
    }
    if (koffi.sizeof(t) !== layout.size) problems.push(`${name}: size ${koffi.sizeof(t)} != ${layout.size}`);
    if (koffi.alignof(t) !== layout.align)
      problems.push(`${name}: align ${koffi.alignof(t)} != ${layout.align}`);
    for (const [field, f] of Object.entries(layout.fields)) {
      if (f.type.endsWith("[0]")) continue;
      const m = member(koffi, t, field);
      if (!m) {
        problems.push(`${name}.${field}: missing`);
        continue;
      }
      if (m.offset !== f.offset) problems.push(`${name}.${field}: offset ${m.offset} != ${f.offset}`);
      if (koffi.sizeof(m.type) !== f.size)
        problems.push(`${name}.${field}: size ${koffi.sizeof(m.type)} != ${f.size}`);
      checked++;
    }
  }
  return { checked, problems };
}
