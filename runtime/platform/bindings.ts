// Picks this machine's generated bindings at run time. The runtime never reads one target's values
// on another: an unknown platform fails here, by name, before any call is made.
import type * as ConstantsModule from "../../generated/linux-x64/constants.js";
import type * as FunctionsModule from "../../generated/linux-x64/functions.js";
import type * as LayoutsModule from "../../generated/linux-x64/layouts.js";

export const SUPPORTED_TARGETS = ["linux-x64"] as const;
export const hostTarget = `${process.platform}-${process.arch}`;

if (!(SUPPORTED_TARGETS as readonly string[]).includes(hostTarget)) {
  throw new Error(
    `bsdsock has no bindings for ${hostTarget} (it has: ${SUPPORTED_TARGETS.join(", ")}); ` +
      `generate them with: npm run generate -- --target ${hostTarget}`,
  );
}

const dir = `../../generated/${hostTarget}`;
export const constants: typeof ConstantsModule = await import(`${dir}/constants.js`);
export const ffi: typeof FunctionsModule = await import(`${dir}/functions.js`);
export const { layouts }: typeof LayoutsModule = await import(`${dir}/layouts.js`);
