// struct hostent, decoded by koffi from C memory, copied into JS values before that memory is reused.
import { copyBytes, readPointerArray, readString, type Address } from "./memory.js";
import type { HostEntry } from "./contract.js";

export interface Hostent {
  h_name: string | null;
  h_aliases: Address;
  h_addrtype: number;
  h_length: number;
  h_addr_list: Address;
}

export function hostEntry(h: Hostent): HostEntry {
  return {
    name: h.h_name ?? "",
    aliases: readPointerArray(h.h_aliases).map((p) => readString(p) ?? ""),
    family: h.h_addrtype,
    addresses: readPointerArray(h.h_addr_list).map((p) => copyBytes(p, h.h_length)),
  };
}
