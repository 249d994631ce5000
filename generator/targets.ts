// The targets table (headers/targets.json): every target bsdsock generates, and how its runtime is
// tested. --all, CI's target scripts and the README's Targets table all follow it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { headersRoot } from "./paths.js";

export interface TargetEntry {
  name: string;
  /** Where the runtime suite runs: natively here, under an emulator, or nowhere yet. */
  runtime: "host" | "qemu-user" | "wine" | "none";
  /** The Node it runs in, where it is not the host's. */
  node?: string;
  /** The script that runs its suites (CI runs every one). */
  script?: string;
  /** The GitHub-hosted runner .github/workflows/native-targets.yml runs it on. */
  native?: string;
  tested: string;
}

export const targetsFile = join(headersRoot, "targets.json");

/** The table, checked against the manifests on disk: each target has one, and each manifest a row. */
export function loadTargets(): TargetEntry[] {
  if (!existsSync(targetsFile)) return [];
  const table = JSON.parse(readFileSync(targetsFile, "utf8")) as { targets: TargetEntry[] };
  const names = table.targets.map((t) => t.name);
  const manifests = readdirSync(headersRoot).filter((d) => existsSync(join(headersRoot, d, "manifest.json")));
  const unlisted = manifests.filter((m) => !names.includes(m));
  const missing = names.filter((n) => !manifests.includes(n));
  if (unlisted.length || missing.length)
    throw new Error(
      `headers/targets.json and headers/*/manifest.json disagree: ` +
        [
          ...unlisted.map((m) => `${m} has a manifest but no row`),
          ...missing.map((n) => `${n} has a row but no manifest`),
        ].join("; "),
    );
  return table.targets;
}
