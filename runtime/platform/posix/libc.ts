// libc with the loaded bindings' prototypes, bound on first use (never on Windows, where the Winsock
// seam is made instead).
import koffi from "koffi";
import { ffi } from "../bindings.js";
import { BindingsError } from "../bindings-info.js";

export type Libc = ReturnType<typeof ffi.bindFunctions>;

let bound: Libc | undefined;
export function loadLibc(): Libc {
  return (bound ??= ffi.bindFunctions(open(ffi.library)));
}

/** The target's C library (libc.so.6, /usr/lib/libSystem.B.dylib), or an error that names it. */
function open(library: string): ReturnType<typeof koffi.load> {
  try {
    return koffi.load(library);
  } catch (e) {
    throw new BindingsError(
      `cannot load ${library}, the C library of ${ffi.target.name}'s bindings: ${(e as Error).message}`,
    );
  }
}
