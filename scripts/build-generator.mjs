// Builds the bsdsock-generator package in generator/dist/, laid out like the repository so the
// generator finds its data the same way in both (generator/paths.ts): dist/generator/*.js compiled
// by tsc, dist/templates/, and dist/headers/ with every target's manifest and the family specs — not
// the pinned header snapshots: an installed generator reads the headers of the machine it runs on.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = join(root, "generator");
const dist = join(pkg, "dist");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

rmSync(dist, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, "-p", join(pkg, "tsconfig.build.json")], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);
chmodSync(join(dist, "generator", "cli.js"), 0o755);

cpSync(join(root, "templates"), join(dist, "templates"), { recursive: true });
const headers = join(root, "headers");
for (const d of readdirSync(headers)) {
  const manifest = join(headers, d, "manifest.json");
  if (existsSync(manifest)) {
    mkdirSync(join(dist, "headers", d), { recursive: true });
    copyFileSync(manifest, join(dist, "headers", d, "manifest.json"));
  }
}
cpSync(join(headers, "families"), join(dist, "headers", "families"), { recursive: true });
copyFileSync(join(headers, "targets.json"), join(dist, "headers", "targets.json"));
copyFileSync(join(root, "LICENSE"), join(pkg, "LICENSE"));
