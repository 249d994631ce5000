// Loads this machine's generated bindings at run time. The runtime never reads one target's values on
// another: generated/constants-index.ts refuses an unknown platform, by name, before anything loads.
import type * as ConstantsModule from "../../generated/linux-x64/constants.js";
import type * as FunctionsModule from "../../generated/linux-x64/functions.js";
import type * as LayoutsModule from "../../generated/linux-x64/layouts.js";
import { hostTarget } from "../../generated/constants-index.js";

export { hostTarget };

// Typed as linux-x64's modules: every POSIX target generates the same names from the same manifest
// families; values and layouts are always this target's own.
const dir = `../../generated/${hostTarget}`;
export const constants: typeof ConstantsModule = await import(`${dir}/constants.js`);
export const ffi: typeof FunctionsModule = await import(`${dir}/functions.js`);
export const { layouts }: typeof LayoutsModule = await import(`${dir}/layouts.js`);
