// ws2_32.dll (and the kernel32.dll and iphlpapi.dll calls it needs) with the loaded bindings'
// prototypes, typed as the win32 target's own; bound on first use (only on Windows).
import koffi from "koffi";
import type * as WinConstants from "../../../generated/win32-x64/constants.js";
import type * as WinFunctions from "../../../generated/win32-x64/functions.js";
import type { layouts as WinLayouts } from "../../../generated/win32-x64/layouts.js";
import { constants, ffi, layouts } from "../bindings.js";

export interface WinsockApi {
  readonly C: typeof WinConstants;
  readonly L: typeof WinLayouts;
  readonly ws: WinFunctions.Functions;
  /** WSAStartup(2.2), once, on first use (Node has usually started Winsock already; this is our own reference). */
  startup(): void;
  /** A SOCKET as the runtime's fd: a number, or -1 for INVALID_SOCKET. */
  toFd(s: number | bigint): number;
}

let api: WinsockApi | undefined;

export function winsockApi(): WinsockApi {
  return (api ??= bind());
}

function bind(): WinsockApi {
  const C = constants as unknown as typeof WinConstants;
  const L = layouts as unknown as typeof WinLayouts;
  const fns = ffi as unknown as typeof WinFunctions;
  const ws = fns.bindFunctions(
    koffi.load(fns.library),
    Object.fromEntries(fns.libraries.filter((l) => l !== fns.library).map((l) => [l, koffi.load(l)])),
  );
  let started = false;
  const INVALID = BigInt(C.INVALID_SOCKET);
  return {
    C,
    L,
    ws,
    startup() {
      if (started) return;
      const data = Buffer.alloc(L.WSAData.size);
      const rc = ws.WSAStartup(0x0202, data);
      if (rc !== 0) throw new Error(`WSAStartup(2.2) failed with error ${rc}`);
      started = true;
    },
    toFd(s) {
      if (typeof s === "number") return s;
      return s === INVALID ? -1 : Number(s);
    },
  };
}
