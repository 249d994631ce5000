/**
 * Python's socket module for Node.js, on every platform bsdsock runs on. Every generated constant of
 * every target is exported (AF_INET, SOCK_STREAM, SO_REUSEADDR, …), valued for the loaded target; one
 * that some targets lack is typed `| undefined` (`bsdsock/linux` and `bsdsock/win32` type their
 * platform's constants as present).
 *
 * @module bsdsock
 */
export * from "./api.js";
export * from "../generated/constants-index.js";
export type { AddressFamily } from "../generated/loaded.js";
// The specification's SHUT_* names on every target (Windows' headers call them SD_*).
export { SHUT_RD, SHUT_WR, SHUT_RDWR } from "./shutdown.js";
