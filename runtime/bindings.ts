// The public view of the loaded bindings: where they came from and what they were generated from.
import { bindingsInfo, constants } from "./platform/bindings.js";
import type { BindingsInfo } from "./platform/bindings-info.js";

/** The bindings bsdsock runs with: `source` ("built-in" or a folder) and `target` (their provenance). */
export const bindings: BindingsInfo = bindingsInfo;

/**
 * The oldest of the pinned kernel header snapshots (`bindings.target.kernels`) that defines constant
 * `name`, e.g. "6.12" for `SO_PEERPIDFD`: a kernel older than that may refuse it (EINVAL, ENOPROTOOPT,
 * EAFNOSUPPORT). The oldest snapshot's version means "that one or earlier". undefined: the loaded
 * bindings do not define `name`, or carry no kernel history (Windows; a folder made from one header tree).
 */
export function kernelSince(name: string): string | undefined {
  const history = bindingsInfo.target.kernels;
  if (typeof name !== "string") throw new TypeError(`kernelSince: name must be a string, not ${typeof name}`);
  if (!history || !Object.hasOwn(constants, name)) return undefined;
  return Object.hasOwn(history.since, name) ? history.since[name] : history.snapshots[0]?.version;
}
