// Guards `bsdsock/win32`: its types promise win32's constants, so it refuses to load anywhere else.
import { loaded } from "./bindings.js";
import { BindingsError } from "./bindings-info.js";

if ((loaded.target.platform as string) !== "win32")
  throw new BindingsError(
    `bsdsock/win32 is for win32; this process runs ${loaded.target.name}: import "bsdsock" instead`,
  );
