// AF_NETLINK: [pid, groups], as the specification describes. pid is the netlink port id (0 is the kernel,
// and binding to 0 asks the kernel to assign one); groups is the multicast group bitmask. Both are __u32
// in host byte order.
import { readHost32, writeHost16, writeHost32 } from "../platform/byteorder.js";
import { constants as C, layouts } from "../platform/bindings.js";
import { checkTuple, checkUint32, type AddressCodec } from "./codec.js";

/** The AF_NETLINK codec, for targets that lay out struct sockaddr_nl (registered by families.ts). */
export function makeNetlinkCodec(): AddressCodec {
  const NL = layouts.sockaddr_nl;
  return {
    family: C.AF_NETLINK,
    name: "AF_NETLINK",
    encode(address) {
      const [pidArg, groupsArg] = checkTuple(address, 2, 2, "[pid, groups] for AF_NETLINK");
      const pid = checkUint32(pidArg, "pid");
      const groups = checkUint32(groupsArg, "groups");
      const sa = Buffer.alloc(NL.size);
      writeHost16(sa, C.AF_NETLINK, NL.fields.nl_family.offset);
      writeHost32(sa, pid, NL.fields.nl_pid.offset);
      writeHost32(sa, groups, NL.fields.nl_groups.offset);
      return sa;
    },
    decode(sa) {
      // The kernel always returns the whole struct; a shorter buffer reads as zeros rather than throwing.
      const b = sa.length >= NL.size ? sa : Buffer.concat([sa, Buffer.alloc(NL.size - sa.length)]);
      return [readHost32(b, NL.fields.nl_pid.offset), readHost32(b, NL.fields.nl_groups.offset)];
    },
  };
}
