/**
 * Choose the bindings folder bsdsock loads (made by `npx bsdsock-generator --out DIR`), from code, before
 * bsdsock itself is first imported: the same as BSDSOCK_BINDINGS=DIR in the environment, which it
 * overrides. Nothing here imports the runtime, so choosing loads nothing.
 *
 * @module bsdsock/bindings
 */
import { resolve } from "node:path";
import { BindingsError } from "./platform/bindings-info.js";

let requested: string | undefined;
let loadedFrom: string | undefined;

/**
 * Makes bsdsock load the bindings in `dir` (made by `npx bsdsock-generator --out DIR`) instead of its
 * built-in ones. Call it before the first `import "bsdsock"` / `require("bsdsock")` runs: in ESM, from a
 * module imported before bsdsock, or before a dynamic `import("bsdsock")`. Throws once bsdsock has
 * loaded its bindings (they cannot change in a running process).
 */
export function useBindings(dir: string): void {
  if (typeof dir !== "string" || dir === "" || dir.includes("\0"))
    throw new TypeError(`useBindings() needs a folder path, got ${JSON.stringify(dir) ?? String(dir)}`);
  if (loadedFrom !== undefined)
    throw new BindingsError(
      `bsdsock has already loaded its bindings (${loadedFrom}); call useBindings() before bsdsock is first imported`,
    );
  requested = resolve(dir);
}

/** @internal The folder useBindings() chose, if any. */
export function requestedBindings(): string | undefined {
  return requested;
}

/** @internal Called once by the runtime when it has loaded its bindings. */
export function markBindingsLoaded(from: string): void {
  loadedFrom = from;
}
