// Runs before `npm run generate` and `npm test` (npm's pre-scripts), with nothing but Node: installs
// the npm dependencies on a fresh clone, and the Debian programs that are missing: clang for the
// generator, and for the tests the real peers they talk to (python3, socat, nc, curl, ip) and netbase. Plain
// JavaScript on purpose: it must work before tsx or anything else is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const forTests = process.argv.includes("--test");

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return !r.error && r.status === 0;
}

function have(cmd, args = ["--version"]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return !r.error && r.status === 0;
}

if (!existsSync(`${root}/node_modules/.package-lock.json`)) {
  console.error("bsdsock: installing npm dependencies (npm ci)");
  if (!run("npm", ["ci", "--no-audit", "--no-fund"])) process.exit(1);
}

// program → [how to check it is there, Debian package]
const needed = [[process.env.BSDSOCK_CLANG ?? "clang", ["--version"], "clang"]];
if (forTests)
  needed.push(
    ["python3", ["--version"], "python3"],
    ["socat", ["-V"], "socat"],
    ["nc", ["-h"], "netcat-openbsd"],
    ["curl", ["--version"], "curl"],
    ["ip", ["-V"], "iproute2"],
    // Not a program: the resolver tests read services and protocols (getservbyname, getprotobyname).
    ["/etc/services", null, "netbase"],
    ["/etc/protocols", null, "netbase"],
  );
const missing = () => needed.filter(([cmd, args]) => (args ? !have(cmd, args) : !existsSync(cmd)));

let lacking = missing();
if (lacking.length) {
  const packages = [...new Set(lacking.map(([, , pkg]) => pkg))];
  const root_ = process.getuid?.() === 0;
  const apt = have("apt-get");
  if (root_ && apt && process.env.BSDSOCK_NO_INSTALL !== "1") {
    console.error(`bsdsock: installing from Debian: ${packages.join(" ")}`);
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    if (run("apt-get", ["update"], env))
      run("apt-get", ["install", "-y", "--no-install-recommends", ...packages], env);
    lacking = missing();
  }
  if (lacking.length) {
    const pk = [...new Set(lacking.map(([, , pkg]) => pkg))].join(" ");
    const how = root_
      ? `apt-get update && apt-get install -y ${pk}`
      : `sudo apt-get update && sudo apt-get install -y ${pk}`;
    console.error(
      `bsdsock needs ${lacking.map(([cmd]) => cmd).join(", ")} and cannot find them.\nRun: ${how}` +
        (lacking.some(([, , p]) => p === "clang") ? "\n(or set BSDSOCK_CLANG to a clang binary)" : ""),
    );
    process.exit(1);
  }
}
