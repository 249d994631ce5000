// What the generator tests share: the host target's manifest and clang flags for its pinned headers.
import { loadManifest } from "../../generator/manifest.js";
import { clangTarget } from "../../generator/model.js";

export const TARGET = "linux-x64";
export const generatedDir = new URL(`../../generated/${TARGET}/`, import.meta.url).pathname;
export const manifest = loadManifest(TARGET);
export const clang = clangTarget(manifest);
