// `npm run build` (run by prepack): compiles the runtime and the generated bindings of every target to
// dist/ with tsc — JavaScript without comments, source maps for the hand-written runtime, declarations
// with their doc comments. Generated modules get no maps: their JavaScript is their TypeScript
// without types, and maps would double the package. Declarations no entry point reaches (each
// target's own modules, the platform seams) are left out: consumers' tsc never reads them.
import { spawnSync } from "node:child_process";
import ts from "typescript";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function run(args) {
  const r = spawnSync(process.execPath, [tsc, ...args], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

rmSync(dist, { recursive: true, force: true });
run(["-p", "tsconfig.build.json", "--declaration", "false"]);
run([
  "-p",
  "tsconfig.build.json",
  "--emitDeclarationOnly",
  "--removeComments",
  "false",
  "--sourceMap",
  "false",
  "--inlineSources",
  "false",
]);

for (const entry of readdirSync(join(dist, "generated"), { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.name.endsWith(".js.map")) rmSync(path);
  else if (entry.name.endsWith(".js"))
    writeFileSync(path, readFileSync(path, "utf8").replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n"));
}

// Every declaration file the package's entry points reach; the rest are deleted.
const entries = ["index", "linux", "win32", "darwin", "use-bindings"].map((e) =>
  join(dist, "runtime", `${e}.d.ts`),
);
const program = ts.createProgram(entries, { noEmit: true, skipLibCheck: true, types: [] });
const reached = new Set(program.getSourceFiles().map((f) => f.fileName));
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.name.endsWith(".d.ts") && !reached.has(path)) rmSync(path);
}
