// Chooses and loads the bindings the runtime runs with, once, synchronously (no top-level await, so
// `require("bsdsock")` works): a folder from useBindings() or BSDSOCK_BINDINGS, else the built-in
// bindings of this machine's target. A folder that is missing, or made for another platform, arch,
// pointer size or bindings format, is refused with a BindingsError — never a silent fallback. The
// runtime never reads one target's values on another.
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import koffi from "koffi";
import { builtinBindings, generatedTargets } from "../../generated/targets.js";
import { provideConstants } from "../../generated/loaded.js";
import { markBindingsLoaded, requestedBindings } from "../use-bindings.js";
import { BindingsError, type BindingsInfo, type TargetInfo } from "./bindings-info.js";
import { setTargetName } from "../validate.js";

/**
 * One target's bindings (generated/<target>/index.ts, or a folder's index.js). Typed as linux-x64's:
 * every POSIX target generates the same names from the same manifest families, and the Winsock seam
 * retypes them as win32's (platform/winsock/api.ts); values and layouts are always the loaded target's.
 */
export type Bindings = (typeof builtinBindings)["linux-x64"];

/** The bindings format this runtime reads (generated target.ts `format`). */
export const BINDINGS_FORMAT = 1;
/** Platforms the runtime has a seam for (platform/posix, which also serves darwin, and platform/winsock). */
export const SEAM_PLATFORMS: readonly string[] = ["linux", "win32", "darwin"];

const processTarget = `${process.platform}-${process.arch}`;
const GENERATE = "npx bsdsock-generator --out ./bsdsock-bindings";
const USE = "BSDSOCK_BINDINGS=./bsdsock-bindings node app.js";

function describeTarget(t: Bindings["target"]): string {
  return `${t.name} (${t.triple}, ${t.pointerSize}-byte pointers)`;
}

/** The checks every bindings module passes, built-in or not; `where` names it in messages. */
function check(b: Bindings, where: string): Bindings {
  const t = (b as { target?: Partial<Bindings["target"]> }).target;
  if (!t || typeof t !== "object" || typeof t.name !== "string")
    throw new BindingsError(
      `${where} holds no bindings (no target in index.js); make them with: ${GENERATE}`,
    );
  if (t.format !== BINDINGS_FORMAT)
    throw new BindingsError(
      `${where} holds bindings of format ${String(t.format)}; this bsdsock reads format ${BINDINGS_FORMAT}. ` +
        `Regenerate them with the bsdsock-generator of the same version as bsdsock: ${GENERATE}`,
    );
  const pointer = koffi.sizeof("void *");
  if (t.platform !== process.platform || t.arch !== process.arch || t.pointerSize !== pointer)
    throw new BindingsError(
      `${where} holds bindings for ${describeTarget(b.target)}, which cannot run in this ` +
        `${processTarget} process (${pointer}-byte pointers); generate them on this machine: ${GENERATE}`,
    );
  for (const fn of ["defineKoffiTypes", "bindFunctions"] as const)
    if (typeof b[fn] !== "function")
      throw new BindingsError(`${where} is incomplete: no ${fn}() in index.js`);
  for (const part of ["constants", "layouts", "functions", "addressFamilies"] as const)
    if (typeof b[part] !== "object" || b[part] === null)
      throw new BindingsError(`${where} is incomplete: no ${part} in index.js`);
  return b;
}

/** A folder written by `bsdsock-generator --out DIR`, loaded with require (an ES module graph). */
function loadFolder(dir: string, how: string): Bindings {
  const where = `${how} (${dir})`;
  if (!existsSync(dir)) throw new BindingsError(`${where}: no such folder; make it with: ${GENERATE}`);
  if (!statSync(dir).isDirectory()) throw new BindingsError(`${where} is not a folder`);
  const index = join(dir, "index.js");
  if (!existsSync(index))
    throw new BindingsError(`${where} holds no bindings (no index.js); make them with: ${GENERATE}`);
  let b: Bindings;
  try {
    b = createRequire(index)(index) as Bindings;
  } catch (e) {
    throw new BindingsError(`${where}: cannot load index.js: ${(e as Error).message}`);
  }
  return check(b, where);
}

function builtin(): Bindings {
  const b = (builtinBindings as unknown as Record<string, Bindings | undefined>)[processTarget];
  if (b) return check(b, `bsdsock's built-in bindings for ${processTarget}`);
  const known = generatedTargets.join(", ");
  if (!SEAM_PLATFORMS.includes(process.platform))
    throw new BindingsError(
      `bsdsock cannot run on ${processTarget}: its runtime has platform seams for ` +
        `${SEAM_PLATFORMS.slice(0, -1).join(", ")} and ${SEAM_PLATFORMS.at(-1)} only (built-in bindings: ${known})`,
    );
  // The closest manifest to start from: this platform's, with this process's pointer size if one has it.
  const pointer = koffi.sizeof("void *");
  const samePlatform = generatedTargets.filter((t) => t.startsWith(`${process.platform}-`));
  const similar =
    samePlatform.find((t) => builtinBindings[t].target.pointerSize === pointer) ??
    samePlatform[0] ??
    generatedTargets[0];
  throw new BindingsError(
    `bsdsock has no built-in bindings for ${processTarget} (built in: ${known}). Generate them from this ` +
      `machine's headers with clang: copy bsdsock-generator's dist/headers/${similar}/manifest.json to ` +
      `./${processTarget}.json, set its "target" to "${processTarget}", its "triple" to this machine's ` +
      `(gcc -dumpmachine) and its "systemInclude" to its include dirs, run: npx bsdsock-generator --manifest ./${processTarget}.json --out ./bsdsock-bindings; ` +
      `then run with ${USE} (bsdsock's README: "Bindings for another kernel or target")`,
  );
}

function choose(): { bindings: Bindings; source: string } {
  const requested = requestedBindings();
  if (requested !== undefined) return { bindings: loadFolder(requested, "useBindings()"), source: requested };
  const env = process.env.BSDSOCK_BINDINGS;
  if (env !== undefined && env !== "") {
    const dir = resolve(env);
    return { bindings: loadFolder(dir, `BSDSOCK_BINDINGS=${env}`), source: dir };
  }
  return { bindings: builtin(), source: "built-in" };
}

const chosen = choose();

/** koffi's type names are global to the process: declared once, for the loaded target only. */
function defineTypes(b: Bindings): ReturnType<Bindings["defineKoffiTypes"]> {
  try {
    return b.defineKoffiTypes(koffi);
  } catch (e) {
    throw new BindingsError(
      `cannot declare ${b.target.name}'s C types to koffi: ${(e as Error).message} ` +
        `(is a second copy of bsdsock loaded in this process?)`,
    );
  }
}

/** What was loaded: the bindings, where from ("built-in" or the folder), and their provenance. */
export const loaded = {
  bindings: chosen.bindings,
  source: chosen.source,
  target: chosen.bindings.target,
  koffiTypes: defineTypes(chosen.bindings),
} as const;

provideConstants(chosen.bindings.constants as unknown as Record<string, number | bigint>);
setTargetName(chosen.bindings.target.name);
markBindingsLoaded(chosen.source === "built-in" ? `built-in ${chosen.bindings.target.name}` : chosen.source);

/** The public view of `loaded` (bsdsock's `bindings` export). */
export const bindingsInfo: BindingsInfo = Object.freeze({
  source: loaded.source,
  // Folders generated before kernel histories existed have no `kernels`: they have none to tell.
  target:
    "kernels" in loaded.target
      ? loaded.target
      : Object.freeze({ ...(loaded.target as TargetInfo), kernels: null }),
});

/** The loaded target's name, e.g. "linux-x64". */
export const hostTarget: string = chosen.bindings.target.name;
export const constants = chosen.bindings.constants;
export const layouts = chosen.bindings.layouts;
/** Typedef names of generated structs (`WSADATA` → `WSAData`), as the manifest lists them. */
export const recordAliases: Readonly<Record<string, string>> = chosen.bindings.recordAliases;
export const addressFamilies = chosen.bindings.addressFamilies;
/** The function prototypes and their binder (bindFunctions needs the koffi types declared above). */
export const ffi = chosen.bindings;
