// Guards `bsdsock/linux`: its types promise linux's constants, so it refuses to load anywhere else.
import { loaded } from "./bindings.js";
import { BindingsError } from "./bindings-info.js";

if ((loaded.target.platform as string) !== "linux")
  throw new BindingsError(
    `bsdsock/linux is for linux; this process runs ${loaded.target.name}: import "bsdsock" instead`,
  );
