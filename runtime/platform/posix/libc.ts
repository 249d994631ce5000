// libc with the loaded bindings' prototypes, bound on first use (never on Windows, where the Winsock
// seam is made instead).
import koffi from "koffi";
import { ffi } from "../bindings.js";

export type Libc = ReturnType<typeof ffi.bindFunctions>;

let bound: Libc | undefined;
export function loadLibc(): Libc {
  return (bound ??= ffi.bindFunctions(koffi.load(ffi.library)));
}
