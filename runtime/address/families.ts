// The address codecs of this target's families: INET, INET6 and UNIX everywhere; NETLINK and TIPC
// where the target has them (Linux). Imported once by the socket object.
import { hostTarget } from "../platform/bindings.js";
import "./inet.js";
import "./unix.js";

if (hostTarget.startsWith("linux-")) {
  await import("./netlink.js");
  await import("./tipc.js");
}
