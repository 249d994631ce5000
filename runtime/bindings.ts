// The public view of the loaded bindings: where they came from and what they were generated from.
import { bindingsInfo } from "./platform/bindings.js";
import type { BindingsInfo } from "./platform/bindings-info.js";

/** The bindings bsdsock runs with: `source` ("built-in" or a folder) and `target` (their provenance). */
export const bindings: BindingsInfo = bindingsInfo;
