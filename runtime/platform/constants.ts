// The generated constants re-exported by name, so `import { AF_INET } from "bsdsock"` is typed.
// ESM needs a static module name here; bindings.ts refuses to load on any other target before a value
// from this file can be used by the runtime. (With more targets this becomes a generated per-target
// switch; see issue 5.)
import "./bindings.js";
export * from "../../generated/linux-x64/constants.js";
