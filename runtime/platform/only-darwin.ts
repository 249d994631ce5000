// Guards `bsdsock/darwin`: its types promise darwin's constants, so it refuses to load anywhere else.
import { loaded } from "./bindings.js";
import { BindingsError } from "./bindings-info.js";

if ((loaded.target.platform as string) !== "darwin")
  throw new BindingsError(
    `bsdsock/darwin is for darwin; this process runs ${loaded.target.name}: import "bsdsock" instead`,
  );
