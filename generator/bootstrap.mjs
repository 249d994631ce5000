// Runs before `npm run generate` and `npm test` (npm's pre-scripts), with nothing but Node: installs
// the npm dependencies on a fresh clone and Debian's clang where it is missing. Plain JavaScript on
// purpose: it must work before tsx or anything else is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return !r.error && r.status === 0;
}

function haveClang() {
  const clang = process.env.BSDSOCK_CLANG ?? "clang";
  const r = spawnSync(clang, ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

if (!existsSync(`${root}/node_modules/.package-lock.json`)) {
  console.error("bsdsock: installing npm dependencies (npm ci)");
  if (!run("npm", ["ci", "--no-audit", "--no-fund"])) process.exit(1);
}

if (!haveClang()) {
  const root_ = process.getuid?.() === 0;
  const apt = !spawnSync("apt-get", ["--version"]).error;
  if (root_ && apt && process.env.BSDSOCK_NO_INSTALL !== "1") {
    console.error(
      "bsdsock: clang is missing; installing Debian's clang (apt-get update && apt-get install -y clang)",
    );
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update"], env))
      run("apt-get", ["install", "-y", "--no-install-recommends", "clang"], env);
  }
  if (!haveClang()) {
    const how = root_
      ? "apt-get update && apt-get install -y clang"
      : "sudo apt-get update && sudo apt-get install -y clang";
    console.error(
      `bsdsock needs clang to read C headers and it is not installed.\nRun: ${how}\n(or set BSDSOCK_CLANG to a clang binary)`,
    );
    process.exit(1);
  }
}
