// libc with the generated prototypes, loaded once.
import koffi from "koffi";
import { ffi } from "../bindings.js";

export const libc = ffi.bindFunctions(koffi.load(ffi.library));
