// Guards `bsdsock/linux`: its types promise linux's constants, so it refuses to load anywhere else.
import { BindingsError, loaded } from "./bindings.js";

if ((loaded.target.platform as string) !== "linux")
  throw new BindingsError(
    `bsdsock/linux is for linux; this process runs ${loaded.target.name}: import "bsdsock" instead`,
  );
