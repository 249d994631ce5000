/**
 * bsdsock for programs that run on macOS only: the same API, with every constant all darwin targets
 * define typed as present (and no other platform's names). Importing it elsewhere throws.
 *
 * @module bsdsock/darwin
 */
import "./platform/only-darwin.js";
export * from "./api.js";
export * from "../generated/constants-darwin.js";
export type { AddressFamily } from "../generated/loaded.js";
// The specification's SHUT_* names, from the seam as on every target.
export { SHUT_RD, SHUT_WR, SHUT_RDWR } from "./shutdown.js";
