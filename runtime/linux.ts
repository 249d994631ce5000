/**
 * bsdsock for programs that run on Linux only: the same API, with every constant all Linux targets
 * define typed as present (and no other platform's names). Importing it elsewhere throws.
 *
 * @module bsdsock/linux
 */
import "./platform/only-linux.js";
export * from "./api.js";
export * from "../generated/constants-linux.js";
export type { AddressFamily } from "../generated/loaded.js";
// The specification's SHUT_* names on every target (Windows' headers call them SD_*).
export { SHUT_RD, SHUT_WR, SHUT_RDWR } from "./shutdown.js";
