// Regenerating is deterministic and the committed output is current; --check names what is stale.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TARGET, TARGETS, targetInfo } from "../helpers/target.js";
import { cacheKey } from "../../generator/cache.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "bsdsock-gen-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function generate(...args: string[]) {
  return generateFor(TARGET, ...args);
}

/** Every run here parses the headers again: the memo (generator/cache.ts) is off. */
const env = { ...process.env, BSDSOCK_GENERATOR_CACHE: "off" };

function generateFor(target: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "generator/cli.ts", "--target", target, ...args], {
    cwd: root,
    encoding: "utf8",
    env,
  });
}

describe("generator output", () => {
  it.each(TARGETS)("%s: two runs are byte-identical to each other and to generated/", (target) => {
    const { generatedDir } = targetInfo(target);
    const a = join(tmp, target, "a");
    for (const out of [a, join(tmp, target, "b")])
      expect(generateFor(target, "--quiet", "--out", out).status).toBe(0);
    const files = readdirSync(generatedDir).sort();
    // --out makes a folder that loads on its own: the same sources, their JavaScript, a package.json.
    const sources = files.filter((f) => f.endsWith(".ts"));
    const extra = [...sources.map((f) => f.replace(/\.ts$/, ".js")), "package.json"];
    expect(readdirSync(a).sort()).toEqual([...files, ...extra].sort());
    for (const f of readdirSync(a))
      expect(readFileSync(join(a, f)).equals(readFileSync(join(tmp, target, "b", f))), f).toBe(true);
    for (const f of files) {
      const committed = readFileSync(join(generatedDir, f), "utf8");
      // The recorded command differs (npx bsdsock-generator … --out DIR); everything else is the same.
      const strip = (t: string) =>
        t.replace(/^(\/\/|\*|\s)*(npm run generate --|npx bsdsock-generator) .*$/m, "");
      expect(strip(readFileSync(join(a, f), "utf8")), `${f} is stale`).toBe(strip(committed));
    }
  });

  // Every target's clang pipeline, uncached, two at a time: on a loaded machine each can take half a minute.
  it(
    "--all --check covers every target and the cross-target constants index",
    () => {
      const r = spawnSync(process.execPath, ["--import", "tsx", "generator/cli.ts", "--all", "--check"], {
        env,
        cwd: root,
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
      for (const t of TARGETS) expect(r.stdout).toContain(`generated/${t} is up to date`);
    },
    30_000 * TARGETS.length,
  );

  it("--check passes on current output and names every stale file", () => {
    expect(generate("--check", "--out", join(tmp, TARGET, "a")).status).toBe(0);
    const stale = join(tmp, "stale");
    cpSync(join(tmp, TARGET, "a"), stale, { recursive: true });
    writeFileSync(
      join(stale, "layouts.ts"),
      readFileSync(join(stale, "layouts.ts"), "utf8").replace("size: 16", "size: 17"),
    );
    rmSync(join(stale, "exclusions.ts"));
    writeFileSync(join(stale, "extra.ts"), "");
    const r = generate("--check", "--out", stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("layouts.ts: differs from line");
    expect(r.stderr).toContain("exclusions.ts: missing");
    expect(r.stderr).toContain("extra.ts: not produced by the generator");
  });

  it("prints per-family counts and exclusions, and rejects bad options clearly", () => {
    const r = generate("--out", join(tmp, "c"));
    expect(r.stdout).toMatch(/^AF\s+\d+\s+0$/m);
    expect(r.stdout).toContain("IN6ADDR_ANY_INIT: not an integer constant");
    const bad = generate("--frobnicate");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--frobnicate'");
    const help = generate("--help");
    expect(help.stdout).toContain("--include DIR");
  });
});

describe("a checkout whose path has a space", () => {
  it("--check still checks: up to date is said, stale is exit 1", () => {
    const checkout = join(tmp, "bsdsock checkout");
    for (const d of ["generator", "templates", "generated"])
      cpSync(join(root, d), join(checkout, d), { recursive: true });
    cpSync(join(root, "headers", TARGET), join(checkout, "headers", TARGET), { recursive: true });
    cpSync(join(root, "headers", "families"), join(checkout, "headers", "families"), { recursive: true });
    // linux-x64's kernel headers live in the store every Linux target shares.
    cpSync(join(root, "headers", "linux-kernels"), join(checkout, "headers", "linux-kernels"), {
      recursive: true,
    });
    cpSync(join(root, "runtime"), join(checkout, "runtime"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(checkout, "node_modules"));
    const check = () =>
      spawnSync(
        process.execPath,
        ["--import", "tsx", join(checkout, "generator", "cli.ts"), "--check", "--target", TARGET],
        { cwd: checkout, encoding: "utf8", env },
      );
    const fresh = check();
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stdout).toContain(`generated/${TARGET} is up to date`);
    const layouts = join(checkout, "generated", TARGET, "layouts.ts");
    writeFileSync(layouts, readFileSync(layouts, "utf8").replace("size: 16", "size: 17"));
    const stale = check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("layouts.ts: differs");
  });
});

describe("the memo of a target's output", () => {
  it("is keyed by every input: a changed header, template or command is a miss", () => {
    const headers = join(tmp, "memo-headers");
    mkdirSync(join(headers, "sys"), { recursive: true });
    writeFileSync(join(headers, "sys", "socket.h"), "#define AF_INET 2\n");
    const key = () => cacheKey("linux-x64", "npm run generate -- --target linux-x64", [headers]);
    const first = key();
    expect(key()).toBe(first);
    writeFileSync(join(headers, "sys", "socket.h"), "#define AF_INET 3\n");
    const edited = key();
    expect(edited).not.toBe(first);
    writeFileSync(join(headers, "sys", "new.h"), "");
    expect(key()).not.toBe(edited);
    expect(cacheKey("linux-x64", "npm run generate -- --target linux-x64 --family x", [headers])).not.toBe(
      key(),
    );
  });

  it("holds exactly the committed output, which the uncached runs above prove current", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "generator/cli.ts", "--target", TARGET, "--check"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const memo = JSON.parse(
      readFileSync(join(root, "node_modules/.cache/bsdsock-generator", `${TARGET}.json`), "utf8"),
    );
    const { generatedDir } = targetInfo(TARGET);
    expect(Object.keys(memo.output.files).sort()).toEqual(readdirSync(generatedDir).sort());
    for (const [f, text] of Object.entries(memo.output.files))
      expect(text, f).toBe(readFileSync(join(generatedDir, f), "utf8"));
  });
});
