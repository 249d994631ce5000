// The address codecs of the loaded target's families: INET, INET6 and UNIX everywhere; the families its
// family specs generate (generated/<target>/families.ts: AF_PACKET, AF_VSOCK, AF_CAN on Linux); and
// the hand-written NETLINK and TIPC codecs where the target lays out their sockaddr. Imported once by
// the socket object.
import { addressFamilies, layouts } from "../platform/bindings.js";
import { registerAddressCodec } from "./codec.js";
import { makeNetlinkCodec } from "./netlink.js";
import { registerSpecFamilies } from "./spec.js";
import { makeTipcCodec } from "./tipc.js";
import "./inet.js";
import "./unix.js";

registerSpecFamilies(addressFamilies);

const laidOut = layouts as Partial<Record<string, unknown>>;
if (laidOut.sockaddr_nl) registerAddressCodec(makeNetlinkCodec());
if (laidOut.sockaddr_tipc) registerAddressCodec(makeTipcCodec());
