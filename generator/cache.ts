// A content-addressed memo of one target's generated files, for the repository's pinned snapshots
// only: the key hashes every input that can change the output (the generator's and templates' own
// files, the manifest and family specs, every pinned header, clang's version, prettier's and
// handlebars' versions, the command), so a hit is exactly what running clang and prettier again would
// give. A clean clone (CI) has no cache and runs everything. BSDSOCK_GENERATOR_CACHE=off turns it off.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clangVersion } from "./clang.js";
import { familiesDir, packageRoot, templatesDir } from "./paths.js";

const cacheDir = join(packageRoot, "node_modules", ".cache", "bsdsock-generator");
const generatorDir = dirname(fileURLToPath(import.meta.url));

export const cacheEnabled = (): boolean => process.env.BSDSOCK_GENERATOR_CACHE !== "off";

/** Every file under `dir`, sorted, as path and content. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, filter = (_: string) => true): void {
  if (!existsSync(dir)) return;
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]))
      .sort();
  for (const f of statSync(dir).isDirectory() ? walk(dir) : [dir])
    if (filter(f)) h.update(f.slice(packageRoot.length)).update("\0").update(readFileSync(f)).update("\0");
}

function version(pkg: string): string {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version;
}

/** The key of one target's output: `inputs` are the manifest and every pinned header tree it reads. */
export function cacheKey(target: string, command: string, inputs: string[], data = ""): string {
  const h = createHash("sha256");
  h.update(data).update("\0");
  h.update(`${target}\0${command}\0${clangVersion()}\0prettier ${version("prettier")}\0`);
  h.update(`handlebars ${version("handlebars")}\0node ${process.versions.node}\0`);
  hashTree(h, generatorDir, (f) => /\.(ts|js|mjs)$/.test(f) && !f.includes(`${generatorDir}/dist/`));
  hashTree(h, templatesDir);
  hashTree(h, familiesDir);
  for (const i of inputs) hashTree(h, i);
  return h.digest("hex");
}

export interface CachedOutput {
  files: Record<string, string>;
  summary?: string;
}

export function readCache(target: string, key: string): CachedOutput | undefined {
  const path = join(cacheDir, `${target}.json`);
  if (!cacheEnabled() || !existsSync(path)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(path, "utf8"));
    return entry.key === key ? (entry.output as CachedOutput) : undefined;
  } catch {
    return undefined; // a torn or foreign file is a miss
  }
}

export function writeCache(target: string, key: string, output: CachedOutput): void {
  if (!cacheEnabled()) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${target}.json`), JSON.stringify({ key, output }));
}
