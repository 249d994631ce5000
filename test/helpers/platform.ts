// Which platform the runtime suite runs on, and declared exclusions: a test that cannot apply to this
// target is skipped with the reason in its name, so every run's output says what was left out and why.
import { describe, it } from "vitest";
import * as S from "../../runtime/index.js";

const hostTarget = S.bindings.target.name;

export const onWindows = hostTarget.startsWith("win32-");
export const onLinux = hostTarget.startsWith("linux-");
/** The emulator the suite runs under, if any (test/targets/linux-arm64.sh sets it: "qemu-user"). */
export const emulator = process.env.BSDSOCK_EMULATOR;

/** `it` where `applies`, else a skip titled with `reason` and the target. */
export function itWhere(applies: boolean, reason: string): typeof it {
  if (applies) return it;
  const skip = ((name: string, ...rest: unknown[]) =>
    (it.skip as (n: string, ...r: unknown[]) => void)(
      `${name} [excluded on ${hostTarget}: ${reason}]`,
      ...rest,
    )) as unknown as typeof it;
  return skip;
}

/** `describe`, or a skipped one titled with `reason` and the target. */
export function describeWhere(applies: boolean, reason: string): typeof describe {
  if (applies) return describe;
  return ((name: string, ...rest: unknown[]) =>
    (describe.skip as (n: string, ...r: unknown[]) => void)(
      `${name} [excluded on ${hostTarget}: ${reason}]`,
      ...rest,
    )) as unknown as typeof describe;
}

/**
 * Why peer programs are missing: python3, socat, nc and curl are Linux programs. Under Wine
 * test/targets/win32-x64.sh runs them on the host (BSDSOCK_HOST_PEERS); natively on Windows they are not
 * the programs the suite expects.
 */
export const LINUX_PEERS =
  "python3, socat, nc and curl are Linux programs, not reachable here (BSDSOCK_HOST_PEERS)";

/** Where the peer programs run: natively on Linux, on the host under Wine. */
export { peersReachable } from "./peers.js";

/** Why AF_UNIX pairs are missing on Windows. */
export const NO_UNIX_PAIRS =
  "Windows has no socketpair(); its loopback emulation makes AF_INET pairs only, as CPython's does";

/** Tests that call Linux-only kernel features or read Linux-only files. */
export const itLinux = (reason: string): typeof it => itWhere(onLinux, reason);

/** libc, for tests that check the POSIX side of the seam directly (Linux only). */
export async function posixLibc() {
  return onLinux ? (await import("../../runtime/platform/posix/libc.js")).loadLibc() : undefined;
}

/**
 * The error number a socket call reports for `name` ("EAGAIN", "ECONNREFUSED", "EAI_NONAME",
 * "TRY_AGAIN") on this target: errno on POSIX, the Winsock code on Windows (as CPython's errno module
 * defines them there).
 */
export function errnoOf(name: string): number {
  const C = S as unknown as Record<string, number | undefined>;
  // getaddrinfo's EAI_* keep their names on Windows (as Winsock codes); h_errno's are WSA-prefixed there.
  const v =
    onWindows && !name.startsWith("EAI_") ? C[`WSA${name === "EAGAIN" ? "EWOULDBLOCK" : name}`] : C[name];
  if (v === undefined) throw new Error(`no ${name} on ${hostTarget}`);
  return v;
}
export { hostTarget };

/**
 * The runtime typed as `bsdsock/linux` (its constants typed as present), for tests that run only on
 * Linux: they skip elsewhere, where the names they read are undefined. A type-level view only —
 * importing runtime/linux.ts itself would throw on Windows.
 */
export const linuxApi = S as unknown as typeof import("../../runtime/linux.js");
