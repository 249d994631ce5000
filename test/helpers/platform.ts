// Which platform the runtime suite runs on, and declared exclusions: a test that cannot apply to this
// target is skipped with the reason in its name, so every run's output says what was left out and why.
import { it } from "vitest";
import { hostTarget } from "../../generated/constants-index.js";

export const onWindows = hostTarget.startsWith("win32-");
export const onLinux = hostTarget.startsWith("linux-");

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

/** Tests that call Linux-only kernel features or read Linux-only files. */
export const itLinux = (reason: string): typeof it => itWhere(onLinux, reason);

/** libc, for tests that check the POSIX side of the seam directly (Linux only). */
export async function posixLibc() {
  return onLinux ? (await import("../../runtime/platform/posix/libc.js")).libc : undefined;
}
