// Which bindings the runtime loads. A folder the generator wrote (--out) loads through BSDSOCK_BINDINGS
// or useBindings(); anything else — a missing or empty folder, another target's bindings, another
// bindings format, a broken index.js — is refused with a BindingsError saying why, never a fallback to
// the built-in bindings. Bindings load once per process, so every case runs in a process of its own.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWhere, emulator, onLinux, onWindows } from "../helpers/platform.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "bsdsock bindings "));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const host = `${process.platform}-${process.arch}`;
const other = host === "linux-x64" ? "linux-arm64" : "linux-x64";

/**
 * Under Wine the host's clang generated the folders before the suite (test/targets/win32-x64.sh, with
 * this same command): copied from there. A repository-relative folder.
 */
const pregenerated = process.env.BSDSOCK_PREGENERATED;

function generate(target: string, out: string, ...args: string[]) {
  if (onWindows) {
    cpSync(join(root, pregenerated!, target), out, { recursive: true });
    return;
  }
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "generator/cli.ts", "--target", target, "--out", out, "--quiet", ...args],
    { cwd: root, encoding: "utf8", timeout: 240_000 },
  );
  expect(r.status, r.stderr).toBe(0);
}

interface Outcome {
  source?: string;
  target?: { name: string; includeDirs: string[] | null; provenance: Record<string, string> };
  echo?: string;
  AF_INET?: number;
  late?: string;
  error?: string;
  code?: string;
  message?: string;
}

function load(env: Record<string, string | undefined>, dir?: string): Outcome {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "test/fixtures/bindings-child.ts", ...(dir ? [dir] : [])],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, BSDSOCK_BINDINGS: undefined, ...env },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Outcome;
}

describeWhere(
  (onLinux && !emulator) || (onWindows && pregenerated !== undefined),
  "generates bindings with the host's clang and loads them in child Node processes",
)("bindings folders", () => {
  const mine = join(tmp, "my bindings");
  const theirs = join(tmp, "other target");
  beforeAll(() => {
    // This machine's target from its own headers (as a user would; Windows has none: the pinned
    // mingw-w64 ones), and another target's.
    if (onWindows) generate(host, mine);
    else
      generate(
        host,
        mine,
        "--include",
        `/usr/include/${process.arch === "x64" ? "x86_64" : "aarch64"}-linux-gnu`,
        "--include",
        "/usr/include",
      );
    generate(other, theirs);
  }, 300_000);

  it("BSDSOCK_BINDINGS loads a generated folder, with its provenance", () => {
    const o = load({ BSDSOCK_BINDINGS: mine });
    expect(o.error, o.message).toBeUndefined();
    expect(o.source).toBe(mine);
    expect(o.echo).toBe("ok");
    expect(o.AF_INET).toBe(2);
    expect(o.target!.name).toBe(host);
    if (onWindows) {
      expect(o.target!.includeDirs).toBeNull();
      expect(Object.keys(o.target!.provenance)).toEqual(["mingw-w64"]);
    } else {
      expect(o.target!.includeDirs).toContain("/usr/include");
      expect(Object.keys(o.target!.provenance)).toEqual(["glibc", "linux-uapi"]);
    }
  });

  it("useBindings() does the same from code, and refuses once bsdsock has loaded", () => {
    const o = load({}, mine);
    expect(o.source).toBe(mine);
    expect(o.echo).toBe("ok");
    expect(o.late).toMatch(/already loaded its bindings \(.*my bindings\)/);
    expect(load({ BSDSOCK_BINDINGS: "" }).source).toBe("built-in");
    expect(load({}).late).toMatch(new RegExp(`already loaded its bindings \\(built-in ${host}\\)`));
  });

  it("a folder that does not exist is refused, not replaced by the built-in bindings", () => {
    const o = load({ BSDSOCK_BINDINGS: join(tmp, "missing") });
    expect(o).toMatchObject({ error: "BindingsError", code: "ERR_BSDSOCK_BINDINGS" });
    expect(o.message).toMatch(
      /BSDSOCK_BINDINGS=.*missing.*no such folder; make it with: npx bsdsock-generator/,
    );
    expect(load({}, join(tmp, "missing")).message).toMatch(/^useBindings\(\) .*no such folder/);
  });

  it("another target's bindings are refused, naming both targets", () => {
    const o = load({ BSDSOCK_BINDINGS: theirs });
    expect(o.error).toBe("BindingsError");
    expect(o.message).toContain(`holds bindings for ${other}`);
    expect(o.message).toContain(`cannot run in this ${host} process`);
  });

  it("a machine without built-in bindings is told what to run; a platform without a seam, why not", () => {
    const elsewhere = (platform: string, arch: string) => {
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", "test/fixtures/bindings-elsewhere.ts", platform, arch],
        {
          cwd: root,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, BSDSOCK_BINDINGS: undefined },
        },
      );
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout.trim()) as { error?: string; message?: string };
    };
    const riscv = elsewhere("linux", "riscv64");
    expect(riscv.error).toBe("BindingsError");
    expect(riscv.message).toContain(
      "no built-in bindings for linux-riscv64 (built in: darwin-arm64, darwin-x64, linux-arm, linux-arm64, linux-x64, win32-arm64, win32-x64)",
    );
    expect(riscv.message).toContain(
      "copy bsdsock-generator's dist/headers/linux-arm64/manifest.json to ./linux-riscv64.json",
    );
    expect(riscv.message).toContain(
      "npx bsdsock-generator --manifest ./linux-riscv64.json --out ./bsdsock-bindings",
    );
    expect(riscv.message).toContain("BSDSOCK_BINDINGS=./bsdsock-bindings node app.js");
    const bsd = elsewhere("freebsd", "x64");
    expect(bsd.error).toBe("BindingsError");
    expect(bsd.message).toMatch(
      /cannot run on freebsd-x64: its runtime has platform seams for linux, win32 and darwin only/,
    );
    // darwin has a seam: its built-in bindings pass every check, and the POSIX seam goes on to load
    // libSystem, which this Linux machine does not have.
    const mac = elsewhere("darwin", "arm64");
    expect(mac.error).toBe("BindingsError");
    expect(mac.message).toContain("cannot load /usr/lib/libSystem.B.dylib, the C library of darwin-arm64's");
  });

  it("an empty folder, another format, or a broken index.js are refused with the reason", () => {
    const empty = join(tmp, "empty");
    mkdirSync(empty);
    expect(load({ BSDSOCK_BINDINGS: empty }).message).toMatch(/holds no bindings \(no index.js\)/);

    const future = join(tmp, "future");
    cpSync(mine, future, { recursive: true });
    const targetJs = join(future, "target.js");
    writeFileSync(targetJs, readFileSync(targetJs, "utf8").replace("format: 1,", "format: 99,"));
    expect(load({ BSDSOCK_BINDINGS: future }).message).toMatch(
      /bindings of format 99; this bsdsock reads format 1/,
    );

    const broken = join(tmp, "broken");
    cpSync(mine, broken, { recursive: true });
    writeFileSync(join(broken, "layouts.js"), "export const layouts = {;\n");
    const o = load({ BSDSOCK_BINDINGS: broken });
    expect(o.error).toBe("BindingsError");
    expect(o.message).toMatch(/cannot load index.js: /);
  });
});
