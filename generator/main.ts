// The generator's command: regenerate generated/<target>/ from headers/<target>/, write a complete
// bindings folder elsewhere (--out), or check either (--check). `npm run generate` in the repository and
// the `bsdsock-generator` bin of the published package both run main() (see cli.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { loadManifest, loadManifestFile, manifestDir } from "./manifest.js";
import { cacheKey, readCache, writeCache } from "./cache.js";
import { loadTargets } from "./targets.js";
import { buildModel, kernelConstants, resolveIncludes } from "./model.js";
import { kernelHistory, kernelPackage, kernelsDir, pinKernel, pinnedKernels } from "./kernels.js";
import { familySpecs, loadFamilySpec, withFamilies } from "./address-families.js";
import { render, OUTPUTS } from "./emit.js";
import { verifyOutput } from "./verify.js";
import { snapshotHeaders } from "./snapshot.js";
import { summary } from "./summary.js";
import { diffFiles } from "./drift.js";
import { renderConstantsIndex } from "./constants-index.js";
import { bindingsFolder } from "./folder.js";
import { packageRoot } from "./paths.js";
import { clangVersion } from "./clang.js";

const host = `${process.platform}-${process.arch}`;
/** In the repository (not an installed bsdsock-generator): generated/ and the snapshots are here. */
const inRepository = existsSync(join(packageRoot, "runtime"));

export const HELP = `Usage: bsdsock-generator [options]          (in the repository: npm run generate -- [options])

Generates bsdsock's bindings for a target from its C headers, parsed by clang: constants, struct
layouts, koffi types, function signatures, exclusions and a _Static_assert proof file.

Options:
  --target T       the target (default: this machine, ${host}); its manifest is headers/T/manifest.json
                   (targets: ${targetsWithManifest().join(", ")})
  --manifest FILE  describe the target with this manifest instead (a target bsdsock has none for: copy a
                   similar headers/<target>/manifest.json and set "target" and "triple")
  --include DIR    parse the headers in DIR; repeat for several dirs, searched in order (e.g.
                   --include /usr/include/x86_64-linux-gnu --include /usr/include). Default: the target's
                   pinned snapshot (repository only), else the host's own headers the manifest names
  --out DIR        write a complete bindings folder to DIR (sources, their JavaScript, and provenance);
                   the runtime loads it with BSDSOCK_BINDINGS=DIR. Default: the repository's generated/T
  --check          generate in memory and compare with the output folder; exit 1 naming every
                   difference when it is stale (CI's drift check)
  --family FILE    also generate the address family described by this spec file (docs/extending.md);
                   repeatable. The manifest's own are headers/families/*.json
  --all            (repository) every target that has a manifest (with --check: check them all)
  --snapshot       (repository) copy the headers the manifest needs from the host (its systemInclude, or
                   --include) into headers/T/include, record their packages, then generate
  --pin-kernel DEB (repository) pin a kernel's UAPI headers for a target whose manifest has "kernels",
                   from a Debian linux-libc-dev .deb (scripts/pin-kernels.sh fetches them and
                   generates); the newest pinned kernel is the one generated, the others date each constant
  --quiet          print no coverage summary
  -h, --help       this text

Needs clang (BSDSOCK_CLANG names another binary). Examples:
  npx bsdsock-generator --out ./bsdsock-bindings               # this machine's headers
  BSDSOCK_BINDINGS=./bsdsock-bindings node app.js              # run bsdsock with them`;

export interface Options {
  target: string;
  manifest?: string;
  include: string[];
  out?: string;
  check: boolean;
  snapshot: boolean;
  quiet: boolean;
  all: boolean;
  family: string[];
  pinKernel?: string;
}

/** Every target, in the order of the targets table (headers/targets.json, generator/targets.ts). */
function targetsWithManifest(): string[] {
  return loadTargets().map((t) => t.name);
}

/** The command line → options, with Node's util.parseArgs (`--include=DIR` and `--include DIR` alike). */
export function parseArgs(argv: string[]): Options | "help" {
  let values;
  try {
    ({ values } = parseNodeArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        target: { type: "string" },
        manifest: { type: "string" },
        include: { type: "string", multiple: true },
        out: { type: "string" },
        check: { type: "boolean" },
        snapshot: { type: "boolean" },
        quiet: { type: "boolean" },
        all: { type: "boolean" },
        family: { type: "string", multiple: true },
        "pin-kernel": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    // Node's messages name the option ("Unknown option '--frobnicate'"); point at --help too.
    throw new Error(`${(e as Error).message.replace(/\. To specify .*$/s, "")} (see --help)`);
  }
  if (values.help) return "help";
  for (const [name, v] of Object.entries({
    target: values.target,
    out: values.out,
    manifest: values.manifest,
    "pin-kernel": values["pin-kernel"],
  }))
    if (v !== undefined && (v === "" || v.startsWith("--")))
      throw new Error(`--${name} needs a value (see --help)`);
  return {
    target: values.target ?? host,
    include: values.include ?? [],
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.manifest === undefined ? {} : { manifest: values.manifest }),
    check: values.check ?? false,
    snapshot: values.snapshot ?? false,
    quiet: values.quiet ?? false,
    all: values.all ?? false,
    family: values.family ?? [],
    ...(values["pin-kernel"] === undefined ? {} : { pinKernel: values["pin-kernel"] }),
  };
}

/** Runs the command; resolves to the exit code. Bad options and failures reject with a clear Error. */
export async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  if (o === "help") {
    console.log(HELP);
    return 0;
  }
  if ((o.all || o.snapshot || o.pinKernel) && !inRepository)
    throw new Error(
      `--${o.all ? "all" : o.snapshot ? "snapshot" : "pin-kernel"} works on bsdsock's repository (its generated/ and headers/); ` +
        "an installed generator writes bindings folders with --out DIR",
    );
  clangVersion(); // fails first, and clearly, where there is no clang
  if (process.env[CHILD] === "1") {
    // One target of a parent's --all: its own folder here, the cross-target files in the parent.
    const r = await runTarget(o, false);
    process.send!(r);
    return r.code;
  }
  if (o.all) {
    if (o.out || o.include.length || o.snapshot || o.manifest || o.pinKernel)
      throw new Error("--all goes with --check or --quiet only");
    return runAll(o);
  }
  return (await runTarget(o, true)).code;
}

/** Set in the child processes of --all. */
const CHILD = "BSDSOCK_GENERATOR_CHILD";

/** What a target's run reports: its exit code and, written or checked, its constants.ts text. */
interface TargetResult {
  code: number;
  constants?: string;
}

/**
 * Every target, each in a child process (clang and prettier keep one core busy per target), as many
 * at once as there are cores; then the cross-target files once, from all their constants.
 */
async function runAll(o: Options): Promise<number> {
  const targets = targetsWithManifest();
  const cli = fileURLToPath(
    new URL(import.meta.url.endsWith(".ts") ? "./cli.ts" : "./cli.js", import.meta.url),
  );
  const results = new Map<string, TargetResult>();
  // Memo hits are checked here; only the targets that must run clang get a process of their own.
  for (const target of targets) {
    const r = await runTarget({ ...o, target }, false, true);
    if (r) results.set(target, r);
  }
  const queue = targets.filter((t) => !results.has(t));
  const worker = async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
      const target = t;
      const args = ["--target", target, ...(o.check ? ["--check"] : []), ...(o.quiet ? ["--quiet"] : [])];
      results.set(
        target,
        await new Promise<TargetResult>((done, fail) => {
          let result: TargetResult | undefined;
          const child = fork(cli, args, { env: { ...process.env, [CHILD]: "1" } });
          child.on("message", (m) => (result = m as TargetResult));
          child.on("error", fail);
          child.on("exit", (code) => done(result ?? { code: code || 2 }));
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
  let worst = Math.max(...[...results.values()].map((r) => r.code));
  const constants = new Map(
    [...results].flatMap(([t, r]) => (r.constants === undefined ? [] : [[t, r.constants] as const])),
  );
  const generatedRoot = join(packageRoot, "generated");
  const key = cacheKey("cross-target", "", [], JSON.stringify([...constants].sort()));
  // Only a full set of targets makes a key: a failed one would be read from disk instead.
  const complete = constants.size === targets.length;
  const cached = complete ? readCache("cross-target", key) : undefined;
  const shared = cached
    ? new Map(Object.entries(cached.files))
    : await renderConstantsIndex(generatedRoot, constants);
  if (!cached && complete) writeCache("cross-target", key, { files: Object.fromEntries(shared) });
  if (o.check) {
    const stale = [...shared].filter(([name, text]) => {
      const path = join(generatedRoot, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== text;
    });
    for (const [name] of stale)
      console.error(`generated/${name} is stale (regenerate with: npm run generate -- --all)`);
    if (stale.length) worst = Math.max(worst, 1);
    else console.log(`generated/ cross-target files are up to date (${shared.size} files)`);
  } else for (const [name, text] of shared) writeIfChanged(join(generatedRoot, name), text);
  return worst;
}

/** The command recorded in every file: how to get the same output again (no paths that vary per run). */
function commandOf(o: Options): string {
  const start = o.out === undefined ? "npm run generate --" : "npx bsdsock-generator";
  return [
    start,
    ...(o.manifest === undefined ? ["--target", o.target] : ["--manifest", o.manifest]),
    ...o.include.flatMap((d) => ["--include", d]),
    ...o.family.flatMap((f) => ["--family", relative(packageRoot, f) || f]),
    ...(o.out === undefined ? [] : ["--out", "DIR"]),
  ].join(" ");
}

async function runTarget(o: Options, withShared: boolean, cachedOnly?: false): Promise<TargetResult>;
async function runTarget(
  o: Options,
  withShared: boolean,
  cachedOnly: true,
): Promise<TargetResult | undefined>;
/** One target: generate (or take the memo), then check or write. `cachedOnly`: undefined on a miss. */
async function runTarget(
  o: Options,
  withShared: boolean,
  cachedOnly = false,
): Promise<TargetResult | undefined> {
  if (o.manifest !== undefined) {
    if (o.out === undefined) throw new Error("--manifest goes with --out DIR (see --help)");
    o = { ...o, target: loadManifestFile(o.manifest).target };
  }
  if (o.out === undefined && !inRepository)
    throw new Error("--out DIR is needed: say where to write the bindings folder (see --help)");
  const named = o.manifest === undefined ? loadManifest(o.target) : loadManifestFile(o.manifest);
  const extra = o.family.map((f) => loadFamilySpec(f));
  const manifest = withFamilies(named, extra);
  const specs = [...familySpecs(named), ...extra];
  if (o.snapshot) {
    const s = snapshotHeaders(manifest, o.include.length ? o.include : manifest.systemInclude);
    console.log(`snapshot: ${s.files} headers copied to ${relative(packageRoot, s.dir)}`);
    o.include = [];
  }
  if (o.pinKernel !== undefined) {
    if (o.include.length)
      throw new Error("--pin-kernel pins over the target's libc snapshot: drop --include");
    const k = pinKernel(manifest, resolve(o.pinKernel));
    console.log(`kernel ${k.version}: ${k.files} headers pinned in ${relative(packageRoot, k.dir)}`);
    return { code: 0 }; // several are pinned before one generation (scripts/pin-kernels.sh)
  }
  const generatedRoot = join(packageRoot, "generated");
  const outDir = o.out === undefined ? join(generatedRoot, o.target) : resolve(o.out);
  const shownDir = o.out ?? relative(packageRoot, outDir);
  const command = commandOf(o);
  // The repository's own pinned targets are memoized by content (cache.ts); everything else runs.
  const memo =
    o.out === undefined && !o.include.length && !o.family.length && o.manifest === undefined
      ? cacheKey(o.target, command, [
          manifestDir(o.target),
          ...resolveIncludes(manifest).dirs.map((d) => dirname(d)),
          ...(kernelsDir(manifest) ? [kernelsDir(manifest)!] : []),
        ])
      : undefined;
  const hit = memo === undefined ? undefined : readCache(o.target, memo);
  let files: Map<string, string>;
  let summaryText: string;
  if (hit) {
    files = new Map(Object.entries(hit.files));
    summaryText = hit.summary ?? "";
  } else if (cachedOnly) {
    return undefined;
  } else {
    const model = buildModel(manifest, o.include, specs);
    // The pinned kernels (not --include's one tree): the newest is the model, the others date it.
    const kernels = resolveIncludes(manifest, o.include).pinned ? pinnedKernels(manifest) : [];
    if (kernels.length) {
      const newest = kernels[kernels.length - 1];
      model.kernelHistory = kernelHistory(
        kernels,
        (v) => (v === newest ? model.constants : kernelConstants(manifest, v)),
        (v) => kernelPackage(manifest, v),
      );
    }
    files = await render(model, command);
    verifyOutput(model, files);
    summaryText = summary(model, shownDir);
    if (memo !== undefined)
      writeCache(o.target, memo, { files: Object.fromEntries(files), summary: summaryText });
  }
  // Outside the repository's generated/, the folder must load on its own: add its JavaScript.
  if (o.out !== undefined) files = await bindingsFolder(files);

  // The cross-target files live beside the target dirs (only when writing into generated/).
  const shared =
    o.out === undefined && withShared
      ? await renderConstantsIndex(generatedRoot, new Map([[o.target, files.get("constants.ts")!]]))
      : new Map<string, string>();

  if (o.check) {
    const problems = diffFiles(outDir, files);
    for (const [name, text] of shared) {
      const path = join(generatedRoot, name);
      if (!existsSync(path) || readFileSync(path, "utf8") !== text) problems.push(`../${name}: differs`);
    }
    if (problems.length) {
      console.error(`${shownDir} is stale (regenerate with: ${command}):\n  ${problems.join("\n  ")}`);
      return { code: 1, constants: files.get("constants.ts")! };
    }
    console.log(
      `${o.out === undefined ? `generated/${o.target}` : shownDir} is up to date (${files.size} files)`,
    );
    return { code: 0, constants: files.get("constants.ts")! };
  }
  // A folder that holds something else is never cleared: only a new, empty or earlier bindings folder.
  if (existsSync(outDir) && readdirSync(outDir).length && !existsSync(join(outDir, "target.ts")))
    throw new Error(
      `${shownDir} is not empty and holds no bindings (no target.ts): choose a new or empty folder`,
    );
  mkdirSync(outDir, { recursive: true });
  const expected = new Set([...Object.keys(OUTPUTS), ...files.keys()]);
  for (const f of readdirSync(outDir)) if (!expected.has(f)) rmSync(join(outDir, f), { recursive: true });
  for (const [name, text] of files) writeIfChanged(join(outDir, name), text);
  for (const [name, text] of shared) writeIfChanged(join(generatedRoot, name), text);
  if (!o.quiet) console.log(summaryText);
  return { code: 0, constants: files.get("constants.ts")! };
}

function writeIfChanged(path: string, text: string): void {
  if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
}
