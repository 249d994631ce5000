// What the generator tests share: every target with a manifest, its clang flags (for its pinned
// headers) and its generated dir; the host target is the one koffi can load here.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadManifest, headersRoot } from "../../generator/manifest.js";
import { clangTarget } from "../../generator/model.js";

export const TARGETS = readdirSync(headersRoot)
  .filter((d) => existsSync(join(headersRoot, d, "manifest.json")))
  .sort();

export function targetInfo(target: string) {
  const manifest = loadManifest(target);
  return {
    target,
    manifest,
    clang: clangTarget(manifest),
    generatedDir: fileURLToPath(new URL(`../../generated/${target}/`, import.meta.url)),
  };
}

export const TARGET = "linux-x64";
const host = targetInfo(TARGET);
export const generatedDir = host.generatedDir;
export const manifest = host.manifest;
export const clang = host.clang;
