// ws2_32.dll (and the two kernel32.dll calls it needs) with the generated prototypes, typed as the
// win32 target's own; the values come from generated/<this target>, loaded by bindings.ts.
import koffi from "koffi";
import type * as WinConstants from "../../../generated/win32-x64/constants.js";
import type * as WinFunctions from "../../../generated/win32-x64/functions.js";
import type { layouts as WinLayouts } from "../../../generated/win32-x64/layouts.js";
import { constants, ffi, layouts } from "../bindings.js";

export const C = constants as unknown as typeof WinConstants;
export const L = layouts as unknown as typeof WinLayouts;
const fns = ffi as unknown as typeof WinFunctions;

export const ws = fns.bindFunctions(
  koffi.load(fns.library),
  Object.fromEntries(fns.libraries.filter((l) => l !== fns.library).map((l) => [l, koffi.load(l)])),
);

let started = false;
/** WSAStartup(2.2), once, on first use (Node has usually started Winsock already; this is our own reference). */
export function startup(): void {
  if (started) return;
  const data = Buffer.alloc(L.WSAData.size);
  const rc = ws.WSAStartup(0x0202, data);
  if (rc !== 0) throw new Error(`WSAStartup(2.2) failed with error ${rc}`);
  started = true;
}

const INVALID = BigInt(C.INVALID_SOCKET);
/** A SOCKET as the runtime's fd: a number, or -1 for INVALID_SOCKET. */
export function toFd(s: number | bigint): number {
  if (typeof s === "number") return s;
  return s === INVALID ? -1 : Number(s);
}
