// Makes sure clang is on this machine. On a fresh Debian machine run as root it installs Debian's
// clang (apt-get update first); anywhere else it says exactly what to run.
import { spawnSync } from "node:child_process";
import { clangBinary } from "./clang.js";

function haveClang(): boolean {
  const r = spawnSync(clangBinary, ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

export function ensureClang(): void {
  if (haveClang()) return;
  const root = process.getuid?.() === 0;
  const apt = !spawnSync("apt-get", ["--version"]).error;
  if (process.env.BSDSOCK_NO_INSTALL !== "1" && root && apt) {
    console.error(
      "bsdsock: clang is missing; installing Debian's clang (apt-get update && apt-get install -y clang)",
    );
    for (const args of [["update"], ["install", "-y", "--no-install-recommends", "clang"]]) {
      const r = spawnSync("apt-get", args, {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
      if (r.status !== 0) break;
    }
    if (haveClang()) return;
  }
  const how = root
    ? "apt-get update && apt-get install -y clang"
    : "sudo apt-get update && sudo apt-get install -y clang";
  throw new Error(
    `bsdsock needs clang to read C headers and it is not installed.\nRun: ${how}\n(or set BSDSOCK_CLANG to a clang binary)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureClang();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
