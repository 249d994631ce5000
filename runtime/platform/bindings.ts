// Loads this machine's generated bindings at run time. The runtime never reads one target's values on
// another: generated/constants-index.ts refuses a platform without bindings, by name, before anything
// loads, and checkRuntimeTarget refuses one whose bindings exist but whose runtime seam does not.
import type * as ConstantsModule from "../../generated/linux-x64/constants.js";
import type * as FunctionsModule from "../../generated/linux-x64/functions.js";
import type * as LayoutsModule from "../../generated/linux-x64/layouts.js";
import { hostTarget } from "../../generated/constants-index.js";

export { hostTarget };

/** Targets the hand-written runtime runs on (POSIX and Winsock seams); others have no bindings or seam. */
export const RUNTIME_TARGETS = ["linux-x64", "linux-arm64", "win32-x64"] as const;

export function checkRuntimeTarget(target: string): void {
  if ((RUNTIME_TARGETS as readonly string[]).includes(target)) return;
  throw new Error(
    `bsdsock cannot run on ${target}: its runtime has no platform seam or tested bindings for it ` +
      `(runtime targets: ${RUNTIME_TARGETS.join(", ")})`,
  );
}

checkRuntimeTarget(hostTarget);

// Typed as linux-x64's modules: every POSIX target generates the same names from the same manifest
// families, and the Winsock seam retypes them as win32's (platform/winsock/api.ts); values and layouts
// are always this target's own.
const dir = `../../generated/${hostTarget}`;
export const constants: typeof ConstantsModule = await import(`${dir}/constants.js`);
export const ffi: typeof FunctionsModule = await import(`${dir}/functions.js`);
export const { layouts }: typeof LayoutsModule = await import(`${dir}/layouts.js`);
