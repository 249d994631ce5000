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
 * kernel32 and ws2_32 calls declared here by hand, not from the generated bindings, for tests that ask
 * Windows directly what the runtime did (Windows only).
 */
export async function win32Api() {
  if (!onWindows) return undefined;
  const koffi = (await import("koffi")).default;
  const kernel32 = koffi.load("kernel32.dll");
  const ws2 = koffi.load("ws2_32.dll");
  const getHandleInformation = kernel32.func("int GetHandleInformation(uintptr_t h, _Out_ uint32_t *flags)");
  const recv = ws2.func("int recv(uintptr_t s, _Out_ uint8_t *buf, int len, int flags)");
  const lastError = ws2.func("int WSAGetLastError()");
  const iphlpapi = koffi.load("iphlpapi.dll");
  const getIfTable2 = iphlpapi.func("uint32_t GetIfTable2(_Out_ void **table)");
  const freeMibTable = iphlpapi.func("void FreeMibTable(void *table)");
  return {
    /** GetIfTable2's MIB_IF_TABLE2 as bytes: its header and `rows` rows of `rowSize` at `offset`. */
    ifTable(offset: number, rowSize: number): Buffer[] {
      const out = [null];
      if (getIfTable2(out) !== 0) throw new Error("GetIfTable2 failed");
      try {
        const count = koffi.decode(out[0], "uint32_t") as number;
        // A copy: the table is freed below.
        const bytes = Buffer.from(new Uint8Array(koffi.view(out[0], offset + count * rowSize)));
        return Array.from({ length: Math.min(count, 1024) }, (_, i) =>
          bytes.subarray(offset + i * rowSize, offset + (i + 1) * rowSize),
        );
      } finally {
        freeMibTable(out[0]);
      }
    },
    /** Whether a child process would inherit the handle (HANDLE_FLAG_INHERIT, winbase.h: 1). */
    inherits(fd: number): boolean {
      const flags = [0];
      if (!getHandleInformation(fd, flags)) throw new Error(`GetHandleInformation(${fd}) failed`);
      return (flags[0]! & 1) !== 0;
    },
    /** ws2_32's own recv() on the socket: [result, WSAGetLastError()]. */
    recv(fd: number, n: number): [number, number] {
      const r = recv(fd, Buffer.alloc(n), n, 0) as number;
      return [r, r < 0 ? (lastError() as number) : 0];
    },
  };
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
