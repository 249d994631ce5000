// The address codecs of this target's families: INET, INET6 and UNIX everywhere; the families its
// family specs generate (generated/<target>/families.ts: AF_PACKET, AF_VSOCK, AF_CAN on Linux); and
// the hand-written NETLINK and TIPC codecs where the target has them. Imported once by the socket object.
import type * as Families from "../../generated/linux-x64/families.js";
import { hostTarget } from "../platform/bindings.js";
import { registerSpecFamilies } from "./spec.js";
import "./inet.js";
import "./unix.js";

// (Through a variable, like bindings.ts: this target's directory is only known at run time.)
const dir = `../../generated/${hostTarget}`;
const { addressFamilies }: typeof Families = await import(`${dir}/families.js`);
registerSpecFamilies(addressFamilies);

if (hostTarget.startsWith("linux-")) {
  await import("./netlink.js");
  await import("./tipc.js");
}
