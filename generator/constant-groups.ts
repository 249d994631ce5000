// Constant families: how a manifest (or a family spec) claims macros and enumerators by name, and the
// name each is exported under.

export interface ConstantGroup {
  name: string;
  prefix?: string;
  pattern?: string;
  names?: string[];
  /** Only macros defined in a header whose path contains one of these strings. */
  files?: string[];
  /**
   * Prepended to the C name to make the exported one, where the C names are too generic to export as
   * they are: linux/can/bcm.h's TX_SETUP is CPython's (and bsdsock's) CAN_BCM_TX_SETUP.
   */
  exportPrefix?: string;
}

/** What is wrong with a family as written, or undefined. */
export function groupProblem(fam: ConstantGroup): string | undefined {
  if (typeof fam.name !== "string") return "every constant family needs a name";
  const ways = [fam.prefix, fam.pattern, fam.names].filter((x) => x !== undefined).length;
  if (ways !== 1) return `constant family "${fam.name}" needs exactly one of prefix, pattern, names`;
  if (fam.pattern !== undefined) {
    try {
      new RegExp(fam.pattern);
    } catch (e) {
      return `constant family "${fam.name}": bad pattern: ${(e as Error).message}`;
    }
  }
  if (fam.exportPrefix !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(fam.exportPrefix))
    return `constant family "${fam.name}": exportPrefix must be an upper-case C identifier prefix`;
  return undefined;
}

/** Which family a name belongs to: an explicit name list wins, then the longest prefix, then patterns. */
export function groupOf(
  families: ConstantGroup[],
  name: string,
  file: string | undefined,
): ConstantGroup | undefined {
  const fileOk = (f: ConstantGroup) =>
    !f.files || (file !== undefined && f.files.some((s) => file.includes(s)));
  const listed = families.find((f) => f.names?.includes(name));
  if (listed) return listed;
  let best: ConstantGroup | undefined;
  for (const f of families) {
    if (
      f.prefix &&
      name.startsWith(f.prefix) &&
      fileOk(f) &&
      (!best || f.prefix.length > best.prefix!.length)
    )
      best = f;
  }
  if (best) return best;
  return families.find((f) => f.pattern && new RegExp(f.pattern).test(name) && fileOk(f));
}

/** The name a C constant is exported under. */
export function exportName(fam: ConstantGroup, cname: string): string {
  return (fam.exportPrefix ?? "") + cname;
}
