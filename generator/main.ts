// `npm run generate`: regenerate generated/<target>/ from headers/<target>/, or check it (--check).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { headersRoot, loadManifest } from "./manifest.js";
import { buildModel } from "./model.js";
import { familySpecs, loadFamilySpec, withFamilies } from "./address-families.js";
import { render, OUTPUTS } from "./emit.js";
import { verifyOutput } from "./verify.js";
import { snapshotHeaders } from "./snapshot.js";
import { summary } from "./summary.js";
import { diffFiles } from "./drift.js";
import { INDEX_FILE, renderConstantsIndex } from "./constants-index.js";

const HELP = `Usage: npm run generate -- [options]

Regenerates generated/<target>/ (constants, struct layouts, koffi types, function signatures,
exclusions and the _Static_assert proof file) from the target's C headers, parsed by clang.

Options:
  --target T       target to generate (default: this machine, ${process.platform}-${process.arch});
                   its manifest is headers/T/manifest.json
  --include DIR    parse the headers found in DIR instead of the pinned snapshot headers/T/include;
                   repeat for several dirs, searched in order (e.g. --include /usr/include/x86_64-linux-gnu
                   --include /usr/include)
  --out DIR        write here instead of generated/T
  --check          generate in memory and compare with the output dir; exit 1 naming every
                   difference when it is stale (CI's drift check)
  --snapshot       copy the headers the manifest needs from the host (the manifest's systemInclude, or
                   --include) into headers/T/include and record their packages, then generate
  --family FILE    also generate the address family described by this spec file (see
                   docs/extending.md); repeatable. The manifest's own are headers/families/*.json
  --all            every target that has a manifest under headers/ (with --check: check them all)
  --quiet          print no coverage summary
  --help           this text`;

interface Options {
  target: string;
  include: string[];
  out?: string;
  check: boolean;
  snapshot: boolean;
  quiet: boolean;
  all: boolean;
  family: string[];
}

export function parseArgs(argv: string[]): Options | "help" {
  const o: Options = {
    target: `${process.platform}-${process.arch}`,
    include: [],
    check: false,
    snapshot: false,
    quiet: false,
    all: false,
    family: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} needs a value (see --help)`);
      return v;
    };
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--target") o.target = value();
    else if (a === "--include") o.include.push(value());
    else if (a === "--out") o.out = value();
    else if (a === "--check") o.check = true;
    else if (a === "--snapshot") o.snapshot = true;
    else if (a === "--quiet") o.quiet = true;
    else if (a === "--all") o.all = true;
    else if (a === "--family") o.family.push(value());
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  return o;
}

const root = new URL("..", import.meta.url).pathname;

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o === "help") {
    console.log(HELP);
    return 0;
  }
  if (o.all) {
    if (o.out || o.include.length || o.snapshot) throw new Error("--all goes with --check or --quiet only");
    let worst = 0;
    for (const target of readdirSync(headersRoot).sort())
      if (existsSync(join(headersRoot, target, "manifest.json")))
        worst = Math.max(worst, await runTarget({ ...o, target }));
    return worst;
  }
  return runTarget(o);
}

async function runTarget(o: Options): Promise<number> {
  const named = loadManifest(o.target);
  const extra = o.family.map((f) => loadFamilySpec(f));
  const manifest = withFamilies(named, extra);
  const specs = [...familySpecs(named), ...extra];
  if (o.snapshot) {
    const s = snapshotHeaders(manifest, o.include.length ? o.include : manifest.systemInclude);
    console.log(`snapshot: ${s.files} headers copied to ${relative(root, s.dir)}`);
    o.include = [];
  }
  const outDir = o.out ?? join(root, "generated", o.target);
  // The command recorded in every file: how to get the same output again.
  const command = [
    "npm run generate --",
    "--target",
    o.target,
    ...o.include.flatMap((d) => ["--include", d]),
    ...o.family.flatMap((f) => ["--family", relative(root, f) || f]),
  ].join(" ");
  const model = buildModel(manifest, o.include, specs);
  const files = await render(model, command);
  verifyOutput(model, files);

  // The cross-target index lives beside the target dirs (only when writing into generated/).
  const generatedRoot = join(root, "generated");
  const indexText = o.out
    ? undefined
    : await renderConstantsIndex(generatedRoot, new Map([[o.target, files.get("constants.ts")!]]));

  if (o.check) {
    const problems = diffFiles(outDir, files);
    if (indexText !== undefined) {
      const path = join(generatedRoot, INDEX_FILE);
      if (!existsSync(path) || readFileSync(path, "utf8") !== indexText)
        problems.push(`../${INDEX_FILE}: differs`);
    }
    if (problems.length) {
      console.error(
        `generated/${o.target} is stale (regenerate with: ${command}):\n  ${problems.join("\n  ")}`,
      );
      return 1;
    }
    console.log(`generated/${o.target} is up to date (${files.size} files)`);
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (!(f in OUTPUTS)) rmSync(join(outDir, f));
  for (const [name, text] of files) {
    const path = join(outDir, name);
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
  }
  if (indexText !== undefined) {
    const path = join(generatedRoot, INDEX_FILE);
    if (!existsSync(path) || readFileSync(path, "utf8") !== indexText) writeFileSync(path, indexText);
  }
  if (!o.quiet) console.log(summary(model, relative(root, outDir) || outDir));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (e: Error) => {
      console.error(`bsdsock generate: ${e.message}`);
      process.exit(2);
    },
  );
}
