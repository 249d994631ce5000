// The packages as users get them: both packed (npm pack runs their prepack builds), the tarballs
// installed into scratch projects outside the repository, and used there by name with plain node, tsc
// and esbuild — no tsx, no sources. Also the README's examples, run and type-checked from the
// installed package, and the generator's CLI writing a bindings folder the runtime then loads.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWhere, emulator, onLinux } from "../helpers/platform.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "bsdsock-package-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const app = join(work, "app"); // bsdsock alone, as a runtime user installs it
const tools = join(work, "tools"); // plus the generator, typescript and esbuild
const repoVersion = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, BSDSOCK_BINDINGS: undefined, NODE_OPTIONS: undefined, ...env },
  });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  expect(r.error, what).toBeUndefined();
  expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

interface PackInfo {
  name: string;
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

function pack(args: string[]): PackInfo {
  const out = ok(run("npm", ["pack", "--json", "--pack-destination", work, ...args], root), "npm pack");
  return (JSON.parse(out.slice(out.indexOf("["))) as PackInfo[])[0]!;
}

function project(dir: string, deps: string[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "scratch", private: true, type: "module" }),
  );
  ok(
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], dir),
    `npm install in ${dir}`,
  );
}

/** The README's runnable blocks: js, cjs and ts fences of the users' part (`ts norun` is left out). */
function readmeBlocks(): { lang: "js" | "cjs" | "ts"; code: string }[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const users = readme.slice(0, readme.indexOf("\n# For contributors"));
  return [...users.matchAll(/^```(js|cjs|ts)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as "js" | "cjs" | "ts",
    code: m[2]!,
  }));
}

const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: "ES2022",
  lib: ["ES2023", "ESNext.Disposable"],
  types: ["node"],
  noEmit: true,
  // Declarations are checked too: an error inside bsdsock's .d.ts fails the test.
  skipLibCheck: false,
};

let runtimePack: PackInfo;
let generatorPack: PackInfo;

describeWhere(
  onLinux && !emulator,
  "packs and installs with npm, builds with tsc and esbuild, and generates with the host's clang",
)("the packages, installed from their tarballs", () => {
  beforeAll(() => {
    runtimePack = pack([]);
    generatorPack = pack(["--workspace", "generator"]);
    project(app, [join(work, runtimePack.filename)]);
    project(tools, [
      join(work, runtimePack.filename),
      join(work, generatorPack.filename),
      `typescript@${repoVersion("typescript")}`,
      `@types/node@${repoVersion("@types/node")}`,
      `esbuild@${repoVersion("esbuild")}`,
      // The oldest TypeScript the README promises.
      "typescript-oldest@npm:typescript@5.0.4",
    ]);
  }, 600_000);

  it("bsdsock's tarball: compiled JavaScript and declarations only, within its size budgets", () => {
    const paths = runtimePack.files.map((f) => f.path);
    console.log(
      `bsdsock tarball: ${runtimePack.size} bytes, ${runtimePack.unpackedSize} unpacked, ${runtimePack.entryCount} files; ` +
        `bsdsock-generator: ${generatorPack.size} bytes, ${generatorPack.unpackedSize} unpacked, ${generatorPack.entryCount} files`,
    );
    // Budgets that grow with the targets, not one total: each target's bindings at most 512 KiB
    // unpacked, and everything else (runtime, declarations, the cross-target constant index, README)
    // at most 2 MiB.
    const targetOf = (p: string) => /^dist\/generated\/([a-z0-9]+-[a-z0-9]+)\//.exec(p)?.[1];
    const perTarget = new Map<string, number>();
    let rest = 0;
    for (const f of runtimePack.files) {
      const t = targetOf(f.path);
      if (t) perTarget.set(t, (perTarget.get(t) ?? 0) + f.size);
      else rest += f.size;
    }
    console.log(`per target: ${[...perTarget].map(([t, n]) => `${t} ${n}`).join(", ")}; the rest: ${rest}`);
    for (const [t, n] of perTarget) expect(n, t).toBeLessThanOrEqual(512 * 1024);
    expect(rest).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
    expect(
      paths.filter((p) => !/^(dist\/(runtime|generated)\/|package\.json$|README\.md$|LICENSE$)/.test(p)),
    ).toEqual([]);
    for (const p of ["LICENSE", "README.md", "dist/runtime/index.js", "dist/runtime/index.d.ts"])
      expect(paths).toContain(p);
    for (const target of ["linux-x64", "linux-arm64", "linux-arm", "win32-x64", "darwin-x64", "darwin-arm64"])
      expect(paths).toContain(`dist/generated/${target}/constants.js`);
    const manifest = JSON.parse(readFileSync(join(app, "node_modules/bsdsock/package.json"), "utf8"));
    expect(manifest.dependencies).toEqual({ koffi: expect.any(String) });
    expect(manifest).toMatchObject({
      license: "MIT",
      engines: { node: ">=20.19" },
      repository: expect.anything(),
    });
    expect(manifest.keywords.length).toBeGreaterThan(3);
  });

  it("installing bsdsock pulls koffi (and its prebuilt binary) and nothing else", () => {
    const installed = readdirSync(join(app, "node_modules")).filter((d) => !d.startsWith("."));
    expect(installed.sort()).toEqual(["@koromix", "bsdsock", "koffi"]);
    expect(readdirSync(join(app, "node_modules/@koromix"))).toEqual([
      `koffi-${process.platform}-${process.arch}`,
    ]);
  });

  it("plain node opens sockets by name from ESM and from CommonJS", () => {
    writeFileSync(
      join(app, "esm.mjs"),
      `import * as socket from "bsdsock";
const [a, b] = socket.socketpair();
a.sendall("esm");
console.log(b.recv(3).toString(), socket.bindings.source, socket.AF_INET);
`,
    );
    writeFileSync(
      join(app, "cjs.cjs"),
      `const socket = require("bsdsock");
const { SOCK_STREAM } = require("bsdsock/linux");
const s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
s.bind(["127.0.0.1", 0]);
const [host, port] = s.getsockname();
s.sendto("cjs", [host, port]);
console.log(s.recv(3).toString(), host, SOCK_STREAM === socket.SOCK_STREAM);
`,
    );
    expect(ok(run(process.execPath, ["esm.mjs"], app), "ESM").trim()).toBe("esm built-in 2");
    expect(ok(run(process.execPath, ["cjs.cjs"], app), "CJS").trim()).toBe("cjs 127.0.0.1 true");
  });

  it("a strict consumer type-checks with moduleResolution node16 and bundler, declarations included", () => {
    writeFileSync(
      join(tools, "consumer.ts"),
      `import * as socket from "bsdsock";
import { AF_NETLINK, NETLINK_ROUTE } from "bsdsock/linux";
import { useBindings } from "bsdsock/bindings";

const s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
const [host, port]: [string, number] = s.getsockname();
const [conn, peer] = socket.socket(socket.AF_INET6).accept();
const [h6, p6, flow, scope]: [string, number, number, number] = peer;
const u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
const path: string | Buffer = u.getsockname();
const nl = socket.socket(AF_NETLINK, socket.SOCK_RAW, NETLINK_ROUTE);
const [pid, groups]: [number, number] = nl.getsockname();
const maybe: number | undefined = socket.SO_REUSEPORT;
const e = new socket.SocketError(111, undefined, "connect", undefined, { address: "127.0.0.1", port: 1 });
const where: string | undefined = e.address;
// @ts-expect-error: AF_INET takes [host, port]
s.connect("/tmp/not-inet");
// @ts-expect-error: a constant some targets lack may be undefined
socket.socket(socket.SO_REUSEPORT);
const kind: number = s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE);
const raw: Buffer = s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4);
const target: socket.AddressIn<"AF_INET"> = ["127.0.0.1", 1];
const signal: AbortSignal | undefined = undefined;
const accepted: Promise<[socket.SocketType<"AF_INET">, [string, number]]> = socket
  .socket(socket.AF_INET)
  .acceptAsync({ signal });
async function connected(): Promise<[string, number] | [string, number, number, number]> {
  return (await socket.createConnectionAsync(["localhost", 80])).getpeername();
}
u.sendmsg(["x"], [[socket.SOL_SOCKET, 1, new Uint8Array(4)]]);
void [host, port, conn, h6, p6, flow, scope, path, pid, groups, maybe, where, useBindings, kind, raw, target];
void [accepted, connected];
`,
    );
    const blocks = readmeBlocks().filter((b) => b.lang === "ts");
    blocks.forEach((b, i) => writeFileSync(join(tools, `readme-${i}.ts`), b.code));
    const files = ["consumer.ts", ...blocks.map((_, i) => `readme-${i}.ts`)];
    const tsc = join(tools, "node_modules/typescript/bin/tsc");
    const oldest = join(tools, "node_modules/typescript-oldest/bin/tsc");
    // The README's blocks use `using` (TypeScript 5.2); the oldest compiler checks the consumer alone.
    for (const [compiler, module, resolution, checked] of [
      [tsc, "node16", "node16", files],
      [tsc, "esnext", "bundler", files],
      [oldest, "node16", "node16", ["consumer.ts"]],
    ] as const) {
      const config = join(tools, `tsconfig.${compiler === oldest ? "oldest" : resolution}.json`);
      const lib = compiler === oldest ? ["ES2022"] : STRICT.lib;
      writeFileSync(
        config,
        JSON.stringify({
          compilerOptions: { ...STRICT, lib, module, moduleResolution: resolution },
          files: checked,
        }),
      );
      const started = performance.now();
      ok(run(process.execPath, [compiler, "-p", config], tools), `${compiler} with ${resolution}`);
      console.log(
        `consumer ${compiler === oldest ? "TypeScript 5.0" : "tsc"} (${resolution}, skipLibCheck false): ${Math.round(performance.now() - started)} ms`,
      );
    }
  });

  it("the examples/ programs type-check against the published types", () => {
    const dir = join(tools, "examples");
    mkdirSync(dir, { recursive: true });
    const names = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts"));
    for (const f of names) writeFileSync(join(dir, f), readFileSync(join(root, "examples", f)));
    const config = join(tools, "tsconfig.examples.json");
    const { noUncheckedIndexedAccess: _u, exactOptionalPropertyTypes: _e, ...strict } = STRICT;
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: { ...strict, module: "node16", moduleResolution: "node16" },
        files: names.map((f) => `examples/${f}`),
      }),
    );
    ok(run(join(tools, "node_modules/.bin/tsc"), ["-p", config], tools), "tsc on examples/");
  });

  it("esbuild bundles it (koffi external) as ESM and as CommonJS, and the bundles run", () => {
    writeFileSync(
      join(tools, "bundle-me.mjs"),
      `import * as socket from "bsdsock";
const [a, b] = socket.socketpair();
a.sendall("bundled");
console.log(b.recv(7).toString());
`,
    );
    for (const format of ["esm", "cjs"]) {
      const out = join(tools, "out", format === "esm" ? "bundle.mjs" : "bundle.cjs");
      ok(
        run(
          join(tools, "node_modules/.bin/esbuild"),
          [
            "bundle-me.mjs",
            "--bundle",
            "--platform=node",
            `--format=${format}`,
            "--external:koffi",
            `--outfile=${out}`,
          ],
          tools,
        ),
        `esbuild ${format}`,
      );
      // The bundle runs from another folder: nothing but koffi is resolved from node_modules.
      expect(readFileSync(out, "utf8")).not.toMatch(/from ["']bsdsock|require\(["']bsdsock/);
      expect(ok(run(process.execPath, [out], tools), `bundle ${format}`).trim()).toBe("bundled");
    }
  });

  it("the README's examples run from the installed package", () => {
    const blocks = readmeBlocks();
    expect(blocks.map((b) => b.lang)).toEqual(expect.arrayContaining(["js", "cjs", "ts"]));
    blocks.forEach((b, i) => {
      const file = join(tools, `readme-run-${i}.${b.lang === "cjs" ? "cjs" : "mjs"}`);
      if (b.lang === "ts") {
        writeFileSync(join(tools, `readme-run-${i}.ts`), b.code);
        ok(
          run(
            join(tools, "node_modules/.bin/esbuild"),
            [`readme-run-${i}.ts`, "--format=esm", "--platform=node", "--target=node20", `--outfile=${file}`],
            tools,
          ),
          `esbuild README block ${i}`,
        );
      } else writeFileSync(file, b.code);
      const r = run(process.execPath, [file], tools);
      ok(r, `README block ${i} (${b.lang}):\n${b.code}`);
      expect(r.stderr, `README block ${i}`).toBe("");
    });
  });

  it("the generator's CLI: --help, a bindings folder in a path with a space, and the runtime loading it", () => {
    const npx = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      run("npx", ["bsdsock-generator", ...args], tools, env);
    const help = ok(npx(["--help"]), "--help");
    expect(help).toContain("--include DIR");
    expect(help).toContain("--out DIR");
    const bad = npx(["--frobnicate"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--frobnicate'");
    expect(npx([]).stderr).toContain("--out DIR is needed");
    // Repository maintenance stays in the repository: an installed generator never rewrites itself.
    for (const repoOnly of [
      ["--snapshot", "--out", join(tools, "x")],
      ["--all", "--check"],
    ]) {
      const r = npx(repoOnly);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("works on bsdsock's repository");
    }
    expect(existsSync(join(tools, "node_modules/bsdsock-generator/dist/headers/linux-x64/include"))).toBe(
      false,
    );

    const out = join(tools, "my bindings", "for this machine");
    const arch = process.arch === "x64" ? "x86_64" : "aarch64";
    ok(
      npx([
        `--out=${out}`,
        "--quiet",
        `--include=/usr/include/${arch}-linux-gnu`,
        "--include",
        "/usr/include",
      ]),
      "generate",
    );
    expect(existsSync(join(out, "index.js"))).toBe(true);
    expect(
      ok(
        npx([
          "--check",
          "--out",
          out,
          "--include",
          `/usr/include/${arch}-linux-gnu`,
          "--include",
          "/usr/include",
        ]),
        "--check",
      ),
    ).toContain("is up to date");
    writeFileSync(
      join(out, "layouts.ts"),
      readFileSync(join(out, "layouts.ts"), "utf8").replace("size: 16", "size: 17"),
    );
    const stale = npx([
      "--check",
      "--out",
      out,
      "--include",
      `/usr/include/${arch}-linux-gnu`,
      "--include",
      "/usr/include",
    ]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("layouts.ts: differs");

    writeFileSync(
      join(tools, "which.mjs"),
      `import * as socket from "bsdsock";
const [a, b] = socket.socketpair();
a.sendall("ok");
console.log(socket.bindings.source, socket.bindings.target.name, b.recv(2).toString());
`,
    );
    const loaded = ok(
      run(process.execPath, ["which.mjs"], tools, { BSDSOCK_BINDINGS: out }),
      "BSDSOCK_BINDINGS",
    );
    expect(loaded.trim()).toBe(`${out} ${process.platform}-${process.arch} ok`);

    const missing = run(process.execPath, ["which.mjs"], tools, {
      BSDSOCK_BINDINGS: join(tools, "no such folder"),
    });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain("BindingsError");
    expect(missing.stderr).toContain("no such folder; make it with: npx bsdsock-generator");
  });
});
